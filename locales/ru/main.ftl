language-name = Русский


## Панель инструментов
back = Назад
back-hint = Назад (Alt+←)
forward = Вперед
forward-hint = Вперед (Alt+→)
zoom-in = Увеличить
zoom-in-hint = Увеличить шрифт (Ctrl +)
zoom-out = Уменьшить
zoom-out-hint = Уменьшить шрифт (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Исходный размер шрифта (Ctrl 0)
theme = Тема
theme-system = Системная
theme-light = Светлая
theme-dark = Темная
theme-high-contrast = Высокая контрастность
language = Язык
settings = Настройки

## Навигация
nav-home = Главная
nav-chapters = Главы
nav-checklists = Перечни индикаторов
nav-contacts = Контакты
nav-glossary = Глоссарий

## Главная страница
home-intro = Справочник и учебное пособие для сотрудников дипломатических представительств и консульских учреждений: как распознать возможную жертву торговли людьми, о чем спросить, что делать в первый час и куда обращаться.
home-based-on = Основан на:
checklist-entry = { $title } ({ $count ->
    [one] { $count } индикатор
    [few] { $count } индикатора
    [many] { $count } индикаторов
   *[other] { $count } индикатора
})
content-problems = { $count ->
    [one] В содержимом справочника найдена { $count } ошибка. Подробности: «diplomatic-handbook validate».
    [few] В содержимом справочника найдены { $count } ошибки. Подробности: «diplomatic-handbook validate».
    [many] В содержимом справочника найдено { $count } ошибок. Подробности: «diplomatic-handbook validate».
   *[other] В содержимом справочника найдено { $count } ошибки. Подробности: «diplomatic-handbook validate».
}
load-failed-title = Не удалось прочитать содержимое справочника
load-failed-body = Ничего не изменено. Устраните перечисленные ниже ошибки или запустите программу без --content, чтобы использовать встроенный справочник.
not-found = Этой страницы нет в данной редакции справочника.

## Чтение
chapter-number = Глава { $number }
contents = Содержание
fallback-notice = Эта глава еще не переведена на русский язык, поэтому показана на английском.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Примечание
callout-warning = Внимание
callout-do = Что делать
callout-dont = Чего не делать
key-points = Главное
case-study = Учебный пример
case-scenario = Ситуация
case-questions = Вопросы для обсуждения
case-answer = Образец ответа
see-also = См. также:
sources-count = { $count ->
    [1] Источник
   *[other] Источники ({ $count })
}

## Перечни индикаторов
weight-rule = Как определяется значимость
weight-strong = СИЛЬНЫЙ
weight-medium = СРЕДНИЙ
weight-general = ОБЩИЙ
questions-to-ask = Возможные вопросы
discussed-in = Подробнее в справочнике
glossary-used-in = Используется в разделах: { $count }
glossary-open-hint = Нажмите, чтобы открыть термин в глоссарии.

## Контакты
emergency = Экстренный вызов:
emergency-hint = Бесплатный номер экстренных служб
how-referral-works = Порядок перенаправления в стране
contacts-heading = Контакты
checked-on = Проверено { $date }
phone-free = бесплатно
phone-charged = по обычному тарифу
email = Эл. почта:
website = Сайт:
role-emergency = Экстренная помощь
role-police = Полиция
role-national-referral = Национальный механизм перенаправления
role-national-coordinator = Национальный координатор
role-national-rapporteur = Национальный докладчик
role-hotline = Горячая линия
role-victim-support = Помощь жертвам
role-ngo = НПО
role-shelter = Приют
role-iom = МОМ
role-labour-inspectorate = Трудовая инспекция
role-child-protection = Защита детей
role-migration = Миграционные органы
role-international = Международная организация

## Поиск
search = Поиск
search-hint = Индикаторы, главы, контакты… (Ctrl+K)
search-preparing = Подготовка поиска…
search-failed = Поиск недоступен: { $reason }
search-no-results = По запросу «{ $query }» ничего не найдено. Попробуйте сократить запрос или изменить слова.
search-count = { $count ->
    [one] { $count } результат · ↑↓ — выбрать, Enter — открыть, Esc — закрыть
    [few] { $count } результата · ↑↓ — выбрать, Enter — открыть, Esc — закрыть
    [many] { $count } результатов · ↑↓ — выбрать, Enter — открыть, Esc — закрыть
   *[other] { $count } результата · ↑↓ — выбрать, Enter — открыть, Esc — закрыть
}
search-group-indicators = Индикаторы
search-group-chapters = Главы
search-group-contacts = Контакты
search-group-glossary = Глоссарий

## Справочник контактов
contacts-all = Контакты для перенаправления
contacts-all-countries = Все страны
contacts-country = Страна
contacts-all-roles = Все роли
contacts-role = Роль
contacts-filter = Фильтр
contacts-filter-hint = организация, номер, роль…
contacts-none-match = Нет контактов, соответствующих фильтрам.
contacts-import = Импортировать контакты…
contacts-import-hint = Добавить собственных партнеров посольства из файла контактов (RON). Сначала файл проверяется; если в нем есть ошибки, ничего не добавляется.
contacts-export = Экспортировать контакты…
contacts-export-hint = Сохранить все контакты, встроенные и локальные, в файл, который можно импортировать в другой экземпляр программы.
checked-stale = Проверено { $date }, более года назад: перепроверьте данные, прежде чем на них полагаться
copy = Копировать
copied = Скопировано
copy-hint = Копировать { $what } в буфер обмена
copy-named = Копировать { $what }
call = Позвонить
call-hint = Открывает программу для звонков, если она есть на этом компьютере
write = Написать
contact-local = ЛОКАЛЬНЫЙ
contact-local-hint = Добавлен вашим посольством; хранится только на этом компьютере
contact-remove = Удалить
contact-remove-named = Удалить { $name }
import-done = Добавлено контактов: { $added } (уже были в списке: { $present }, новых стран: { $countries }).
import-failed = Ничего не импортировано: в файле { $file } { $count ->
    [one] найдена { $count } ошибка
    [few] найдены { $count } ошибки
    [many] найдено { $count } ошибок
   *[other] найдено { $count } ошибки
}.
import-save-failed = Ничего не импортировано: не удалось сохранить локальные контакты ({ $reason }).
import-read-failed = Ничего не импортировано: не удалось прочитать файл { $file } ({ $reason }).
export-done = { $count ->
    [one] В файл { $file } сохранен { $count } контакт.
    [few] В файл { $file } сохранены { $count } контакта.
    [many] В файл { $file } сохранено { $count } контактов.
   *[other] В файл { $file } сохранено { $count } контакта.
}
export-failed = Не удалось сохранить файл { $file } ({ $reason }).
local-load-failed = Не удалось прочитать локальные контакты посольства, поэтому они не показаны. Файл не изменен: { $file }
local-removed = Контакт «{ $name }» удален из локальных контактов.
dialog-unavailable = В этой системе нет диалога выбора файлов ({ $reason }).
dismiss = Закрыть

## Экспорт беседы
export-title = Сводка для перенаправления
export-case = Номер дела
export-started = Начало беседы
export-made = Сводка составлена
export-officer-lang = Язык сотрудника
export-person-lang = Язык собеседника
export-country = Страна пребывания
export-origin = Страна происхождения
export-danger = Возможно, сейчас в опасности
export-guidance = Выданные рекомендации
export-indicators = Отмеченные индикаторы
export-contacts = Рекомендуемые контакты
export-note = Заметка
export-none = Нет.
export-footer = Составлено с помощью программы { $title }, { $edition } (версия содержания { $version }). Индикаторы — повод для дальнейшего выяснения обстоятельств; они не доказывают и не исключают торговлю людьми.
yes = да
no = нет
basis-observed = замечено сотрудником
basis-reported = со слов собеседника
level-urgent = Срочно
level-refer = Перенаправить
level-watch = Наблюдать
level-info = К сведению

## Беседа
nav-interview = Беседа
nav-interview-open = Беседа (отмечено: { $count })
interview-title = Проведение беседы
interview-intro = Для ситуации, когда человек перед вами может оказаться жертвой: отмечайте то, что видите или слышите, показывайте ему вопросы на его языке и в конце составьте сводку для перенаправления.
interview-found = На этом компьютере найдена незавершенная беседа.
interview-found-detail = { $count ->
    [one] Дело { $case }, начата { $started }, отмечен { $count } индикатор.
    [few] Дело { $case }, начата { $started }, отмечены { $count } индикатора.
    [many] Дело { $case }, начата { $started }, отмечено { $count } индикаторов.
   *[other] Дело { $case }, начата { $started }, отмечено { $count } индикатора.
}
interview-resume = Продолжить
interview-discard = Удалить
interview-new = Новая беседа
interview-case-ref = Номер дела
interview-case-ref-why = Номер дела или документа, а не имя человека: введенные данные хранятся только на этом компьютере, пока вы не завершите беседу.
interview-person-lang = Язык собеседника
interview-country = Страна пребывания
interview-origin = Страна происхождения
interview-not-set = Не указано
interview-start = Начать беседу
interview-error-no-ref = Сначала укажите номер дела.
interview-error-name = Похоже на имя человека. Укажите вместо него номер дела или документа.
interview-local-only = Хранится только на этом компьютере. Данные никуда не передаются, пока вы их не экспортируете.
interview-local-only-hint = Каждое изменение сразу сохраняется в файл, доступный только вам, поэтому при сбое ничего не теряется. Файл удаляется при завершении беседы.
interview-case = Дело { $case }
interview-danger = Человеку сейчас может угрожать опасность
interview-export-md = Экспортировать сводку (Markdown)…
interview-export-html = Экспортировать сводку (HTML, для печати)…
interview-bilingual = Также на языке собеседника
interview-end = Завершить беседу
interview-end-confirm = Завершить беседу? Ее копия, сохраненная на этом компьютере, будет удалена. Если нужна запись, сначала экспортируйте сводку.
interview-end-yes = Завершить и удалить
interview-end-no = Не завершать
interview-filter = Фильтр
interview-filter-hint = паспорт, долг, заперт…
interview-ticked-count = Отмечено: { $count }
basis-observed-button = Замечено
basis-reported-button = Со слов
interview-show-question = Показать вопрос
interview-note-hint = Краткая заметка (без имен)
interview-why = Почему это важно и о чем спросить
interview-summary = Сводка
interview-no-country = Чтобы увидеть контакты, выберите страну пребывания.
interview-damaged = Не удалось прочитать сохраненную беседу, поэтому она не загружена, а файл перемещен: { $file }
interview-save-failed = Не удалось сохранить беседу ({ $reason }). Она по-прежнему открыта; экспортируйте ее или повторите попытку.
interview-exported = Сводка для перенаправления сохранена в файл { $file }.
interview-ended = Беседа завершена. Ее копия, сохраненная на этом компьютере, удалена.
interview-end-failed = Беседа закрыта, но ее сохраненную копию удалить не удалось ({ $reason }).
interview-discarded = Незавершенная беседа отменена, ее сохраненная копия удалена.
add-to-interview = Добавить в беседу
in-interview = ✔ В беседе
card-position = Вопрос { $n } из { $total }
card-keys = → или Пробел: далее · ←: назад · Esc: закрыть
card-close = Закрыть
interview-side-by-side = Оба языка рядом
interview-side-by-side-close = ← Вернуться к отметкам
search-add-to-interview = + В беседу
checklist-fallback-notice = Этот перечень еще не переведен на русский язык, поэтому показан на английском.
interview-export-pdf = Экспортировать сводку (PDF)…

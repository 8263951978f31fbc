language-name = Українська


## Верхня панель
back = Назад
back-hint = Повернутися назад (Alt+←)
forward = Вперед
forward-hint = Перейти вперед (Alt+→)
zoom-in = Збільшити
zoom-in-hint = Більший текст (Ctrl +)
zoom-out = Зменшити
zoom-out-hint = Менший текст (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Скинути розмір тексту (Ctrl 0)
theme = Тема
theme-system = Системна
theme-light = Світла
theme-dark = Темна
theme-high-contrast = Висока контрастність
language = Мова
settings = Налаштування

## Навігація
nav-home = Головна
nav-chapters = Розділи
nav-checklists = Переліки індикаторів
nav-contacts = Контакти
nav-glossary = Глосарій

## Головна сторінка
home-intro = Настільний довідник і навчальний посібник для дипломатичного та консульського персоналу: як розпізнати особу, яка могла постраждати від торгівлі людьми, про що запитати, що робити впродовж першої години і до кого звертатися.
home-based-on = Ґрунтується на виданні:
checklist-entry = { $title } ({ $count ->
    [one] { $count } індикатор
    [few] { $count } індикатори
    [many] { $count } індикаторів
   *[other] { $count } індикаторів
})
content-problems = { $count ->
    [one] У вмісті є { $count } помилка. Подробиці покаже команда «diplomatic-handbook validate».
    [few] У вмісті є { $count } помилки. Подробиці покаже команда «diplomatic-handbook validate».
    [many] У вмісті є { $count } помилок. Подробиці покаже команда «diplomatic-handbook validate».
   *[other] У вмісті є { $count } помилок. Подробиці покаже команда «diplomatic-handbook validate».
}
load-failed-title = Не вдалося прочитати вміст довідника
load-failed-body = Нічого не змінено. Виправте наведені нижче помилки або запустіть програму без --content, щоб використати вбудований довідник.
not-found = Цієї сторінки немає в цьому виданні довідника.

## Читання
chapter-number = Розділ { $number }
contents = Зміст
fallback-notice = Цей розділ ще не перекладено вашою мовою, тому його показано англійською.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Примітка
callout-warning = Увага
callout-do = Що робити
callout-dont = Чого не робити
key-points = Ключові моменти
case-study = Приклад із практики
case-scenario = Ситуація
case-questions = Питання для обговорення
case-answer = Зразок відповіді
see-also = Див. також:
sources-count = { $count ->
    [1] Джерело
   *[other] Джерела ({ $count })
}

## Переліки індикаторів
weight-rule = Як визначено ваги
weight-strong = СИЛЬНИЙ
weight-medium = СЕРЕДНІЙ
weight-general = ЗАГАЛЬНИЙ
questions-to-ask = Що можна запитати
discussed-in = Розглянуто в довіднику
glossary-used-in = Вживається в розділах: { $count }
glossary-open-hint = Натисніть, щоб відкрити термін у глосарії.

## Контакти
emergency = Екстрена допомога:
emergency-hint = Безкоштовний номер екстреної допомоги
how-referral-works = Як працює перенаправлення в цій країні
contacts-heading = Контакти
checked-on = Перевірено { $date }
phone-free = безкоштовно
phone-charged = за звичайним тарифом
email = Ел. пошта:
website = Вебсайт:
role-emergency = Екстрені служби
role-police = Поліція
role-national-referral = Національний механізм перенаправлення
role-national-coordinator = Національний координатор
role-national-rapporteur = Національний доповідач
role-hotline = Гаряча лінія
role-victim-support = Допомога постраждалим
role-ngo = Громадська організація
role-shelter = Притулок
role-iom = МОМ
role-labour-inspectorate = Інспекція праці
role-child-protection = Захист дітей
role-migration = Міграційна служба
role-international = Міжнародна організація

## Пошук
search = Пошук
search-hint = Індикатори, розділи, контакти… (Ctrl+K)
search-preparing = Підготовка пошуку…
search-failed = Пошук недоступний: { $reason }
search-no-results = За запитом «{ $query }» нічого не знайдено. Спробуйте менше слів або інші слова.
search-count = { $count ->
    [one] { $count } результат · ↑↓ — вибрати, Enter — відкрити, Esc — закрити
    [few] { $count } результати · ↑↓ — вибрати, Enter — відкрити, Esc — закрити
    [many] { $count } результатів · ↑↓ — вибрати, Enter — відкрити, Esc — закрити
   *[other] { $count } результатів · ↑↓ — вибрати, Enter — відкрити, Esc — закрити
}
search-group-indicators = Індикатори
search-group-chapters = Розділи
search-group-contacts = Контакти
search-group-glossary = Глосарій

## Довідник контактів
contacts-all = Контакти для перенаправлення
contacts-all-countries = Усі країни
contacts-country = Країна
contacts-all-roles = Усі ролі
contacts-role = Роль
contacts-filter = Фільтр
contacts-filter-hint = організація, номер, роль…
contacts-none-match = Жоден контакт не відповідає цим фільтрам.
contacts-import = Імпортувати контакти…
contacts-import-hint = Додайте власних партнерів вашого посольства з файлу контактів (RON). Спершу файл перевіряється; якщо в ньому є помилки, нічого не додається.
contacts-export = Експортувати довідник…
contacts-export-hint = Зберегти всі контакти, вбудовані й локальні, у файл, який зможе імпортувати інша копія програми.
checked-stale = Перевірено { $date }, понад рік тому: перш ніж покладатися на ці дані, уточніть їх
copy = Копіювати
copied = Скопійовано
copy-hint = Копіювати { $what } в буфер обміну
copy-named = Копіювати { $what }
call = Зателефонувати
call-hint = Відкриває програму для дзвінків, якщо її встановлено на цьому комп'ютері
write = Написати
contact-local = ЛОКАЛЬНИЙ
contact-local-hint = Додано вашим посольством; зберігається лише на цьому комп'ютері
contact-remove = Видалити
contact-remove-named = Видалити { $name }
import-done = Додано { $added ->
    [one] { $added } контакт
    [few] { $added } контакти
    [many] { $added } контактів
   *[other] { $added } контактів
} (уже наявних: { $present }; нових країн: { $countries }).
import-failed = Нічого не імпортовано: у файлі { $file } { $count ->
    [one] { $count } помилка
    [few] { $count } помилки
    [many] { $count } помилок
   *[other] { $count } помилок
}.
import-save-failed = Нічого не імпортовано: не вдалося зберегти локальні контакти ({ $reason }).
import-read-failed = Нічого не імпортовано: не вдалося прочитати файл { $file } ({ $reason }).
export-done = { $count ->
    [one] Збережено { $count } контакт у файл { $file }.
    [few] Збережено { $count } контакти у файл { $file }.
    [many] Збережено { $count } контактів у файл { $file }.
   *[other] Збережено { $count } контактів у файл { $file }.
}
export-failed = Не вдалося зберегти файл { $file } ({ $reason }).
local-load-failed = Не вдалося прочитати локальні контакти вашого посольства, тому їх не показано. Файл не змінено: { $file }
local-removed = { $name } видалено з ваших локальних контактів.
dialog-unavailable = У цій системі немає діалогового вікна вибору файлів ({ $reason }).
dismiss = Закрити

## Експорт співбесіди
export-title = Підсумок для перенаправлення
export-case = Номер справи
export-started = Початок співбесіди
export-made = Підсумок складено
export-officer-lang = Мова посадової особи
export-person-lang = Мова особи
export-country = Країна перебування особи
export-origin = Країна походження
export-danger = Може зараз бути в небезпеці
export-guidance = Надані рекомендації
export-indicators = Позначені індикатори
export-contacts = Рекомендовані контакти
export-note = Примітка
export-none = Немає.
export-footer = Створено за допомогою { $title }, { $edition } (версія вмісту { $version }). Індикатори — підстава для з'ясування обставин; вони не доводять і не виключають торгівлі людьми.
yes = так
no = ні
basis-observed = помічено
basis-reported = зі слів особи
level-urgent = Терміново
level-refer = Перенаправити
level-watch = Звернути увагу
level-info = До відома

## Співбесіда
nav-interview = Співбесіда
nav-interview-open = Співбесіда (позначено: { $count })
interview-title = Співбесіда
interview-intro = На випадок, коли людина перед вами, можливо, постраждала від торгівлі людьми: позначайте те, що бачите або чуєте, показуйте людині запитання її мовою, а наприкінці складіть підсумок для перенаправлення.
interview-found = На цьому комп'ютері знайдено незавершену співбесіду.
interview-found-detail = Справа { $case }, розпочато { $started }, позначено { $count ->
    [one] { $count } індикатор
    [few] { $count } індикатори
    [many] { $count } індикаторів
   *[other] { $count } індикаторів
}.
interview-resume = Продовжити
interview-discard = Відкинути
interview-new = Нова співбесіда
interview-case-ref = Номер справи
interview-case-ref-why = Номер справи чи провадження, а не ім'я особи: введені дані зберігаються лише на цьому комп'ютері, доки ви не завершите співбесіду.
interview-person-lang = Мова особи
interview-country = Країна перебування особи
interview-origin = Країна походження
interview-not-set = Не вказано
interview-start = Почати співбесіду
interview-error-no-ref = Спершу введіть номер справи.
interview-error-name = Схоже, це ім'я людини. Натомість укажіть номер справи чи провадження.
interview-local-only = Зберігається лише на цьому комп'ютері. Дані нікуди не передаються, якщо ви їх не експортуєте.
interview-local-only-hint = Кожна зміна одразу зберігається у файл, доступний лише вам, тож у разі збою нічого не втрачається. Щоб видалити його, завершіть співбесіду.
interview-case = Справа { $case }
interview-danger = Особа може зараз бути в небезпеці
interview-export-md = Експортувати підсумок (Markdown)…
interview-export-html = Експортувати підсумок (HTML, для друку)…
interview-bilingual = Також мовою особи
interview-end = Завершити співбесіду
interview-end-confirm = Завершити співбесіду? Її збережену копію на цьому комп'ютері буде видалено. Якщо вам потрібен запис, спершу експортуйте підсумок.
interview-end-yes = Завершити й видалити
interview-end-no = Залишити відкритою
interview-filter = Фільтр
interview-filter-hint = паспорт, борг, замкнено…
interview-ticked-count = Позначено: { $count }
basis-observed-button = Помічено
basis-reported-button = Зі слів
interview-show-question = Показати запитання
interview-note-hint = Коротка примітка (без імен)
interview-why = Чому це важливо і що запитати
interview-summary = Підсумок
interview-no-country = Виберіть країну перебування особи, щоб побачити контакти.
interview-damaged = Не вдалося прочитати збережену співбесіду, тому її не завантажено, а перенесено в інше місце: { $file }
interview-save-failed = Не вдалося зберегти співбесіду ({ $reason }). Вона залишається відкритою; експортуйте її або спробуйте ще раз.
interview-exported = Підсумок для перенаправлення збережено у файл { $file }.
interview-ended = Співбесіду завершено. Її збережену копію на цьому комп'ютері видалено.
interview-end-failed = Співбесіду закрито, але не вдалося видалити її збережену копію ({ $reason }).
interview-discarded = Незавершену співбесіду відкинуто, а її збережену копію видалено.
add-to-interview = Додати до співбесіди
in-interview = ✔ У співбесіді
card-position = Запитання { $n } з { $total }
card-keys = → або Пробіл: далі · ←: назад · Esc: закрити
card-close = Закрити
interview-side-by-side = Обидві мови поруч
interview-side-by-side-close = ← Назад до індикаторів
search-add-to-interview = + До співбесіди
checklist-fallback-notice = Цей перелік ще не перекладено вашою мовою; його показано англійською.
interview-export-pdf = Експортувати підсумок (PDF)…

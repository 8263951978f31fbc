language-name = Polski


## Górny pasek
back = Wstecz
back-hint = Wstecz (Alt+Strzałka w lewo)
forward = Dalej
forward-hint = Dalej (Alt+Strzałka w prawo)
zoom-in = Powiększ
zoom-in-hint = Większy tekst (Ctrl +)
zoom-out = Pomniejsz
zoom-out-hint = Mniejszy tekst (Ctrl −)
zoom-level = { $percent }%
zoom-reset-hint = Przywróć domyślny rozmiar tekstu (Ctrl 0)
theme = Motyw
theme-system = Systemowy
theme-light = Jasny
theme-dark = Ciemny
theme-high-contrast = Wysoki kontrast
language = Język
settings = Ustawienia

## Nawigacja
nav-home = Strona główna
nav-chapters = Rozdziały
nav-checklists = Listy kontrolne
nav-contacts = Kontakty
nav-glossary = Słowniczek

## Strona główna
home-intro = Podręcznik do codziennej pracy i szkoleń dla pracowników placówek dyplomatycznych i konsularnych: jak rozpoznać możliwą ofiarę handlu ludźmi, o co pytać, co zrobić w pierwszej godzinie i do kogo się zwrócić.
home-based-on = Na podstawie:
checklist-entry = { $title } ({ $count ->
    [one] { $count } wskaźnik
    [few] { $count } wskaźniki
    [many] { $count } wskaźników
   *[other] { $count } wskaźników
})
content-problems = { $count ->
    [one] W treści wykryto { $count } problem. Uruchom „diplomatic-handbook validate”, aby zobaczyć szczegóły.
    [few] W treści wykryto { $count } problemy. Uruchom „diplomatic-handbook validate”, aby zobaczyć szczegóły.
    [many] W treści wykryto { $count } problemów. Uruchom „diplomatic-handbook validate”, aby zobaczyć szczegóły.
   *[other] W treści wykryto { $count } problemów. Uruchom „diplomatic-handbook validate”, aby zobaczyć szczegóły.
}
load-failed-title = Nie udało się odczytać treści podręcznika
load-failed-body = Niczego nie zmieniono. Usuń poniższe problemy albo uruchom program bez opcji --content, aby użyć wbudowanego podręcznika.
not-found = Ta strona nie istnieje w tym wydaniu podręcznika.

## Widok rozdziału
chapter-number = Rozdział { $number }
contents = Spis treści
fallback-notice = Ten rozdział nie został jeszcze przetłumaczony na Twój język; wyświetlana jest wersja angielska.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Uwaga
callout-warning = Ostrzeżenie
callout-do = Należy
callout-dont = Nie należy
key-points = Najważniejsze informacje
case-study = Studium przypadku
case-scenario = Opis sytuacji
case-questions = Pytania do dyskusji
case-answer = Wzorcowa odpowiedź
see-also = Zobacz też:
sources-count = { $count ->
    [one] Źródło
    [few] Źródła ({ $count })
    [many] Źródła ({ $count })
   *[other] Źródła ({ $count })
}

## Listy kontrolne
weight-rule = Zasady przypisywania wag
weight-strong = SILNY
weight-medium = ŚREDNI
weight-general = OGÓLNY
questions-to-ask = Pytania, które możesz zadać
discussed-in = Omówione w podręczniku
glossary-used-in = Użyte w sekcjach: { $count }
glossary-open-hint = Kliknij, aby otworzyć termin w słowniczku.

## Kontakty
emergency = Numer alarmowy:
emergency-hint = Bezpłatny numer alarmowy
how-referral-works = Jak wygląda tu kierowanie do pomocy
contacts-heading = Kontakty
checked-on = Sprawdzono { $date }
phone-free = połączenie bezpłatne
phone-charged = opłata wg taryfy operatora
email = E-mail:
website = Strona internetowa:
role-emergency = Numer alarmowy
role-police = Policja
role-national-referral = Krajowy podmiot kierujący do pomocy
role-national-coordinator = Krajowy koordynator
role-national-rapporteur = Krajowy sprawozdawca
role-hotline = Infolinia
role-victim-support = Wsparcie ofiar
role-ngo = Organizacja pozarządowa
role-shelter = Schronienie
role-iom = IOM
role-labour-inspectorate = Inspekcja pracy
role-child-protection = Ochrona dzieci
role-migration = Sprawy migracyjne
role-international = Instytucja międzynarodowa

## Wyszukiwanie
search = Szukaj
search-hint = Wskaźniki, rozdziały, kontakty… (Ctrl+K)
search-preparing = Przygotowywanie wyszukiwania…
search-failed = Wyszukiwanie jest niedostępne: { $reason }
search-no-results = Brak wyników dla „{ $query }”. Spróbuj wpisać mniej słów lub inne słowa.
search-count = { $count ->
    [one] { $count } wynik · ↑↓: wybierz, Enter: otwórz, Esc: zamknij
    [few] { $count } wyniki · ↑↓: wybierz, Enter: otwórz, Esc: zamknij
    [many] { $count } wyników · ↑↓: wybierz, Enter: otwórz, Esc: zamknij
   *[other] { $count } wyników · ↑↓: wybierz, Enter: otwórz, Esc: zamknij
}
search-group-indicators = Wskaźniki
search-group-chapters = Rozdziały
search-group-contacts = Kontakty
search-group-glossary = Słowniczek

## Spis kontaktów
contacts-all = Kontakty – kierowanie do pomocy
contacts-all-countries = Wszystkie kraje
contacts-country = Kraj
contacts-all-roles = Wszystkie role
contacts-role = Rola
contacts-filter = Filtruj
contacts-filter-hint = organizacja, numer, rola…
contacts-none-match = Żaden kontakt nie pasuje do tych filtrów.
contacts-import = Importuj kontakty…
contacts-import-hint = Dodaj partnerów własnej placówki z pliku kontaktów (RON). Plik jest najpierw sprawdzany; jeśli coś jest nie tak, nic nie zostanie dodane.
contacts-export = Eksportuj spis kontaktów…
contacts-export-hint = Zapisz wszystkie kontakty, wbudowane i lokalne, w pliku, który można zaimportować w innej kopii aplikacji.
checked-stale = Sprawdzono { $date }, ponad rok temu: zweryfikuj przed użyciem
copy = Kopiuj
copied = Skopiowano
copy-hint = Kopiuj { $what } do schowka
copy-named = Kopiuj { $what }
call = Zadzwoń
call-hint = Otwiera program do telefonowania, jeśli jest zainstalowany na tym komputerze
write = Napisz
contact-local = LOKALNY
contact-local-hint = Dodany przez Twoją placówkę; zapisany tylko na tym komputerze
contact-remove = Usuń
contact-remove-named = Usuń { $name }
import-done = Dodano { $added ->
    [one] { $added } kontakt
    [few] { $added } kontakty
    [many] { $added } kontaktów
   *[other] { $added } kontaktów
} (już istniejące: { $present }, nowe kraje: { $countries }).
import-failed = Niczego nie zaimportowano: plik { $file } zawiera { $count ->
    [one] { $count } problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemów
}.
import-save-failed = Niczego nie zaimportowano: nie udało się zapisać lokalnych kontaktów ({ $reason }).
import-read-failed = Niczego nie zaimportowano: nie udało się odczytać pliku { $file } ({ $reason }).
export-done = Zapisano { $count ->
    [one] { $count } kontakt
    [few] { $count } kontakty
    [many] { $count } kontaktów
   *[other] { $count } kontaktów
} w pliku { $file }.
export-failed = Nie udało się zapisać pliku { $file } ({ $reason }).
local-load-failed = Nie udało się odczytać lokalnych kontaktów Twojej placówki, dlatego nie są wyświetlane. Plik nie został zmieniony: { $file }
local-removed = Usunięto { $name } z kontaktów lokalnych.
dialog-unavailable = W tym systemie nie jest dostępne okno wyboru plików ({ $reason }).
dismiss = Zamknij

## Eksport rozmowy
export-title = Podsumowanie na potrzeby skierowania do pomocy
export-case = Znak sprawy
export-started = Rozpoczęcie rozmowy
export-made = Sporządzenie podsumowania
export-officer-lang = Język urzędnika
export-person-lang = Język osoby
export-country = Kraj, w którym przebywa osoba
export-origin = Kraj pochodzenia
export-danger = Może być teraz w niebezpieczeństwie
export-guidance = Wskazówki
export-indicators = Zaznaczone wskaźniki
export-contacts = Proponowane kontakty
export-note = Notatka
export-none = Brak.
export-footer = Sporządzono za pomocą: { $title }, { $edition } (wersja treści { $version }). Wskaźniki są sygnałem do dalszego wyjaśnienia sprawy; ani nie dowodzą handlu ludźmi, ani go nie wykluczają.
yes = tak
no = nie
basis-observed = obserwacja
basis-reported = relacja osoby
level-urgent = Pilne
level-refer = Do skierowania
level-watch = Do obserwacji
level-info = Informacja

## Asystent rozmowy
nav-interview = Asystent rozmowy
nav-interview-open = Asystent rozmowy (zaznaczono: { $count })
interview-title = Asystent rozmowy
interview-intro = Na sytuację, gdy osoba przed Tobą może być ofiarą: zaznacz, co widzisz lub słyszysz, pokaż jej pytania w jej języku i zakończ podsumowaniem na potrzeby skierowania do pomocy.
interview-found = Na tym komputerze znaleziono niezakończoną rozmowę.
interview-found-detail = Sprawa { $case }, rozpoczęta { $started }, zaznaczono { $count ->
    [one] { $count } wskaźnik
    [few] { $count } wskaźniki
    [many] { $count } wskaźników
   *[other] { $count } wskaźników
}.
interview-resume = Wznów
interview-discard = Odrzuć
interview-new = Nowa rozmowa
interview-case-ref = Znak sprawy
interview-case-ref-why = Numer akt lub znak sprawy, a nie imię i nazwisko osoby: wpisane dane pozostają na tym komputerze do zakończenia rozmowy.
interview-person-lang = Język osoby
interview-country = Kraj, w którym przebywa osoba
interview-origin = Kraj pochodzenia
interview-not-set = Nie wybrano
interview-start = Rozpocznij rozmowę
interview-error-no-ref = Najpierw wpisz znak sprawy.
interview-error-name = To wygląda na imię i nazwisko. Wpisz zamiast tego numer akt lub znak sprawy.
interview-local-only = Zapisywane tylko na tym komputerze. Nic go nie opuszcza, chyba że wyeksportujesz dane.
interview-local-only-hint = Każda zmiana jest od razu zapisywana w pliku, który tylko Ty możesz odczytać, więc awaria nie spowoduje utraty danych. Zakończ rozmowę, aby usunąć ten plik.
interview-case = Sprawa { $case }
interview-danger = Osoba może być teraz w niebezpieczeństwie
interview-export-md = Eksportuj podsumowanie (Markdown)…
interview-export-html = Eksportuj podsumowanie (HTML, do druku)…
interview-bilingual = Także w języku osoby
interview-end = Zakończ rozmowę
interview-end-confirm = Zakończyć rozmowę? Zapisana kopia na tym komputerze zostanie usunięta. Jeśli potrzebujesz dokumentacji, najpierw wyeksportuj podsumowanie.
interview-end-yes = Zakończ i usuń
interview-end-no = Pozostaw otwartą
interview-filter = Filtruj
interview-filter-hint = paszport, dług, zamknięte…
interview-ticked-count = Zaznaczono: { $count }
basis-observed-button = Obserwacja
basis-reported-button = Relacja
interview-show-question = Pokaż pytanie
interview-note-hint = Krótka notatka (bez nazwisk)
interview-why = Dlaczego to ważne i o co zapytać
interview-summary = Podsumowanie
interview-no-country = Wybierz kraj, w którym przebywa osoba, aby zobaczyć kontakty.
interview-damaged = Nie udało się odczytać zapisanej rozmowy. Nie wczytano jej, a plik przeniesiono do: { $file }
interview-save-failed = Nie udało się zapisać rozmowy ({ $reason }). Jest nadal otwarta; wyeksportuj ją lub spróbuj ponownie.
interview-exported = Podsumowanie na potrzeby skierowania do pomocy zapisano w pliku { $file }.
interview-ended = Rozmowę zakończono. Zapisaną kopię na tym komputerze usunięto.
interview-end-failed = Rozmowę zamknięto, ale nie udało się usunąć zapisanej kopii ({ $reason }).
interview-discarded = Niezakończoną rozmowę odrzucono, a jej zapisaną kopię usunięto.
add-to-interview = Dodaj do rozmowy
in-interview = ✔ W rozmowie
card-position = Pytanie { $n } z { $total }
card-keys = → lub spacja: dalej · ←: wstecz · Esc: zamknij
card-close = Zamknij
interview-side-by-side = Oba języki obok siebie
interview-side-by-side-close = ← Wróć do zaznaczania
search-add-to-interview = + Do rozmowy
checklist-fallback-notice = Ta lista nie została jeszcze przetłumaczona na Twój język; jest wyświetlana po angielsku.
interview-export-pdf = Eksportuj podsumowanie (PDF)…

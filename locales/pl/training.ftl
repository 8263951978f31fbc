## Szkolenia: strona prowadzącego
nav-training = Szkolenia
training-title = Szkolenia
training-intro = Wyświetlaj rozdziały jako slajdy, omawiaj krok po kroku studia przypadków, sprawdzaj wiedzę uczestników testem i drukuj materiały szkoleniowe. Aby wyświetlić rozdział jako slajdy, otwórz go i naciśnij F5.
training-present = Prezentacja rozdziału
training-present-hint = Slajdy powstają z treści rozdziału: jedna myśl w wierszu, ramki i studia przypadków na osobnych slajdach. Pełny ekran; Esc kończy.
training-cases = Omówienie studium przypadku
training-cases-hint = Najpierw opis sytuacji, potem kolejno pytania do dyskusji, na końcu wzorcowa odpowiedź.
present-chapter = ▶ Prezentuj (F5)
present-chapter-hint = Pokaż ten rozdział jako slajdy na pełnym ekranie
case-run = ▶ Pokaż „{ $title }” jako slajdy

## Prezentacja
show-previous = Poprzedni slajd
show-next = Następny slajd
show-counter = Slajd { $n } z { $total }
show-overview = Wszystkie slajdy
show-overview-close = Wróć do slajdu
show-presenter = Widok prezentera
show-presenter-close = Zamknij widok prezentera
show-presenter-title = Widok prezentera
show-leave = Zakończ prezentację
show-keys = → spacja PgDn: dalej · ← PgUp: wstecz · G: wszystkie slajdy · B: pusty ekran · F6: widok prezentera · Esc: koniec
show-draws-on = Więcej w podręczniku
show-clock = Aktualna godzina
show-elapsed = Upłynęło { $time }
show-current = Bieżący slajd
show-next-slide = Następny
show-end = Koniec prezentacji
show-notes = Notatki prelegenta
show-notes-key-points = Najważniejsze informacje z tego podrozdziału
show-notes-sources = Źródła

## Test wiedzy
quiz = Test wiedzy
quiz-hint = Pytania jednokrotnego wyboru i typu „prawda czy fałsz” do poszczególnych rozdziałów, każde z objaśnieniem prawidłowej odpowiedzi. Nie zapisuje się, kto odpowiadał.
quiz-on = Zakres pytań:
quiz-mixed = Wszystkie rozdziały, pytania wymieszane
quiz-all-chapters = Wszystkie rozdziały
quiz-count = Liczba pytań:
quiz-start = Rozpocznij test
quiz-private = Po wyjściu z testu nie zostają w nim żadne nazwiska ani wyniki.
quiz-leave = Wyjdź z testu
quiz-position = Pytanie { $n } z { $total }
quiz-score-so-far = { $right ->
    [one] Na razie { $right } prawidłowa odpowiedź
    [few] Na razie { $right } prawidłowe odpowiedzi
    [many] Na razie { $right } prawidłowych odpowiedzi
   *[other] Na razie { $right } prawidłowych odpowiedzi
}
quiz-true = Prawda
quiz-false = Fałsz
quiz-right = Dobrze.
quiz-wrong = Niezupełnie: prawidłowa odpowiedź to { $letter }.
quiz-shown = Prawidłowa odpowiedź to { $letter }.
quiz-read-more = Więcej w podręczniku:
quiz-previous = ← Poprzednie pytanie
quiz-show-answer = Pokaż odpowiedź
quiz-next = Następne pytanie →
quiz-finish = Zobacz wynik
quiz-keys = Klawisze: 1–4 lub A–D: odpowiedź · Enter lub →: następne pytanie · ←: wstecz
quiz-result = Prawidłowe odpowiedzi: { $right } z { $total }
quiz-unanswered = { $count ->
    [one] { $count } pytanie pozostało bez odpowiedzi.
    [few] { $count } pytania pozostały bez odpowiedzi.
    [many] { $count } pytań pozostało bez odpowiedzi.
   *[other] { $count } pytań pozostało bez odpowiedzi.
}
quiz-again = Rozwiąż te same pytania jeszcze raz
quiz-new = Wybierz inny test
quiz-review = Do powtórki: pytania, do których warto wrócić

## Materiały szkoleniowe
handouts = Materiały szkoleniowe
handouts-hint = Wydrukuj rozdział, listę kontrolną jako jednostronicową kartę kieszonkową albo test z odpowiedziami lub bez nich – w dowolnym języku podręcznika.
handouts-language = Język materiałów:
handouts-chapter = Rozdział
handouts-card = Karta kieszonkowa
handouts-with-answers = z odpowiedziami
handouts-save-as = { $what } jako { $format }
handout-saved = Materiał zapisano w pliku { $file }.
handout-missing = Tego materiału nie ma w podręczniku.
handout-footer = { $title }, { $edition }. Wydruk do celów szkoleniowych; aktualną wersję sprawdź w aplikacji.
handout-card-legend = S = silny: sam w sobie daje uzasadnione podstawy do skierowania do pomocy · Ś = średni: wskazuje na handel ludźmi w połączeniu z innymi wskaźnikami · O = ogólny: oznaka podatności na wykorzystanie lub kontekst
handout-quiz-intro = Przy każdym pytaniu wybierz jedną odpowiedź.
handout-quiz-with-answers = Z prawidłowymi odpowiedziami (✔) i uzasadnieniem.
export-cancelled = Niczego nie zapisano: nie wybrano pliku.

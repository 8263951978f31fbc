## Utbildning: utbildarens sida
nav-training = Utbildning
training-title = Utbildning
training-intro = Visa kapitel som bildspel, gå igenom fallstudier steg för steg, testa gruppen med ett quiz och skriv ut åhörarkopior. Tryck på F5 i valfritt kapitel för att presentera det.
training-present = Presentera ett kapitel
training-present-hint = Bilder som skapas av kapitlet: en tanke per rad, rutor och fallstudier på egna bilder. Helskärm; Esc avslutar.
training-cases = Gå igenom en fallstudie
training-cases-hint = Först scenariot, sedan varje fråga att diskutera och sist lösningsförslaget.
present-chapter = ▶ Presentera (F5)
present-chapter-hint = Visa kapitlet som bildspel i helskärm
case-run = ▶ Visa ”{ $title }” som bildspel

## Presentation
show-previous = Föregående bild
show-next = Nästa bild
show-counter = Bild { $n } av { $total }
show-overview = Alla bilder
show-overview-close = Tillbaka till bilden
show-presenter = Föredragshållarvy
show-presenter-close = Stäng föredragshållarvyn
show-presenter-title = Föredragshållarvy
show-leave = Avsluta presentationen
show-keys = → Blanksteg PgDn: nästa · ← PgUp: bakåt · G: alla bilder · B: svart skärm · F6: föredragshållarvy · Esc: avsluta
show-draws-on = Läs mer
show-clock = Klockan nu
show-elapsed = Förfluten tid: { $time }
show-current = Visas nu
show-next-slide = Nästa
show-end = Slut på presentationen
show-notes = Talaranteckningar
show-notes-key-points = Viktigt att komma ihåg i det här avsnittet
show-notes-sources = Källor

## Quiz
quiz = Quiz
quiz-hint = Flervalsfrågor och sant/falskt-frågor om kapitlen, alla med en förklaring av rätt svar. Ingenting sparas om vem som svarade.
quiz-on = Frågor om:
quiz-mixed = Alla kapitel, blandat
quiz-all-chapters = Alla kapitel
quiz-count = Antal frågor:
quiz-start = Starta quizet
quiz-private = Quizet sparar varken namn eller poäng när du har lämnat det.
quiz-leave = Lämna quizet
quiz-position = Fråga { $n } av { $total }
quiz-score-so-far = { $right ->
    [one] { $right } rätt hittills
   *[other] { $right } rätt hittills
}
quiz-true = Sant
quiz-false = Falskt
quiz-right = Rätt.
quiz-wrong = Inte riktigt: rätt svar är { $letter }.
quiz-shown = Rätt svar är { $letter }.
quiz-read-more = Läs mer:
quiz-previous = ← Föregående fråga
quiz-show-answer = Visa svaret
quiz-next = Nästa fråga →
quiz-finish = Se resultatet
quiz-keys = Tangenter: 1–4 eller A–D för att svara · Enter eller → för nästa fråga · ← för att gå tillbaka
quiz-result = { $right } av { $total } rätt
quiz-unanswered = { $count ->
    [one] { $count } fråga besvarades inte.
   *[other] { $count } frågor besvarades inte.
}
quiz-again = Försök med samma frågor igen
quiz-new = Välj ett annat quiz
quiz-review = Repetition: frågor att titta på igen

## Åhörarkopior
handouts = Åhörarkopior
handouts-hint = Skriv ut ett kapitel, en checklista som fickkort på en sida eller quizet med eller utan facit – på valfritt språk i handboken.
handouts-language = Åhörarkopians språk:
handouts-chapter = Kapitel
handouts-card = Fickkort
handouts-with-answers = med facit
handouts-save-as = { $what } som { $format }
handout-saved = Åhörarkopian har sparats i { $file }.
handout-missing = Det här finns inte i handboken.
handout-footer = { $title }, { $edition }. Utskriven för utbildning; den aktuella versionen finns i appen.
handout-card-legend = S = starkt tecken: ger ensamt rimlig grund att hänvisa · M = medel: pekar mot människohandel tillsammans med andra tecken · A = allmänt: utsatthet eller sammanhang
handout-quiz-intro = Välj ett svar per fråga.
handout-quiz-with-answers = Med rätt svar (✔) och förklaring.
export-cancelled = Ingenting sparades: ingen fil valdes.

## Undervisning: underviserens side
nav-training = Undervisning
training-title = Undervisning
training-intro = Vis kapitler som dias, gennemgå casestudier trin for trin, test deltagerne med en quiz, og udskriv uddelingsmateriale. Tryk på F5 i et hvilket som helst kapitel for at præsentere det.
training-present = Præsentér et kapitel
training-present-hint = Dias lavet ud fra kapitlet: én pointe pr. linje, bokse og casestudier på deres egne dias. Fuld skærm; Esc afslutter.
training-cases = Gennemgå et casestudie
training-cases-hint = Først scenariet, så hvert spørgsmål til drøftelse og til sidst modelsvaret.
present-chapter = ▶ Præsentér (F5)
present-chapter-hint = Vis kapitlet som dias i fuld skærm
case-run = ▶ Vis »{ $title }« som dias

## Præsentation
show-previous = Forrige dias
show-next = Næste dias
show-counter = Dias { $n } af { $total }
show-overview = Alle dias
show-overview-close = Tilbage til diasset
show-presenter = Præsentationsvisning
show-presenter-close = Luk præsentationsvisning
show-presenter-title = Præsentationsvisning
show-leave = Afslut præsentationen
show-keys = → Mellemrum PgDn: næste · ← PgUp: tilbage · G: alle dias · B: sort skærm · F6: præsentationsvisning · Esc: afslut
show-draws-on = Læs mere
show-clock = Klokken nu
show-elapsed = Forløbet tid: { $time }
show-current = Vises nu
show-next-slide = Næste
show-end = Slut på præsentationen
show-notes = Talernoter
show-notes-key-points = Hovedpunkter i dette afsnit
show-notes-sources = Kilder

## Quiz
quiz = Quiz
quiz-hint = Multiple choice-spørgsmål og sandt/falsk-spørgsmål om kapitlerne, hver med en forklaring af det rigtige svar. Der gemmes intet om, hvem der svarede.
quiz-on = Spørgsmål om:
quiz-mixed = Alle kapitler, blandet
quiz-all-chapters = Alle kapitler
quiz-count = Antal spørgsmål:
quiz-start = Start quizzen
quiz-private = Quizzen gemmer hverken navne eller point, når du forlader den.
quiz-leave = Forlad quizzen
quiz-position = Spørgsmål { $n } af { $total }
quiz-score-so-far = { $right ->
    [one] { $right } rigtigt svar indtil nu
   *[other] { $right } rigtige svar indtil nu
}
quiz-true = Sandt
quiz-false = Falsk
quiz-right = Rigtigt.
quiz-wrong = Ikke helt: det rigtige svar er { $letter }.
quiz-shown = Det rigtige svar er { $letter }.
quiz-read-more = Læs mere:
quiz-previous = ← Forrige spørgsmål
quiz-show-answer = Vis svaret
quiz-next = Næste spørgsmål →
quiz-finish = Se resultatet
quiz-keys = Taster: 1–4 eller A–D for at svare · Enter eller → for næste spørgsmål · ← for at gå tilbage
quiz-result = { $right } af { $total } rigtige
quiz-unanswered = { $count ->
    [one] { $count } spørgsmål blev ikke besvaret.
   *[other] { $count } spørgsmål blev ikke besvaret.
}
quiz-again = Prøv de samme spørgsmål igen
quiz-new = Vælg en anden quiz
quiz-review = Til gennemgang: spørgsmål, der er værd at se på igen

## Uddelingsmateriale
handouts = Uddelingsmateriale
handouts-hint = Udskriv et kapitel, en tjekliste som lommekort på én side eller quizzen med eller uden svar – på alle håndbogens sprog.
handouts-language = Materialets sprog:
handouts-chapter = Kapitel
handouts-card = Lommekort
handouts-with-answers = med svarene
handouts-save-as = { $what } som { $format }
handout-saved = Uddelingsmaterialet er gemt i { $file }.
handout-missing = Dette findes ikke i håndbogen.
handout-footer = { $title }, { $edition }. Udskrevet til undervisningsbrug; den gældende version findes i programmet.
handout-card-legend = S = stærkt tegn: giver alene rimelig grund til at henvise · M = middel: peger på menneskehandel sammen med andre tegn · G = generel: sårbarhed eller omstændigheder
handout-quiz-intro = Vælg ét svar til hvert spørgsmål.
handout-quiz-with-answers = Med de rigtige svar (✔) og begrundelse.
export-cancelled = Intet blev gemt: der blev ikke valgt nogen fil.

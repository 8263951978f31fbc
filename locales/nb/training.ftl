## Opplæring: kurslederens side
nav-training = Opplæring
training-title = Opplæring
training-intro = Vis kapitler som lysbilder, gå gjennom casestudier trinn for trinn, test deltakerne med en quiz og skriv ut utdelingsark. Trykk F5 i et hvilket som helst kapittel for å presentere det.
training-present = Presenter et kapittel
training-present-hint = Lysbilder laget av kapittelet: ett poeng per linje, bokser og casestudier på egne lysbilder. Fullskjerm; Esc avslutter.
training-cases = Gå gjennom en casestudie
training-cases-hint = Først scenarioet, deretter hvert spørsmål til drøfting og til slutt forslaget til svar.
present-chapter = ▶ Presenter (F5)
present-chapter-hint = Vis kapittelet som lysbilder i fullskjerm
case-run = ▶ Vis «{ $title }» som lysbilder

## Presentasjon
show-previous = Forrige lysbilde
show-next = Neste lysbilde
show-counter = Lysbilde { $n } av { $total }
show-overview = Alle lysbilder
show-overview-close = Tilbake til lysbildet
show-presenter = Presentasjonsvisning
show-presenter-close = Lukk presentasjonsvisning
show-presenter-title = Presentasjonsvisning
show-leave = Avslutt presentasjonen
show-keys = → Mellomrom PgDn: neste · ← PgUp: tilbake · G: alle lysbilder · B: svart skjerm · F6: presentasjonsvisning · Esc: avslutt
show-draws-on = Les mer
show-clock = Klokka nå
show-elapsed = Tid brukt: { $time }
show-current = Vises nå
show-next-slide = Neste
show-end = Slutt på presentasjonen
show-notes = Talernotater
show-notes-key-points = Hovedpunkter i denne delen
show-notes-sources = Kilder

## Quiz
quiz = Quiz
quiz-hint = Flervalgsspørsmål og sant/usant-spørsmål om kapitlene, alle med forklaring av riktig svar. Ingenting om hvem som svarte, blir lagret.
quiz-on = Spørsmål om:
quiz-mixed = Alle kapitler, blandet
quiz-all-chapters = Alle kapitler
quiz-count = Antall spørsmål:
quiz-start = Start quizen
quiz-private = Quizen lagrer verken navn eller poeng etter at du har gått ut av den.
quiz-leave = Gå ut av quizen
quiz-position = Spørsmål { $n } av { $total }
quiz-score-so-far = { $right ->
    [one] { $right } riktig svar hittil
   *[other] { $right } riktige svar hittil
}
quiz-true = Sant
quiz-false = Usant
quiz-right = Riktig.
quiz-wrong = Ikke helt: riktig svar er { $letter }.
quiz-shown = Riktig svar er { $letter }.
quiz-read-more = Les mer:
quiz-previous = ← Forrige spørsmål
quiz-show-answer = Vis svaret
quiz-next = Neste spørsmål →
quiz-finish = Se resultatet
quiz-keys = Taster: 1–4 eller A–D for å svare · Enter eller → for neste spørsmål · ← for å gå tilbake
quiz-result = { $right } av { $total } riktige
quiz-unanswered = { $count ->
    [one] { $count } spørsmål ble ikke besvart.
   *[other] { $count } spørsmål ble ikke besvart.
}
quiz-again = Prøv de samme spørsmålene igjen
quiz-new = Velg en annen quiz
quiz-review = Til gjennomgang: spørsmålene det er verdt å se på igjen

## Utdelingsark
handouts = Utdelingsark
handouts-hint = Skriv ut et kapittel, en sjekkliste som lommekort på én side eller quizen med eller uten svar – på alle håndbokens språk.
handouts-language = Språk på utdelingsarket:
handouts-chapter = Kapittel
handouts-card = Lommekort
handouts-with-answers = med svarene
handouts-save-as = { $what } som { $format }
handout-saved = Utdelingsarket er lagret i { $file }.
handout-missing = Dette finnes ikke i håndboken.
handout-footer = { $title }, { $edition }. Skrevet ut til opplæringsbruk; se programmet for gjeldende versjon.
handout-card-legend = S = sterkt tegn: gir alene rimelig grunn til å henvise · M = middels: peker mot menneskehandel sammen med andre tegn · G = generell: sårbarhet eller omstendigheter
handout-quiz-intro = Velg ett svar på hvert spørsmål.
handout-quiz-with-answers = Med riktige svar (✔) og begrunnelse.
export-cancelled = Ingenting ble lagret: ingen fil ble valgt.

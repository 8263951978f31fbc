## Mokymai: lektoriaus puslapis
nav-training = Mokymai
training-title = Mokymai
training-intro = Rodykite skyrius skaidrėmis, žingsnis po žingsnio nagrinėkite atvejus, patikrinkite dalyvių žinias testu ir spausdinkite dalomąją medžiagą. Norėdami parodyti skyrių skaidrėmis, atidarykite jį ir paspauskite F5.
training-present = Skyriaus pristatymas
training-present-hint = Skaidrės sudaromos iš skyriaus teksto: viena mintis – viena eilutė, rėmeliai ir atvejų analizės – atskirose skaidrėse. Rodoma per visą ekraną; išeiti – Esc.
training-cases = Atvejo analizė skaidrėmis
training-cases-hint = Pirmiausia situacija, tada po vieną klausimai diskusijai, pabaigoje – pavyzdinis atsakymas.
present-chapter = ▶ Pristatyti (F5)
present-chapter-hint = Rodyti šį skyrių skaidrėmis per visą ekraną
case-run = ▶ Rodyti „{ $title }“ skaidrėmis

## Pristatymas
show-previous = Ankstesnė skaidrė
show-next = Kita skaidrė
show-counter = Skaidrė { $n } iš { $total }
show-overview = Visos skaidrės
show-overview-close = Grįžti į skaidrę
show-presenter = Pranešėjo rodinys
show-presenter-close = Uždaryti pranešėjo rodinį
show-presenter-title = Pranešėjo rodinys
show-leave = Baigti pristatymą
show-keys = → tarpas PgDn: kita · ← PgUp: atgal · G: visos skaidrės · B: tuščias ekranas · F6: pranešėjo rodinys · Esc: baigti
show-draws-on = Plačiau
show-clock = Dabartinis laikas
show-elapsed = Praėjo { $time }
show-current = Dabar rodoma
show-next-slide = Toliau
show-end = Pristatymo pabaiga
show-notes = Pranešėjo pastabos
show-notes-key-points = Svarbiausia šiame poskyryje
show-notes-sources = Šaltiniai

## Testas
quiz = Testas
quiz-hint = Klausimai su atsakymų variantais ir teiginiai „tiesa ar netiesa“ pagal skyrius; prie kiekvieno paaiškinta, kuris atsakymas teisingas ir kodėl. Kas atsakinėjo, neįrašoma.
quiz-on = Klausimų tema:
quiz-mixed = Visi skyriai, klausimai sumaišyti
quiz-all-chapters = Visi skyriai
quiz-count = Klausimų skaičius:
quiz-start = Pradėti testą
quiz-private = Išėjus iš testo, jame neišlieka nei vardų, nei rezultatų.
quiz-leave = Išeiti iš testo
quiz-position = Klausimas { $n } iš { $total }
quiz-score-so-far = { $right ->
    [one] Kol kas { $right } teisingas atsakymas
    [few] Kol kas { $right } teisingi atsakymai
    [many] Kol kas { $right } teisingo atsakymo
   *[other] Kol kas { $right } teisingų atsakymų
}
quiz-true = Tiesa
quiz-false = Netiesa
quiz-right = Teisingai.
quiz-wrong = Ne visai: teisingas atsakymas – { $letter }.
quiz-shown = Teisingas atsakymas – { $letter }.
quiz-read-more = Plačiau:
quiz-previous = ← Ankstesnis klausimas
quiz-show-answer = Rodyti atsakymą
quiz-next = Kitas klausimas →
quiz-finish = Žiūrėti rezultatą
quiz-keys = Klavišai: 1–4 arba A–D: atsakyti · Enter arba →: kitas klausimas · ←: atgal
quiz-result = Teisingi atsakymai: { $right } iš { $total }
quiz-unanswered = { $count ->
    [one] Neatsakyta į { $count } klausimą.
    [few] Neatsakyta į { $count } klausimus.
    [many] Neatsakyta į { $count } klausimo.
   *[other] Neatsakyta į { $count } klausimų.
}
quiz-again = Atsakyti į tuos pačius klausimus dar kartą
quiz-new = Pasirinkti kitą testą
quiz-review = Peržiūra: klausimai, prie kurių verta grįžti

## Dalomoji medžiaga
handouts = Dalomoji medžiaga
handouts-hint = Spausdinkite skyrių, kontrolinį sąrašą kaip vieno puslapio kišeninę atmintinę arba testą su atsakymais ar be jų – bet kuria vadovo kalba.
handouts-language = Medžiagos kalba:
handouts-chapter = Skyrius
handouts-card = Kišeninė atmintinė
handouts-with-answers = su atsakymais
handouts-save-as = { $what } { $format } formatu
handout-saved = Dalomoji medžiaga įrašyta į failą { $file }.
handout-missing = Šios medžiagos vadove nėra.
handout-footer = { $title }, { $edition }. Atspausdinta mokymams; naujausią versiją rasite programoje.
handout-card-legend = S = stiprus: pats savaime suteikia pagrįstą priežastį nukreipti asmenį pagalbai · V = vidutinis: kartu su kitais požymiais rodo galimą prekybą žmonėmis · B = bendras: pažeidžiamumo ar aplinkybių ženklas
handout-quiz-intro = Kiekvienam klausimui pasirinkite vieną atsakymą.
handout-quiz-with-answers = Su teisingais atsakymais (✔) ir paaiškinimais.
export-cancelled = Niekas neįrašyta: nepasirinktas failas.

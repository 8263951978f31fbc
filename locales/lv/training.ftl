## Mācības: pasniedzēja lapa
nav-training = Mācības
training-title = Mācības
training-intro = Rādiet nodaļas kā slaidus, soli pa solim aplūkojiet gadījumu izpētes, rīkojiet dalībniekiem testu un drukājiet izdales materiālus. Lai prezentētu jebkuru nodaļu, nospiediet F5.
training-present = Prezentēt nodaļu
training-present-hint = No nodaļas veidoti slaidi: viena doma katrā rindā, izceltie bloki un gadījumu izpētes atsevišķos slaidos. Pilnekrāna režīms; Esc – iziet.
training-cases = Aplūkot gadījuma izpēti
training-cases-hint = Vispirms situācija, tad pa vienam jautājumi diskusijai un beigās parauga atbilde.
present-chapter = ▶ Prezentēt (F5)
present-chapter-hint = Rādīt šo nodaļu kā slaidus pilnekrāna režīmā
case-run = ▶ Rādīt „{ $title }“ kā slaidus

## Prezentēšana
show-previous = Iepriekšējais slaids
show-next = Nākamais slaids
show-counter = Slaids { $n } no { $total }
show-overview = Visi slaidi
show-overview-close = Atpakaļ pie slaida
show-presenter = Prezentētāja skats
show-presenter-close = Aizvērt prezentētāja skatu
show-presenter-title = Prezentētāja skats
show-leave = Beigt prezentāciju
show-keys = → atstarpe PgDn: nākamais · ← PgUp: atpakaļ · G: visi slaidi · B: tukšs ekrāns · F6: prezentētāja skats · Esc: beigt
show-draws-on = Lasīt vairāk
show-clock = Pašreizējais laiks
show-elapsed = Pagājis: { $time }
show-current = Pašlaik ekrānā
show-next-slide = Nākamais
show-end = Prezentācijas beigas
show-notes = Runātāja piezīmes
show-notes-key-points = Galvenais šajā sadaļā
show-notes-sources = Avoti

## Tests
quiz = Tests
quiz-hint = Jautājumi par nodaļām ar atbilžu variantiem vai izvēli „pareizi/nepareizi“; pie katra jautājuma pareizā atbilde ar skaidrojumu. Nekas par atbildētājiem netiek saglabāts.
quiz-on = Jautājumi par:
quiz-mixed = Visas nodaļas, jauktā secībā
quiz-all-chapters = Visas nodaļas
quiz-count = Jautājumu skaits:
quiz-start = Sākt testu
quiz-private = Kad testu pametat, tajā nepaliek ne vārdi, ne rezultāti.
quiz-leave = Iziet no testa
quiz-position = Jautājums { $n } no { $total }
quiz-score-so-far = { $right ->
    [zero] Līdz šim { $right } pareizas atbildes
    [one] Līdz šim { $right } pareiza atbilde
   *[other] Līdz šim { $right } pareizas atbildes
}
quiz-true = Pareizi
quiz-false = Nepareizi
quiz-right = Pareizi.
quiz-wrong = Ne gluži: pareizā atbilde ir { $letter }.
quiz-shown = Pareizā atbilde ir { $letter }.
quiz-read-more = Lasīt vairāk:
quiz-previous = ← Iepriekšējais jautājums
quiz-show-answer = Rādīt atbildi
quiz-next = Nākamais jautājums →
quiz-finish = Skatīt rezultātu
quiz-keys = Atbildiet ar taustiņiem 1–4 vai A–D · Enter vai →: nākamais jautājums · ←: atpakaļ
quiz-result = Pareizi: { $right } no { $total }
quiz-unanswered = { $count ->
    [zero] { $count } jautājumi palika neatbildēti.
    [one] { $count } jautājums palika neatbildēts.
   *[other] { $count } jautājumi palika neatbildēti.
}
quiz-again = Mēģināt vēlreiz ar tiem pašiem jautājumiem
quiz-new = Izvēlēties citu testu
quiz-review = Pārskats: jautājumi, kurus vērts aplūkot vēlreiz

## Izdales materiāli
handouts = Izdales materiāli
handouts-hint = Drukājiet nodaļu, kontrolsarakstu kā vienas lapas kabatas kartīti vai testu ar atbildēm vai bez tām jebkurā rokasgrāmatas valodā.
handouts-language = Izdales materiāla valoda:
handouts-chapter = Nodaļa
handouts-card = Kabatas kartīte
handouts-with-answers = ar atbildēm
handouts-save-as = { $what } { $format } formātā
handout-saved = Izdales materiāls saglabāts failā { $file }.
handout-missing = Šī vienuma rokasgrāmatā nav.
handout-footer = { $title }, { $edition }. Izdrukāts mācībām; aktuālo versiju skatiet lietotnē.
handout-card-legend = S = spēcīgs: jau viena pati pazīme dod pamatu nosūtīšanai · VID = vidējs: norāda uz cilvēku tirdzniecību kopā ar citām pazīmēm · VIS = vispārīgs: neaizsargātība vai konteksts
handout-quiz-intro = Katram jautājumam izvēlieties vienu atbildi.
handout-quiz-with-answers = Ar pareizajām atbildēm (✔) un skaidrojumiem.
export-cancelled = Nekas netika saglabāts: fails netika izvēlēts.

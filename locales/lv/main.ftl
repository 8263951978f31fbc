language-name = Latviešu


## Augšējā josla
back = Atpakaļ
back-hint = Atpakaļ (Alt+bultiņa pa kreisi)
forward = Uz priekšu
forward-hint = Uz priekšu (Alt+bultiņa pa labi)
zoom-in = Tuvināt
zoom-in-hint = Lielāks teksts (Ctrl +)
zoom-out = Tālināt
zoom-out-hint = Mazāks teksts (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Atiestatīt teksta lielumu (Ctrl 0)
theme = Motīvs
theme-system = Sistēmas
theme-light = Gaišs
theme-dark = Tumšs
theme-high-contrast = Augsts kontrasts
language = Valoda
settings = Iestatījumi

## Navigācija
nav-home = Sākumlapa
nav-chapters = Nodaļas
nav-checklists = Kontrolsaraksti
nav-contacts = Kontakti
nav-glossary = Glosārijs

## Sākumlapa
home-intro = Rokasgrāmata ikdienas darbam un mācībām diplomātiskajiem un konsulārajiem darbiniekiem: kā atpazīt iespējamu cilvēku tirdzniecības upuri, ko jautāt, kas jādara pirmajā stundā un pie kā vērsties.
home-based-on = Izstrādāta saskaņā ar:
checklist-entry = { $title } ({ $count ->
    [zero] { $count } indikatori
    [one] { $count } indikators
   *[other] { $count } indikatori
})
content-problems = { $count ->
    [zero] Saturā konstatētas { $count } kļūdas. Lai uzzinātu vairāk, palaidiet „diplomatic-handbook validate“.
    [one] Saturā konstatēta { $count } kļūda. Lai uzzinātu vairāk, palaidiet „diplomatic-handbook validate“.
   *[other] Saturā konstatētas { $count } kļūdas. Lai uzzinātu vairāk, palaidiet „diplomatic-handbook validate“.
}
load-failed-title = Rokasgrāmatas saturu neizdevās nolasīt
load-failed-body = Nekas netika mainīts. Novērsiet tālāk norādītās kļūdas vai palaidiet programmu bez --content, lai izmantotu iebūvēto rokasgrāmatu.
not-found = Šīs lapas nav šajā rokasgrāmatas izdevumā.

## Lasīšana
chapter-number = { $number }. nodaļa
contents = Saturs
fallback-notice = Šī nodaļa vēl nav pārtulkota jūsu valodā, tāpēc tā tiek rādīta angļu valodā.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Piezīme
callout-warning = Brīdinājums
callout-do = Ko darīt
callout-dont = Ko nedarīt
key-points = Galvenais
case-study = Gadījuma izpēte
case-scenario = Situācija
case-questions = Jautājumi diskusijai
case-answer = Parauga atbilde
see-also = Skatīt arī:
sources-count = { $count ->
    [1] Avots
    [zero] Avoti ({ $count })
    [one] Avoti ({ $count })
   *[other] Avoti ({ $count })
}

## Kontrolsaraksti
weight-rule = Kā tiek noteikts svars
weight-strong = SPĒCĪGS
weight-medium = VIDĒJS
weight-general = VISPĀRĪGS
questions-to-ask = Jautājumi, ko varat uzdot
discussed-in = Aplūkots rokasgrāmatā
glossary-used-in = Lietots sadaļās: { $count }
glossary-open-hint = Noklikšķiniet, lai atvērtu terminu glosārijā.

## Kontakti
emergency = Ārkārtas gadījumā:
emergency-hint = Bezmaksas ārkārtas palīdzības numurs
how-referral-works = Nosūtīšanas kārtība šajā valstī
contacts-heading = Kontakti
checked-on = Pārbaudīts { $date }
phone-free = bezmaksas
phone-charged = maksa pēc operatora tarifiem
email = E-pasts:
website = Tīmekļvietne:
role-emergency = Ārkārtas palīdzība
role-police = Policija
role-national-referral = Valsts nosūtīšanas mehānisms
role-national-coordinator = Nacionālais koordinators
role-national-rapporteur = Valsts referents
role-hotline = Palīdzības tālrunis
role-victim-support = Atbalsts upuriem
role-ngo = NVO
role-shelter = Patversme
role-iom = IOM
role-labour-inspectorate = Darba inspekcija
role-child-protection = Bērnu tiesību aizsardzība
role-migration = Migrācija
role-international = Starptautiska organizācija

## Meklēšana
search = Meklēt
search-hint = Indikatori, nodaļas, kontakti… (Ctrl+K)
search-preparing = Notiek meklēšanas sagatavošana…
search-failed = Meklēšana nav pieejama: { $reason }
search-no-results = Vaicājumam „{ $query }“ nekas netika atrasts. Mēģiniet lietot mazāk vārdu vai citus vārdus.
search-count = { $count ->
    [zero] { $count } rezultāti · ↑↓: izvēlēties, Enter: atvērt, Esc: aizvērt
    [one] { $count } rezultāts · ↑↓: izvēlēties, Enter: atvērt, Esc: aizvērt
   *[other] { $count } rezultāti · ↑↓: izvēlēties, Enter: atvērt, Esc: aizvērt
}
search-group-indicators = Indikatori
search-group-chapters = Nodaļas
search-group-contacts = Kontakti
search-group-glossary = Glosārijs

## Kontaktu katalogs
contacts-all = Kontakti nosūtīšanai
contacts-all-countries = Visas valstis
contacts-country = Valsts
contacts-all-roles = Visas lomas
contacts-role = Loma
contacts-filter = Filtrēt
contacts-filter-hint = organizācija, numurs, loma…
contacts-none-match = Neviens kontakts neatbilst šiem filtriem.
contacts-import = Importēt kontaktus…
contacts-import-hint = Pievienojiet savas pārstāvniecības partnerus no kontaktu faila (RON). Vispirms fails tiek pārbaudīts; ja kaut kas nav kārtībā, nekas netiek pievienots.
contacts-export = Eksportēt kontaktu katalogu…
contacts-export-hint = Saglabāt visus kontaktus (iebūvētos un vietējos) failā, ko var importēt citā lietotnes kopijā.
checked-stale = Pārbaudīts { $date }, pirms vairāk nekā gada: pirms izmantošanas pārliecinieties, ka informācija ir aktuāla
copy = Kopēt
copied = Nokopēts
copy-hint = Kopēt { $what } starpliktuvē
copy-named = Kopēt { $what }
call = Zvanīt
call-hint = Atver tālruņa programmu, ja tāda ir šajā datorā
write = Rakstīt
contact-local = VIETĒJS
contact-local-hint = Pievienojusi jūsu pārstāvniecība; glabājas tikai šajā datorā
contact-remove = Noņemt
contact-remove-named = Noņemt { $name }
import-done = { $added ->
    [zero] Pievienoti { $added } kontakti
    [one] Pievienots { $added } kontakts
   *[other] Pievienoti { $added } kontakti
} (jau bija: { $present }, jaunas valstis: { $countries }).
import-failed = Nekas netika importēts: failā { $file } ir { $count ->
    [zero] { $count } kļūdas
    [one] { $count } kļūda
   *[other] { $count } kļūdas
}.
import-save-failed = Nekas netika importēts: vietējos kontaktus neizdevās saglabāt ({ $reason }).
import-read-failed = Nekas netika importēts: failu { $file } neizdevās nolasīt ({ $reason }).
export-done = { $count ->
    [zero] Failā { $file } saglabāti { $count } kontakti.
    [one] Failā { $file } saglabāts { $count } kontakts.
   *[other] Failā { $file } saglabāti { $count } kontakti.
}
export-failed = Failu { $file } neizdevās saglabāt ({ $reason }).
local-load-failed = Jūsu pārstāvniecības vietējos kontaktus neizdevās nolasīt, tāpēc tie netiek rādīti. Fails netika mainīts: { $file }
local-removed = No jūsu vietējiem kontaktiem noņemts: { $name }.
dialog-unavailable = Šajā sistēmā nav pieejams failu dialoglodziņš ({ $reason }).
dismiss = Aizvērt

## Intervijas eksports
export-title = Nosūtīšanas kopsavilkums
export-case = Lietas numurs
export-started = Intervija sākta
export-made = Kopsavilkums sagatavots
export-officer-lang = Amatpersonas valoda
export-person-lang = Personas valoda
export-country = Valsts, kurā persona atrodas
export-origin = Izcelsmes valsts
export-danger = Persona pašlaik var būt apdraudēta
export-guidance = Sniegtie ieteikumi
export-indicators = Atzīmētie indikatori
export-contacts = Ieteiktie kontakti
export-note = Piezīme
export-none = Nav.
export-footer = Sagatavots, izmantojot { $title }, { $edition } (satura versija { $version }). Indikatori ir iemesls noskaidrot vairāk; tie nedz pierāda, nedz izslēdz cilvēku tirdzniecību.
yes = jā
no = nē
basis-observed = novērots
basis-reported = pēc personas teiktā
level-urgent = Steidzami
level-refer = Nosūtīt
level-watch = Novērot
level-info = Piezīme

## Intervijas palīgs
nav-interview = Intervijas palīgs
nav-interview-open = Intervijas palīgs (atzīmēti: { $count })
interview-title = Intervijas palīgs
interview-intro = Brīdim, kad cilvēks jūsu priekšā varētu būt upuris: atzīmējiet, ko redzat vai dzirdat, parādiet personai jautājumus tās valodā un noslēdziet ar nosūtīšanas kopsavilkumu.
interview-found = Šajā datorā atrasta nepabeigta intervija.
interview-found-detail = Lieta { $case }, intervija sākta { $started }, { $count ->
    [zero] atzīmēti { $count } indikatori
    [one] atzīmēts { $count } indikators
   *[other] atzīmēti { $count } indikatori
}.
interview-resume = Turpināt
interview-discard = Atmest
interview-new = Jauna intervija
interview-case-ref = Lietas numurs
interview-case-ref-why = Lietas vai dokumenta numurs, nevis personas vārds: ievadītā informācija paliek šajā datorā, līdz jūs pabeidzat interviju.
interview-person-lang = Personas valoda
interview-country = Valsts, kurā persona atrodas
interview-origin = Izcelsmes valsts
interview-not-set = Nav norādīta
interview-start = Sākt interviju
interview-error-no-ref = Vispirms ievadiet lietas numuru.
interview-error-name = Šķiet, ka tas ir personas vārds. Tā vietā ievadiet lietas vai dokumenta numuru.
interview-local-only = Tiek glabāts tikai šajā datorā. Nekas netiek nodots tālāk, ja vien jūs to neeksportējat.
interview-local-only-hint = Visas izmaiņas uzreiz tiek saglabātas failā, ko varat nolasīt tikai jūs, tāpēc avārijas gadījumā nekas nezūd. Lai failu dzēstu, pabeidziet interviju.
interview-case = Lieta { $case }
interview-danger = Persona pašlaik var būt apdraudēta
interview-export-md = Eksportēt kopsavilkumu (Markdown)…
interview-export-html = Eksportēt kopsavilkumu (HTML, drukāšanai)…
interview-bilingual = Arī personas valodā
interview-end = Pabeigt interviju
interview-end-confirm = Pabeigt interviju? Tās šajā datorā saglabātā kopija tiks dzēsta. Ja jums vajadzīgs ieraksts, vispirms eksportējiet kopsavilkumu.
interview-end-yes = Pabeigt un dzēst
interview-end-no = Atstāt atvērtu
interview-filter = Filtrēt
interview-filter-hint = pase, parāds, aizslēgts…
interview-ticked-count = Atzīmēti: { $count }
basis-observed-button = Novērots
basis-reported-button = Pēc teiktā
interview-show-question = Rādīt jautājumu
interview-note-hint = Īsa piezīme (bez personu vārdiem)
interview-why = Kāpēc tas ir svarīgi un ko jautāt
interview-summary = Kopsavilkums
interview-no-country = Lai redzētu kontaktus, izvēlieties valsti, kurā persona atrodas.
interview-damaged = Saglabāto interviju neizdevās nolasīt, tāpēc tā netika ielādēta; fails pārvietots uz { $file }
interview-save-failed = Interviju neizdevās saglabāt ({ $reason }). Tā joprojām ir atvērta; eksportējiet to vai mēģiniet vēlreiz.
interview-exported = Nosūtīšanas kopsavilkums saglabāts failā { $file }.
interview-ended = Intervija pabeigta. Tās šajā datorā saglabātā kopija ir dzēsta.
interview-end-failed = Intervija aizvērta, bet tās saglabāto kopiju neizdevās dzēst ({ $reason }).
interview-discarded = Nepabeigtā intervija atmesta, un tās saglabātā kopija dzēsta.
add-to-interview = Pievienot intervijai
in-interview = ✔ Pievienots intervijai
card-position = Jautājums { $n } no { $total }
card-keys = → vai atstarpe: nākamais · ←: iepriekšējais · Esc: aizvērt
card-close = Aizvērt
interview-side-by-side = Abas valodas blakus
interview-side-by-side-close = ← Atpakaļ pie atzīmēšanas
search-add-to-interview = + Intervijai
checklist-fallback-notice = Šis kontrolsaraksts vēl nav pārtulkots jūsu valodā, tāpēc tas tiek rādīts angļu valodā.
interview-export-pdf = Eksportēt kopsavilkumu (PDF)…

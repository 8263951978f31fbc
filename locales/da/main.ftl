language-name = Dansk


## Topbjælke
back = Tilbage
back-hint = Gå tilbage (Alt+Venstre pil)
forward = Frem
forward-hint = Gå frem (Alt+Højre pil)
zoom-in = Zoom ind
zoom-in-hint = Større tekst (Ctrl +)
zoom-out = Zoom ud
zoom-out-hint = Mindre tekst (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Nulstil tekststørrelse (Ctrl 0)
theme = Tema
theme-system = System
theme-light = Lyst
theme-dark = Mørkt
theme-high-contrast = Høj kontrast
language = Sprog
settings = Indstillinger

## Navigation
nav-home = Startside
nav-chapters = Kapitler
nav-checklists = Tjeklister
nav-contacts = Kontakter
nav-glossary = Ordliste

## Startside
home-intro = En opslagsbog og uddannelseshåndbog for diplomatisk og konsulært personale: sådan genkender du et muligt offer for menneskehandel, hvad du skal spørge om, hvad du skal gøre den første time, og hvem du skal kontakte.
home-based-on = Bygger på:
checklist-entry = { $title } ({ $count ->
    [one] { $count } indikator
   *[other] { $count } indikatorer
})
content-problems = { $count ->
    [one] Indholdet har { $count } problem. Kør »diplomatic-handbook validate« for detaljer.
   *[other] Indholdet har { $count } problemer. Kør »diplomatic-handbook validate« for detaljer.
}
load-failed-title = Håndbogens indhold kunne ikke læses
load-failed-body = Intet er ændret. Ret problemerne nedenfor, eller start programmet uden --content for at bruge den indbyggede håndbog.
not-found = Siden findes ikke i denne udgave af håndbogen.

## Læsevisning
chapter-number = Kapitel { $number }
contents = Indhold
fallback-notice = Kapitlet er endnu ikke oversat til dit sprog, så det vises på engelsk.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Bemærk
callout-warning = Advarsel
callout-do = Gør
callout-dont = Undgå
key-points = Hovedpunkter
case-study = Casestudie
case-scenario = Scenarie
case-questions = Spørgsmål til drøftelse
case-answer = Modelsvar
see-also = Se også:
sources-count = { $count ->
    [one] Kilde
   *[other] Kilder ({ $count })
}

## Tjeklister
weight-rule = Sådan vægtes indikatorerne
weight-strong = STÆRK
weight-medium = MIDDEL
weight-general = GENEREL
questions-to-ask = Spørgsmål, du kan stille
discussed-in = Omtalt i håndbogen
glossary-used-in = Bruges i { $count } afsnit
glossary-open-hint = Klik for at åbne begrebet i ordlisten.

## Kontakter
emergency = Alarmnummer:
emergency-hint = Gratis alarmnummer
how-referral-works = Sådan foregår henvisning her
contacts-heading = Kontakter
checked-on = Kontrolleret { $date }
phone-free = gratis
phone-charged = almindelig takst
email = E-mail:
website = Websted:
role-emergency = Akut hjælp
role-police = Politi
role-national-referral = National henvisning
role-national-coordinator = National koordinator
role-national-rapporteur = National rapportør
role-hotline = Hotline
role-victim-support = Støtte til ofre
role-ngo = NGO
role-shelter = Krisecenter
role-iom = IOM
role-labour-inspectorate = Arbejdstilsyn
role-child-protection = Børnebeskyttelse
role-migration = Udlændingemyndighed
role-international = International

## Søgning
search = Søg
search-hint = Indikatorer, kapitler, kontakter… (Ctrl+K)
search-preparing = Forbereder søgning…
search-failed = Søgning er ikke tilgængelig: { $reason }
search-no-results = Intet fundet for »{ $query }«. Prøv med færre eller andre ord.
search-count = { $count ->
    [one] { $count } resultat · ↑↓ for at vælge, Enter for at åbne, Esc for at lukke
   *[other] { $count } resultater · ↑↓ for at vælge, Enter for at åbne, Esc for at lukke
}
search-group-indicators = Indikatorer
search-group-chapters = Kapitler
search-group-contacts = Kontakter
search-group-glossary = Ordliste

## Kontaktliste
contacts-all = Henvisningskontakter
contacts-all-countries = Alle lande
contacts-country = Land
contacts-all-roles = Alle roller
contacts-role = Rolle
contacts-filter = Filtrér
contacts-filter-hint = organisation, nummer, rolle…
contacts-none-match = Ingen kontakter passer til disse filtre.
contacts-import = Importér kontakter…
contacts-import-hint = Tilføj ambassadens egne samarbejdspartnere fra en kontaktfil (RON). Filen kontrolleres først; er der fejl, tilføjes intet.
contacts-export = Eksportér kontaktlisten…
contacts-export-hint = Gem alle kontakter, både indbyggede og lokale, i en fil, som en anden kopi af programmet kan importere.
checked-stale = Kontrolleret { $date }, for mere end et år siden: bekræft oplysningerne, før du forlader dig på dem
copy = Kopiér
copied = Kopieret
copy-hint = Kopiér { $what } til udklipsholderen
copy-named = Kopiér { $what }
call = Ring op
call-hint = Åbner telefonprogrammet, hvis computeren har et
write = Skriv
contact-local = LOKAL
contact-local-hint = Tilføjet af ambassaden; gemmes kun på denne computer
contact-remove = Fjern
contact-remove-named = Fjern { $name }
import-done = { $added ->
    [one] { $added } kontakt tilføjet
   *[other] { $added } kontakter tilføjet
} ({ $present } fandtes allerede, { $countries ->
    [one] { $countries } nyt land
   *[other] { $countries } nye lande
}).
import-failed = Intet blev importeret: { $file } har { $count ->
    [one] { $count } problem
   *[other] { $count } problemer
}.
import-save-failed = Intet blev importeret: de lokale kontakter kunne ikke gemmes ({ $reason }).
import-read-failed = Intet blev importeret: { $file } kunne ikke læses ({ $reason }).
export-done = { $count ->
    [one] { $count } kontakt gemt i { $file }.
   *[other] { $count } kontakter gemt i { $file }.
}
export-failed = Kunne ikke gemme { $file } ({ $reason }).
local-load-failed = Ambassadens lokale kontakter kunne ikke læses og vises derfor ikke. Filen er ikke ændret: { $file }
local-removed = { $name } er fjernet fra de lokale kontakter.
dialog-unavailable = Der er ingen fildialog på dette system ({ $reason }).
dismiss = Luk

## Eksport af samtale
export-title = Henvisningsresumé
export-case = Sagsreference
export-started = Samtale påbegyndt
export-made = Resumé udarbejdet
export-officer-lang = Medarbejderens sprog
export-person-lang = Personens sprog
export-country = Land, hvor personen befinder sig
export-origin = Oprindelsesland
export-danger = Kan være i fare nu
export-guidance = Givet vejledning
export-indicators = Afkrydsede indikatorer
export-contacts = Foreslåede kontakter
export-note = Notat
export-none = Ingen.
export-footer = Udarbejdet med { $title }, { $edition } (indholdsversion { $version }). Indikatorer er udgangspunkt for nærmere undersøgelse; de hverken beviser eller udelukker menneskehandel.
yes = ja
no = nej
basis-observed = observeret
basis-reported = oplyst af personen
level-urgent = Akut
level-refer = Henvis
level-watch = Hold øje
level-info = Bemærk

## Samtaleværktøj
nav-interview = Samtaleværktøj
nav-interview-open = Samtaleværktøj ({ $count } afkrydset)
interview-title = Samtaleværktøj
interview-intro = Til situationen, hvor personen foran dig kan være offer for menneskehandel: sæt kryds ved det, du ser eller hører, vis spørgsmål til personen på vedkommendes eget sprog, og afslut med et henvisningsresumé.
interview-found = Der blev fundet en uafsluttet samtale på denne computer.
interview-found-detail = Sag { $case }, påbegyndt { $started }, { $count ->
    [one] { $count } indikator afkrydset
   *[other] { $count } indikatorer afkrydset
}.
interview-resume = Fortsæt samtalen
interview-discard = Kassér samtalen
interview-new = Ny samtale
interview-case-ref = Sagsreference
interview-case-ref-why = Et journal- eller sagsnummer, ikke personens navn: det, du indtaster, forbliver på denne computer, indtil du afslutter samtalen.
interview-person-lang = Personens sprog
interview-country = Land, hvor personen befinder sig
interview-origin = Oprindelsesland
interview-not-set = Ikke angivet
interview-start = Start samtale
interview-error-no-ref = Angiv først en sagsreference.
interview-error-name = Det ligner et personnavn. Brug i stedet et journal- eller sagsnummer.
interview-local-only = Gemmes kun på denne computer. Intet forlader den, medmindre du eksporterer.
interview-local-only-hint = Hver ændring gemmes straks i en fil, som kun du kan læse, så intet går tabt ved et nedbrud. Afslut samtalen for at slette den.
interview-case = Sag { $case }
interview-danger = Personen kan være i fare nu
interview-export-md = Eksportér resumé (Markdown)…
interview-export-html = Eksportér resumé (HTML, til udskrift)…
interview-bilingual = Også på personens sprog
interview-end = Afslut samtale
interview-end-confirm = Vil du afslutte samtalen? Den gemte kopi på denne computer slettes. Eksportér resuméet først, hvis du har brug for dokumentation.
interview-end-yes = Afslut og slet
interview-end-no = Hold samtalen åben
interview-filter = Filtrér
interview-filter-hint = pas, gæld, låst inde…
interview-ticked-count = { $count } afkrydset
basis-observed-button = Observeret
basis-reported-button = Oplyst
interview-show-question = Vis spørgsmål
interview-note-hint = Et kort notat (ingen navne)
interview-why = Hvorfor det er vigtigt, og hvad du kan spørge om
interview-summary = Resumé
interview-no-country = Vælg landet, hvor personen befinder sig, for at se kontakter.
interview-damaged = Den gemte samtale kunne ikke læses og er flyttet til side uden at blive indlæst: { $file }
interview-save-failed = Samtalen kunne ikke gemmes ({ $reason }). Den er stadig åben; eksportér den, eller prøv igen.
interview-exported = Henvisningsresumé gemt i { $file }.
interview-ended = Samtalen er afsluttet. Den gemte kopi på denne computer er slettet.
interview-end-failed = Samtalen blev lukket, men den gemte kopi kunne ikke slettes ({ $reason }).
interview-discarded = Den uafsluttede samtale blev kasseret, og den gemte kopi er slettet.
add-to-interview = Føj til samtale
in-interview = ✔ I samtalen
card-position = Spørgsmål { $n } af { $total }
card-keys = → eller Mellemrum: næste · ←: forrige · Esc: luk
card-close = Luk
interview-side-by-side = Begge sprog side om side
interview-side-by-side-close = ← Tilbage til afkrydsning
search-add-to-interview = + Samtale
checklist-fallback-notice = Denne tjekliste er endnu ikke oversat til dit sprog; den vises på engelsk.
interview-export-pdf = Eksportér resumé (PDF)…

language-name = Norsk bokmål


## Topplinje
back = Tilbake
back-hint = Gå tilbake (Alt+venstrepil)
forward = Fram
forward-hint = Gå fram (Alt+høyrepil)
zoom-in = Zoom inn
zoom-in-hint = Større tekst (Ctrl +)
zoom-out = Zoom ut
zoom-out-hint = Mindre tekst (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Tilbakestill tekststørrelse (Ctrl 0)
theme = Tema
theme-system = System
theme-light = Lyst
theme-dark = Mørkt
theme-high-contrast = Høy kontrast
language = Språk
settings = Innstillinger

## Navigasjon
nav-home = Startside
nav-chapters = Kapitler
nav-checklists = Sjekklister
nav-contacts = Kontakter
nav-glossary = Ordliste

## Startside
home-intro = Et oppslagsverk og en opplæringshåndbok for diplomatisk og konsulært personell: hvordan du kjenner igjen et mulig offer for menneskehandel, hva du bør spørre om, hva du gjør den første timen, og hvem du skal kontakte.
home-based-on = Bygger på:
checklist-entry = { $title } ({ $count ->
    [one] { $count } indikator
   *[other] { $count } indikatorer
})
content-problems = { $count ->
    [one] Innholdet har { $count } problem. Kjør «diplomatic-handbook validate» for detaljer.
   *[other] Innholdet har { $count } problemer. Kjør «diplomatic-handbook validate» for detaljer.
}
load-failed-title = Innholdet i håndboken kunne ikke leses
load-failed-body = Ingenting er endret. Rett problemene nedenfor, eller start programmet uten --content for å bruke den innebygde håndboken.
not-found = Denne siden finnes ikke i denne utgaven av håndboken.

## Lesevisning
chapter-number = Kapittel { $number }
contents = Innhold
fallback-notice = Dette kapittelet er ennå ikke oversatt til ditt språk, så det vises på engelsk.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Merk
callout-warning = Advarsel
callout-do = Gjør
callout-dont = Unngå
key-points = Hovedpunkter
case-study = Casestudie
case-scenario = Scenario
case-questions = Spørsmål til drøfting
case-answer = Forslag til svar
see-also = Se også:
sources-count = { $count ->
    [one] Kilde
   *[other] Kilder ({ $count })
}

## Sjekklister
weight-rule = Slik vektes indikatorene
weight-strong = STERK
weight-medium = MIDDELS
weight-general = GENERELL
questions-to-ask = Spørsmål du kan stille
discussed-in = Omtalt i håndboken
glossary-used-in = Brukt i { $count } avsnitt
glossary-open-hint = Klikk for å åpne begrepet i ordlisten.

## Kontakter
emergency = Nødnummer:
emergency-hint = Gratis nødnummer
how-referral-works = Slik fungerer henvisning her
contacts-heading = Kontakter
checked-on = Kontrollert { $date }
phone-free = gratis
phone-charged = vanlig takst
email = E-post:
website = Nettsted:
role-emergency = Nødetater
role-police = Politi
role-national-referral = Nasjonal henvisning
role-national-coordinator = Nasjonal koordinator
role-national-rapporteur = Nasjonal rapportør
role-hotline = Hjelpetelefon
role-victim-support = Bistand til ofre
role-ngo = Frivillig organisasjon
role-shelter = Krisesenter
role-iom = IOM
role-labour-inspectorate = Arbeidstilsyn
role-child-protection = Barnevern
role-migration = Utlendingsmyndighet
role-international = Internasjonal

## Søk
search = Søk
search-hint = Indikatorer, kapitler, kontakter… (Ctrl+K)
search-preparing = Forbereder søk…
search-failed = Søk er ikke tilgjengelig: { $reason }
search-no-results = Fant ingenting for «{ $query }». Prøv færre eller andre ord.
search-count = { $count ->
    [one] { $count } resultat · ↑↓ for å velge, Enter for å åpne, Esc for å lukke
   *[other] { $count } resultater · ↑↓ for å velge, Enter for å åpne, Esc for å lukke
}
search-group-indicators = Indikatorer
search-group-chapters = Kapitler
search-group-contacts = Kontakter
search-group-glossary = Ordliste

## Kontaktliste
contacts-all = Henvisningskontakter
contacts-all-countries = Alle land
contacts-country = Land
contacts-all-roles = Alle roller
contacts-role = Rolle
contacts-filter = Filtrer
contacts-filter-hint = organisasjon, nummer, rolle…
contacts-none-match = Ingen kontakter samsvarer med disse filtrene.
contacts-import = Importer kontakter…
contacts-import-hint = Legg til ambassadens egne samarbeidspartnere fra en kontaktfil (RON). Filen kontrolleres først; er noe feil, legges ingenting til.
contacts-export = Eksporter kontaktlisten…
contacts-export-hint = Lagre alle kontakter, både innebygde og lokale, i en fil som en annen kopi av programmet kan importere.
checked-stale = Kontrollert { $date }, for mer enn ett år siden: bekreft opplysningene før du bruker dem
copy = Kopier
copied = Kopiert
copy-hint = Kopier { $what } til utklippstavlen
copy-named = Kopier { $what }
call = Ring
call-hint = Åpner telefoniprogrammet, hvis datamaskinen har et slikt
write = Skriv
contact-local = LOKAL
contact-local-hint = Lagt til av ambassaden; lagres bare på denne datamaskinen
contact-remove = Fjern
contact-remove-named = Fjern { $name }
import-done = { $added ->
    [one] { $added } kontakt lagt til
   *[other] { $added } kontakter lagt til
} ({ $present } fantes fra før, { $countries ->
    [one] { $countries } nytt land
   *[other] { $countries } nye land
}).
import-failed = Ingenting ble importert: { $file } har { $count ->
    [one] { $count } problem
   *[other] { $count } problemer
}.
import-save-failed = Ingenting ble importert: de lokale kontaktene kunne ikke lagres ({ $reason }).
import-read-failed = Ingenting ble importert: { $file } kunne ikke leses ({ $reason }).
export-done = { $count ->
    [one] { $count } kontakt lagret i { $file }.
   *[other] { $count } kontakter lagret i { $file }.
}
export-failed = Kunne ikke lagre { $file } ({ $reason }).
local-load-failed = Ambassadens lokale kontakter kunne ikke leses og vises derfor ikke. Filen er ikke endret: { $file }
local-removed = { $name } er fjernet fra de lokale kontaktene.
dialog-unavailable = Ingen fildialog er tilgjengelig på dette systemet ({ $reason }).
dismiss = Lukk

## Eksport av samtale
export-title = Henvisningssammendrag
export-case = Saksreferanse
export-started = Samtale startet
export-made = Sammendrag laget
export-officer-lang = Medarbeiderens språk
export-person-lang = Personens språk
export-country = Landet personen befinner seg i
export-origin = Opprinnelsesland
export-danger = Kan være i fare nå
export-guidance = Gitt veiledning
export-indicators = Avkryssede indikatorer
export-contacts = Foreslåtte kontakter
export-note = Notat
export-none = Ingen.
export-footer = Laget med { $title }, { $edition } (innholdsversjon { $version }). Indikatorer er utgangspunkt for videre undersøkelser; de verken beviser eller utelukker menneskehandel.
yes = ja
no = nei
basis-observed = observert
basis-reported = opplyst av personen
level-urgent = Haster
level-refer = Henvis
level-watch = Følg med
level-info = Merk

## Samtaleverktøy
nav-interview = Samtaleverktøy
nav-interview-open = Samtaleverktøy ({ $count } avkrysset)
interview-title = Samtaleverktøy
interview-intro = Til bruk når personen foran deg kan være et offer for menneskehandel: kryss av for det du observerer eller hører, vis spørsmål til personen på hennes eller hans eget språk, og avslutt med et henvisningssammendrag.
interview-found = En uavsluttet samtale ble funnet på denne datamaskinen.
interview-found-detail = Sak { $case }, startet { $started }, { $count ->
    [one] { $count } indikator avkrysset
   *[other] { $count } indikatorer avkrysset
}.
interview-resume = Fortsett samtalen
interview-discard = Forkast samtalen
interview-new = Ny samtale
interview-case-ref = Saksreferanse
interview-case-ref-why = Et journal- eller saksnummer, ikke personens navn: det du skriver inn, blir liggende på denne datamaskinen til du avslutter samtalen.
interview-person-lang = Personens språk
interview-country = Landet personen befinner seg i
interview-origin = Opprinnelsesland
interview-not-set = Ikke angitt
interview-start = Start samtale
interview-error-no-ref = Skriv inn en saksreferanse først.
interview-error-name = Dette ser ut som et personnavn. Bruk et journal- eller saksnummer i stedet.
interview-local-only = Lagres bare på denne datamaskinen. Ingenting forlater den med mindre du eksporterer.
interview-local-only-hint = Hver endring lagres straks i en fil som bare du kan lese, så ingenting går tapt ved et krasj. Avslutt samtalen for å slette den.
interview-case = Sak { $case }
interview-danger = Personen kan være i fare nå
interview-export-md = Eksporter sammendrag (Markdown)…
interview-export-html = Eksporter sammendrag (HTML, for utskrift)…
interview-bilingual = Også på personens språk
interview-end = Avslutt samtale
interview-end-confirm = Vil du avslutte samtalen? Den lagrede kopien på denne datamaskinen blir slettet. Eksporter sammendraget først hvis du trenger dokumentasjon.
interview-end-yes = Avslutt og slett
interview-end-no = La samtalen være åpen
interview-filter = Filtrer
interview-filter-hint = pass, gjeld, innelåst…
interview-ticked-count = { $count } avkrysset
basis-observed-button = Observert
basis-reported-button = Opplyst
interview-show-question = Vis spørsmål
interview-note-hint = Et kort notat (ingen navn)
interview-why = Hvorfor det er viktig, og hva du kan spørre om
interview-summary = Sammendrag
interview-no-country = Velg landet personen befinner seg i, for å se kontakter.
interview-damaged = Den lagrede samtalen kunne ikke leses og ble lagt til side i stedet for å lastes inn: { $file }
interview-save-failed = Samtalen kunne ikke lagres ({ $reason }). Den er fortsatt åpen; eksporter den eller prøv igjen.
interview-exported = Henvisningssammendrag lagret i { $file }.
interview-ended = Samtalen er avsluttet. Den lagrede kopien på denne datamaskinen er slettet.
interview-end-failed = Samtalen ble lukket, men den lagrede kopien kunne ikke slettes ({ $reason }).
interview-discarded = Den uavsluttede samtalen ble forkastet, og den lagrede kopien er slettet.
add-to-interview = Legg til i samtale
in-interview = ✔ I samtalen
card-position = Spørsmål { $n } av { $total }
card-keys = → eller Mellomrom: neste · ←: forrige · Esc: lukk
card-close = Lukk
interview-side-by-side = Begge språk side om side
interview-side-by-side-close = ← Tilbake til avkrysning
search-add-to-interview = + Samtale
checklist-fallback-notice = Denne sjekklisten er ennå ikke oversatt til ditt språk; den vises på engelsk.
interview-export-pdf = Eksporter sammendrag (PDF)…

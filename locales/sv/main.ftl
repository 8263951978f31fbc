language-name = Svenska


## Verktygsfält
back = Bakåt
back-hint = Gå bakåt (Alt+Vänsterpil)
forward = Framåt
forward-hint = Gå framåt (Alt+Högerpil)
zoom-in = Zooma in
zoom-in-hint = Större text (Ctrl +)
zoom-out = Zooma ut
zoom-out-hint = Mindre text (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Återställ textstorleken (Ctrl 0)
theme = Tema
theme-system = System
theme-light = Ljust
theme-dark = Mörkt
theme-high-contrast = Hög kontrast
language = Språk
settings = Inställningar

## Navigering
nav-home = Startsida
nav-chapters = Kapitel
nav-checklists = Checklistor
nav-contacts = Kontakter
nav-glossary = Ordlista

## Startsida
home-intro = En uppslags- och utbildningshandbok för diplomatisk och konsulär personal: hur du känner igen ett möjligt offer för människohandel, vad du ska fråga, vad du ska göra den första timmen och vem du ska kontakta.
home-based-on = Bygger på:
checklist-entry = { $title } ({ $count ->
    [one] { $count } indikator
   *[other] { $count } indikatorer
})
content-problems = { $count ->
    [one] Innehållet har { $count } fel. Kör ”diplomatic-handbook validate” för att se detaljer.
   *[other] Innehållet har { $count } fel. Kör ”diplomatic-handbook validate” för att se detaljer.
}
load-failed-title = Handbokens innehåll kunde inte läsas
load-failed-body = Ingenting har ändrats. Åtgärda problemen nedan eller starta programmet utan --content för att använda den inbyggda handboken.
not-found = Sidan finns inte i den här utgåvan av handboken.

## Läsläge
chapter-number = Kapitel { $number }
contents = Innehåll
fallback-notice = Det här kapitlet är ännu inte översatt till svenska och visas därför på engelska.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Obs!
callout-warning = Varning
callout-do = Gör så här
callout-dont = Undvik
key-points = Viktigt att komma ihåg
case-study = Fallstudie
case-scenario = Scenario
case-questions = Frågor att diskutera
case-answer = Lösningsförslag
see-also = Se även:
sources-count = { $count ->
    [one] Källa
   *[other] Källor ({ $count })
}

## Checklistor
weight-rule = Så bestäms vikterna
weight-strong = STARK
weight-medium = MEDEL
weight-general = ALLMÄN
questions-to-ask = Frågor du kan ställa
discussed-in = Behandlas i handboken
glossary-used-in = Används i { $count } avsnitt
glossary-open-hint = Klicka för att öppna termen i ordlistan.

## Kontakter
emergency = Nödnummer:
emergency-hint = Avgiftsfritt nödnummer
how-referral-works = Så går hänvisningen till i landet
contacts-heading = Kontakter
checked-on = Kontrollerad { $date }
phone-free = avgiftsfritt
phone-charged = vanlig samtalstaxa
email = E-post:
website = Webbplats:
role-emergency = Akut hjälp
role-police = Polis
role-national-referral = Nationell hänvisningsmekanism
role-national-coordinator = Nationell samordnare
role-national-rapporteur = Nationell rapportör
role-hotline = Stödlinje
role-victim-support = Brottsofferstöd
role-ngo = Ideell organisation
role-shelter = Skyddat boende
role-iom = IOM
role-labour-inspectorate = Arbetsinspektion
role-child-protection = Barnskydd
role-migration = Migrationsmyndighet
role-international = Internationell organisation

## Sök
search = Sök
search-hint = Indikatorer, kapitel, kontakter… (Ctrl+K)
search-preparing = Förbereder sökningen…
search-failed = Sökningen är inte tillgänglig: { $reason }
search-no-results = Inga träffar för ”{ $query }”. Försök med färre eller andra ord.
search-count = { $count ->
    [one] { $count } träff · ↑↓ för att välja, Enter för att öppna, Esc för att stänga
   *[other] { $count } träffar · ↑↓ för att välja, Enter för att öppna, Esc för att stänga
}
search-group-indicators = Indikatorer
search-group-chapters = Kapitel
search-group-contacts = Kontakter
search-group-glossary = Ordlista

## Kontaktkatalog
contacts-all = Kontakter för hänvisning
contacts-all-countries = Alla länder
contacts-country = Land
contacts-all-roles = Alla roller
contacts-role = Roll
contacts-filter = Filtrera
contacts-filter-hint = organisation, nummer, roll…
contacts-none-match = Inga kontakter matchar filtren.
contacts-import = Importera kontakter…
contacts-import-hint = Lägg till ambassadens egna samarbetspartner från en kontaktfil (RON). Filen kontrolleras först; om något är fel läggs ingenting till.
contacts-export = Exportera katalogen…
contacts-export-hint = Spara alla kontakter, både inbyggda och lokala, i en fil som kan importeras i en annan installation av appen.
checked-stale = Kontrollerad { $date }, för mer än ett år sedan: bekräfta uppgifterna innan du förlitar dig på dem
copy = Kopiera
copied = Kopierat
copy-hint = Kopiera { $what } till Urklipp
copy-named = Kopiera { $what }
call = Ring
call-hint = Öppnar telefoniprogrammet, om det finns ett på den här datorn
write = Skriv
contact-local = LOKAL
contact-local-hint = Tillagd av er ambassad; lagras bara på den här datorn
contact-remove = Ta bort
contact-remove-named = Ta bort { $name }
import-done = { $added ->
    [one] { $added } kontakt har lagts till
   *[other] { $added } kontakter har lagts till
} ({ $present } fanns redan, { $countries ->
    [one] { $countries } nytt land
   *[other] { $countries } nya länder
}).
import-failed = Inget importerades: { $file } innehåller { $count ->
    [one] { $count } fel
   *[other] { $count } fel
}.
import-save-failed = Inget importerades: de lokala kontakterna kunde inte sparas ({ $reason }).
import-read-failed = Inget importerades: { $file } kunde inte läsas ({ $reason }).
export-done = { $count ->
    [one] { $count } kontakt har sparats i { $file }.
   *[other] { $count } kontakter har sparats i { $file }.
}
export-failed = Det gick inte att spara { $file } ({ $reason }).
local-load-failed = Ambassadens lokala kontakter kunde inte läsas och visas därför inte. Filen har inte ändrats: { $file }
local-removed = { $name } har tagits bort från de lokala kontakterna.
dialog-unavailable = Det finns ingen fildialog i det här systemet ({ $reason }).
dismiss = Stäng

## Export av samtal
export-title = Sammanfattning för hänvisning
export-case = Ärendenummer
export-started = Samtalet påbörjades
export-made = Sammanfattningen upprättades
export-officer-lang = Handläggarens språk
export-person-lang = Personens språk
export-country = Land där personen befinner sig
export-origin = Ursprungsland
export-danger = Kan vara i fara just nu
export-guidance = Vägledning som gavs
export-indicators = Markerade indikatorer
export-contacts = Föreslagna kontakter
export-note = Anteckning
export-none = Inga.
export-footer = Skapad med { $title }, { $edition } (innehållsversion { $version }). Indikatorer är skäl att fråga vidare; de varken bevisar eller utesluter människohandel.
yes = ja
no = nej
basis-observed = observerat
basis-reported = uppgett av personen
level-urgent = Brådskande
level-refer = Hänvisa
level-watch = Håll uppsikt
level-info = Information

## Samtalsstöd
nav-interview = Samtalsstöd
nav-interview-open = { $count ->
    [one] Samtalsstöd ({ $count } markerad)
   *[other] Samtalsstöd ({ $count } markerade)
}
interview-title = Samtalsstöd
interview-intro = För tillfällen då personen framför dig kan vara ett offer: markera det du ser eller hör, visa frågorna för personen på hens eget språk och avsluta med en sammanfattning för hänvisning.
interview-found = Ett oavslutat samtal hittades på den här datorn.
interview-found-detail = { $count ->
    [one] Ärende { $case }, påbörjat { $started }, { $count } indikator markerad.
   *[other] Ärende { $case }, påbörjat { $started }, { $count } indikatorer markerade.
}
interview-resume = Återuppta det
interview-discard = Radera det
interview-new = Nytt samtal
interview-case-ref = Ärendenummer
interview-case-ref-why = Ett diarie- eller ärendenummer, inte personens namn: det du skriver in finns kvar på den här datorn tills du avslutar samtalet.
interview-person-lang = Personens språk
interview-country = Land där personen befinner sig
interview-origin = Ursprungsland
interview-not-set = Inte angivet
interview-start = Starta samtalet
interview-error-no-ref = Ange ett ärendenummer först.
interview-error-name = Det här ser ut som ett personnamn. Använd ett diarie- eller ärendenummer i stället.
interview-local-only = Lagras bara på den här datorn. Ingenting lämnar datorn om du inte exporterar.
interview-local-only-hint = Varje ändring sparas direkt i en fil som bara du kan läsa, så att ingenting går förlorat vid en krasch. Avsluta samtalet för att radera filen.
interview-case = Ärende { $case }
interview-danger = Personen kan vara i fara just nu
interview-export-md = Exportera sammanfattning (Markdown)…
interview-export-html = Exportera sammanfattning (HTML, för utskrift)…
interview-bilingual = Även på personens språk
interview-end = Avsluta samtalet
interview-end-confirm = Vill du avsluta samtalet? Den sparade kopian på den här datorn raderas. Exportera sammanfattningen först om du behöver dokumentera samtalet.
interview-end-yes = Avsluta och radera
interview-end-no = Låt det vara öppet
interview-filter = Filtrera
interview-filter-hint = pass, skuld, låst…
interview-ticked-count = { $count ->
    [one] { $count } markerad
   *[other] { $count } markerade
}
basis-observed-button = Observerat
basis-reported-button = Uppgett
interview-show-question = Visa frågan
interview-note-hint = En kort anteckning (inga namn)
interview-why = Varför det är viktigt och vad du kan fråga
interview-summary = Sammanfattning
interview-no-country = Välj landet där personen befinner sig för att se kontakter.
interview-damaged = Det sparade samtalet kunde inte läsas och har flyttats undan utan att läsas in: { $file }
interview-save-failed = Samtalet kunde inte sparas ({ $reason }). Det är fortfarande öppet; exportera det eller försök igen.
interview-exported = Sammanfattningen för hänvisning har sparats i { $file }.
interview-ended = Samtalet har avslutats. Den sparade kopian på den här datorn har raderats.
interview-end-failed = Samtalet stängdes, men den sparade kopian kunde inte raderas ({ $reason }).
interview-discarded = Det oavslutade samtalet har raderats, liksom den sparade kopian.
add-to-interview = Lägg till i samtalet
in-interview = ✔ I samtalet
card-position = Fråga { $n } av { $total }
card-keys = → eller Blanksteg: nästa · ←: föregående · Esc: stäng
card-close = Stäng
interview-side-by-side = Båda språken sida vid sida
interview-side-by-side-close = ← Tillbaka till markeringen
search-add-to-interview = + Till samtalet
checklist-fallback-notice = Den här checklistan är ännu inte översatt till svenska och visas därför på engelska.
interview-export-pdf = Exportera sammanfattning (PDF)…

language-name = Eesti


## Ülemine riba
back = Tagasi
back-hint = Mine tagasi (Alt+←)
forward = Edasi
forward-hint = Mine edasi (Alt+→)
zoom-in = Suurenda
zoom-in-hint = Suurem tekst (Ctrl +)
zoom-out = Vähenda
zoom-out-hint = Väiksem tekst (Ctrl −)
zoom-level = { $percent }%
zoom-reset-hint = Taasta teksti suurus (Ctrl 0)
theme = Teema
theme-system = Süsteemi järgi
theme-light = Hele
theme-dark = Tume
theme-high-contrast = Suur kontrastsus
language = Keel
settings = Seaded

## Navigeerimine
nav-home = Avaleht
nav-chapters = Peatükid
nav-checklists = Kontrollnimekirjad
nav-contacts = Kontaktid
nav-glossary = Sõnastik

## Avaleht
home-intro = Teatmik ja koolituskäsiraamat diplomaatilisele ja konsulaarpersonalile: kuidas ära tunda võimalikku inimkaubanduse ohvrit, mida küsida, mida teha esimese tunni jooksul ja kelle poole pöörduda.
home-based-on = Aluseks:
checklist-entry = { $title } ({ $count ->
    [one] { $count } tunnus
   *[other] { $count } tunnust
})
content-problems = { $count ->
    [one] Sisus on { $count } viga. Üksikasjad näete käsuga „diplomatic-handbook validate“.
   *[other] Sisus on { $count } viga. Üksikasjad näete käsuga „diplomatic-handbook validate“.
}
load-failed-title = Käsiraamatu sisu ei õnnestunud lugeda
load-failed-body = Midagi ei muudetud. Parandage allpool loetletud vead või käivitage programm ilma võtmeta --content, et kasutada sisseehitatud käsiraamatut.
not-found = Seda lehekülge ei ole käsiraamatu selles väljaandes.

## Lugemisvaade
chapter-number = { $number }. peatükk
contents = Sisukord
fallback-notice = Seda peatükki ei ole veel teie keelde tõlgitud, seetõttu kuvatakse see inglise keeles.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Märkus
callout-warning = Hoiatus
callout-do = Mida teha
callout-dont = Mida mitte teha
key-points = Põhipunktid
case-study = Juhtumianalüüs
case-scenario = Olukord
case-questions = Aruteluküsimused
case-answer = Näidisvastus
see-also = Vt ka:
sources-count = { $count ->
    [one] Allikas
   *[other] Allikad ({ $count })
}

## Kontrollnimekirjad
weight-rule = Kuidas kaalud määratakse
weight-strong = TUGEV
weight-medium = KESKMINE
weight-general = ÜLDINE
questions-to-ask = Küsimused, mida võiksite esitada
discussed-in = Käsiraamatus käsitletud
glossary-used-in = Kasutatud { $count } osas
glossary-open-hint = Klõpsa, et avada mõiste sõnastikus.

## Kontaktid
emergency = Hädaabinumber:
emergency-hint = Tasuta hädaabinumber
how-referral-works = Kuidas suunamine siin toimib
contacts-heading = Kontaktid
checked-on = Kontrollitud { $date }
phone-free = tasuta
phone-charged = tavaline kõnetasu
email = E-post:
website = Veebileht:
role-emergency = Hädaabi
role-police = Politsei
role-national-referral = Riiklik suunamismehhanism
role-national-coordinator = Riiklik koordinaator
role-national-rapporteur = Riiklik raportöör
role-hotline = Abitelefon
role-victim-support = Ohvriabi
role-ngo = Vabaühendus
role-shelter = Turvakodu
role-iom = IOM
role-labour-inspectorate = Tööinspektsioon
role-child-protection = Lastekaitse
role-migration = Ränne
role-international = Rahvusvaheline organisatsioon

## Otsing
search = Otsing
search-hint = Tunnused, peatükid, kontaktid… (Ctrl+K)
search-preparing = Otsingu ettevalmistamine…
search-failed = Otsing ei ole saadaval: { $reason }
search-no-results = Päringule „{ $query }“ ei leitud midagi. Proovige vähemate või teiste sõnadega.
search-count = { $count ->
    [one] { $count } tulemus · ↑↓ valimiseks, Enter avamiseks, Esc sulgemiseks
   *[other] { $count } tulemust · ↑↓ valimiseks, Enter avamiseks, Esc sulgemiseks
}
search-group-indicators = Tunnused
search-group-chapters = Peatükid
search-group-contacts = Kontaktid
search-group-glossary = Sõnastik

## Kontaktide kataloog
contacts-all = Suunamiskontaktid
contacts-all-countries = Kõik riigid
contacts-country = Riik
contacts-all-roles = Kõik rollid
contacts-role = Roll
contacts-filter = Filtreeri
contacts-filter-hint = asutus, number, roll…
contacts-none-match = Nendele filtritele ei vasta ükski kontakt.
contacts-import = Impordi kontaktid…
contacts-import-hint = Lisage oma saatkonna partnerid kontaktifailist (RON). Kõigepealt kontrollitakse faili; kui selles on vigu, ei lisata midagi.
contacts-export = Ekspordi kataloog…
contacts-export-hint = Salvestage kõik kontaktid, nii sisseehitatud kui ka kohalikud, faili, mida rakenduse teine koopia saab importida.
checked-stale = Kontrollitud { $date }, üle aasta tagasi: kontrollige enne, kui sellele tuginete
copy = Kopeeri
copied = Kopeeritud
copy-hint = Kopeeri { $what } lõikelauale
copy-named = Kopeeri { $what }
call = Helista
call-hint = Avab telefonitarkvara, kui see on arvutis olemas
write = Kirjuta
contact-local = KOHALIK
contact-local-hint = Teie saatkonna lisatud; salvestatud ainult selles arvutis
contact-remove = Eemalda
contact-remove-named = Eemalda { $name }
import-done = Lisati { $added ->
    [one] { $added } kontakt
   *[other] { $added } kontakti
} ({ $present } oli juba olemas, { $countries ->
    [one] { $countries } uus riik
   *[other] { $countries } uut riiki
}).
import-failed = Midagi ei imporditud: failis { $file } on { $count ->
    [one] { $count } viga
   *[other] { $count } viga
}.
import-save-failed = Midagi ei imporditud: kohalikke kontakte ei õnnestunud salvestada ({ $reason }).
import-read-failed = Midagi ei imporditud: faili { $file } ei õnnestunud lugeda ({ $reason }).
export-done = { $count ->
    [one] Faili { $file } salvestati { $count } kontakt.
   *[other] Faili { $file } salvestati { $count } kontakti.
}
export-failed = Faili { $file } ei õnnestunud salvestada ({ $reason }).
local-load-failed = Teie saatkonna kohalikke kontakte ei õnnestunud lugeda, seetõttu neid ei kuvata. Faili ei muudetud: { $file }
local-removed = { $name } eemaldati teie kohalikest kontaktidest.
dialog-unavailable = Selles süsteemis ei ole failidialoog saadaval ({ $reason }).
dismiss = Sulge

## Vestluse eksport
export-title = Suunamise kokkuvõte
export-case = Juhtumi number
export-started = Vestlus alustatud
export-made = Kokkuvõte koostatud
export-officer-lang = Ametniku keel
export-person-lang = Isiku keel
export-country = Riik, kus isik viibib
export-origin = Päritoluriik
export-danger = Võib olla praegu ohus
export-guidance = Antud juhised
export-indicators = Märgitud tunnused
export-contacts = Soovitatud kontaktid
export-note = Märkus
export-none = Puudub.
export-footer = Koostatud rakendusega { $title }, { $edition } (sisu versioon { $version }). Tunnused on ajend asja uurimiseks; need ei tõenda ega välista inimkaubandust.
yes = jah
no = ei
basis-observed = täheldatud
basis-reported = isiku sõnul
level-urgent = Kiireloomuline
level-refer = Suunata edasi
level-watch = Jälgida
level-info = Teadmiseks

## Vestlus
nav-interview = Vestlus
nav-interview-open = Vestlus ({ $count } märgitud)
interview-title = Vestlus
interview-intro = Olukorraks, kus teie ees olev inimene võib olla ohver: märkige, mida näete või kuulete, näidake küsimusi inimesele tema keeles ja koostage lõpuks suunamise kokkuvõte.
interview-found = Selles arvutis leiti lõpetamata vestlus.
interview-found-detail = Juhtum { $case }, alustatud { $started }, { $count ->
    [one] märgitud { $count } tunnus
   *[other] märgitud { $count } tunnust
}.
interview-resume = Jätka
interview-discard = Loobu sellest
interview-new = Uus vestlus
interview-case-ref = Juhtumi number
interview-case-ref-why = Toimiku või juhtumi number, mitte isiku nimi: sisestatud andmed jäävad sellesse arvutisse, kuni te vestluse lõpetate.
interview-person-lang = Isiku keel
interview-country = Riik, kus isik viibib
interview-origin = Päritoluriik
interview-not-set = Määramata
interview-start = Alusta vestlust
interview-error-no-ref = Sisestage kõigepealt juhtumi number.
interview-error-name = See näib olevat isiku nimi. Kasutage selle asemel toimiku või juhtumi numbrit.
interview-local-only = Salvestatud ainult selles arvutis. Midagi ei lahku siit, kui te just ei ekspordi.
interview-local-only-hint = Iga muudatus salvestatakse kohe faili, mida saate lugeda ainult teie, nii et krahhi korral ei lähe midagi kaotsi. Vestluse lõpetamisel fail kustutatakse.
interview-case = Juhtum { $case }
interview-danger = Isik võib olla praegu ohus
interview-export-md = Ekspordi kokkuvõte (Markdown)…
interview-export-html = Ekspordi kokkuvõte (HTML, prinditav)…
interview-bilingual = Ka isiku keeles
interview-end = Lõpeta vestlus
interview-end-confirm = Kas lõpetada vestlus? Selle arvutisse salvestatud koopia kustutatakse. Kui vajate dokumenti, eksportige enne kokkuvõte.
interview-end-yes = Lõpeta ja kustuta
interview-end-no = Jäta avatuks
interview-filter = Filtreeri
interview-filter-hint = pass, võlg, lukus…
interview-ticked-count = { $count } märgitud
basis-observed-button = Täheldatud
basis-reported-button = Isiku sõnul
interview-show-question = Näita küsimust
interview-note-hint = Lühike märkus (ilma nimedeta)
interview-why = Miks see on oluline ja mida küsida
interview-summary = Kokkuvõte
interview-no-country = Kontaktide nägemiseks valige riik, kus isik viibib.
interview-damaged = Salvestatud vestlust ei õnnestunud lugeda, seega seda ei laaditud, vaid see tõsteti kõrvale: { $file }
interview-save-failed = Vestlust ei õnnestunud salvestada ({ $reason }). See on endiselt avatud; eksportige see või proovige uuesti.
interview-exported = Suunamise kokkuvõte salvestati faili { $file }.
interview-ended = Vestlus on lõpetatud. Selle arvutisse salvestatud koopia kustutati.
interview-end-failed = Vestlus suleti, kuid selle salvestatud koopiat ei õnnestunud kustutada ({ $reason }).
interview-discarded = Lõpetamata vestlusest loobuti ja selle salvestatud koopia kustutati.
add-to-interview = Lisa vestlusesse
in-interview = ✔ Vestluses
card-position = Küsimus { $n }/{ $total }
card-keys = → või tühik: järgmine · ←: eelmine · Esc: sulge
card-close = Sulge
interview-side-by-side = Mõlemad keeled kõrvuti
interview-side-by-side-close = ← Tagasi märkimise juurde
search-add-to-interview = + Vestlusesse
checklist-fallback-notice = Seda kontrollnimekirja pole veel teie keelde tõlgitud; see kuvatakse inglise keeles.
interview-export-pdf = Ekspordi kokkuvõte (PDF)…

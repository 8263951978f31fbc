language-name = Suomi


## Yläpalkki
back = Takaisin
back-hint = Siirry takaisin (Alt+←)
forward = Eteenpäin
forward-hint = Siirry eteenpäin (Alt+→)
zoom-in = Suurenna
zoom-in-hint = Suurempi teksti (Ctrl +)
zoom-out = Pienennä
zoom-out-hint = Pienempi teksti (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Palauta tekstin koko (Ctrl 0)
theme = Teema
theme-system = Järjestelmä
theme-light = Vaalea
theme-dark = Tumma
theme-high-contrast = Suuri kontrasti
language = Kieli
settings = Asetukset

## Siirtyminen
nav-home = Etusivu
nav-chapters = Luvut
nav-checklists = Tarkistuslistat
nav-contacts = Yhteystiedot
nav-glossary = Sanasto

## Etusivu
home-intro = Käsikirja työn tueksi ja koulutukseen diplomaatti- ja konsulihenkilöstölle: miten tunnistaa mahdollinen ihmiskaupan uhri, mitä kysyä, mitä tehdä ensimmäisen tunnin aikana ja keneen ottaa yhteyttä.
home-based-on = Perustuu julkaisuun:
checklist-entry = { $title } ({ $count ->
    [one] { $count } tunnusmerkki
   *[other] { $count } tunnusmerkkiä
})
content-problems = { $count ->
    [one] Sisällössä on { $count } virhe. Saat lisätietoja komennolla ”diplomatic-handbook validate”.
   *[other] Sisällössä on { $count } virhettä. Saat lisätietoja komennolla ”diplomatic-handbook validate”.
}
load-failed-title = Käsikirjan sisältöä ei voitu lukea
load-failed-body = Mitään ei muutettu. Korjaa alla luetellut virheet tai käynnistä ohjelma ilman valitsinta --content, jolloin käytetään sisäänrakennettua käsikirjaa.
not-found = Tätä sivua ei ole käsikirjan tässä painoksessa.

## Lukunäkymä
chapter-number = Luku { $number }
contents = Sisällys
fallback-notice = Tätä lukua ei ole vielä käännetty kielellesi, joten se näytetään englanniksi.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Huomautus
callout-warning = Varoitus
callout-do = Tee näin
callout-dont = Älä tee näin
key-points = Keskeiset asiat
case-study = Tapausesimerkki
case-scenario = Tilanne
case-questions = Keskustelukysymykset
case-answer = Mallivastaus
see-also = Katso myös:
sources-count = { $count ->
    [one] Lähde
   *[other] Lähteet ({ $count })
}

## Tarkistuslistat
weight-rule = Miten painoarvot määräytyvät
weight-strong = VAHVA
weight-medium = KOHTALAINEN
weight-general = YLEINEN
questions-to-ask = Kysymyksiä, joita voit esittää
discussed-in = Käsitellään käsikirjassa
glossary-used-in = Käytetään { $count } jaksossa
glossary-open-hint = Avaa termi sanastossa napsauttamalla.

## Yhteystiedot
emergency = Hätänumero:
emergency-hint = Maksuton hätänumero
how-referral-works = Näin uhrin ohjaaminen toimii tässä maassa
contacts-heading = Yhteystiedot
checked-on = Tarkistettu { $date }
phone-free = maksuton
phone-charged = normaali puhelumaksu
email = Sähköposti:
website = Verkkosivusto:
role-emergency = Hätäpalvelut
role-police = Poliisi
role-national-referral = Kansallinen ohjausmekanismi
role-national-coordinator = Kansallinen koordinaattori
role-national-rapporteur = Kansallinen raportoija
role-hotline = Auttava puhelin
role-victim-support = Uhrien tuki
role-ngo = Kansalaisjärjestö
role-shelter = Turvakoti
role-iom = IOM
role-labour-inspectorate = Työsuojeluviranomainen
role-child-protection = Lastensuojelu
role-migration = Maahanmuutto
role-international = Kansainvälinen järjestö

## Haku
search = Haku
search-hint = Tunnusmerkit, luvut, yhteystiedot… (Ctrl+K)
search-preparing = Valmistellaan hakua…
search-failed = Haku ei ole käytettävissä: { $reason }
search-no-results = Haulla ”{ $query }” ei löytynyt mitään. Kokeile vähemmillä tai eri sanoilla.
search-count = { $count ->
    [one] { $count } tulos · ↑↓ valitsee, Enter avaa, Esc sulkee
   *[other] { $count } tulosta · ↑↓ valitsee, Enter avaa, Esc sulkee
}
search-group-indicators = Tunnusmerkit
search-group-chapters = Luvut
search-group-contacts = Yhteystiedot
search-group-glossary = Sanasto

## Yhteystietohakemisto
contacts-all = Yhteystiedot uhrien ohjaamiseen
contacts-all-countries = Kaikki maat
contacts-country = Maa
contacts-all-roles = Kaikki roolit
contacts-role = Rooli
contacts-filter = Suodata
contacts-filter-hint = organisaatio, numero, rooli…
contacts-none-match = Yksikään yhteystieto ei vastaa näitä suodattimia.
contacts-import = Tuo yhteystietoja…
contacts-import-hint = Lisää edustustosi omat yhteistyökumppanit yhteystietotiedostosta (RON). Tiedosto tarkistetaan ensin; jos siinä on virheitä, mitään ei lisätä.
contacts-export = Vie hakemisto…
contacts-export-hint = Tallenna kaikki yhteystiedot, sekä sisäänrakennetut että paikalliset, tiedostoon, jonka sovelluksen toinen kopio voi tuoda.
checked-stale = Tarkistettu { $date }, yli vuosi sitten: varmista tiedot ennen kuin luotat niihin
copy = Kopioi
copied = Kopioitu
copy-hint = Kopioi { $what } leikepöydälle
copy-named = Kopioi { $what }
call = Soita
call-hint = Avaa puhelinohjelman, jos tietokoneessa on sellainen
write = Kirjoita
contact-local = PAIKALLINEN
contact-local-hint = Edustustosi lisäämä; tallennettu vain tähän tietokoneeseen
contact-remove = Poista
contact-remove-named = Poista { $name }
import-done = Lisättiin { $added ->
    [one] { $added } yhteystieto
   *[other] { $added } yhteystietoa
} ({ $present } oli jo hakemistossa, { $countries ->
    [one] { $countries } uusi maa
   *[other] { $countries } uutta maata
}).
import-failed = Mitään ei tuotu: tiedostossa { $file } on { $count ->
    [one] { $count } virhe
   *[other] { $count } virhettä
}.
import-save-failed = Mitään ei tuotu: paikallisia yhteystietoja ei voitu tallentaa ({ $reason }).
import-read-failed = Mitään ei tuotu: tiedostoa { $file } ei voitu lukea ({ $reason }).
export-done = { $count ->
    [one] { $count } yhteystieto tallennettiin tiedostoon { $file }.
   *[other] { $count } yhteystietoa tallennettiin tiedostoon { $file }.
}
export-failed = Tiedostoa { $file } ei voitu tallentaa ({ $reason }).
local-load-failed = Edustustosi paikallisia yhteystietoja ei voitu lukea, joten niitä ei näytetä. Tiedostoa ei muutettu: { $file }
local-removed = { $name } poistettiin paikallisista yhteystiedoistasi.
dialog-unavailable = Tässä järjestelmässä ei ole käytettävissä tiedostovalintaikkunaa ({ $reason }).
dismiss = Sulje

## Haastattelun vienti
export-title = Yhteenveto uhrin ohjaamista varten
export-case = Asianumero
export-started = Haastattelu aloitettu
export-made = Yhteenveto laadittu
export-officer-lang = Virkailijan kieli
export-person-lang = Haastateltavan kieli
export-country = Oleskelumaa
export-origin = Alkuperämaa
export-danger = Voi olla nyt vaarassa
export-guidance = Annetut ohjeet
export-indicators = Merkityt tunnusmerkit
export-contacts = Ehdotetut yhteystahot
export-note = Muistiinpano
export-none = Ei mitään.
export-footer = Laadittu sovelluksella { $title }, { $edition } (sisällön versio { $version }). Tunnusmerkit ovat apuna asian selvittämisessä; ne eivät todista eivätkä sulje pois ihmiskauppaa.
yes = kyllä
no = ei
basis-observed = havaittu
basis-reported = henkilön kertoma
level-urgent = Kiireellinen
level-refer = Ohjaa eteenpäin
level-watch = Seuraa
level-info = Tiedoksi

## Haastattelu
nav-interview = Haastattelu
nav-interview-open = Haastattelu ({ $count ->
    [one] { $count } merkitty
   *[other] { $count } merkittyä
})
interview-title = Haastattelu
interview-intro = Tilanteeseen, jossa edessäsi oleva henkilö voi olla ihmiskaupan uhri: merkitse, mitä havaitset tai kuulet, näytä kysymykset henkilölle hänen omalla kielellään ja laadi lopuksi yhteenveto uhrin ohjaamista varten.
interview-found = Tästä tietokoneesta löytyi keskeneräinen haastattelu.
interview-found-detail = Asia { $case }, aloitettu { $started }, merkitty { $count ->
    [one] { $count } tunnusmerkki
   *[other] { $count } tunnusmerkkiä
}.
interview-resume = Jatka
interview-discard = Hylkää
interview-new = Uusi haastattelu
interview-case-ref = Asianumero
interview-case-ref-why = Kirjoita diaari- tai asianumero, älä henkilön nimeä: syöttämäsi tiedot pysyvät tässä tietokoneessa, kunnes päätät haastattelun.
interview-person-lang = Haastateltavan kieli
interview-country = Oleskelumaa
interview-origin = Alkuperämaa
interview-not-set = Ei valittu
interview-start = Aloita haastattelu
interview-error-no-ref = Anna ensin asianumero.
interview-error-name = Tämä näyttää henkilön nimeltä. Käytä sen sijaan diaari- tai asianumeroa.
interview-local-only = Tallennetaan vain tähän tietokoneeseen. Mitään ei lähde koneelta, ellet itse vie tietoja.
interview-local-only-hint = Jokainen muutos tallennetaan heti tiedostoon, jota vain sinä voit lukea, joten kaatuminen ei hävitä mitään. Tiedosto poistetaan, kun päätät haastattelun.
interview-case = Asia { $case }
interview-danger = Henkilö voi olla nyt vaarassa
interview-export-md = Vie yhteenveto (Markdown)…
interview-export-html = Vie yhteenveto (HTML, tulostettava)…
interview-bilingual = Myös haastateltavan kielellä
interview-end = Päätä haastattelu
interview-end-confirm = Päätetäänkö haastattelu? Sen tähän tietokoneeseen tallennettu kopio poistetaan. Vie ensin yhteenveto, jos tiedot on säilytettävä.
interview-end-yes = Päätä ja poista
interview-end-no = Jätä auki
interview-filter = Suodata
interview-filter-hint = passi, velka, lukittu…
interview-ticked-count = { $count ->
    [one] { $count } merkitty
   *[other] { $count } merkittyä
}
basis-observed-button = Havaittu
basis-reported-button = Kerrottu
interview-show-question = Näytä kysymys
interview-note-hint = Lyhyt muistiinpano (ei nimiä)
interview-why = Miksi tällä on merkitystä ja mitä kysyä
interview-summary = Yhteenveto
interview-no-country = Valitse oleskelumaa, niin näet yhteystiedot.
interview-damaged = Tallennettua haastattelua ei voitu lukea, joten sitä ei ladattu vaan se siirrettiin syrjään: { $file }
interview-save-failed = Haastattelua ei voitu tallentaa ({ $reason }). Se on yhä auki; vie se tai yritä uudelleen.
interview-exported = Yhteenveto uhrin ohjaamista varten tallennettiin tiedostoon { $file }.
interview-ended = Haastattelu päätetty. Sen tähän tietokoneeseen tallennettu kopio poistettiin.
interview-end-failed = Haastattelu suljettiin, mutta sen tallennettua kopiota ei voitu poistaa ({ $reason }).
interview-discarded = Keskeneräinen haastattelu hylättiin ja sen tallennettu kopio poistettiin.
add-to-interview = Lisää haastatteluun
in-interview = ✔ Haastattelussa
card-position = Kysymys { $n }/{ $total }
card-keys = → tai välilyönti: seuraava · ←: edellinen · Esc: sulje
card-close = Sulje
interview-side-by-side = Molemmat kielet rinnakkain
interview-side-by-side-close = ← Takaisin merkitsemiseen
search-add-to-interview = + Haastatteluun
checklist-fallback-notice = Tätä tarkistuslistaa ei ole vielä käännetty kielellesi, joten se näytetään englanniksi.
interview-export-pdf = Vie yhteenveto (PDF)…

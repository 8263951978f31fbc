## Koulutus: kouluttajan sivu
nav-training = Koulutus
training-title = Koulutus
training-intro = Esitä lukuja dioina, käy tapausesimerkit läpi vaihe vaiheelta, teetä osallistujilla tietovisa ja tulosta jakomateriaalia. Voit esittää minkä tahansa luvun painamalla F5.
training-present = Esitä luku
training-present-hint = Luvusta tehdyt diat: yksi ajatus riviä kohden, tekstilaatikot ja tapausesimerkit omilla dioillaan. Koko näyttö; Esc lopettaa.
training-cases = Käy läpi tapausesimerkki
training-cases-hint = Ensin tilanne, sitten keskustelukysymykset yksi kerrallaan ja lopuksi mallivastaus.
present-chapter = ▶ Esitä (F5)
present-chapter-hint = Näytä tämä luku dioina koko näytöllä
case-run = ▶ Esitä ”{ $title }” dioina

## Esittäminen
show-previous = Edellinen dia
show-next = Seuraava dia
show-counter = Dia { $n }/{ $total }
show-overview = Kaikki diat
show-overview-close = Takaisin diaan
show-presenter = Esittäjän näkymä
show-presenter-close = Sulje esittäjän näkymä
show-presenter-title = Esittäjän näkymä
show-leave = Lopeta esitys
show-keys = → välilyönti PgDn: seuraava · ← PgUp: edellinen · G: kaikki diat · B: tyhjä näyttö · F6: esittäjän näkymä · Esc: lopeta
show-draws-on = Lue lisää
show-clock = Kellonaika
show-elapsed = Kulunut { $time }
show-current = Nyt näytössä
show-next-slide = Seuraavaksi
show-end = Esityksen loppu
show-notes = Puhujan muistiinpanot
show-notes-key-points = Tämän osion keskeiset asiat
show-notes-sources = Lähteet

## Tietovisa
quiz = Tietovisa
quiz-hint = Monivalinta- ja totta vai tarua -kysymyksiä luvuista; jokaisen kysymyksen oikea vastaus perustellaan. Vastaajista ei tallenneta mitään.
quiz-on = Kysymysten aihe:
quiz-mixed = Kaikki luvut sekaisin
quiz-all-chapters = Kaikki luvut
quiz-count = Kysymysten määrä:
quiz-start = Aloita tietovisa
quiz-private = Tietovisa ei säilytä nimiä eikä pisteitä, kun poistut siitä.
quiz-leave = Poistu tietovisasta
quiz-position = Kysymys { $n }/{ $total }
quiz-score-so-far = { $right ->
    [one] Tähän mennessä { $right } oikein
   *[other] Tähän mennessä { $right } oikein
}
quiz-true = Totta
quiz-false = Tarua
quiz-right = Oikein.
quiz-wrong = Ei aivan: oikea vastaus on { $letter }.
quiz-shown = Oikea vastaus on { $letter }.
quiz-read-more = Lue lisää:
quiz-previous = ← Edellinen kysymys
quiz-show-answer = Näytä vastaus
quiz-next = Seuraava kysymys →
quiz-finish = Näytä tulos
quiz-keys = Näppäimet: 1–4 tai A–D vastaa · Enter tai → seuraava kysymys · ← takaisin
quiz-result = { $right }/{ $total } oikein
quiz-unanswered = { $count ->
    [one] { $count } kysymys jäi vastaamatta.
   *[other] { $count } kysymystä jäi vastaamatta.
}
quiz-again = Yritä samoja kysymyksiä uudelleen
quiz-new = Valitse toinen tietovisa
quiz-review = Kertaa: nämä kysymykset kannattaa katsoa uudelleen

## Jakomateriaalit
handouts = Jakomateriaalit
handouts-hint = Tulosta luku, tarkistuslista yhden sivun taskukorttina tai tietovisa vastausten kanssa tai ilman millä tahansa käsikirjan kielellä.
handouts-language = Jakomateriaalin kieli:
handouts-chapter = Luku
handouts-card = Taskukortti
handouts-with-answers = vastausten kanssa
handouts-save-as = { $what } { $format }-muodossa
handout-saved = Jakomateriaali tallennettiin tiedostoon { $file }.
handout-missing = Tätä kohdetta ei ole käsikirjassa.
handout-footer = { $title }, { $edition }. Tulostettu koulutuskäyttöön; tarkista ajantasainen versio sovelluksesta.
handout-card-legend = V = vahva merkki: yksinään perusteltu syy ohjata henkilö eteenpäin · K = kohtalainen: viittaa ihmiskauppaan yhdessä muiden merkkien kanssa · Y = yleinen: haavoittuva asema tai olosuhteet
handout-quiz-intro = Valitse jokaiseen kysymykseen yksi vastaus.
handout-quiz-with-answers = Oikeat vastaukset (✔) perusteluineen.
export-cancelled = Mitään ei tallennettu: tiedostoa ei valittu.

## Koolitus: koolitaja leht
nav-training = Koolitus
training-title = Koolitus
training-intro = Esitage peatükke slaididena, käsitlege juhtumianalüüse samm-sammult, tehke osalejatele test ja printige jaotusmaterjale. Mis tahes peatüki esitamiseks vajutage F5.
training-present = Esita peatükk
training-present-hint = Peatükist koostatud slaidid: üks mõte rea kohta, tekstikastid ja juhtumianalüüsid omaette slaididel. Kuvatakse täisekraanil; Esc lõpetab.
training-cases = Vii läbi juhtumianalüüs
training-cases-hint = Kõigepealt olukord, siis ükshaaval aruteluküsimused ja lõpuks näidisvastus.
present-chapter = ▶ Esita (F5)
present-chapter-hint = Näita seda peatükki slaididena täisekraanil
case-run = ▶ Esita „{ $title }“ slaididena

## Esitamine
show-previous = Eelmine slaid
show-next = Järgmine slaid
show-counter = Slaid { $n }/{ $total }
show-overview = Kõik slaidid
show-overview-close = Tagasi slaidi juurde
show-presenter = Esineja vaade
show-presenter-close = Sulge esineja vaade
show-presenter-title = Esineja vaade
show-leave = Lõpeta esitlus
show-keys = → tühik PgDn: järgmine · ← PgUp: tagasi · G: kõik slaidid · B: tühi ekraan · F6: esineja vaade · Esc: lõpeta
show-draws-on = Loe lisaks
show-clock = Kellaaeg
show-elapsed = Möödunud { $time }
show-current = Praegu ekraanil
show-next-slide = Järgmisena
show-end = Esitluse lõpp
show-notes = Esineja märkmed
show-notes-key-points = Selle osa põhipunktid
show-notes-sources = Allikad

## Test
quiz = Test
quiz-hint = Valikvastustega ja õige-vale-küsimused peatükkide kohta, iga küsimuse juures õige vastus koos selgitusega. Vastajate kohta ei salvestata midagi.
quiz-on = Küsimuste teema:
quiz-mixed = Kõik peatükid segamini
quiz-all-chapters = Kõik peatükid
quiz-count = Küsimuste arv:
quiz-start = Alusta testi
quiz-private = Test ei säilita pärast sellest lahkumist ühtegi nime ega tulemust.
quiz-leave = Lahku testist
quiz-position = Küsimus { $n }/{ $total }
quiz-score-so-far = { $right ->
    [one] Seni { $right } õige vastus
   *[other] Seni { $right } õiget vastust
}
quiz-true = Õige
quiz-false = Vale
quiz-right = Õige.
quiz-wrong = Päris nii see ei ole: õige vastus on { $letter }.
quiz-shown = Õige vastus on { $letter }.
quiz-read-more = Loe lisaks:
quiz-previous = ← Eelmine küsimus
quiz-show-answer = Näita vastust
quiz-next = Järgmine küsimus →
quiz-finish = Vaata tulemust
quiz-keys = Klahvid: 1–4 või A–D vastamiseks · Enter või → järgmise küsimuse juurde · ← tagasi
quiz-result = Õigeid vastuseid { $right }/{ $total }
quiz-unanswered = { $count ->
    [one] { $count } küsimus jäi vastamata.
   *[other] { $count } küsimust jäi vastamata.
}
quiz-again = Proovi samu küsimusi uuesti
quiz-new = Vali teine test
quiz-review = Kordamiseks: küsimused, mida tasub uuesti vaadata

## Jaotusmaterjalid
handouts = Jaotusmaterjalid
handouts-hint = Printige peatükk, kontrollnimekiri ühe lehekülje suuruse taskukaardina või test koos vastustega või ilma, mis tahes käsiraamatu keeles.
handouts-language = Jaotusmaterjali keel:
handouts-chapter = Peatükk
handouts-card = Taskukaart
handouts-with-answers = koos vastustega
handouts-save-as = { $what } { $format }-vormingus
handout-saved = Jaotusmaterjal salvestati faili { $file }.
handout-missing = Seda käsiraamatus ei ole.
handout-footer = { $title }, { $edition }. Prinditud koolituseks; kehtiva versiooni leiate rakendusest.
handout-card-legend = T = tugev tunnus: juba üksi põhjendatud alus inimese edasi suunamiseks · K = keskmine: viitab inimkaubandusele koos teiste tunnustega · Ü = üldine: haavatavus või taust
handout-quiz-intro = Valige igale küsimusele üks vastus.
handout-quiz-with-answers = Koos õigete vastuste (✔) ja selgitustega.
export-cancelled = Midagi ei salvestatud: faili ei valitud.

language-name = Lietuvių


## Viršutinė juosta
back = Atgal
back-hint = Grįžti atgal (Alt+rodyklė kairėn)
forward = Pirmyn
forward-hint = Eiti pirmyn (Alt+rodyklė dešinėn)
zoom-in = Didinti
zoom-in-hint = Didesnis tekstas (Ctrl +)
zoom-out = Mažinti
zoom-out-hint = Mažesnis tekstas (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Atkurti numatytąjį teksto dydį (Ctrl 0)
theme = Tema
theme-system = Sistemos
theme-light = Šviesi
theme-dark = Tamsi
theme-high-contrast = Didelis kontrastas
language = Kalba
settings = Nustatymai

## Naršymas
nav-home = Pradžia
nav-chapters = Skyriai
nav-checklists = Kontroliniai sąrašai
nav-contacts = Kontaktai
nav-glossary = Žodynėlis

## Pradžios puslapis
home-intro = Kasdienio darbo ir mokymo vadovas diplomatinių atstovybių ir konsulinių įstaigų darbuotojams: kaip atpažinti galimą prekybos žmonėmis auką, ko klausti, ką daryti per pirmąją valandą ir į ką kreiptis.
home-based-on = Parengta pagal:
checklist-entry = { $title } ({ $count ->
    [one] { $count } požymis
    [few] { $count } požymiai
    [many] { $count } požymio
   *[other] { $count } požymių
})
content-problems = { $count ->
    [one] Turinyje rasta { $count } klaida. Norėdami sužinoti daugiau, paleiskite „diplomatic-handbook validate“.
    [few] Turinyje rastos { $count } klaidos. Norėdami sužinoti daugiau, paleiskite „diplomatic-handbook validate“.
    [many] Turinyje rasta { $count } klaidos. Norėdami sužinoti daugiau, paleiskite „diplomatic-handbook validate“.
   *[other] Turinyje rasta { $count } klaidų. Norėdami sužinoti daugiau, paleiskite „diplomatic-handbook validate“.
}
load-failed-title = Nepavyko nuskaityti vadovo turinio
load-failed-body = Niekas nepakeista. Ištaisykite toliau nurodytas klaidas arba paleiskite programą be --content, kad būtų naudojamas įtaisytasis vadovas.
not-found = Šio puslapio šiame vadovo leidime nėra.

## Skaitymas
chapter-number = { $number } skyrius
contents = Turinys
fallback-notice = Šis skyrius dar neišverstas į jūsų kalbą, todėl rodomas anglų kalba.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Pastaba
callout-warning = Įspėjimas
callout-do = Ką daryti
callout-dont = Ko nedaryti
key-points = Svarbiausia
case-study = Atvejo analizė
case-scenario = Situacija
case-questions = Klausimai diskusijai
case-answer = Pavyzdinis atsakymas
see-also = Taip pat žr.:
sources-count = { $count ->
    [1] Šaltinis
    [one] Šaltiniai ({ $count })
    [few] Šaltiniai ({ $count })
    [many] Šaltiniai ({ $count })
   *[other] Šaltiniai ({ $count })
}

## Kontroliniai sąrašai
weight-rule = Kaip priskiriami svoriai
weight-strong = STIPRUS
weight-medium = VIDUTINIS
weight-general = BENDRAS
questions-to-ask = Klausimai, kuriuos galite užduoti
discussed-in = Aptariama vadove
glossary-used-in = Vartojama skyriuose: { $count }
glossary-open-hint = Spustelėkite, kad atvertumėte terminą žodynėlyje.

## Kontaktai
emergency = Skubioji pagalba:
emergency-hint = Nemokamas skubiosios pagalbos numeris
how-referral-works = Kaip šioje šalyje vyksta nukreipimas
contacts-heading = Kontaktai
checked-on = Patikrinta { $date }
phone-free = nemokamai
phone-charged = pagal įprastus skambučių įkainius
email = El. paštas:
website = Svetainė:
role-emergency = Skubioji pagalba
role-police = Policija
role-national-referral = Nacionalinis nukreipimo mechanizmas
role-national-coordinator = Nacionalinis koordinatorius
role-national-rapporteur = Nacionalinis pranešėjas
role-hotline = Pagalbos linija
role-victim-support = Pagalba aukoms
role-ngo = NVO
role-shelter = Prieglauda
role-iom = TMO
role-labour-inspectorate = Darbo inspekcija
role-child-protection = Vaiko teisių apsauga
role-migration = Migracija
role-international = Tarptautinė organizacija

## Paieška
search = Paieška
search-hint = Požymiai, skyriai, kontaktai… (Ctrl+K)
search-preparing = Ruošiama paieška…
search-failed = Paieška neveikia: { $reason }
search-no-results = Pagal užklausą „{ $query }“ nieko nerasta. Pabandykite įvesti mažiau arba kitų žodžių.
search-count = { $count ->
    [one] { $count } rezultatas · ↑↓: pasirinkti, Enter: atidaryti, Esc: uždaryti
    [few] { $count } rezultatai · ↑↓: pasirinkti, Enter: atidaryti, Esc: uždaryti
    [many] { $count } rezultato · ↑↓: pasirinkti, Enter: atidaryti, Esc: uždaryti
   *[other] { $count } rezultatų · ↑↓: pasirinkti, Enter: atidaryti, Esc: uždaryti
}
search-group-indicators = Požymiai
search-group-chapters = Skyriai
search-group-contacts = Kontaktai
search-group-glossary = Žodynėlis

## Kontaktų katalogas
contacts-all = Nukreipimo kontaktai
contacts-all-countries = Visos šalys
contacts-country = Šalis
contacts-all-roles = Visi vaidmenys
contacts-role = Vaidmuo
contacts-filter = Filtruoti
contacts-filter-hint = organizacija, numeris, vaidmuo…
contacts-none-match = Pagal šiuos filtrus kontaktų nerasta.
contacts-import = Importuoti kontaktus…
contacts-import-hint = Pridėkite savo atstovybės partnerius iš kontaktų failo (RON). Pirmiausia failas patikrinamas; jei kas nors netinka, nieko nepridedama.
contacts-export = Eksportuoti kontaktų katalogą…
contacts-export-hint = Įrašyti visus kontaktus (įtaisytuosius ir vietinius) į failą, kurį galima importuoti kitoje programos kopijoje.
checked-stale = Patikrinta { $date }, daugiau nei prieš metus: prieš remdamiesi šia informacija, ją pasitikrinkite
copy = Kopijuoti
copied = Nukopijuota
copy-hint = Kopijuoti { $what } į iškarpinę
copy-named = Kopijuoti { $what }
call = Skambinti
call-hint = Atidaroma telefono programa, jei ji įdiegta šiame kompiuteryje
write = Rašyti
contact-local = VIETINIS
contact-local-hint = Pridėjo jūsų atstovybė; saugoma tik šiame kompiuteryje
contact-remove = Pašalinti
contact-remove-named = Pašalinti { $name }
import-done = { $added ->
    [one] Pridėtas { $added } kontaktas
    [few] Pridėti { $added } kontaktai
    [many] Pridėta { $added } kontakto
   *[other] Pridėta { $added } kontaktų
} (jau buvo: { $present }, naujų šalių: { $countries }).
import-failed = Nieko neimportuota: faile { $file } yra { $count ->
    [one] { $count } klaida
    [few] { $count } klaidos
    [many] { $count } klaidos
   *[other] { $count } klaidų
}.
import-save-failed = Nieko neimportuota: nepavyko įrašyti vietinių kontaktų ({ $reason }).
import-read-failed = Nieko neimportuota: nepavyko nuskaityti failo { $file } ({ $reason }).
export-done = { $count ->
    [one] Į failą { $file } įrašytas { $count } kontaktas.
    [few] Į failą { $file } įrašyti { $count } kontaktai.
    [many] Į failą { $file } įrašyta { $count } kontakto.
   *[other] Į failą { $file } įrašyta { $count } kontaktų.
}
export-failed = Nepavyko įrašyti failo { $file } ({ $reason }).
local-load-failed = Nepavyko nuskaityti jūsų atstovybės vietinių kontaktų, todėl jie nerodomi. Failas nepakeistas: { $file }
local-removed = Iš jūsų vietinių kontaktų pašalinta: { $name }.
dialog-unavailable = Šioje sistemoje nėra failų pasirinkimo lango ({ $reason }).
dismiss = Uždaryti

## Pokalbio eksportas
export-title = Nukreipimo santrauka
export-case = Bylos numeris
export-started = Pokalbis pradėtas
export-made = Santrauka parengta
export-officer-lang = Pareigūno kalba
export-person-lang = Asmens kalba
export-country = Šalis, kurioje yra asmuo
export-origin = Kilmės šalis
export-danger = Asmeniui šiuo metu gali grėsti pavojus
export-guidance = Pateiktos rekomendacijos
export-indicators = Pažymėti požymiai
export-contacts = Siūlomi kontaktai
export-note = Pastaba
export-none = Nėra.
export-footer = Parengta naudojant { $title }, { $edition } (turinio versija { $version }). Požymiai yra paskata išsiaiškinti daugiau; jie nei įrodo, nei paneigia prekybą žmonėmis.
yes = taip
no = ne
basis-observed = pastebėta
basis-reported = asmens teigimu
level-urgent = Skubu
level-refer = Nukreipti
level-watch = Stebėti
level-info = Pastaba

## Pokalbio pagalbininkas
nav-interview = Pokalbio pagalbininkas
nav-interview-open = Pokalbio pagalbininkas (pažymėta: { $count })
interview-title = Pokalbio pagalbininkas
interview-intro = Skirta tai akimirkai, kai priešais jus esantis žmogus gali būti auka: pažymėkite, ką pastebite ar girdite, parodykite asmeniui klausimus jo kalba ir užbaikite nukreipimo santrauka.
interview-found = Šiame kompiuteryje rastas nebaigtas pokalbis.
interview-found-detail = Byla { $case }, pokalbis pradėtas { $started }, { $count ->
    [one] pažymėtas { $count } požymis
    [few] pažymėti { $count } požymiai
    [many] pažymėta { $count } požymio
   *[other] pažymėta { $count } požymių
}.
interview-resume = Tęsti
interview-discard = Atmesti
interview-new = Naujas pokalbis
interview-case-ref = Bylos numeris
interview-case-ref-why = Bylos ar atvejo numeris, o ne asmens vardas: tai, ką įvesite, liks šiame kompiuteryje, kol baigsite pokalbį.
interview-person-lang = Asmens kalba
interview-country = Šalis, kurioje yra asmuo
interview-origin = Kilmės šalis
interview-not-set = Nenurodyta
interview-start = Pradėti pokalbį
interview-error-no-ref = Pirmiausia įveskite bylos numerį.
interview-error-name = Panašu, kad tai asmens vardas. Vietoj jo įveskite bylos ar atvejo numerį.
interview-local-only = Saugoma tik šiame kompiuteryje. Niekas niekur neperduodama, nebent eksportuosite.
interview-local-only-hint = Kiekvienas pakeitimas iš karto įrašomas į failą, kurį galite perskaityti tik jūs, todėl įvykus gedimui niekas neprarandama. Norėdami failą ištrinti, baikite pokalbį.
interview-case = Byla { $case }
interview-danger = Asmeniui šiuo metu gali grėsti pavojus
interview-export-md = Eksportuoti santrauką (Markdown)…
interview-export-html = Eksportuoti santrauką (HTML, spausdinimui)…
interview-bilingual = Taip pat asmens kalba
interview-end = Baigti pokalbį
interview-end-confirm = Baigti pokalbį? Jo kopija šiame kompiuteryje bus ištrinta. Jei jums reikia įrašo, pirmiausia eksportuokite santrauką.
interview-end-yes = Baigti ir ištrinti
interview-end-no = Palikti atidarytą
interview-filter = Filtruoti
interview-filter-hint = pasas, skola, užrakinta…
interview-ticked-count = Pažymėta: { $count }
basis-observed-button = Pastebėta
basis-reported-button = Papasakota
interview-show-question = Rodyti klausimą
interview-note-hint = Trumpa pastaba (be vardų ir pavardžių)
interview-why = Kodėl tai svarbu ir ko klausti
interview-summary = Santrauka
interview-no-country = Pasirinkite šalį, kurioje yra asmuo, kad matytumėte kontaktus.
interview-damaged = Nepavyko nuskaityti įrašyto pokalbio, todėl jis neįkeltas; failas perkeltas į { $file }
interview-save-failed = Nepavyko įrašyti pokalbio ({ $reason }). Jis vis dar atidarytas; eksportuokite jį arba bandykite dar kartą.
interview-exported = Nukreipimo santrauka įrašyta į failą { $file }.
interview-ended = Pokalbis baigtas. Jo kopija šiame kompiuteryje ištrinta.
interview-end-failed = Pokalbis uždarytas, bet nepavyko ištrinti jo įrašytos kopijos ({ $reason }).
interview-discarded = Nebaigtas pokalbis atmestas, o jo įrašyta kopija ištrinta.
add-to-interview = Įtraukti į pokalbį
in-interview = ✔ Įtraukta į pokalbį
card-position = Klausimas { $n } iš { $total }
card-keys = → arba tarpas: kitas · ←: ankstesnis · Esc: uždaryti
card-close = Uždaryti
interview-side-by-side = Abi kalbos greta
interview-side-by-side-close = ← Grįžti prie žymėjimo
search-add-to-interview = + Į pokalbį
checklist-fallback-notice = Šis kontrolinis sąrašas dar neišverstas į jūsų kalbą, todėl rodomas anglų kalba.
interview-export-pdf = Eksportuoti santrauką (PDF)…

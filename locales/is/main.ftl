language-name = Íslenska


## Efsta stika
back = Til baka
back-hint = Fara til baka (Alt+←)
forward = Áfram
forward-hint = Fara áfram (Alt+→)
zoom-in = Stækka
zoom-in-hint = Stærri texti (Ctrl +)
zoom-out = Minnka
zoom-out-hint = Minni texti (Ctrl −)
zoom-level = { $percent }%
zoom-reset-hint = Endurstilla textastærð (Ctrl 0)
theme = Þema
theme-system = Eins og í kerfinu
theme-light = Ljóst
theme-dark = Dökkt
theme-high-contrast = Mikil birtuskil
language = Tungumál
settings = Stillingar

## Leiðsögn
nav-home = Forsíða
nav-chapters = Kaflar
nav-checklists = Gátlistar
nav-contacts = Tengiliðir
nav-glossary = Orðskýringar

## Forsíða
home-intro = Uppflettirit og kennslubók fyrir starfsfólk í utanríkis- og ræðisþjónustu: hvernig bera má kennsl á mögulegan þolanda mansals, hvað á að spyrja um, hvað á að gera fyrstu klukkustundina og við hvern á að hafa samband.
home-based-on = Byggir á:
checklist-entry = { $title } ({ $count ->
    [one] { $count } vísbending
   *[other] { $count } vísbendingar
})
content-problems = { $count ->
    [one] Í efninu er { $count } villa. Keyrðu „diplomatic-handbook validate“ til að sjá nánar.
   *[other] Í efninu eru { $count } villur. Keyrðu „diplomatic-handbook validate“ til að sjá nánar.
}
load-failed-title = Ekki tókst að lesa efni handbókarinnar
load-failed-body = Engu var breytt. Lagaðu villurnar hér fyrir neðan eða ræstu forritið án --content til að nota innbyggðu handbókina.
not-found = Þessi síða er ekki til í þessari útgáfu handbókarinnar.

## Lestur
chapter-number = { $number }. kafli
contents = Efnisyfirlit
fallback-notice = Þessi kafli hefur ekki enn verið þýddur á þitt tungumál; hann birtist á ensku.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Athugið
callout-warning = Viðvörun
callout-do = Gerðu þetta
callout-dont = Forðastu þetta
key-points = Lykilatriði
case-study = Dæmisaga
case-scenario = Atburðarás
case-questions = Umræðuspurningar
case-answer = Tillaga að svari
see-also = Sjá einnig:
sources-count = { $count ->
    [one] Heimild
   *[other] Heimildir ({ $count })
}

## Gátlistar
weight-rule = Hvernig vægi er ákvarðað
weight-strong = STERK
weight-medium = MIÐLUNGS
weight-general = ALMENN
questions-to-ask = Spurningar sem þú gætir spurt
discussed-in = Fjallað um í handbókinni
glossary-used-in = { $count ->
    [one] Notað í { $count } kafla
   *[other] Notað í { $count } köflum
}
glossary-open-hint = Smelltu til að opna hugtakið í orðskýringunum.

## Tengiliðir
emergency = Neyðarnúmer:
emergency-hint = Gjaldfrjálst neyðarnúmer
how-referral-works = Hvernig tilvísun fer fram hér
contacts-heading = Tengiliðir
checked-on = Yfirfarið { $date }
phone-free = gjaldfrjálst
phone-charged = venjulegt símagjald
email = Netfang:
website = Vefsíða:
role-emergency = Neyðarþjónusta
role-police = Lögregla
role-national-referral = Landsbundinn tilvísunaraðili
role-national-coordinator = Landsbundinn samræmingaraðili
role-national-rapporteur = Landsbundinn skýrslugjafi
role-hotline = Hjálparsími
role-victim-support = Stuðningur við þolendur
role-ngo = Frjáls félagasamtök
role-shelter = Athvarf
role-iom = IOM
role-labour-inspectorate = Vinnueftirlit
role-child-protection = Barnavernd
role-migration = Útlendingamál
role-international = Alþjóðastofnun

## Leit
search = Leit
search-hint = Vísbendingar, kaflar, tengiliðir… (Ctrl+K)
search-preparing = Undirbý leit…
search-failed = Leit er ekki tiltæk: { $reason }
search-no-results = Ekkert fannst fyrir „{ $query }“. Prófaðu færri eða önnur orð.
search-count = { $count ->
    [one] { $count } niðurstaða · ↑↓ til að velja, Enter til að opna, Esc til að loka
   *[other] { $count } niðurstöður · ↑↓ til að velja, Enter til að opna, Esc til að loka
}
search-group-indicators = Vísbendingar
search-group-chapters = Kaflar
search-group-contacts = Tengiliðir
search-group-glossary = Orðskýringar

## Tengiliðaskrá
contacts-all = Tengiliðir fyrir tilvísun
contacts-all-countries = Öll lönd
contacts-country = Land
contacts-all-roles = Öll hlutverk
contacts-role = Hlutverk
contacts-filter = Sía
contacts-filter-hint = stofnun, númer, hlutverk…
contacts-none-match = Enginn tengiliður passar við þessar síur.
contacts-import = Flytja inn tengiliði…
contacts-import-hint = Bættu við eigin samstarfsaðilum sendiráðsins úr tengiliðaskrá (RON). Skráin er yfirfarin fyrst; ef eitthvað er að er engu bætt við.
contacts-export = Flytja út tengiliðaskrá…
contacts-export-hint = Vistaðu alla tengiliði, bæði innbyggða og staðbundna, í skrá sem annað eintak forritsins getur flutt inn.
checked-stale = Yfirfarið { $date }, fyrir meira en ári: staðfestu upplýsingarnar áður en þú treystir á þær
copy = Afrita
copied = Afritað
copy-hint = Afrita { $what } á klippiborðið
copy-named = Afrita { $what }
call = Hringja
call-hint = Opnar símaforritið, ef það er í þessari tölvu
write = Skrifa
contact-local = STAÐBUNDINN
contact-local-hint = Sendiráðið þitt bætti honum við; aðeins vistaður í þessari tölvu
contact-remove = Fjarlægja
contact-remove-named = Fjarlægja { $name }
import-done = { $added ->
    [one] { $added } tengilið var bætt við
   *[other] { $added } tengiliðum var bætt við
} ({ $present ->
    [one] { $present } var þegar til staðar
   *[other] { $present } voru þegar til staðar
}, { $countries ->
    [one] { $countries } nýtt land
   *[other] { $countries } ný lönd
}).
import-failed = Ekkert var flutt inn: í { $file } { $count ->
    [one] er { $count } villa
   *[other] eru { $count } villur
}.
import-save-failed = Ekkert var flutt inn: ekki tókst að vista staðbundnu tengiliðina ({ $reason }).
import-read-failed = Ekkert var flutt inn: ekki tókst að lesa { $file } ({ $reason }).
export-done = { $count ->
    [one] { $count } tengiliður var vistaður í { $file }.
   *[other] { $count } tengiliðir voru vistaðir í { $file }.
}
export-failed = Ekki tókst að vista { $file } ({ $reason }).
local-load-failed = Ekki tókst að lesa staðbundna tengiliði sendiráðsins, svo þeir eru ekki sýndir. Skránni var ekki breytt: { $file }
local-removed = Tengiliðurinn { $name } var fjarlægður úr staðbundnum tengiliðum þínum.
dialog-unavailable = Enginn skráargluggi er tiltækur í þessu kerfi ({ $reason }).
dismiss = Loka

## Útflutningur viðtals
export-title = Samantekt fyrir tilvísun
export-case = Málsnúmer
export-started = Viðtal hófst
export-made = Samantekt gerð
export-officer-lang = Tungumál starfsmanns
export-person-lang = Tungumál viðmælanda
export-country = Land þar sem viðkomandi er
export-origin = Upprunaland
export-danger = Gæti verið í hættu núna
export-guidance = Leiðbeiningar sem voru gefnar
export-indicators = Merktar vísbendingar
export-contacts = Tillögur að tengiliðum
export-note = Athugasemd
export-none = Ekkert.
export-footer = Gert með { $title }, { $edition } (útgáfa efnis { $version }). Vísbendingar gefa tilefni til frekari athugunar; þær hvorki sanna né útiloka mansal.
yes = já
no = nei
basis-observed = séð
basis-reported = að sögn viðkomandi
level-urgent = Áríðandi
level-refer = Vísa áfram
level-watch = Fylgjast með
level-info = Til upplýsingar

## Viðtal
nav-interview = Viðtal
nav-interview-open = Viðtal ({ $count } merkt)
interview-title = Viðtal
interview-intro = Fyrir þá stund þegar manneskjan fyrir framan þig gæti verið þolandi: merktu við það sem þú sérð eða heyrir, sýndu viðkomandi spurningar á tungumáli hans og ljúktu með samantekt fyrir tilvísun.
interview-found = Ólokið viðtal fannst í þessari tölvu.
interview-found-detail = Mál { $case }, hófst { $started }, { $count ->
    [one] { $count } vísbending merkt
   *[other] { $count } vísbendingar merktar
}.
interview-resume = Halda áfram
interview-discard = Henda því
interview-new = Nýtt viðtal
interview-case-ref = Málsnúmer
interview-case-ref-why = Skjala- eða málsnúmer, ekki nafn viðkomandi: það sem þú slærð inn helst í þessari tölvu þar til þú lýkur viðtalinu.
interview-person-lang = Tungumál viðmælanda
interview-country = Land þar sem viðkomandi er
interview-origin = Upprunaland
interview-not-set = Ekki valið
interview-start = Hefja viðtal
interview-error-no-ref = Sláðu fyrst inn málsnúmer.
interview-error-name = Þetta lítur út eins og nafn einstaklings. Notaðu frekar skjala- eða málsnúmer.
interview-local-only = Aðeins vistað í þessari tölvu. Ekkert fer héðan nema þú flytjir það út.
interview-local-only-hint = Hver breyting er vistuð strax í skrá sem aðeins þú getur lesið, svo ekkert tapast ef forritið hrynur. Ljúktu viðtalinu til að eyða henni.
interview-case = Mál { $case }
interview-danger = Viðkomandi gæti verið í hættu núna
interview-export-md = Flytja út samantekt (Markdown)…
interview-export-html = Flytja út samantekt (HTML, til útprentunar)…
interview-bilingual = Einnig á tungumáli viðmælanda
interview-end = Ljúka viðtali
interview-end-confirm = Ljúka viðtalinu? Eintakinu sem er vistað í þessari tölvu verður eytt. Flyttu samantektina fyrst út ef þú þarft að varðveita gögn.
interview-end-yes = Ljúka og eyða
interview-end-no = Halda því opnu
interview-filter = Sía
interview-filter-hint = vegabréf, skuld, læst…
interview-ticked-count = { $count } merkt
basis-observed-button = Séð
basis-reported-button = Að sögn
interview-show-question = Sýna spurningu
interview-note-hint = Stutt athugasemd (engin nöfn)
interview-why = Af hverju þetta skiptir máli og hvað á að spyrja um
interview-summary = Samantekt
interview-no-country = Veldu landið þar sem viðkomandi er til að sjá tengiliði.
interview-damaged = Ekki tókst að lesa vistaða viðtalið, svo það var ekki opnað heldur fært til hliðar: { $file }
interview-save-failed = Ekki tókst að vista viðtalið ({ $reason }). Það er enn opið; flyttu það út eða reyndu aftur.
interview-exported = Samantekt fyrir tilvísun var vistuð í { $file }.
interview-ended = Viðtali lokið. Eintakinu sem var vistað í þessari tölvu var eytt.
interview-end-failed = Viðtalinu var lokað en ekki tókst að eyða vistaða eintakinu ({ $reason }).
interview-discarded = Ólokna viðtalinu var hent og vistaða eintakinu eytt.
add-to-interview = Bæta við viðtalið
in-interview = ✔ Í viðtali
card-position = Spurning { $n } af { $total }
card-keys = → eða bilslá: næsta · ←: fyrri · Esc: loka
card-close = Loka
interview-side-by-side = Bæði tungumál hlið við hlið
interview-side-by-side-close = ← Aftur að merkja
search-add-to-interview = + Viðtal
checklist-fallback-notice = Þessi gátlisti hefur ekki enn verið þýddur á þitt tungumál; hann birtist á ensku.
interview-export-pdf = Flytja út samantekt (PDF)…

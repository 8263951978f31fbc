## Fræðsla: síða leiðbeinanda
nav-training = Fræðsla
training-title = Fræðsla
training-intro = Sýndu kafla sem glærur, farðu skref fyrir skref yfir dæmisögur, leggðu krossapróf fyrir hópinn og prentaðu út dreifiblöð. Ýttu á F5 í hvaða kafla sem er til að sýna hann.
training-present = Sýna kafla
training-present-hint = Glærur unnar úr kaflanum: ein hugmynd í hverri línu, rammar og dæmisögur hver á sinni glæru. Heilskjár; Esc til að hætta.
training-cases = Fara yfir dæmisögu
training-cases-hint = Fyrst atburðarásin, síðan umræðuspurningarnar hver af annarri og loks tillaga að svari.
present-chapter = ▶ Sýna (F5)
present-chapter-hint = Sýna þennan kafla sem glærur á heilskjá
case-run = ▶ Sýna „{ $title }“ sem glærur

## Kynning
show-previous = Fyrri glæra
show-next = Næsta glæra
show-counter = Glæra { $n } af { $total }
show-overview = Allar glærur
show-overview-close = Aftur á glæruna
show-presenter = Sýn fyrirlesara
show-presenter-close = Loka sýn fyrirlesara
show-presenter-title = Sýn fyrirlesara
show-leave = Ljúka kynningunni
show-keys = → bilslá PgDn: næsta · ← PgUp: til baka · G: allar glærur · B: auður skjár · F6: sýn fyrirlesara · Esc: ljúka
show-draws-on = Nánar
show-clock = Klukkan núna
show-elapsed = Liðinn tími { $time }
show-current = Á skjánum núna
show-next-slide = Næst
show-end = Lok kynningar
show-notes = Minnispunktar fyrirlesara
show-notes-key-points = Lykilatriði þessa hluta
show-notes-sources = Heimildir

## Krossapróf
quiz = Krossapróf
quiz-hint = Fjölvalsspurningar og fullyrðingar, réttar eða rangar, úr köflunum, með skýringu á réttu svari hverju sinni. Ekkert er vistað um hver svaraði.
quiz-on = Spurningar úr:
quiz-mixed = Allir kaflar, blandað
quiz-all-chapters = Allir kaflar
quiz-count = Fjöldi spurninga:
quiz-start = Hefja krossaprófið
quiz-private = Krossaprófið geymir hvorki nöfn né niðurstöður eftir að þú hættir í því.
quiz-leave = Hætta í krossaprófinu
quiz-position = Spurning { $n } af { $total }
quiz-score-so-far = { $right ->
    [one] { $right } rétt svar hingað til
   *[other] { $right } rétt svör hingað til
}
quiz-true = Rétt
quiz-false = Rangt
quiz-right = Rétt.
quiz-wrong = Ekki alveg: rétta svarið er { $letter }.
quiz-shown = Rétta svarið er { $letter }.
quiz-read-more = Nánar:
quiz-previous = ← Fyrri spurning
quiz-show-answer = Sýna svarið
quiz-next = Næsta spurning →
quiz-finish = Sjá niðurstöðuna
quiz-keys = Lyklar: 1–4 eða A–D til að svara · Enter eða → í næstu spurningu · ← til baka
quiz-result = { $right } af { $total } rétt
quiz-unanswered = { $count ->
    [one] { $count } spurningu var ekki svarað.
   *[other] { $count } spurningum var ekki svarað.
}
quiz-again = Reyna sömu spurningar aftur
quiz-new = Velja annað krossapróf
quiz-review = Til upprifjunar: spurningar sem vert er að skoða aftur

## Dreifiblöð
handouts = Dreifiblöð
handouts-hint = Prentaðu út kafla, gátlista sem vasaspjald á einni síðu eða krossaprófið með eða án svara, á hvaða tungumáli handbókarinnar sem er.
handouts-language = Tungumál dreifiblaðsins:
handouts-chapter = Kafli
handouts-card = Vasaspjald
handouts-with-answers = með svörum
handouts-save-as = { $what } á { $format }-sniði
handout-saved = Dreifiblaðið var vistað í { $file }.
handout-missing = Þetta atriði er ekki í handbókinni.
handout-footer = { $title }, { $edition }. Prentað til notkunar í fræðslu; gildandi útgáfu er að finna í forritinu.
handout-card-legend = S = sterk vísbending: ein og sér rökstudd ástæða til að vísa áfram · M = miðlungs: bendir til mansals ásamt öðrum vísbendingum · A = almenn: viðkvæm staða eða aðstæður
handout-quiz-intro = Veldu eitt svar við hverri spurningu.
handout-quiz-with-answers = Með réttum svörum (✔) og skýringum.
export-cancelled = Ekkert var vistað: engin skrá var valin.

## Schulung: die Seite für Trainerinnen und Trainer
nav-training = Schulung
training-title = Schulung
training-intro = Präsentieren Sie Kapitel als Folien, gehen Sie Fallbeispiele Schritt für Schritt durch, prüfen Sie das Wissen der Gruppe mit einem Quiz und drucken Sie Handouts. Drücken Sie in einem beliebigen Kapitel F5, um es zu präsentieren.
training-present = Kapitel präsentieren
training-present-hint = Folien, die aus dem Kapitel erstellt werden: ein Gedanke pro Zeile, Hinweiskästen und Fallbeispiele auf eigenen Folien. Vollbild; mit Esc beenden.
training-cases = Fallbeispiel durchgehen
training-cases-hint = Zuerst der Sachverhalt, dann jede Frage zur Diskussion einzeln, zum Schluss die Musterlösung.
present-chapter = ▶ Präsentieren (F5)
present-chapter-hint = Dieses Kapitel als Folien im Vollbild zeigen
case-run = ▶ „{ $title }“ als Folien zeigen

## Präsentation
show-previous = Vorherige Folie
show-next = Nächste Folie
show-counter = Folie { $n } von { $total }
show-overview = Alle Folien
show-overview-close = Zurück zur Folie
show-presenter = Referentenansicht
show-presenter-close = Referentenansicht schließen
show-presenter-title = Referentenansicht
show-leave = Präsentation beenden
show-keys = → Leertaste PgDn: weiter · ← PgUp: zurück · G: alle Folien · B: Bildschirm schwarz · F6: Referentenansicht · Esc: beenden
show-draws-on = Mehr dazu
show-clock = Aktuelle Uhrzeit
show-elapsed = Verstrichen: { $time }
show-current = Aktuelle Folie
show-next-slide = Als Nächstes
show-end = Ende der Präsentation
show-notes = Vortragsnotizen
show-notes-key-points = Das Wichtigste in diesem Abschnitt
show-notes-sources = Quellen

## Quiz
quiz = Quiz
quiz-hint = Multiple-Choice- und Richtig-/Falsch-Fragen zu den Kapiteln; zu jeder Frage wird die richtige Antwort erklärt. Wer was geantwortet hat, wird nicht gespeichert.
quiz-on = Fragen zu:
quiz-mixed = Alle Kapitel, gemischt
quiz-all-chapters = Alle Kapitel
quiz-count = Anzahl der Fragen:
quiz-start = Quiz starten
quiz-private = Das Quiz behält weder Namen noch Ergebnisse, sobald Sie es verlassen.
quiz-leave = Quiz verlassen
quiz-position = Frage { $n } von { $total }
quiz-score-so-far = { $right ->
    [one] bisher { $right } richtig
   *[other] bisher { $right } richtig
}
quiz-true = Richtig
quiz-false = Falsch
quiz-right = Richtig.
quiz-wrong = Nicht ganz: Die richtige Antwort ist { $letter }.
quiz-shown = Die richtige Antwort ist { $letter }.
quiz-read-more = Mehr dazu:
quiz-previous = ← Vorherige Frage
quiz-show-answer = Antwort zeigen
quiz-next = Nächste Frage →
quiz-finish = Zum Ergebnis
quiz-keys = Tasten: 1–4 oder A–D zum Antworten · Eingabe oder → zur nächsten Frage · ← zurück
quiz-result = { $right } von { $total } richtig
quiz-unanswered = { $count ->
    [one] { $count } Frage wurde nicht beantwortet.
   *[other] { $count } Fragen wurden nicht beantwortet.
}
quiz-again = Dieselben Fragen noch einmal
quiz-new = Anderes Quiz wählen
quiz-review = Zur Nachbesprechung: diese Fragen noch einmal ansehen

## Handouts
handouts = Handouts
handouts-hint = Drucken Sie ein Kapitel, eine Checkliste als einseitige Taschenkarte oder das Quiz mit oder ohne Lösungen – in jeder Sprache des Handbuchs.
handouts-language = Sprache des Handouts:
handouts-chapter = Kapitel
handouts-card = Taschenkarte
handouts-with-answers = mit Lösungen
handouts-save-as = { $what } als { $format }
handout-saved = Handout in { $file } gespeichert.
handout-missing = Dieser Eintrag ist nicht im Handbuch enthalten.
handout-footer = { $title }, { $edition }. Für Schulungszwecke gedruckt; die aktuelle Fassung finden Sie in der App.
handout-card-legend = S = starkes Anzeichen: schon für sich allein konkrete Anhaltspunkte für eine Weitervermittlung · M = mittel: deutet zusammen mit weiteren Anzeichen auf Menschenhandel hin · A = allgemein: Schutzbedürftigkeit oder Umstände
handout-quiz-intro = Kreuzen Sie bei jeder Frage eine Antwort an.
handout-quiz-with-answers = Mit den richtigen Antworten (✔) und Begründung.
export-cancelled = Es wurde nichts gespeichert: Es wurde keine Datei ausgewählt.

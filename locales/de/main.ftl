language-name = Deutsch


## Obere Leiste
back = Zurück
back-hint = Zurück (Alt+Pfeil links)
forward = Vorwärts
forward-hint = Vorwärts (Alt+Pfeil rechts)
zoom-in = Vergrößern
zoom-in-hint = Größerer Text (Strg +)
zoom-out = Verkleinern
zoom-out-hint = Kleinerer Text (Strg −)
zoom-level = { $percent } %
zoom-reset-hint = Textgröße zurücksetzen (Strg 0)
theme = Design
theme-system = System
theme-light = Hell
theme-dark = Dunkel
theme-high-contrast = Hoher Kontrast
language = Sprache
settings = Einstellungen

## Navigation
nav-home = Startseite
nav-chapters = Kapitel
nav-checklists = Checklisten
nav-contacts = Kontakte
nav-glossary = Glossar

## Startseite
home-intro = Nachschlagewerk und Schulungshandbuch für diplomatisches und konsularisches Personal: wie Sie ein mögliches Opfer von Menschenhandel erkennen, was Sie fragen, was Sie in der ersten Stunde tun und wen Sie anrufen.
home-based-on = Grundlage:
checklist-entry = { $title } ({ $count ->
    [one] { $count } Indikator
   *[other] { $count } Indikatoren
})
content-problems = { $count ->
    [one] Der Inhalt enthält { $count } Problem. Führen Sie „diplomatic-handbook validate“ aus, um Details zu sehen.
   *[other] Der Inhalt enthält { $count } Probleme. Führen Sie „diplomatic-handbook validate“ aus, um Details zu sehen.
}
load-failed-title = Der Inhalt des Handbuchs konnte nicht gelesen werden
load-failed-body = Es wurde nichts geändert. Beheben Sie die unten aufgeführten Probleme oder starten Sie das Programm ohne --content, um das integrierte Handbuch zu verwenden.
not-found = Diese Seite gibt es in dieser Ausgabe des Handbuchs nicht.

## Leseansicht
chapter-number = Kapitel { $number }
contents = Inhalt
fallback-notice = Dieses Kapitel ist noch nicht in Ihre Sprache übersetzt und wird auf Englisch angezeigt.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Hinweis
callout-warning = Achtung
callout-do = Empfohlen
callout-dont = Zu vermeiden
key-points = Das Wichtigste
case-study = Fallbeispiel
case-scenario = Sachverhalt
case-questions = Fragen zur Diskussion
case-answer = Musterlösung
see-also = Siehe auch:
sources-count = { $count ->
    [one] Quelle
   *[other] Quellen ({ $count })
}

## Checklisten
weight-rule = So werden die Gewichtungen vergeben
weight-strong = STARK
weight-medium = MITTEL
weight-general = ALLGEMEIN
questions-to-ask = Mögliche Fragen
discussed-in = Im Handbuch behandelt
glossary-used-in = { $count ->
    [one] In { $count } Abschnitt verwendet
   *[other] In { $count } Abschnitten verwendet
}
glossary-open-hint = Klicken, um den Begriff im Glossar zu öffnen.

## Kontakte
emergency = Notruf:
emergency-hint = Kostenloser Notruf
how-referral-works = So funktioniert die Weitervermittlung hier
contacts-heading = Kontakte
checked-on = Geprüft am { $date }
phone-free = kostenlos
phone-charged = normaler Telefontarif
email = E-Mail:
website = Website:
role-emergency = Notruf
role-police = Polizei
role-national-referral = Nationaler Verweisungsmechanismus
role-national-coordinator = Nationale Koordinierungsstelle
role-national-rapporteur = Nationale Berichterstattungsstelle
role-hotline = Hotline
role-victim-support = Opferhilfe
role-ngo = NGO
role-shelter = Schutzunterkunft
role-iom = IOM
role-labour-inspectorate = Arbeitsaufsicht
role-child-protection = Kinderschutz
role-migration = Migrationsbehörde
role-international = International

## Suche
search = Suchen
search-hint = Indikatoren, Kapitel, Kontakte … (Strg+K)
search-preparing = Suche wird vorbereitet…
search-failed = Die Suche ist nicht verfügbar: { $reason }
search-no-results = Keine Treffer für „{ $query }“. Versuchen Sie es mit weniger oder anderen Wörtern.
search-count = { $count ->
    [one] { $count } Treffer · ↑↓: auswählen, Eingabe: öffnen, Esc: schließen
   *[other] { $count } Treffer · ↑↓: auswählen, Eingabe: öffnen, Esc: schließen
}
search-group-indicators = Indikatoren
search-group-chapters = Kapitel
search-group-contacts = Kontakte
search-group-glossary = Glossar

## Kontaktverzeichnis
contacts-all = Kontakte für die Weitervermittlung
contacts-all-countries = Alle Länder
contacts-country = Land
contacts-all-roles = Alle Rollen
contacts-role = Rolle
contacts-filter = Filtern
contacts-filter-hint = Organisation, Nummer, Rolle …
contacts-none-match = Kein Kontakt entspricht diesen Filtern.
contacts-import = Kontakte importieren…
contacts-import-hint = Fügen Sie die eigenen Partner Ihrer Botschaft aus einer Kontaktdatei (RON) hinzu. Die Datei wird zuerst geprüft; ist etwas fehlerhaft, wird nichts hinzugefügt.
contacts-export = Kontaktverzeichnis exportieren…
contacts-export-hint = Alle Kontakte, integrierte und lokale, in einer Datei speichern, die eine andere Installation der App importieren kann.
checked-stale = Geprüft am { $date }, vor mehr als einem Jahr: bitte vor Verwendung erneut prüfen
copy = Kopieren
copied = Kopiert
copy-hint = { $what } in die Zwischenablage kopieren
copy-named = { $what } kopieren
call = Anrufen
call-hint = Öffnet Ihre Telefonie-Software, falls auf diesem Computer vorhanden
write = Schreiben
contact-local = LOKAL
contact-local-hint = Von Ihrer Botschaft hinzugefügt; nur auf diesem Computer gespeichert
contact-remove = Entfernen
contact-remove-named = { $name } entfernen
import-done = { $added ->
    [one] { $added } Kontakt hinzugefügt
   *[other] { $added } Kontakte hinzugefügt
} ({ $present } bereits vorhanden, { $countries ->
    [one] { $countries } neues Land
   *[other] { $countries } neue Länder
}).
import-failed = Es wurde nichts importiert: { $file } enthält { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
}.
import-save-failed = Es wurde nichts importiert: Die lokalen Kontakte konnten nicht gespeichert werden ({ $reason }).
import-read-failed = Es wurde nichts importiert: { $file } konnte nicht gelesen werden ({ $reason }).
export-done = { $count ->
    [one] { $count } Kontakt in { $file } gespeichert.
   *[other] { $count } Kontakte in { $file } gespeichert.
}
export-failed = Speichern in { $file } fehlgeschlagen ({ $reason }).
local-load-failed = Die lokalen Kontakte Ihrer Botschaft konnten nicht gelesen werden und werden daher nicht angezeigt. Die Datei wurde nicht verändert: { $file }
local-removed = { $name } wurde aus Ihren lokalen Kontakten entfernt.
dialog-unavailable = Auf diesem System ist kein Dateidialog verfügbar ({ $reason }).
dismiss = Schließen

## Export des Gesprächs
export-title = Zusammenfassung zur Weitervermittlung
export-case = Aktenzeichen
export-started = Gesprächsbeginn
export-made = Zusammenfassung erstellt
export-officer-lang = Sprache der bearbeitenden Person
export-person-lang = Sprache der Person
export-country = Land, in dem sich die Person aufhält
export-origin = Herkunftsland
export-danger = Möglicherweise akut in Gefahr
export-guidance = Handlungshinweise
export-indicators = Angekreuzte Indikatoren
export-contacts = Vorgeschlagene Kontakte
export-note = Notiz
export-none = Keine.
export-footer = Erstellt mit { $title }, { $edition } (Inhaltsversion { $version }). Indikatoren sind Anlass für Nachfragen; sie beweisen Menschenhandel weder, noch schließen sie ihn aus.
yes = ja
no = nein
basis-observed = beobachtet
basis-reported = von der Person geschildert
level-urgent = Dringend
level-refer = Weitervermitteln
level-watch = Im Blick behalten
level-info = Hinweis

## Gesprächsassistent
nav-interview = Gesprächsassistent
nav-interview-open = Gesprächsassistent ({ $count } angekreuzt)
interview-title = Gesprächsassistent
interview-intro = Für den Moment, in dem die Person vor Ihnen ein Opfer sein könnte: Kreuzen Sie an, was Sie beobachten oder hören, zeigen Sie der Person Fragen in ihrer Sprache und schließen Sie mit einer Zusammenfassung zur Weitervermittlung ab.
interview-found = Auf diesem Computer wurde ein nicht abgeschlossenes Gespräch gefunden.
interview-found-detail = Aktenzeichen { $case }, begonnen am { $started }, { $count ->
    [one] { $count } Indikator angekreuzt
   *[other] { $count } Indikatoren angekreuzt
}.
interview-resume = Fortsetzen
interview-discard = Verwerfen
interview-new = Neues Gespräch
interview-case-ref = Aktenzeichen
interview-case-ref-why = Ein Aktenzeichen oder eine Vorgangsnummer, nicht der Name der Person: Was Sie eingeben, bleibt auf diesem Computer, bis Sie das Gespräch beenden.
interview-person-lang = Sprache der Person
interview-country = Land, in dem sich die Person aufhält
interview-origin = Herkunftsland
interview-not-set = Nicht festgelegt
interview-start = Gespräch beginnen
interview-error-no-ref = Geben Sie zuerst ein Aktenzeichen ein.
interview-error-name = Das sieht nach einem Personennamen aus. Verwenden Sie stattdessen ein Aktenzeichen oder eine Vorgangsnummer.
interview-local-only = Nur auf diesem Computer gespeichert. Nichts verlässt ihn, es sei denn, Sie exportieren.
interview-local-only-hint = Jede Änderung wird sofort in einer Datei gespeichert, die nur Sie lesen können; bei einem Absturz geht also nichts verloren. Beenden Sie das Gespräch, um die Datei zu löschen.
interview-case = Aktenzeichen { $case }
interview-danger = Die Person ist möglicherweise akut in Gefahr
interview-export-md = Zusammenfassung exportieren (Markdown)…
interview-export-html = Zusammenfassung exportieren (HTML, druckbar)…
interview-bilingual = Auch in der Sprache der Person
interview-end = Gespräch beenden
interview-end-confirm = Gespräch beenden? Die gespeicherte Kopie auf diesem Computer wird gelöscht. Exportieren Sie vorher die Zusammenfassung, wenn Sie sie für Ihre Unterlagen benötigen.
interview-end-yes = Beenden und löschen
interview-end-no = Offen lassen
interview-filter = Filtern
interview-filter-hint = Pass, Schulden, verschlossen …
interview-ticked-count = { $count } angekreuzt
basis-observed-button = Beobachtet
basis-reported-button = Geschildert
interview-show-question = Frage zeigen
interview-note-hint = Kurze Notiz (keine Namen)
interview-why = Warum es wichtig ist und was Sie fragen können
interview-summary = Zusammenfassung
interview-no-country = Wählen Sie das Land, in dem sich die Person aufhält, um Kontakte zu sehen.
interview-damaged = Das gespeicherte Gespräch konnte nicht gelesen werden; es wurde nicht geladen, sondern beiseitegelegt: { $file }
interview-save-failed = Das Gespräch konnte nicht gespeichert werden ({ $reason }). Es ist weiterhin geöffnet; exportieren Sie es oder versuchen Sie es erneut.
interview-exported = Zusammenfassung zur Weitervermittlung in { $file } gespeichert.
interview-ended = Gespräch beendet. Die gespeicherte Kopie auf diesem Computer wurde gelöscht.
interview-end-failed = Das Gespräch wurde geschlossen, aber die gespeicherte Kopie konnte nicht gelöscht werden ({ $reason }).
interview-discarded = Das nicht abgeschlossene Gespräch wurde verworfen und die gespeicherte Kopie gelöscht.
add-to-interview = Zum Gespräch hinzufügen
in-interview = ✔ Im Gespräch
card-position = Frage { $n } von { $total }
card-keys = → oder Leertaste: weiter · ←: zurück · Esc: schließen
card-close = Schließen
interview-side-by-side = Beide Sprachen nebeneinander
interview-side-by-side-close = ← Zurück zum Ankreuzen
search-add-to-interview = + Gespräch
checklist-fallback-notice = Diese Checkliste ist noch nicht in Ihre Sprache übersetzt; sie wird auf Englisch angezeigt.
interview-export-pdf = Zusammenfassung exportieren (PDF)…

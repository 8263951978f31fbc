language-name = English


## Top bar
back = Back
back-hint = Go back (Alt+Left)
forward = Forward
forward-hint = Go forward (Alt+Right)
zoom-in = Zoom in
zoom-in-hint = Larger text (Ctrl +)
zoom-out = Zoom out
zoom-out-hint = Smaller text (Ctrl −)
zoom-level = { $percent } %
zoom-reset-hint = Reset text size (Ctrl 0)
theme = Theme
theme-system = System
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
language = Language
settings = Settings

## Navigation
nav-home = Start page
nav-chapters = Chapters
nav-checklists = Checklists
nav-contacts = Contacts
nav-glossary = Glossary

## Start page
home-intro = A desk reference and training handbook for diplomatic and consular staff: how to recognise a possible victim of human trafficking, what to ask, what to do in the first hour, and whom to call.
home-based-on = Follows:
checklist-entry = { $title } ({ $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
})
content-problems = { $count ->
    [one] The content has { $count } problem. Run "diplomatic-handbook validate" for details.
   *[other] The content has { $count } problems. Run "diplomatic-handbook validate" for details.
}
load-failed-title = The handbook content could not be read
load-failed-body = Nothing was changed. Fix the problems below, or start the program without --content to use the built-in handbook.
not-found = This page does not exist in this edition of the handbook.

## Reader
chapter-number = Chapter { $number }
contents = Contents
fallback-notice = This chapter is not yet translated into your language; it is shown in English.
previous-chapter = ← { $title }
next-chapter = { $title } →
callout-note = Note
callout-warning = Warning
callout-do = Do
callout-dont = Don't
key-points = Key points
case-study = Case study
case-scenario = Scenario
case-questions = Questions for discussion
case-answer = Model answer
see-also = See also:
sources-count = { $count ->
    [one] Source
   *[other] Sources ({ $count })
}

## Checklists
weight-rule = How weights are given
weight-strong = STRONG
weight-medium = MEDIUM
weight-general = GENERAL
questions-to-ask = Questions you could ask
discussed-in = Discussed in the handbook
glossary-used-in = { $count ->
    [one] Used in { $count } section
   *[other] Used in { $count } sections
}
glossary-open-hint = Click to open this term in the glossary.

## Contacts
emergency = Emergency:
emergency-hint = Free emergency number
how-referral-works = How referral works here
contacts-heading = Contacts
checked-on = Checked on { $date }
phone-free = free of charge
phone-charged = normal call charges
email = E-mail:
website = Website:
role-emergency = Emergency
role-police = Police
role-national-referral = National referral
role-national-coordinator = National coordinator
role-national-rapporteur = National rapporteur
role-hotline = Hotline
role-victim-support = Victim support
role-ngo = NGO
role-shelter = Shelter
role-iom = IOM
role-labour-inspectorate = Labour inspectorate
role-child-protection = Child protection
role-migration = Migration
role-international = International

## Search
search = Search
search-hint = Indicators, chapters, contacts… (Ctrl+K)
search-preparing = Preparing search…
search-failed = Search is not available: { $reason }
search-no-results = Nothing found for “{ $query }”. Try fewer or other words.
search-count = { $count ->
    [one] { $count } result · ↑↓ to choose, Enter to open, Esc to close
   *[other] { $count } results · ↑↓ to choose, Enter to open, Esc to close
}
search-group-indicators = Indicators
search-group-chapters = Chapters
search-group-contacts = Contacts
search-group-glossary = Glossary

## Contacts directory
contacts-all = Referral contacts
contacts-all-countries = All countries
contacts-country = Country
contacts-all-roles = All roles
contacts-role = Role
contacts-filter = Filter
contacts-filter-hint = organisation, number, role…
contacts-none-match = No contact matches these filters.
contacts-import = Import contacts…
contacts-import-hint = Add your embassy's own partners from a contacts file (RON). The file is checked first; if anything is wrong, nothing is added.
contacts-export = Export directory…
contacts-export-hint = Save every contact, built-in and local, to a file another copy of the app can import.
checked-stale = Checked on { $date }, more than a year ago: confirm before you rely on it
copy = Copy
copied = Copied
copy-hint = Copy { $what } to the clipboard
copy-named = Copy { $what }
call = Call
call-hint = Opens your phone software, if this computer has one
write = Write
contact-local = LOCAL
contact-local-hint = Added by your embassy; stored on this computer only
contact-remove = Remove
contact-remove-named = Remove { $name }
import-done = Added { $added } contacts ({ $present } already present, { $countries } new countries).
import-failed = Nothing was imported: { $file } has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}.
import-save-failed = Nothing was imported: the local contacts could not be saved ({ $reason }).
import-read-failed = Nothing was imported: { $file } could not be read ({ $reason }).
export-done = Saved { $count } contacts to { $file }.
export-failed = Could not save { $file } ({ $reason }).
local-load-failed = Your embassy's local contacts could not be read, so they are not shown. The file was not changed: { $file }
local-removed = Removed { $name } from your local contacts.
dialog-unavailable = No file dialog is available on this system ({ $reason }).
dismiss = Dismiss

## Interview export
export-title = Referral summary
export-case = Case reference
export-started = Interview started
export-made = Summary made
export-officer-lang = Officer's language
export-person-lang = Person's language
export-country = Country where the person is
export-origin = Country of origin
export-danger = May be in danger now
export-guidance = Guidance given
export-indicators = Indicators ticked
export-contacts = Suggested contacts
export-note = Note
export-none = None.
export-footer = Made with { $title }, { $edition } (content version { $version }). Indicators are prompts for inquiry; they neither prove nor rule out trafficking.
yes = yes
no = no
basis-observed = observed
basis-reported = reported by the person
level-urgent = Urgent
level-refer = Refer
level-watch = Watch
level-info = Note

## Interview desk
nav-interview = Interview desk
nav-interview-open = Interview desk ({ $count } ticked)
interview-title = Interview desk
interview-intro = For the moment someone in front of you may be a victim: tick what you observe or hear, show questions to the person in their language, and end with a referral summary.
interview-found = An unfinished interview was found on this computer.
interview-found-detail = Case { $case }, started { $started }, { $count } indicators ticked.
interview-resume = Resume it
interview-discard = Discard it
interview-new = New interview
interview-case-ref = Case reference
interview-case-ref-why = A file or case number, not the person's name: what you enter stays on this computer until you end the interview.
interview-person-lang = Person's language
interview-country = Country where the person is
interview-origin = Country of origin
interview-not-set = Not set
interview-start = Start interview
interview-error-no-ref = Enter a case reference first.
interview-error-name = This looks like a person's name. Use a file or case number instead.
interview-local-only = Stored on this computer only. Nothing leaves it unless you export.
interview-local-only-hint = Every change is saved at once to a file only you can read, so a crash loses nothing. End the interview to delete it.
interview-case = Case { $case }
interview-danger = The person may be in danger now
interview-export-md = Export summary (Markdown)…
interview-export-html = Export summary (HTML, printable)…
interview-bilingual = Also in the person's language
interview-end = End interview
interview-end-confirm = End the interview? Its stored copy on this computer will be deleted. Export the summary first if you need a record.
interview-end-yes = End and delete
interview-end-no = Keep it open
interview-filter = Filter
interview-filter-hint = passport, debt, locked…
interview-ticked-count = { $count } ticked
basis-observed-button = Observed
basis-reported-button = Reported
interview-show-question = Show question
interview-note-hint = A short note (no names)
interview-why = Why it matters, and what to ask
interview-summary = Summary
interview-no-country = Choose the country where the person is to see contacts.
interview-damaged = The stored interview could not be read and was moved aside, not loaded: { $file }
interview-save-failed = The interview could not be saved ({ $reason }). It is still open; export it or try again.
interview-exported = Referral summary saved to { $file }.
interview-ended = Interview ended. Its stored copy on this computer was deleted.
interview-end-failed = The interview was closed, but its stored copy could not be deleted ({ $reason }).
interview-discarded = The unfinished interview was discarded and its stored copy deleted.
add-to-interview = Add to interview
in-interview = ✔ In interview
card-position = Question { $n } of { $total }
card-keys = → or Space: next · ←: previous · Esc: close
card-close = Close
interview-side-by-side = Both languages side by side
interview-side-by-side-close = ← Back to ticking
search-add-to-interview = + Interview
checklist-fallback-notice = This checklist is not yet translated into your language; it is shown in English.
interview-export-pdf = Export summary (PDF)…

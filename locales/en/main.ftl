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
export-failed = The directory could not be saved to { $file } ({ $reason }).
local-load-failed = Your embassy's local contacts could not be read, so they are not shown. The file was not changed: { $file }
local-removed = Removed { $name } from your local contacts.
dialog-unavailable = No file dialog is available on this system ({ $reason }).
dismiss = Dismiss

//! Property tests for everything that reads outside input: content files, a contacts import, the
//! interview autosave file. Random damage to real files must give a clear problem (file, line,
//! column) or a usable result — never a panic — and must not lose what was there.
//! (Search queries have their own properties in tests/search.rs.)
//!
//! The number of cases is bounded so CI stays fast; raise it with PROPTEST_CASES=10000.

use std::sync::OnceLock;

use diplomatic_handbook::content::{ContentFile, Handbook, embedded_files, validate};
use diplomatic_handbook::directory;
use diplomatic_handbook::i18n::I18n;
use diplomatic_handbook::interview::store::{Found, InterviewStore};
use diplomatic_handbook::interview::{Basis, Session, export};
use proptest::prelude::*;

fn handbook() -> &'static Handbook {
    static HB: OnceLock<Handbook> = OnceLock::new();
    HB.get_or_init(|| Handbook::embedded().unwrap())
}

fn files() -> &'static [ContentFile] {
    static FILES: OnceLock<Vec<ContentFile>> = OnceLock::new();
    FILES.get_or_init(embedded_files)
}

/// One way to damage a text: at a fraction of its length, delete, insert, replace or cut.
#[derive(Clone, Debug)]
enum Damage {
    Delete { at: f64, len: usize },
    Insert { at: f64, text: String },
    Replace { at: f64, with: char },
    Truncate { at: f64 },
}

fn damage() -> impl Strategy<Value = Damage> {
    // Bytes that matter to RON, and any Unicode.
    let syntax =
        prop::sample::select(vec!["(", ")", "[", "]", "\"", ",", ":", "//", "/*", "r#\"", "\\", "\n", "é", "\u{0}"]);
    let inserted = prop_oneof![syntax.prop_map(str::to_owned), "\\PC{1,8}"];
    prop_oneof![
        (0.0..1.0, 1usize..40).prop_map(|(at, len)| Damage::Delete { at, len }),
        (0.0..1.0, inserted).prop_map(|(at, text)| Damage::Insert { at, text }),
        (0.0..1.0, any::<char>()).prop_map(|(at, with)| Damage::Replace { at, with }),
        (0.0..1.0).prop_map(|at| Damage::Truncate { at }),
    ]
}

fn apply(text: &str, damages: &[Damage]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for d in damages {
        let pos = |at: f64, n: usize| ((at * n as f64) as usize).min(n);
        match d {
            Damage::Delete { at, len } => {
                let start = pos(*at, chars.len());
                let end = (start + len).min(chars.len());
                chars.drain(start..end);
            }
            Damage::Insert { at, text } => {
                let start = pos(*at, chars.len());
                chars.splice(start..start, text.chars());
            }
            Damage::Replace { at, with } => {
                if !chars.is_empty() {
                    let i = pos(*at, chars.len() - 1);
                    chars[i] = *with;
                }
            }
            Damage::Truncate { at } => chars.truncate(pos(*at, chars.len())),
        }
    }
    chars.into_iter().collect()
}

/// Every problem names `file` (or another real file), and points inside it.
fn assert_located(problems: &[diplomatic_handbook::content::Problem], file: &str, text: &str) {
    assert!(!problems.is_empty());
    let lines = text.lines().count() + 1;
    for p in problems {
        assert!(!p.message.trim().is_empty(), "a problem without a message: {p:?}");
        if p.file == file {
            assert!(p.line <= lines, "{p:?} points past the end ({lines} lines)");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// A content file damaged anywhere: the handbook either still loads (and validates without a
    /// panic) or says which file, line and column is wrong.
    #[test]
    fn damaged_content_files_are_reported_never_crash(
        which in any::<prop::sample::Index>(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let mut all = files().to_vec();
        let i = which.index(all.len());
        let damaged = apply(&all[i].text, &damages);
        let path = all[i].path.clone();
        all[i].text = damaged.clone();
        match Handbook::load(all) {
            Ok(hb) => {
                let _ = validate(&hb);
            }
            Err(problems) => assert_located(&problems, &path, &damaged),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// A contacts file from another mission, damaged: the import is refused with located problems
    /// or accepted with only new contacts; the directory it would join is never changed.
    #[test]
    fn damaged_contacts_imports_are_refused_or_accepted_cleanly(damages in prop::collection::vec(damage(), 1..4)) {
        let exported = directory::export(handbook());
        let text = apply(&exported, &damages);
        let before = handbook().countries.len();
        match directory::check_import(handbook(), "import.ron", &text) {
            Ok((new, summary)) => {
                let contacts: usize = new.countries.iter().map(|c| c.contacts.len()).sum();
                prop_assert_eq!(contacts, summary.added);
                for country in &new.countries {
                    for contact in &country.contacts {
                        let known = handbook().countries.iter().flat_map(|c| &c.contacts).any(|c| c.id == contact.id);
                        prop_assert!(!known, "{} is already in the directory", contact.id);
                    }
                }
            }
            Err(problems) => assert_located(&problems, "import.ron", &text),
        }
        prop_assert_eq!(handbook().countries.len(), before);
    }

    /// Any text at all offered as contacts: no panic, and a refusal always says where.
    #[test]
    fn arbitrary_text_as_contacts_never_crashes(text in "\\PC{0,200}") {
        if let Err(problems) = directory::check_import(handbook(), "import.ron", &text) {
            assert_located(&problems, "import.ron", &text);
        }
    }

    /// The interview autosave file damaged on disk (a crash mid-write on an old version, a disk
    /// error): on start the app either resumes it — and can show and export it — or moves it aside
    /// intact and says so. Nothing is deleted.
    #[test]
    fn a_damaged_autosave_is_resumed_or_set_aside_never_lost(
        damages in prop::collection::vec(damage(), 1..4),
        noise in prop::collection::vec(any::<u8>(), 0..64),
        raw in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = InterviewStore::at(dir.path().join("interview-autosave.ron"));
        let mut session = Session::new("VNO-2026-113", "en", "ru", "2026-11-23 10:00").unwrap();
        session.tick("gen-documents-held", Basis::Observed);
        session.tick("gen-escorted", Basis::Reported);
        session.set_note("gen-escorted", "brother waits outside");
        store.save(&session).unwrap();
        let saved = std::fs::read_to_string(store.path()).unwrap();
        let bytes = if raw { noise } else { apply(&saved, &damages).into_bytes() };
        std::fs::write(store.path(), &bytes).unwrap();

        match store.find() {
            Found::Nothing => prop_assert!(false, "a file was there"),
            Found::Unfinished(resumed) => {
                let i18n = I18n::new("en");
                let summary = resumed.summary(handbook());
                let _ = diplomatic_handbook::interview::top_level(&summary);
                let html = export::html_page(&resumed, handbook(), &i18n, true);
                prop_assert!(html.contains("</html>"));
                prop_assert!(export::pdf(&resumed, handbook(), &i18n, true).is_ok());
            }
            Found::Damaged { moved_to, reason } => {
                prop_assert!(!reason.is_empty());
                prop_assert_eq!(std::fs::read(&moved_to).unwrap(), bytes, "the damaged file is kept as it was");
            }
        }
    }
}

#[test]
fn two_damaged_autosaves_in_the_same_minute_are_both_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = InterviewStore::at(dir.path().join("interview-autosave.ron"));
    let mut kept = Vec::new();
    for text in ["(version: 1, case_ref", "not ron at all"] {
        std::fs::write(store.path(), text).unwrap();
        match store.find() {
            Found::Damaged { moved_to, .. } => kept.push((moved_to, text)),
            other => panic!("expected a damaged file, got {other:?}"),
        }
    }
    assert_ne!(kept[0].0, kept[1].0, "the second did not overwrite the first");
    for (path, text) in kept {
        assert_eq!(std::fs::read_to_string(path).unwrap(), text);
    }
}

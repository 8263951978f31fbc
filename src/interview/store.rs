//! The interview autosave: one file in the user's data folder, rewritten atomically after every change,
//! readable by the user alone, removed when the interview ends. A damaged file is moved aside, never
//! loaded half.

use std::path::{Path, PathBuf};

use super::Session;

/// The autosave file's name in the data folder.
pub const AUTOSAVE_FILE: &str = "interview-autosave.ron";

/// What was found on start.
#[derive(Debug)]
pub enum Found {
    /// No unfinished interview.
    Nothing,
    /// An unfinished interview to resume or discard.
    Unfinished(Session),
    /// The file could not be read as an interview; it was moved to `moved_to`.
    Damaged { moved_to: PathBuf, reason: String },
}

#[derive(Clone, Debug)]
pub struct InterviewStore {
    path: PathBuf,
}

impl InterviewStore {
    /// The store in the user's data folder, if the system has one.
    pub fn default_location() -> Option<Self> {
        crate::storage::data_dir().map(|dir| Self::at(dir.join(AUTOSAVE_FILE)))
    }

    pub fn at(path: PathBuf) -> Self {
        Self { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Saves the session (temporary file, flush, rename; 0600 on Unix).
    pub fn save(&self, session: &Session) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(session, ron::ser::PrettyConfig::new()).map_err(std::io::Error::other)?;
        crate::storage::write_atomic(&self.path, text.as_bytes())
    }

    /// Looks for an unfinished interview. A damaged file is renamed aside with a timestamp.
    pub fn find(&self) -> Found {
        let text = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Found::Nothing,
            Err(e) => return self.set_aside(format!("cannot read it: {e}")),
        };
        let parsed = std::str::from_utf8(&text)
            .map_err(|e| e.to_string())
            .and_then(|t| ron::from_str::<Session>(t).map_err(|e| e.to_string()));
        match parsed {
            Ok(session) if session.version <= super::FORMAT_VERSION && !session.case_ref.trim().is_empty() => {
                Found::Unfinished(session)
            }
            Ok(session) => self.set_aside(format!("unsupported interview file (version {})", session.version)),
            Err(reason) => self.set_aside(reason),
        }
    }

    fn set_aside(&self, reason: String) -> Found {
        let stamp = super::now_string().replace([' ', ':'], "-");
        // Never over an earlier damaged file from the same minute.
        let moved_to = (1..)
            .map(|n| match n {
                1 => self.path.with_file_name(format!("interview-damaged-{stamp}.ron")),
                n => self.path.with_file_name(format!("interview-damaged-{stamp}-{n}.ron")),
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| self.path.with_file_name(format!("interview-damaged-{stamp}.ron")));
        match std::fs::rename(&self.path, &moved_to) {
            Ok(()) => Found::Damaged { moved_to, reason },
            // If it cannot even be moved, leave it where it is and say so.
            Err(e) => {
                Found::Damaged { moved_to: self.path.clone(), reason: format!("{reason}; it could not be moved: {e}") }
            }
        }
    }

    /// Ends the interview: removes the file. `Ok(false)` if there was none.
    pub fn remove(&self) -> std::io::Result<bool> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Basis;
    use super::*;

    fn session() -> Session {
        let mut s = Session::new("HEL-2026-041", "en", "en", "2026-11-23 10:00").unwrap();
        s.tick("gen-documents-held", Basis::Observed);
        s.set_note("gen-documents-held", "employer has it \"for safekeeping\"");
        s
    }

    #[test]
    fn saved_and_found_again_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = InterviewStore::at(dir.path().join(AUTOSAVE_FILE));
        assert!(matches!(store.find(), Found::Nothing));
        store.save(&session()).unwrap();
        match InterviewStore::at(dir.path().join(AUTOSAVE_FILE)).find() {
            Found::Unfinished(s) => assert_eq!(s, session()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_write_interrupted_before_the_rename_leaves_the_previous_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(AUTOSAVE_FILE);
        let store = InterviewStore::at(path.clone());
        store.save(&session()).unwrap();
        // A crash after writing the temporary file but before the rename leaves a stray temporary file.
        std::fs::write(dir.path().join(format!(".{AUTOSAVE_FILE}.999.tmp")), "Session(version: 1, case_ref: \"x\"")
            .unwrap();
        match store.find() {
            Found::Unfinished(s) => assert_eq!(s, session()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_truncated_or_garbage_file_is_reported_and_set_aside() {
        for damaged in [&b"Session(version: 1, case_ref: \"HEL"[..], &b"\xff\xfe garbage"[..], &b""[..]] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(AUTOSAVE_FILE);
            std::fs::write(&path, damaged).unwrap();
            match InterviewStore::at(path.clone()).find() {
                Found::Damaged { moved_to, reason } => {
                    assert!(!path.exists(), "the damaged file is no longer where the app looks");
                    assert!(moved_to.exists());
                    assert!(!reason.is_empty());
                }
                other => panic!("{other:?}"),
            }
            // The next start finds nothing.
            assert!(matches!(InterviewStore::at(path).find(), Found::Nothing));
        }
    }

    #[test]
    fn ending_removes_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = InterviewStore::at(dir.path().join(AUTOSAVE_FILE));
        store.save(&session()).unwrap();
        assert!(store.remove().unwrap());
        assert!(!store.path().exists());
        assert!(!store.remove().unwrap());
    }
}

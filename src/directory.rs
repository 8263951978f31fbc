//! The referral directory with an embassy's own contacts: import (validated, all or nothing),
//! local storage that survives restarts and updates, and export.

use std::path::{Path, PathBuf};

use crate::content::model::{Contact, Country, LocalContacts, LocalCountry};
use crate::content::{Handbook, Problem, validate_local};
use crate::date::Date;

/// The file in the data folder that holds imported contacts.
pub const LOCAL_FILE: &str = "local-contacts.ron";

/// What an import added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    /// Contacts identical to ones already in the directory (e.g. re-importing an export).
    pub already_present: usize,
    pub new_countries: usize,
}

/// Parses a contacts file; a syntax error names the file, line and column.
pub fn parse(file: &str, text: &str) -> Result<LocalContacts, Problem> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
        .from_str::<LocalContacts>(text)
        .map_err(|e| Problem {
            file: file.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })
}

/// Checks a contacts file against the directory it would join. On success returns only what is new;
/// on failure every problem, and nothing may change.
pub fn check_import(
    handbook: &Handbook,
    file: &str,
    text: &str,
) -> Result<(LocalContacts, ImportSummary), Vec<Problem>> {
    let local = parse(file, text).map_err(|p| vec![p])?;
    let problems = validate_local(handbook, file, text, &local);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut summary = ImportSummary::default();
    let mut new = LocalContacts::default();
    for country in local.countries {
        let mut fresh = Vec::new();
        for contact in country.contacts {
            let present = handbook.countries.iter().flat_map(|c| &c.contacts).any(|c| c.id == contact.id);
            if present {
                summary.already_present += 1;
            } else {
                fresh.push(contact);
            }
        }
        if fresh.is_empty() {
            continue;
        }
        if handbook.country(&country.code).is_none() && !new.countries.iter().any(|c| c.code == country.code) {
            summary.new_countries += 1;
        }
        summary.added += fresh.len();
        new.countries.push(LocalCountry { contacts: fresh, ..country });
    }
    Ok((new, summary))
}

/// Adds `more` to `store`, joining countries that are already there.
pub fn merge_into(store: &mut LocalContacts, more: LocalContacts) {
    for country in more.countries {
        match store.countries.iter_mut().find(|c| c.code == country.code) {
            Some(existing) => {
                existing.contacts.extend(country.contacts);
                if existing.name.is_none() {
                    existing.name = country.name;
                }
                if existing.emergency.is_empty() {
                    existing.emergency = country.emergency;
                }
            }
            None => store.countries.push(country),
        }
    }
}

/// Removes one local contact; `false` if it is not in the store.
pub fn remove(store: &mut LocalContacts, contact_id: &str) -> bool {
    let mut removed = false;
    for country in &mut store.countries {
        let before = country.contacts.len();
        country.contacts.retain(|c| c.id != contact_id);
        removed |= country.contacts.len() != before;
    }
    store.countries.retain(|c| !c.contacts.is_empty());
    removed
}

impl Handbook {
    /// This handbook with an embassy's local contacts added and marked as local.
    pub fn with_local(&self, local: &LocalContacts) -> Handbook {
        let mut merged = self.clone();
        for country in &local.countries {
            let contacts = country.contacts.iter().cloned().map(|c| Contact { local: true, ..c });
            match merged.countries.iter_mut().find(|c| c.code == country.code) {
                Some(existing) => existing.contacts.extend(contacts),
                None => merged.countries.push(Country {
                    code: country.code.clone(),
                    name: country.name.clone().unwrap_or_else(|| country.code.clone()),
                    emergency: country.emergency.clone(),
                    referral: Vec::new(),
                    sources: Vec::new(),
                    checked: String::new(),
                    contacts: contacts.collect(),
                }),
            }
        }
        merged.countries.sort_by(|a, b| (a.code == "INT", &a.name).cmp(&(b.code == "INT", &b.name)));
        merged
    }
}

/// The whole directory (built-in and local) as a contacts file that can be imported elsewhere.
pub fn export(handbook: &Handbook) -> String {
    let all = LocalContacts {
        countries: handbook
            .countries
            .iter()
            .map(|c| LocalCountry {
                code: c.code.clone(),
                name: Some(c.name.clone()),
                emergency: c.emergency.clone(),
                contacts: c.contacts.clone(),
            })
            .collect(),
    };
    let config = ron::ser::PrettyConfig::new().struct_names(true).indentor("    ".to_owned());
    let body = ron::ser::to_string_pretty(&all, config).unwrap_or_default();
    format!(
        "// Referral contacts exported from Diplomatic Handbook ({}, {}).\n// Import this file in another copy of the app to add its local contacts.\n{body}\n",
        handbook.manifest.edition,
        Date::today()
    )
}

/// The local contacts file in the data folder.
#[derive(Clone, Debug)]
pub struct LocalStore {
    path: PathBuf,
}

impl LocalStore {
    /// The store in the user's data folder, if the system has one.
    pub fn default_location() -> Option<Self> {
        crate::storage::data_dir().map(|dir| Self::at(dir.join(LOCAL_FILE)))
    }

    pub fn at(path: PathBuf) -> Self {
        Self { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored contacts; an empty directory if there is no file yet. A file that cannot be read
    /// is reported, never half-loaded.
    pub fn load(&self) -> Result<LocalContacts, Problem> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => parse(&self.path.display().to_string(), &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(LocalContacts::default()),
            Err(e) => Err(Problem::in_file(self.path.display().to_string(), format!("cannot read: {e}"))),
        }
    }

    /// Writes the contacts atomically.
    pub fn save(&self, contacts: &LocalContacts) -> std::io::Result<()> {
        let config = ron::ser::PrettyConfig::new().struct_names(true).indentor("    ".to_owned());
        let text = ron::ser::to_string_pretty(contacts, config).map_err(std::io::Error::other)?;
        crate::storage::write_atomic(&self.path, format!("// Contacts added by this embassy.\n{text}\n").as_bytes())
    }
}

/// Whether a `checked` date is more than a year before `today` (or not a date at all).
pub fn is_stale(checked: &str, today: Date) -> bool {
    Date::parse(checked).is_none_or(|d| today.days_since_epoch() - d.days_since_epoch() > 365)
}

//! The interview session: what the officer ticked, the guidance the written rules give, and the
//! contacts to suggest. No UI code here; [`store`] keeps it crash-safe, [`export`] writes the summary.

pub mod export;
pub mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::Handbook;
use crate::content::model::{
    Checklist, Condition, Contact, Country, GuidanceLevel, GuidanceRule, Indicator, Role, Weight,
};

/// How the officer knows an indicator applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// The officer saw it.
    Observed,
    /// The person said it.
    Reported,
}

/// One ticked indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    pub indicator: String,
    pub basis: Basis,
    /// A short note; may be empty.
    #[serde(default)]
    pub note: String,
}

/// Everything about one interview. It holds a case reference, never a name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// File format version, for future changes.
    pub version: u32,
    pub case_ref: String,
    /// When the interview started, `YYYY-MM-DD HH:MM` (UTC).
    pub started: String,
    pub officer_lang: String,
    pub interviewee_lang: String,
    /// ISO code of the country where the person is now.
    pub country: Option<String>,
    /// ISO code of the person's country of origin, if known.
    pub origin: Option<String>,
    /// The officer thinks the person may be in danger now.
    #[serde(default)]
    pub danger: bool,
    /// In the order they were ticked.
    #[serde(default)]
    pub ticks: Vec<Tick>,
}

pub const FORMAT_VERSION: u32 = 1;

/// Why a session cannot start.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    #[error("a case reference is needed")]
    NoCaseRef,
    /// A case reference with two or more capitalised words looks like a person's name.
    #[error("the case reference looks like a name; use a file number instead")]
    LooksLikeName,
}

/// Checks a case reference: something is needed, and it should not be a person's name.
pub fn check_case_ref(case_ref: &str) -> Result<(), StartError> {
    let trimmed = case_ref.trim();
    if trimmed.is_empty() {
        return Err(StartError::NoCaseRef);
    }
    let capitalised_words = trimmed
        .split_whitespace()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 3
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && w.chars().any(char::is_lowercase)
        })
        .count();
    let has_digit = trimmed.chars().any(|c| c.is_ascii_digit());
    if capitalised_words >= 2 && !has_digit {
        return Err(StartError::LooksLikeName);
    }
    Ok(())
}

impl Session {
    /// A new interview. `now` is `YYYY-MM-DD HH:MM`.
    pub fn new(case_ref: &str, officer_lang: &str, interviewee_lang: &str, now: &str) -> Result<Self, StartError> {
        check_case_ref(case_ref)?;
        Ok(Self {
            version: FORMAT_VERSION,
            case_ref: case_ref.trim().to_owned(),
            started: now.to_owned(),
            officer_lang: officer_lang.to_owned(),
            interviewee_lang: interviewee_lang.to_owned(),
            country: None,
            origin: None,
            danger: false,
            ticks: Vec::new(),
        })
    }

    pub fn tick_of(&self, indicator: &str) -> Option<&Tick> {
        self.ticks.iter().find(|t| t.indicator == indicator)
    }

    /// Ticks an indicator, or changes how it is known if already ticked.
    pub fn tick(&mut self, indicator: &str, basis: Basis) {
        match self.ticks.iter_mut().find(|t| t.indicator == indicator) {
            Some(t) => t.basis = basis,
            None => self.ticks.push(Tick { indicator: indicator.to_owned(), basis, note: String::new() }),
        }
    }

    pub fn untick(&mut self, indicator: &str) {
        self.ticks.retain(|t| t.indicator != indicator);
    }

    /// Sets the note of a ticked indicator; ignored if it is not ticked.
    pub fn set_note(&mut self, indicator: &str, note: &str) {
        if let Some(t) = self.ticks.iter_mut().find(|t| t.indicator == indicator) {
            t.note = note.to_owned();
        }
    }
}

/// One ticked indicator with what the summary needs to show about it.
#[derive(Clone, Debug)]
pub struct TickedIndicator<'a> {
    pub tick: &'a Tick,
    pub indicator: &'a Indicator,
    pub checklist: &'a Checklist,
}

/// The live summary of an interview.
#[derive(Clone, Debug)]
pub struct Summary<'a> {
    /// Ticked indicators grouped by checklist (in checklist order), strongest first within each.
    pub by_checklist: Vec<(&'a Checklist, Vec<TickedIndicator<'a>>)>,
    pub counts: BTreeMap<Weight, usize>,
    /// The rules that apply, most urgent first.
    pub guidance: Vec<&'a GuidanceRule>,
    /// Contacts to suggest: the country where the person is, then the country of origin.
    pub contacts: Vec<(&'a Country, Vec<&'a Contact>)>,
}

/// Which roles to suggest first, in order.
const SUGGESTED_ROLES: [Role; 6] =
    [Role::NationalReferral, Role::Hotline, Role::VictimSupport, Role::ChildProtection, Role::Ngo, Role::Police];

impl Session {
    /// The summary, in the officer's language.
    pub fn summary<'a>(&'a self, handbook: &'a Handbook) -> Summary<'a> {
        let lang = &self.officer_lang;
        let checklists = handbook.checklists(lang);
        let mut by_checklist = Vec::new();
        let mut counts: BTreeMap<Weight, usize> = BTreeMap::new();
        for checklist in checklists {
            let mut ticked: Vec<TickedIndicator<'a>> = checklist
                .groups
                .iter()
                .flat_map(|g| &g.indicators)
                .filter_map(|indicator| {
                    self.tick_of(&indicator.id).map(|tick| TickedIndicator { tick, indicator, checklist })
                })
                .collect();
            if ticked.is_empty() {
                continue;
            }
            ticked.sort_by_key(|t| t.indicator.weight);
            for t in &ticked {
                *counts.entry(t.indicator.weight).or_default() += 1;
            }
            by_checklist.push((checklist, ticked));
        }
        let in_checklist = |id: &str| by_checklist.iter().find(|(c, _)| c.id == id).map_or(0, |(_, t)| t.len());
        let mut guidance: Vec<&GuidanceRule> = handbook
            .guidance(lang)
            .rules
            .iter()
            .filter(|rule| match &rule.when {
                Condition::AtLeast(weight, n) => counts.get(weight).copied().unwrap_or(0) >= *n as usize,
                Condition::InChecklist(id, n) => in_checklist(id) >= *n as usize,
                Condition::Danger => self.danger,
                Condition::NothingTicked => self.ticks.is_empty(),
            })
            .collect();
        guidance.sort_by_key(|r| r.level);

        let mut contacts = Vec::new();
        let mut seen = Vec::new();
        for code in [&self.country, &self.origin].into_iter().flatten() {
            if seen.contains(code) {
                continue;
            }
            seen.push(code.clone());
            if let Some(country) = handbook.country(code) {
                let mut chosen: Vec<&Contact> = Vec::new();
                for role in SUGGESTED_ROLES {
                    for contact in country.contacts.iter().filter(|c| c.roles.contains(&role)) {
                        if !chosen.iter().any(|c| c.id == contact.id) {
                            chosen.push(contact);
                        }
                    }
                }
                contacts.push((country, chosen));
            }
        }
        Summary { by_checklist, counts, guidance, contacts }
    }
}

/// The most urgent level among the rules that apply.
pub fn top_level(summary: &Summary<'_>) -> Option<GuidanceLevel> {
    summary.guidance.first().map(|r| r.level)
}

/// Now, as `YYYY-MM-DD HH:MM` (UTC).
pub fn now_string() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let date = crate::date::Date::today();
    let minutes = (secs % 86_400) / 60;
    format!("{date} {:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handbook() -> Handbook {
        Handbook::embedded().unwrap()
    }

    fn session() -> Session {
        Session::new("2026/123", "en", "en", "2026-11-23 10:00").unwrap()
    }

    #[test]
    fn a_case_reference_is_needed_and_is_not_a_name() {
        assert_eq!(check_case_ref("  "), Err(StartError::NoCaseRef));
        assert_eq!(check_case_ref("Maria Ivanova"), Err(StartError::LooksLikeName));
        assert_eq!(check_case_ref("Anna-Liisa Virtanen"), Err(StartError::LooksLikeName));
        assert!(check_case_ref("HEL-2026-041").is_ok());
        assert!(check_case_ref("Visa desk 3").is_ok());
    }

    #[test]
    fn tick_untick_and_note() {
        let mut s = session();
        s.tick("gen-documents-held", Basis::Observed);
        s.tick("gen-debt-bondage", Basis::Reported);
        s.set_note("gen-debt-bondage", "says she owes 3000 for the flight");
        s.tick("gen-documents-held", Basis::Reported);
        assert_eq!(s.ticks.len(), 2);
        assert_eq!(s.tick_of("gen-documents-held").unwrap().basis, Basis::Reported);
        assert_eq!(s.tick_of("gen-debt-bondage").unwrap().note, "says she owes 3000 for the flight");
        s.untick("gen-documents-held");
        assert!(s.tick_of("gen-documents-held").is_none());
        s.set_note("gen-documents-held", "ignored: not ticked");
        assert_eq!(s.ticks.len(), 1);
    }

    #[test]
    fn guidance_follows_the_written_rules() {
        let hb = handbook();
        let mut s = session();
        let ids = |s: &Session| s.summary(&hb).guidance.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&s), ["nothing"]);

        s.tick("gen-movement-controlled", Basis::Observed); // medium
        assert_eq!(ids(&s), ["medium-one"]);
        s.tick("gen-escorted", Basis::Observed); // medium
        assert_eq!(ids(&s), ["medium-several", "medium-one"]);
        s.tick("gen-documents-held", Basis::Reported); // strong
        assert_eq!(ids(&s)[0..2], ["strong", "medium-several"]);
        s.danger = true;
        assert_eq!(ids(&s)[0], "danger");

        let mut child = session();
        child.tick("chi-travels-alone-or-unrelated", Basis::Observed);
        assert_eq!(child.summary(&hb).guidance[0].id, "child");
    }

    #[test]
    fn summary_groups_by_checklist_with_strongest_first_and_counts_weights() {
        let hb = handbook();
        let mut s = session();
        s.tick("gen-isolated", Basis::Observed);
        s.tick("gen-documents-held", Basis::Observed);
        let summary = s.summary(&hb);
        let (checklist, ticked) = &summary.by_checklist[0];
        assert_eq!(checklist.id, "general");
        assert_eq!(ticked[0].indicator.id, "gen-documents-held");
        assert_eq!(summary.counts.get(&Weight::Strong), Some(&1));
    }

    #[test]
    fn contacts_for_both_countries_referral_body_first() {
        let hb = handbook();
        let mut s = session();
        s.country = Some("FI".into());
        s.origin = Some("EE".into());
        let summary = s.summary(&hb);
        assert_eq!(summary.contacts.len(), 2);
        assert_eq!(summary.contacts[0].0.code, "FI");
        assert!(summary.contacts[0].1[0].roles.contains(&Role::NationalReferral));
        // Same country twice is suggested once.
        s.origin = Some("FI".into());
        assert_eq!(s.summary(&hb).contacts.len(), 1);
    }
}

//! SynonymIndex a field expert would expect (passport / ID / identity document; salary / wage / pay),
//! kept as content in `handbook/<lang>/synonyms.ron`.

use std::collections::BTreeMap;

use super::{analyzer, tokens};
use crate::content::Handbook;

/// Analyzed synonym groups for one language: a term → the alternatives (each one or more terms).
#[derive(Clone, Debug, Default)]
pub struct SynonymIndex {
    by_term: BTreeMap<String, Vec<Vec<String>>>,
}

impl SynonymIndex {
    /// The groups of `lang`, or of the base language if `lang` has none.
    pub fn for_language(handbook: &Handbook, lang: &str) -> Self {
        let groups = match handbook.languages.get(lang) {
            Some(content) if !content.synonyms.groups.is_empty() => &content.synonyms.groups,
            _ => &handbook.base().synonyms.groups,
        };
        let mut analyzer = analyzer(lang);
        let mut by_term: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
        for group in groups {
            let analyzed: Vec<Vec<String>> = group
                .iter()
                .map(|entry| tokens(&mut analyzer, entry).into_iter().map(|t| t.text).collect::<Vec<_>>())
                .filter(|terms| !terms.is_empty())
                .collect();
            for entry in analyzed.iter().filter(|terms| terms.len() == 1) {
                let alternatives = by_term.entry(entry[0].clone()).or_default();
                for other in analyzed.iter().filter(|o| *o != entry) {
                    if !alternatives.contains(other) {
                        alternatives.push(other.clone());
                    }
                }
            }
        }
        Self { by_term }
    }

    /// Alternatives for an analyzed query term.
    pub fn alternatives(&self, term: &str) -> Vec<Vec<String>> {
        self.by_term.get(term).cloned().unwrap_or_default()
    }
}

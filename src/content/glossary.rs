//! Finding glossary terms in running text. The reader links the first use of each term in a
//! section to its definition; the glossary lists the sections that use each term.
//!
//! A term is found by the words in its `forms` (e.g. "reflection period", "recovery and reflection
//! period"), matched whole-word and ignoring ASCII case; where forms overlap, the longest wins
//! ("domestic servitude" before "servitude").

use std::collections::BTreeSet;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::inline::{LinkTarget, Span};
use super::model::Glossary;

/// Finds the terms of one glossary in text.
#[derive(Clone, Debug, Default)]
pub struct TermFinder {
    /// `None` when no term has a form.
    automaton: Option<AhoCorasick>,
    /// The term id of each pattern, by pattern index.
    term_of: Vec<String>,
}

impl TermFinder {
    pub fn new(glossary: &Glossary) -> Self {
        let (patterns, term_of): (Vec<&str>, Vec<String>) = glossary
            .terms
            .iter()
            .flat_map(|t| t.forms.iter().map(|f| (f.trim(), t.id.clone())))
            .filter(|(f, _)| !f.is_empty())
            .unzip();
        if patterns.is_empty() {
            return Self::default();
        }
        // Forms are short literal phrases, so building cannot hit the automaton's size limits;
        // if it ever did, the reader would simply show no glossary links.
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Self { automaton, term_of }
    }

    /// Every use of a term in `text`: (byte range, term id), in order.
    fn uses<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (std::ops::Range<usize>, &'a str)> + 'a {
        self.automaton.iter().flat_map(move |a| a.find_iter(text)).filter_map(move |m| {
            let whole_word = !text[..m.start()].chars().next_back().is_some_and(is_word_char)
                && !text[m.end()..].chars().next().is_some_and(is_word_char);
            whole_word.then(|| (m.range(), self.term_of[m.pattern().as_usize()].as_str()))
        })
    }

    /// The ids of the terms `text` uses (inline markup is not parsed: pass plain text).
    pub fn terms_in<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.uses(text).map(|(_, id)| id)
    }

    /// Turns the first use of each term in the unlinked spans into a glossary link, skipping
    /// terms already in `seen` and adding the ones it links. Text and styles are unchanged.
    pub fn link_first_uses(&self, spans: Vec<Span>, seen: &mut BTreeSet<String>) -> Vec<Span> {
        if self.automaton.is_none() {
            return spans;
        }
        let mut out = Vec::with_capacity(spans.len());
        for span in spans {
            if span.link.is_some() {
                out.push(span);
                continue;
            }
            let mut at = 0;
            for (range, id) in self.uses(&span.text) {
                if !seen.insert(id.to_owned()) {
                    continue;
                }
                if range.start > at {
                    out.push(Span { text: span.text[at..range.start].to_owned(), style: span.style, link: None });
                }
                out.push(Span {
                    text: span.text[range.clone()].to_owned(),
                    style: span.style,
                    link: Some(LinkTarget::Glossary(id.to_owned())),
                });
                at = range.end;
            }
            if at == 0 {
                out.push(span);
            } else if at < span.text.len() {
                out.push(Span { text: span.text[at..].to_owned(), style: span.style, link: None });
            }
        }
        out
    }
}

/// Letters, digits and the hyphen join words: "non-punishment" is not a use of "punishment".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::inline::{Style, parse};
    use crate::content::model::GlossaryTerm;

    fn glossary() -> Glossary {
        let term = |id: &str, forms: &[&str]| GlossaryTerm {
            id: id.to_owned(),
            term: id.to_owned(),
            definition: "d".to_owned(),
            forms: forms.iter().map(|f| (*f).to_owned()).collect(),
            sources: Vec::new(),
        };
        Glossary {
            terms: vec![
                term("servitude", &["servitude"]),
                term("domestic-servitude", &["domestic servitude"]),
                term("nrm", &["national referral mechanism", "NRM"]),
                term("punishment", &["punishment"]),
                term("no-forms", &[]),
            ],
        }
    }

    fn linked(spans: &[Span]) -> Vec<(String, String)> {
        spans
            .iter()
            .filter_map(|s| match &s.link {
                Some(LinkTarget::Glossary(id)) => Some((s.text.clone(), id.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn links_the_first_use_of_each_term_and_keeps_the_text() {
        let finder = TermFinder::new(&glossary());
        let text = "Refer to the NRM. The national referral mechanism decides; the nrm is slow.";
        let mut seen = BTreeSet::new();
        let spans = finder.link_first_uses(parse(text).unwrap(), &mut seen);
        assert_eq!(linked(&spans), vec![("NRM".to_owned(), "nrm".to_owned())]);
        assert_eq!(spans.iter().map(|s| s.text.as_str()).collect::<String>(), text);
        assert!(seen.contains("nrm"));
        // Already seen in this section: not linked again.
        let again = finder.link_first_uses(parse("The NRM again.").unwrap(), &mut seen);
        assert!(linked(&again).is_empty());
    }

    #[test]
    fn the_longest_form_wins_and_words_must_be_whole() {
        let finder = TermFinder::new(&glossary());
        let mut seen = BTreeSet::new();
        let spans = finder
            .link_first_uses(parse("Non-punishment, NRMs and domestic servitude; then servitude.").unwrap(), &mut seen);
        assert_eq!(
            linked(&spans),
            vec![
                ("domestic servitude".to_owned(), "domestic-servitude".to_owned()),
                ("servitude".to_owned(), "servitude".to_owned()),
            ]
        );
    }

    #[test]
    fn existing_links_and_styles_are_kept() {
        let finder = TermFinder::new(&glossary());
        let mut seen = BTreeSet::new();
        let spans =
            finder.link_first_uses(parse("[the NRM](chapter:x) and **domestic servitude**").unwrap(), &mut seen);
        assert_eq!(spans[0].link, Some(LinkTarget::Chapter("x".to_owned())));
        assert_eq!(linked(&spans), vec![("domestic servitude".to_owned(), "domestic-servitude".to_owned())]);
        assert!(spans.iter().any(|s| s.link.is_some() && s.style == Style::Strong));
        // A term inside an existing link is not counted as used.
        assert!(!seen.contains("nrm"));
    }

    #[test]
    fn a_glossary_without_forms_finds_nothing() {
        let finder = TermFinder::new(&Glossary::default());
        assert_eq!(finder.terms_in("national referral mechanism").count(), 0);
        let spans = parse("national referral mechanism").unwrap();
        assert_eq!(finder.link_first_uses(spans.clone(), &mut BTreeSet::new()), spans);
    }
}

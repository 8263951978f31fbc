use std::collections::BTreeMap;

use serde::Serialize;

use super::Handbook;
use super::inline::plain;
use super::model::{Block, Chapter};

/// What `diplomatic-handbook stats --json` prints.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Stats {
    /// Chapters in the base language.
    pub chapters: usize,
    /// Sections in the base language.
    pub sections: usize,
    /// Language → words of chapter text (titles, paragraphs, lists, boxes, tables, case studies).
    pub words: BTreeMap<String, usize>,
    /// Checklists in the base language.
    pub checklists: usize,
    /// Language → indicators written in that language.
    pub indicators: BTreeMap<String, usize>,
    pub countries: usize,
    pub contacts: usize,
    /// UI locales present.
    pub locales: Vec<String>,
    /// Case studies in the base language.
    pub case_studies: usize,
    pub quiz_questions: usize,
    /// Glossary terms in the base language.
    pub glossary_terms: usize,
}

impl Stats {
    /// Counts the handbook; `locales` are the UI locales compiled in.
    pub fn of(handbook: &Handbook, locales: Vec<String>) -> Self {
        let base = handbook.base();
        Self {
            chapters: base.chapters.len(),
            sections: base.chapters.iter().map(|c| c.sections.len()).sum(),
            words: handbook
                .languages
                .iter()
                .map(|(lang, content)| (lang.clone(), content.chapters.iter().map(chapter_words).sum()))
                .collect(),
            checklists: base.checklists.len(),
            indicators: handbook
                .languages
                .iter()
                .map(|(lang, content)| {
                    let n = content.checklists.iter().flat_map(|c| &c.groups).map(|g| g.indicators.len()).sum();
                    (lang.clone(), n)
                })
                .collect(),
            countries: handbook.countries.iter().filter(|c| c.code != "INT").count(),
            contacts: handbook.countries.iter().map(|c| c.contacts.len()).sum(),
            locales,
            case_studies: base
                .chapters
                .iter()
                .flat_map(|c| &c.sections)
                .flat_map(|s| &s.blocks)
                .filter(|b| matches!(b, Block::CaseStudy(_)))
                .count(),
            quiz_questions: base.quizzes.iter().map(|q| q.questions.len()).sum(),
            glossary_terms: base.glossary.terms.len(),
        }
    }
}

/// Every text of a chapter, in reading order, without markup.
pub fn chapter_texts(chapter: &Chapter) -> Vec<String> {
    let mut out = vec![plain(&chapter.title), plain(&chapter.summary)];
    for section in &chapter.sections {
        out.push(plain(&section.title));
        out.extend(section.blocks.iter().flat_map(block_texts));
    }
    out
}

/// The texts of one block, in reading order, without markup (links contribute their labels).
pub fn block_texts(block: &Block) -> Vec<String> {
    let texts: Vec<&String> = match block {
        Block::Paragraph(t) => vec![t],
        Block::Bullets(items) | Block::Numbered(items) | Block::KeyPoints(items) => items.iter().collect(),
        Block::Callout(c) => c.title.iter().chain(&c.text).chain(&c.items).collect(),
        Block::CaseStudy(c) => {
            std::iter::once(&c.title).chain(&c.scenario).chain(&c.questions).chain(&c.answer).collect()
        }
        Block::Table(t) => t.caption.iter().chain(&t.header).chain(t.rows.iter().flatten()).collect(),
        Block::SeeAlso(_) => Vec::new(),
    };
    texts.into_iter().map(|t| plain(t)).collect()
}

fn chapter_words(chapter: &Chapter) -> usize {
    chapter_texts(chapter)
        .iter()
        .map(|t| t.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count())
        .sum()
}

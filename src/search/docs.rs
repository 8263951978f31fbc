//! What is searchable: one document per section, indicator, contact, country note and glossary term.

use serde::Serialize;

use crate::content::inline::plain;
use crate::content::{Handbook, block_texts};

/// The kind of a searchable document; results are grouped by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Section,
    Indicator,
    Contact,
    Country,
    Glossary,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Section => "section",
            Self::Indicator => "indicator",
            Self::Contact => "contact",
            Self::Country => "country",
            Self::Glossary => "glossary",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Section, Self::Indicator, Self::Contact, Self::Country, Self::Glossary]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// One searchable document. `id` is a link target (`section:CH/SEC`, `indicator:ID`, ...).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchDoc {
    pub id: String,
    pub kind: Kind,
    pub lang: String,
    pub title: String,
    /// Where it lives: the chapter, checklist or country.
    pub context: String,
    pub body: String,
}

/// Every searchable document in `lang`, falling back to the base language where a text is not translated.
pub fn documents(handbook: &Handbook, lang: &str) -> Vec<SearchDoc> {
    let mut docs = Vec::new();
    for (chapter, _) in handbook.chapters(lang) {
        let context = format!("{} {}", chapter.number, chapter.title);
        for (i, section) in chapter.sections.iter().enumerate() {
            let body: Vec<String> = section.blocks.iter().flat_map(block_texts).collect();
            docs.push(SearchDoc {
                id: format!("section:{}/{}", chapter.id, section.id),
                kind: Kind::Section,
                lang: lang.to_owned(),
                title: format!("{}.{} {}", chapter.number, i + 1, plain(&section.title)),
                context: context.clone(),
                body: body.join("\n"),
            });
        }
    }
    for checklist in handbook.checklists(lang) {
        for group in &checklist.groups {
            for indicator in &group.indicators {
                let mut body = vec![plain(&indicator.explanation)];
                body.extend(indicator.questions.iter().map(|q| plain(q)));
                docs.push(SearchDoc {
                    id: format!("indicator:{}", indicator.id),
                    kind: Kind::Indicator,
                    lang: lang.to_owned(),
                    title: plain(&indicator.text),
                    context: format!("{} · {}", checklist.title, group.title),
                    body: body.join("\n"),
                });
            }
        }
    }
    for country in &handbook.countries {
        docs.push(SearchDoc {
            id: format!("country:{}", country.code),
            kind: Kind::Country,
            lang: lang.to_owned(),
            title: country.name.clone(),
            context: country.code.clone(),
            body: country.referral.iter().map(|p| plain(p)).collect::<Vec<_>>().join("\n"),
        });
        for contact in &country.contacts {
            let mut body = vec![plain(&contact.description)];
            body.extend(contact.roles.iter().map(|r| format!("{r:?}")));
            body.extend(contact.phones.iter().map(|p| {
                [Some(p.number.clone()), p.label.clone(), p.hours.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            }));
            body.extend(contact.email.iter().cloned());
            body.extend(contact.website.iter().cloned());
            docs.push(SearchDoc {
                id: format!("contact:{}", contact.id),
                kind: Kind::Contact,
                lang: lang.to_owned(),
                title: contact.organisation.clone(),
                context: country.name.clone(),
                body: body.join("\n"),
            });
        }
    }
    for term in &handbook.glossary(lang).terms {
        docs.push(SearchDoc {
            id: format!("glossary:{}", term.id),
            kind: Kind::Glossary,
            lang: lang.to_owned(),
            title: term.term.clone(),
            context: String::new(),
            body: plain(&term.definition),
        });
    }
    docs
}

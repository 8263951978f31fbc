//! The typed content model: what the RON files under `handbook/` deserialize into.
//!
//! Ids are stable and shared across languages: a translated chapter or checklist carries
//! exactly the ids of its English original, so links, interview ticks and search hits
//! survive a change of language.

use serde::{Deserialize, Serialize};

/// `handbook/manifest.ron`: what this edition of the handbook is.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Title shown in the window and in exports.
    pub title: String,
    /// Human-readable edition name, e.g. "2026 edition".
    pub edition: String,
    /// Content version, bumped whenever the content changes.
    pub version: String,
    /// Date of this content release, `YYYY-MM-DD`.
    pub date: String,
    /// The language every other language mirrors (`en`).
    pub base_language: String,
    /// Languages that have content files, base language first.
    pub languages: Vec<String>,
    /// The publication this handbook follows, with its citation.
    pub based_on: Source,
    /// Licence and reuse statement for the content.
    #[serde(default)]
    pub licence: String,
}

/// A citation: a treaty article, a publication or a web page.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Human-readable citation, e.g. "UN Trafficking in Persons Protocol (2000), Art. 3".
    pub cite: String,
    /// Where to read it, if it is online.
    #[serde(default)]
    pub url: Option<String>,
}

/// One chapter file: `handbook/<lang>/chapters/<nn>-<id>.ron`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// Stable id, used in links (`chapter:ID`).
    pub id: String,
    /// Position in the handbook (1-based).
    pub number: u32,
    pub title: String,
    /// One or two sentences: what the reader gets from this chapter.
    pub summary: String,
    pub sections: Vec<Section>,
}

impl Chapter {
    /// Every case study in the chapter, in reading order.
    pub fn case_studies(&self) -> impl Iterator<Item = &CaseStudy> {
        self.sections.iter().flat_map(|s| &s.blocks).filter_map(|b| match b {
            Block::CaseStudy(case) => Some(case),
            _ => None,
        })
    }
}

/// A section of a chapter; the unit of navigation, search hits and slides.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Unique within its chapter; linked as `section:CHAPTER/SECTION`. A case study in the chapter
    /// is linked the same way, by its own id: `section:CHAPTER/CASE`.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
    /// Where the facts in this section come from. Translations may leave this
    /// empty: they inherit the base language's sources.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A block of content inside a section. Text fields use the inline markup of
/// [`crate::content::inline`]: `*emphasis*`, `**strong**`, `[label](target)`.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(String),
    /// An unordered list.
    Bullets(Vec<String>),
    /// An ordered list, for steps that happen in sequence.
    Numbered(Vec<String>),
    /// A boxed note, warning, or Do / Don't list.
    Callout(Callout),
    /// The points to remember from a section.
    KeyPoints(Vec<String>),
    /// A scenario with discussion questions and a model answer.
    CaseStudy(CaseStudy),
    /// A comparison table.
    Table(Table),
    /// Cross-references: a list of link targets (`indicator:ID`, `contact:ID`, ...).
    SeeAlso(Vec<String>),
}

/// What kind of box a callout is.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum CalloutKind {
    Note,
    Warning,
    Do,
    Dont,
}

impl CalloutKind {
    /// Every kind, in declaration order.
    pub const ALL: [Self; 4] = [Self::Note, Self::Warning, Self::Do, Self::Dont];

    /// The UI message (`locales/*/main.ftl`) that names this kind of box when it has no title.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Note => "callout-note",
            Self::Warning => "callout-warning",
            Self::Do => "callout-do",
            Self::Dont => "callout-dont",
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Callout {
    pub kind: CalloutKind,
    /// Optional heading; without one the kind's own name is shown ("Do", "Warning", ...).
    #[serde(default)]
    pub title: Option<String>,
    /// Paragraphs.
    #[serde(default)]
    pub text: Vec<String>,
    /// List items (the usual content of a Do / Don't box).
    #[serde(default)]
    pub items: Vec<String>,
    /// The items are steps in order: shown as 1., 2., ... instead of the kind's mark.
    #[serde(default)]
    pub numbered: bool,
}

impl Callout {
    /// The mark before item `i`: its number for steps, else the kind's mark (✔, ✖ or •).
    pub fn marker(&self, i: usize) -> String {
        if self.numbered {
            return format!("{}.", i + 1);
        }
        match self.kind {
            CalloutKind::Do => "✔",
            CalloutKind::Dont => "✖",
            CalloutKind::Note | CalloutKind::Warning => "•",
        }
        .to_owned()
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    /// Stable id, unique in the language.
    pub id: String,
    pub title: String,
    /// The situation, as paragraphs.
    pub scenario: Vec<String>,
    /// Questions for discussion.
    pub questions: Vec<String>,
    /// The model answer, as paragraphs.
    pub answer: Vec<String>,
    /// Sections and indicators the answer draws on (link targets).
    #[serde(default)]
    pub links: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Table {
    #[serde(default)]
    pub caption: Option<String>,
    pub header: Vec<String>,
    /// Every row has as many cells as the header.
    pub rows: Vec<Vec<String>>,
}

/// One checklist file: `handbook/<lang>/checklists/<id>.ron`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    /// What this checklist is for and when to use it.
    pub intro: String,
    /// The rule used to give each indicator its weight, written out for the reader.
    pub weight_rule: String,
    pub groups: Vec<IndicatorGroup>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorGroup {
    pub id: String,
    pub title: String,
    pub indicators: Vec<Indicator>,
}

/// How much an indicator says on its own.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// On its own, reasonable grounds to suspect trafficking and to refer.
    Strong,
    /// Points to trafficking when seen with others.
    Medium,
    /// A vulnerability or context sign; it calls for attention, not conclusions.
    General,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, unique across all checklists (`indicator:ID`).
    pub id: String,
    /// One line an officer can scan.
    pub text: String,
    /// Why it matters; what it does and does not prove.
    pub explanation: String,
    pub weight: Weight,
    /// Open, non-leading questions an officer could ask.
    pub questions: Vec<String>,
    /// Translations may leave this empty; they inherit the base language's sources.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// `handbook/<lang>/glossary.ron`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<GlossaryTerm>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// Stable id (`glossary:ID`).
    pub id: String,
    pub term: String,
    pub definition: String,
    /// How the term appears in running text ("reflection period", "recovery and reflection period"):
    /// the reader links its first use in each section to the definition. Matched as whole words,
    /// ignoring case. Leave empty for words too common to link (the chapters link those by hand).
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// One country's referral contacts: `handbook/contacts/<code>.ron`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code in capitals (`FI`), or `INT` for international bodies.
    pub code: String,
    /// English name of the country.
    pub name: String,
    /// Emergency numbers that work in the country, most general first (`112`).
    pub emergency: Vec<String>,
    /// How referral works here: who identifies, reflection period, residence options.
    pub referral: Vec<String>,
    pub sources: Vec<Source>,
    /// When the country note was last checked against its sources, `YYYY-MM-DD`.
    pub checked: String,
    pub contacts: Vec<Contact>,
}

/// What an organisation does in a referral.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Emergency,
    Police,
    NationalReferral,
    NationalCoordinator,
    NationalRapporteur,
    Hotline,
    VictimSupport,
    Ngo,
    Shelter,
    Iom,
    LabourInspectorate,
    ChildProtection,
    Migration,
    International,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Stable id, unique across all countries (`contact:ID`).
    pub id: String,
    pub organisation: String,
    pub roles: Vec<Role>,
    /// What they do for a victim or an officer, in a sentence or two.
    pub description: String,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    /// What was checked and what could not be confirmed.
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<Source>,
    /// When this entry was last checked against its sources, `YYYY-MM-DD`.
    pub checked: String,
    /// Added by this embassy through an import, not part of the built-in handbook.
    #[serde(skip)]
    pub local: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// International form (`+358 295 463 177`), or a short national number (`112`, `116 006`).
    pub number: String,
    /// What the line is for, if the organisation has several.
    #[serde(default)]
    pub label: Option<String>,
    /// Opening hours as published, e.g. "24/7" or "Mon–Fri 09:00–16:00".
    #[serde(default)]
    pub hours: Option<String>,
    /// Languages served, as language codes.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Free of charge to the caller, if known.
    #[serde(default)]
    pub free: Option<bool>,
}

/// `handbook/<lang>/synonyms.ron`: words a searcher may use for the same thing.
/// Each group lists interchangeable words or phrases; a single word in a query also finds the others.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Synonyms {
    pub groups: Vec<Vec<String>>,
}

/// A contacts file an embassy imports or exports: its own local partners, or the whole directory.
/// A country that is already in the handbook gets the contacts added; a new country needs a `name`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocalContacts {
    pub countries: Vec<LocalCountry>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocalCountry {
    /// ISO 3166-1 alpha-2 code in capitals, or `INT`.
    pub code: String,
    /// Required when the country is not in the handbook yet.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub emergency: Vec<String>,
    pub contacts: Vec<Contact>,
}

/// `handbook/<lang>/guidance.ron`: the written, reviewable rules the interview desk applies to the
/// ticked indicators, and the sections it points the officer to.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    pub rules: Vec<GuidanceRule>,
    /// Sections an officer needs during and after an interview (link targets).
    #[serde(default)]
    pub links: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceRule {
    pub id: String,
    /// When the rule applies.
    pub when: Condition,
    pub level: GuidanceLevel,
    pub title: String,
    /// What to do, in a sentence or three (inline markup allowed).
    pub text: String,
}

/// What must be true of the interview for a rule to apply.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Condition {
    /// At least this many ticked indicators of this weight.
    AtLeast(Weight, u32),
    /// At least this many ticked indicators in one checklist.
    InChecklist(String, u32),
    /// The officer marked that the person may be in danger now.
    Danger,
    /// Nothing has been ticked yet.
    NothingTicked,
}

/// How urgent a piece of guidance is; the summary lists the most urgent first.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GuidanceLevel {
    Urgent,
    Refer,
    Watch,
    Info,
}

/// One quiz file: `handbook/<lang>/quiz/NN-<chapter-id>.ron`, the questions on one chapter.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// The chapter the questions test (its id).
    pub chapter: String,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique across all quiz files of a language; translations keep it.
    pub id: String,
    /// The question, or the statement to judge true or false.
    pub prompt: String,
    pub answer: Answer,
    /// Why the right answer is right, in a sentence or three (inline markup allowed).
    pub explanation: String,
    /// The sections (and indicators) the question is drawn from; at least one section.
    pub links: Vec<String>,
}

/// The kind of question and its right answer.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Answer {
    /// Multiple choice: `correct` is the 0-based index of the right option.
    Choice { options: Vec<String>, correct: usize },
    /// A statement that is true or false.
    TrueFalse(bool),
}

impl Answer {
    /// How many options the question shows (2 for true/false).
    pub fn option_count(&self) -> usize {
        match self {
            Self::Choice { options, .. } => options.len(),
            Self::TrueFalse(_) => 2,
        }
    }

    /// The index of the right option; for true/false, option 0 is "True" and 1 is "False".
    pub fn correct_index(&self) -> usize {
        match self {
            Self::Choice { correct, .. } => *correct,
            Self::TrueFalse(value) => usize::from(!value),
        }
    }
}

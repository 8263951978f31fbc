//! Slides derived from a chapter's structure, for trainers presenting on a projector.
//!
//! The rules: a title slide; per section, the lead of each paragraph and the list items as
//! bullets (the full paragraphs go into the speaker notes); every callout, key-points block,
//! table and case study on slides of its own. A run of items that would not fit the slide is
//! continued on the next slide, always between sentences, never inside one. Case studies are
//! shown step by step: scenario, then the discussion questions one at a time, then the model
//! answer with the sections and indicators it draws on.
//!
//! "Fits" is estimated in lines of [`CHARS_PER_LINE`] characters, [`BODY_LINES`] lines a slide.
//! The slide view draws at a size where that estimate holds with a margin; a UI test lays out every
//! slide of the handbook and checks that none overflows.

use crate::content::inline::plain;
use crate::content::model::{Block, CalloutKind, CaseStudy, Chapter, Section, Source, Table};

/// Characters of body text on one line of a slide at the reference size.
pub const CHARS_PER_LINE: usize = 64;
/// Lines of body text a slide holds at the reference size.
pub const BODY_LINES: f32 = 12.0;
/// Space between items, in lines.
const ITEM_GAP: f32 = 0.4;
/// A bullet longer than this shows only its bold lead on the slide (the rest goes to the notes).
const LONG_BULLET: usize = 190;

/// What a slide is, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideKind {
    /// The chapter's (or case's) opening slide: number, title, summary.
    Title,
    /// Leads of paragraphs and list items of a section.
    Content,
    KeyPoints,
    Callout(CalloutKind),
    Table,
    /// A case study's situation.
    Scenario,
    /// A case study's discussion questions, revealed one by one.
    Discussion,
    /// A case study's model answer.
    Answer,
}

/// How an item is marked on the slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Running text, no marker.
    Text,
    Bullet,
    /// A numbered step or question, with its number.
    Number(usize),
}

/// One line-group of a slide: text in inline markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub mark: Mark,
    pub text: String,
    /// The reveal step from which the item is shown (0: from the start).
    pub step: usize,
}

/// Speaker notes: what the presenter view shows beside the slide.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    /// The full text behind the slide's items (paragraphs in markup).
    pub text: Vec<String>,
    /// The key points of the section the slide belongs to.
    pub key_points: Vec<String>,
    pub sources: Vec<Source>,
    /// Cross-references of the section or case (link targets).
    pub links: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    pub kind: SlideKind,
    pub title: String,
    /// A small line above the title: the section a callout or case belongs to.
    pub context: Option<String>,
    /// Continued slides: (this part, of parts), 1-based.
    pub part: Option<(usize, usize)>,
    pub items: Vec<Item>,
    /// A table, for [`SlideKind::Table`]: header and the rows on this slide.
    pub table: Option<Table>,
    /// Link targets shown on the slide (a model answer's sections and indicators).
    pub links: Vec<String>,
    /// The section this slide comes from (`None` for title slides).
    pub section: Option<String>,
    pub notes: Notes,
}

impl Slide {
    /// How many reveal steps the slide has (1 when everything shows at once).
    pub fn steps(&self) -> usize {
        self.items.iter().map(|i| i.step + 1).max().unwrap_or(1)
    }

    /// Estimated height of the slide's body in lines at the reference size.
    pub fn estimated_lines(&self) -> f32 {
        let items: f32 = self.items.iter().map(|i| item_lines(&i.text, i.mark)).sum();
        let table = self.table.as_ref().map_or(0.0, table_lines);
        let links = if self.links.is_empty() { 0.0 } else { 1.0 + self.links.len().div_ceil(2) as f32 };
        items + table + links
    }
}

/// A deck: the slides of one chapter or one case study.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    /// The chapter id the deck comes from.
    pub chapter: String,
    pub title: String,
    pub slides: Vec<Slide>,
}

/// Lines an item takes, including the gap after it.
fn item_lines(text: &str, mark: Mark) -> f32 {
    let width = if mark == Mark::Text { CHARS_PER_LINE } else { CHARS_PER_LINE - 4 };
    let chars = plain(text).chars().count().max(1);
    chars.div_ceil(width) as f32 + ITEM_GAP
}

/// Characters of table text on one line across the slide (table text is drawn at 5/6 of body size).
const TABLE_CHARS_PER_LINE: usize = CHARS_PER_LINE * 6 / 5;

/// The share of the slide's width each column gets: by its longest cell, at least 15 %.
pub fn column_shares(table: &Table) -> Vec<f32> {
    let n = table.header.len().max(1);
    let longest: Vec<f32> = (0..n)
        .map(|c| {
            std::iter::once(&table.header)
                .chain(&table.rows)
                .filter_map(|r| r.get(c))
                .map(|cell| plain(cell).chars().count().min(300) as f32)
                .fold(1.0, f32::max)
        })
        .collect();
    let total: f32 = longest.iter().sum();
    let clamped: Vec<f32> = longest.iter().map(|l| (l / total).max(0.15)).collect();
    let sum: f32 = clamped.iter().sum();
    clamped.iter().map(|s| s / sum).collect()
}

fn row_lines(cells: &[String], shares: &[f32]) -> f32 {
    let lines = cells
        .iter()
        .zip(shares)
        .map(|(c, share)| {
            let width = ((TABLE_CHARS_PER_LINE as f32 * share) as usize).saturating_sub(2).max(6);
            plain(c).chars().count().max(1).div_ceil(width)
        })
        .max()
        .unwrap_or(1);
    lines as f32 * 0.85 + 0.3
}

fn table_lines(table: &Table) -> f32 {
    let shares = column_shares(table);
    let caption = if table.caption.is_some() { 1.0 } else { 0.0 };
    caption + row_lines(&table.header, &shares) + table.rows.iter().map(|r| row_lines(r, &shares)).sum::<f32>()
}

/// Byte offsets in `text` where a new sentence starts, outside links and emphasis.
fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let (mut strong, mut em, mut bracket, mut paren) = (false, false, 0i32, 0i32);
    let mut chars = text.char_indices().peekable();
    let mut prev_end: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
                prev_end = None;
                continue;
            }
            '*' if chars.peek().map(|&(_, n)| n) == Some('*') => {
                chars.next();
                strong = !strong;
                // A closing `**` right after a full stop still ends the sentence.
                continue;
            }
            '*' => {
                em = !em;
                continue;
            }
            '[' => bracket += 1,
            ']' => bracket -= 1,
            '(' if bracket == 0 && i > 0 && text[..i].ends_with(']') => paren += 1,
            ')' if paren > 0 => paren -= 1,
            _ => {}
        }
        if c == ' ' {
            if let Some(end) = prev_end
                && !strong
                && !em
                && bracket == 0
                && paren == 0
                && ['.', '!', '?'].contains(&end)
                && let Some(&(next_i, next)) = chars.peek()
                && (next.is_uppercase() || matches!(next, '*' | '[' | '“' | '"' | '('))
            {
                starts.push(next_i);
            }
            prev_end = None;
        } else {
            prev_end = Some(c);
        }
    }
    starts
}

/// Splits a text into sentences (each keeps its own markup balanced).
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    for start in sentence_starts(text) {
        out.push(text[from..start].trim().to_owned());
        from = start;
    }
    out.push(text[from..].trim().to_owned());
    out.retain(|s| !s.is_empty());
    out
}

/// The lead of a paragraph: its opening bold phrase if it has one, else its first sentence.
pub fn lead(text: &str) -> String {
    if let Some(rest) = text.strip_prefix("**")
        && let Some(end) = rest.find("**")
        && end >= 12
    {
        return rest[..end].trim().to_owned();
    }
    sentences(text).into_iter().next().unwrap_or_default()
}

/// Builds slides, continuing a run of items on a new slide when the next would not fit.
struct Builder {
    slides: Vec<Slide>,
}

impl Builder {
    /// Adds `items` as one or more slides made from `template`. An item taller than a whole slide is
    /// broken into sentences first, so no slide is cut in the middle of one.
    fn add(&mut self, template: &Slide, items: Vec<Item>) {
        let budget = BODY_LINES - template.estimated_lines();
        let mut pieces = Vec::new();
        for item in items {
            if item_lines(&item.text, item.mark) <= budget {
                pieces.push(item);
                continue;
            }
            let mut chunk = String::new();
            let mut mark = item.mark;
            for sentence in sentences(&item.text) {
                let candidate = if chunk.is_empty() { sentence.clone() } else { format!("{chunk} {sentence}") };
                if !chunk.is_empty() && item_lines(&candidate, mark) > budget {
                    pieces.push(Item { mark, text: std::mem::take(&mut chunk), step: item.step });
                    mark = Mark::Text;
                    chunk = sentence;
                } else {
                    chunk = candidate;
                }
            }
            if !chunk.is_empty() {
                pieces.push(Item { mark, text: chunk, step: item.step });
            }
        }
        let first = self.slides.len();
        let mut current = template.clone();
        let mut used = 0.0;
        for item in pieces {
            let lines = item_lines(&item.text, item.mark);
            if !current.items.is_empty() && used + lines > budget {
                self.slides.push(std::mem::replace(&mut current, template.clone()));
                used = 0.0;
            }
            used += lines;
            current.items.push(item);
        }
        if !current.items.is_empty() {
            self.slides.push(current);
        }
        number_parts(&mut self.slides[first..]);
    }

    /// Adds a table, continued over as many slides as it needs, the header repeated on each.
    fn add_table(&mut self, template: &Slide, table: &Table) {
        let first = self.slides.len();
        let empty = Table { caption: table.caption.clone(), header: table.header.clone(), rows: Vec::new() };
        let mut current = Table { rows: Vec::new(), ..empty.clone() };
        for row in &table.rows {
            let mut candidate = current.clone();
            candidate.rows.push(row.clone());
            if !current.rows.is_empty() && table_lines(&candidate) > BODY_LINES {
                self.slides
                    .push(Slide { table: Some(std::mem::replace(&mut current, empty.clone())), ..template.clone() });
                current.rows.push(row.clone());
            } else {
                current = candidate;
            }
        }
        self.slides.push(Slide { table: Some(current), ..template.clone() });
        number_parts(&mut self.slides[first..]);
    }
}

fn number_parts(slides: &mut [Slide]) {
    let n = slides.len();
    if n > 1 {
        for (i, slide) in slides.iter_mut().enumerate() {
            slide.part = Some((i + 1, n));
        }
    }
}

fn slide(kind: SlideKind, title: &str, context: Option<&str>, section: Option<&str>, notes: &Notes) -> Slide {
    Slide {
        kind,
        title: title.to_owned(),
        context: context.map(str::to_owned),
        part: None,
        items: Vec::new(),
        table: None,
        links: Vec::new(),
        section: section.map(str::to_owned),
        notes: notes.clone(),
    }
}

/// What a list item shows on a slide: all of it, or only its bold lead if it is long.
fn list_item(text: &str) -> String {
    if text.chars().count() > LONG_BULLET && text.starts_with("**") { lead(text) } else { text.to_owned() }
}

fn section_notes(section: &Section) -> Notes {
    let mut notes = Notes { sources: section.sources.clone(), ..Notes::default() };
    for block in &section.blocks {
        match block {
            Block::KeyPoints(points) => notes.key_points.extend(points.iter().cloned()),
            Block::SeeAlso(targets) => notes.links.extend(targets.iter().cloned()),
            _ => {}
        }
    }
    notes
}

/// The slides of a chapter, in reading order. `callout_title` names a callout without a title of its own
/// (the UI passes its localised "Do", "Warning", ...), `key_points` titles the key-points slides.
pub fn chapter_deck(chapter: &Chapter, labels: &Labels) -> Deck {
    let mut b = Builder { slides: Vec::new() };
    let mut title = slide(SlideKind::Title, &chapter.title, None, None, &Notes::default());
    title.items.push(Item { mark: Mark::Text, text: chapter.summary.clone(), step: 0 });
    title.notes.text.push(chapter.summary.clone());
    b.slides.push(title);
    for section in &chapter.sections {
        section_slides(&mut b, section, labels);
    }
    Deck { chapter: chapter.id.clone(), title: chapter.title.clone(), slides: b.slides }
}

/// Localised names the derivation needs.
#[derive(Clone, Debug)]
pub struct Labels {
    pub key_points: String,
    pub discussion: String,
    pub model_answer: String,
    /// Titles of callouts without their own: Note, Warning, Do, Don't.
    pub callouts: [String; 4],
}

impl Labels {
    fn callout(&self, kind: CalloutKind) -> String {
        let i = CalloutKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.callouts[i].clone()
    }
}

fn section_slides(b: &mut Builder, section: &Section, labels: &Labels) {
    let notes = section_notes(section);
    let sid = Some(section.id.as_str());
    let content = slide(SlideKind::Content, &section.title, None, sid, &notes);
    let mut run: Vec<Item> = Vec::new();
    let mut run_notes: Vec<String> = Vec::new();
    let flush = |b: &mut Builder, run: &mut Vec<Item>, run_notes: &mut Vec<String>| {
        if !run.is_empty() {
            let mut template = content.clone();
            template.notes.text = std::mem::take(run_notes);
            b.add(&template, std::mem::take(run));
        }
    };
    for block in &section.blocks {
        match block {
            Block::Paragraph(text) => {
                run.push(Item { mark: Mark::Bullet, text: lead(text), step: 0 });
                run_notes.push(text.clone());
            }
            Block::Bullets(items) => {
                for item in items {
                    run.push(Item { mark: Mark::Bullet, text: list_item(item), step: 0 });
                    if list_item(item) != *item {
                        run_notes.push(item.clone());
                    }
                }
            }
            Block::Numbered(items) => {
                for (n, item) in items.iter().enumerate() {
                    run.push(Item { mark: Mark::Number(n + 1), text: list_item(item), step: 0 });
                    if list_item(item) != *item {
                        run_notes.push(item.clone());
                    }
                }
            }
            Block::Callout(callout) => {
                flush(b, &mut run, &mut run_notes);
                let title = callout.title.clone().unwrap_or_else(|| labels.callout(callout.kind));
                let mut template = slide(SlideKind::Callout(callout.kind), &title, Some(&section.title), sid, &notes);
                template.notes.text = callout.text.clone();
                let mut items: Vec<Item> =
                    callout.text.iter().map(|t| Item { mark: Mark::Text, text: t.clone(), step: 0 }).collect();
                items.extend(callout.items.iter().enumerate().map(|(n, t)| Item {
                    mark: if callout.numbered { Mark::Number(n + 1) } else { Mark::Bullet },
                    text: list_item(t),
                    step: 0,
                }));
                b.add(&template, items);
            }
            Block::KeyPoints(points) => {
                flush(b, &mut run, &mut run_notes);
                let template = slide(SlideKind::KeyPoints, &labels.key_points, Some(&section.title), sid, &notes);
                b.add(
                    &template,
                    points.iter().map(|p| Item { mark: Mark::Bullet, text: p.clone(), step: 0 }).collect(),
                );
            }
            Block::Table(table) => {
                flush(b, &mut run, &mut run_notes);
                let title = table.caption.clone().unwrap_or_else(|| section.title.clone());
                let context = table.caption.as_ref().map(|_| section.title.as_str());
                let template = slide(SlideKind::Table, &title, context, sid, &notes);
                let table = Table { caption: None, ..table.clone() };
                b.add_table(&template, &table);
            }
            Block::CaseStudy(case) => {
                flush(b, &mut run, &mut run_notes);
                case_slides(b, case, Some(section), labels);
            }
            Block::SeeAlso(_) => {}
        }
    }
    flush(b, &mut run, &mut run_notes);
}

fn case_slides(b: &mut Builder, case: &CaseStudy, section: Option<&Section>, labels: &Labels) {
    let mut notes = section.map(section_notes).unwrap_or_default();
    notes.links = case.links.clone();
    let sid = section.map(|s| s.id.as_str());
    let mut template = slide(SlideKind::Scenario, &case.title, section.map(|s| s.title.as_str()), sid, &notes);
    template.notes.text = case.answer.clone();
    b.add(&template, case.scenario.iter().map(|t| Item { mark: Mark::Text, text: t.clone(), step: 0 }).collect());

    let mut template = slide(SlideKind::Discussion, &labels.discussion, Some(&case.title), sid, &notes);
    template.notes.text = case.answer.clone();
    let questions =
        case.questions.iter().enumerate().map(|(n, q)| Item { mark: Mark::Number(n + 1), text: q.clone(), step: n });
    b.add(&template, questions.collect());

    let mut template = slide(SlideKind::Answer, &labels.model_answer, Some(&case.title), sid, &notes);
    template.notes.text = case.answer.clone();
    b.add(&template, case.answer.iter().map(|t| Item { mark: Mark::Text, text: t.clone(), step: 0 }).collect());
    // The sections and indicators the answer draws on close the last answer slide, or get one of their own.
    if !case.links.is_empty() {
        let last = b.slides.last_mut().expect("the answer added a slide");
        let mut with_links = last.clone();
        with_links.links = case.links.clone();
        if with_links.estimated_lines() <= BODY_LINES {
            *last = with_links;
        } else {
            template.links = case.links.clone();
            let (part, of) = last.part.unwrap_or((1, 1));
            let first = b.slides.len() - part;
            b.slides.push(template);
            for (i, s) in b.slides[first..].iter_mut().enumerate() {
                s.part = Some((i + 1, of + 1));
            }
        }
    }
}

/// The slides for running one case study on its own: a title slide, the scenario, the questions one by one,
/// the model answer.
pub fn case_deck(chapter: &Chapter, case_id: &str, labels: &Labels) -> Option<Deck> {
    let (section, case) = chapter.sections.iter().find_map(|s| {
        s.blocks.iter().find_map(|b| match b {
            Block::CaseStudy(c) if c.id == case_id => Some((s, c)),
            _ => None,
        })
    })?;
    let mut b = Builder { slides: Vec::new() };
    let mut title = slide(SlideKind::Title, &case.title, Some(&chapter.title), Some(&section.id), &Notes::default());
    title.notes.text = case.scenario.clone();
    b.slides.push(title);
    case_slides(&mut b, case, Some(section), labels);
    Some(Deck { chapter: chapter.id.clone(), title: case.title.clone(), slides: b.slides })
}

/// Every case study of a chapter: (case id, title).
pub fn case_studies(chapter: &Chapter) -> Vec<(String, String)> {
    chapter.case_studies().map(|c| (c.id.clone(), c.title.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_between_sentences_not_inside_markup_or_abbreviations() {
        let text = "**Act first.** Then ask. See [Art. 13. Reflection](section:a/b) e.g. here. *One. Two.* Done!";
        assert_eq!(
            sentences(text),
            vec![
                "**Act first.**",
                "Then ask.",
                "See [Art. 13. Reflection](section:a/b) e.g. here.",
                "*One. Two.*",
                "Done!"
            ]
        );
        assert_eq!(
            sentences("Under Art. 36 of the Convention, a detained national."),
            vec!["Under Art. 36 of the Convention, a detained national."]
        );
    }

    #[test]
    fn the_lead_is_the_bold_opening_or_the_first_sentence() {
        assert_eq!(
            lead("**Do not wait for a disclosure.** Most people will not tell you."),
            "Do not wait for a disclosure."
        );
        assert_eq!(lead("Silence has reasons. If you know them, read it."), "Silence has reasons.");
        assert_eq!(lead("**Note:** short bold. Rest."), "**Note:** short bold.");
    }
}

/// Where a presentation is: which slide, and how many reveal steps of it are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub slide: usize,
    pub step: usize,
}

impl Cursor {
    /// The next reveal step, or the next slide; stays on the last step of the last slide.
    pub fn next(self, deck: &Deck) -> Self {
        let Some(current) = deck.slides.get(self.slide) else { return self };
        if self.step + 1 < current.steps() {
            Self { step: self.step + 1, ..self }
        } else if self.slide + 1 < deck.slides.len() {
            Self { slide: self.slide + 1, step: 0 }
        } else {
            self
        }
    }

    /// The previous reveal step, or the previous slide fully revealed.
    pub fn previous(self, deck: &Deck) -> Self {
        if self.step > 0 {
            Self { step: self.step - 1, ..self }
        } else if self.slide > 0 {
            Self::at_end_of(deck, self.slide - 1)
        } else {
            self
        }
    }

    /// The first step of slide `n` (clamped to the deck).
    pub fn at(deck: &Deck, n: usize) -> Self {
        Self { slide: n.min(deck.slides.len().saturating_sub(1)), step: 0 }
    }

    /// Slide `n` with everything revealed.
    pub fn at_end_of(deck: &Deck, n: usize) -> Self {
        let slide = n.min(deck.slides.len().saturating_sub(1));
        Self { slide, step: deck.slides.get(slide).map_or(0, |s| s.steps() - 1) }
    }

    /// The last step of the last slide.
    pub fn last(deck: &Deck) -> Self {
        Self::at_end_of(deck, usize::MAX)
    }
}

//! Semantic checks on loaded content: ids, links, sources, dates, phone numbers, translations.

use std::collections::{BTreeMap, BTreeSet};

use super::inline::{self, LinkTarget};
use super::model::{
    Answer, Block, Chapter, Checklist, Condition, Contact, Country, Guidance, LocalContacts, Quiz, Source,
};
use super::{Handbook, Problem};
use crate::date::Date;

/// Every problem in the handbook, in file order. An empty list means the content is valid.
pub fn validate(handbook: &Handbook) -> Vec<Problem> {
    let mut v = Validator::new(handbook);
    v.manifest();
    for (lang, content) in &handbook.languages {
        let is_base = *lang == handbook.manifest.base_language;
        let mut case_ids = BTreeSet::new();
        let mut numbers = BTreeSet::new();
        let mut chapter_ids = BTreeSet::new();
        for chapter in &content.chapters {
            let file = content.files.get(&chapter.id).cloned().unwrap_or_default();
            if !chapter_ids.insert(chapter.id.as_str()) {
                v.duplicate(&file, &chapter.id, format!("chapter id `{}` is used twice", chapter.id));
            }
            if !numbers.insert(chapter.number) {
                v.at(&file, "number", format!("chapter number {} is used twice", chapter.number));
            }
            v.chapter(&file, chapter, is_base, &mut case_ids);
            if !is_base {
                v.mirror_chapter(&file, lang, chapter);
            }
        }
        let mut checklist_ids = BTreeSet::new();
        let mut indicator_ids = BTreeSet::new();
        for checklist in &content.checklists {
            let file = content.files.get(&checklist.id).cloned().unwrap_or_default();
            if !checklist_ids.insert(checklist.id.as_str()) {
                v.duplicate(&file, &checklist.id, format!("checklist id `{}` is used twice", checklist.id));
            }
            v.checklist(&file, checklist, is_base, &mut indicator_ids);
            if !is_base {
                v.mirror_checklist(&file, lang, checklist);
            }
        }
        let glossary_file = content.files.get("glossary").cloned().unwrap_or_default();
        let mut term_ids = BTreeSet::new();
        let mut forms: BTreeMap<String, &str> = BTreeMap::new();
        for term in &content.glossary.terms {
            if !term_ids.insert(term.id.as_str()) {
                v.duplicate(&glossary_file, &term.id, format!("glossary id `{}` is used twice", term.id));
            }
            for form in &term.forms {
                let key = form.trim().to_ascii_lowercase();
                if key.is_empty() {
                    v.at(&glossary_file, &term.id, format!("glossary term `{}` has an empty form", term.id));
                } else if let Some(other) = forms.insert(key, &term.id) {
                    let message =
                        format!("the form \"{form}\" of glossary term `{}` is also a form of `{other}`", term.id);
                    v.at(&glossary_file, &format!("\"{form}\""), message);
                }
            }
            v.text(&glossary_file, &term.term, &term.id, "glossary term");
            v.text(&glossary_file, &term.definition, &term.id, "glossary definition");
            v.sources(&glossary_file, &term.sources, &term.id, is_base, &format!("glossary term `{}`", term.id));
        }
        let guidance_file = content.files.get("guidance").cloned().unwrap_or_default();
        v.guidance(&guidance_file, &content.guidance, is_base);
        let mut question_ids = BTreeSet::new();
        for quiz in &content.quizzes {
            let file = content.files.get(&format!("quiz:{}", quiz.chapter)).cloned().unwrap_or_default();
            v.quiz(&file, quiz, &mut question_ids);
            if !is_base {
                v.mirror_quiz(&file, lang, quiz);
            }
        }
        if !is_base && !content.glossary.terms.is_empty() {
            let base: BTreeSet<&str> = v.base_glossary.iter().map(String::as_str).collect();
            if base != term_ids {
                v.at(&glossary_file, "", "the glossary's ids differ from the base language's glossary".to_owned());
            }
        }
    }
    let mut codes = BTreeSet::new();
    let mut contact_ids = BTreeSet::new();
    for country in &handbook.countries {
        let file = handbook.country_files.get(&country.code).cloned().unwrap_or_default();
        if !codes.insert(country.code.as_str()) {
            v.at(&file, &quoted(&country.code), format!("country `{}` has two files", country.code));
        }
        v.country(&file, country, &mut contact_ids);
    }
    v.problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    v.problems
}

/// Problems in a contacts file to import (`file` is its name, `text` its content), checked with the
/// same rules as the built-in contacts. Contacts identical to ones already in `handbook` are allowed
/// (re-importing an exported directory adds nothing); a different contact with an existing id is not.
pub fn validate_local(handbook: &Handbook, file: &str, text: &str, local: &LocalContacts) -> Vec<Problem> {
    let mut with_text = handbook.clone();
    with_text.texts.insert(file.to_owned(), text.to_owned());
    let mut v = Validator::new(&with_text);
    let existing: Vec<&Contact> = handbook.countries.iter().flat_map(|c| &c.contacts).collect();
    let mut ids: BTreeSet<String> = existing.iter().map(|c| c.id.clone()).collect();
    for country in &local.countries {
        v.country_code(file, &country.code);
        if handbook.country(&country.code).is_none() {
            match &country.name {
                Some(name) if !name.trim().is_empty() => {}
                _ => v.at(
                    file,
                    &quoted(&country.code),
                    format!("country `{}` is new here and needs a `name`", country.code),
                ),
            }
        }
        for number in &country.emergency {
            v.phone(file, number);
        }
        if country.contacts.is_empty() {
            v.at(file, &quoted(&country.code), format!("country `{}` lists no contacts", country.code));
        }
        for contact in &country.contacts {
            if existing.iter().any(|e| e.id == contact.id && same_contact(e, contact)) {
                continue;
            }
            v.contact(file, contact, &mut ids);
        }
    }
    v.problems.sort_by_key(|p| (p.line, p.column));
    v.problems
}

/// Equal apart from where the entry came from.
fn same_contact(a: &Contact, b: &Contact) -> bool {
    Contact { local: false, ..a.clone() } == Contact { local: false, ..b.clone() }
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// A short piece of a text that can be found in its RON source: up to the first character
/// that RON would escape.
fn findable(text: &str) -> String {
    text.chars().take_while(|c| !matches!(c, '"' | '\\' | '\n')).take(40).collect()
}

struct Validator<'a> {
    handbook: &'a Handbook,
    problems: Vec<Problem>,
    /// Base-language chapter id → the ids a `section:` link may point at: its sections and case studies.
    sections: BTreeMap<String, Vec<String>>,
    checklists: BTreeSet<String>,
    indicators: BTreeSet<String>,
    countries: BTreeSet<String>,
    contacts: BTreeSet<String>,
    base_glossary: BTreeSet<String>,
    today: Date,
    /// How often each (file, needle) was reported, to point at successive occurrences.
    reported: BTreeMap<(String, String), usize>,
}

impl<'a> Validator<'a> {
    fn new(handbook: &'a Handbook) -> Self {
        let base = handbook.base();
        Self {
            handbook,
            problems: Vec::new(),
            sections: base
                .chapters
                .iter()
                .map(|c| {
                    let sections = c.sections.iter().map(|s| s.id.clone());
                    (c.id.clone(), sections.chain(c.case_studies().map(|cs| cs.id.clone())).collect())
                })
                .collect(),
            checklists: base.checklists.iter().map(|c| c.id.clone()).collect(),
            indicators: base
                .checklists
                .iter()
                .flat_map(|c| c.groups.iter().flat_map(|g| g.indicators.iter().map(|i| i.id.clone())))
                .collect(),
            countries: handbook.countries.iter().map(|c| c.code.clone()).collect(),
            contacts: handbook.countries.iter().flat_map(|c| c.contacts.iter().map(|k| k.id.clone())).collect(),
            base_glossary: base.glossary.terms.iter().map(|t| t.id.clone()).collect(),
            today: Date::today(),
            reported: BTreeMap::new(),
        }
    }

    /// Records a problem located at `needle` in `file`. The same needle reported again in
    /// the same file points at its next occurrence, so repeated mistakes each get their own line.
    fn at(&mut self, file: &str, needle: &str, message: String) {
        let seen = self.reported.entry((file.to_owned(), needle.to_owned())).or_insert(0);
        let nth = *seen;
        *seen += 1;
        let text = self.handbook.texts.get(file).map_or("", String::as_str);
        self.problems.push(Problem::near_nth(file, text, needle, nth, message));
    }

    /// A duplicated id: points at its second (or later) occurrence.
    fn duplicate(&mut self, file: &str, id: &str, message: String) {
        self.reported.entry((file.to_owned(), quoted(id))).or_insert(1);
        self.at(file, &quoted(id), message);
    }

    fn manifest(&mut self) {
        let m = &self.handbook.manifest;
        if Date::parse(&m.date).is_none() {
            self.at("manifest.ron", &quoted(&m.date), format!("date `{}` is not YYYY-MM-DD", m.date));
        }
        if !m.languages.contains(&m.base_language) {
            self.at("manifest.ron", "languages", "`languages` must list the base language".to_owned());
        }
        for lang in self.handbook.languages.keys() {
            if !m.languages.contains(lang) {
                self.at(
                    "manifest.ron",
                    "languages",
                    format!("folder `{lang}/` has content but `languages` does not list it"),
                );
            }
        }
        for lang in &m.languages {
            if !self.handbook.languages.contains_key(lang) {
                self.at(
                    "manifest.ron",
                    &quoted(lang),
                    format!("language `{lang}` is listed but has no content folder"),
                );
            }
        }
        for field in [&m.title, &m.edition, &m.version, &m.based_on.cite] {
            if field.trim().is_empty() {
                self.at("manifest.ron", "\"\"", "manifest has an empty field".to_owned());
            }
        }
    }

    /// Checks one text: not empty, valid markup, links resolve.
    fn text(&mut self, file: &str, text: &str, owner_id: &str, what: &str) {
        if text.trim().is_empty() {
            self.at(file, &quoted(owner_id), format!("empty {what} in `{owner_id}`"));
            return;
        }
        match inline::parse(text) {
            Err(err) => self.at(file, &findable(text), format!("{what}: {err}")),
            Ok(spans) => {
                for link in spans.iter().filter_map(|s| s.link.as_ref()) {
                    if let Some(why) = self.unresolved(link) {
                        self.at(file, &format!("({link})"), why);
                    }
                }
            }
        }
    }

    fn link(&mut self, file: &str, target: &str) {
        match LinkTarget::parse(target) {
            Err(err) => self.at(file, &quoted(target), err),
            Ok(link) => {
                if let Some(why) = self.unresolved(&link) {
                    self.at(file, &quoted(target), why);
                }
            }
        }
    }

    /// Why a link does not resolve, or `None` if it does.
    fn unresolved(&self, link: &LinkTarget) -> Option<String> {
        let ok = match link {
            LinkTarget::Chapter(id) => self.sections.contains_key(id),
            LinkTarget::Section { chapter, section } => self.sections.get(chapter).is_some_and(|s| s.contains(section)),
            LinkTarget::Checklist(id) => self.checklists.contains(id),
            LinkTarget::Indicator(id) => self.indicators.contains(id),
            LinkTarget::Country(code) => self.countries.contains(code),
            LinkTarget::Contact(id) => self.contacts.contains(id),
            LinkTarget::Glossary(id) => self.base_glossary.contains(id),
            LinkTarget::External(url) => url.starts_with("https://") || url.starts_with("http://"),
        };
        (!ok).then(|| format!("link `{link}` goes nowhere: no such {}", kind_name(link)))
    }

    fn sources(&mut self, file: &str, sources: &[Source], owner_id: &str, required: bool, what: &str) {
        if required && sources.is_empty() {
            self.at(file, &quoted(owner_id), format!("{what} has no sources"));
        }
        for source in sources {
            if source.cite.trim().is_empty() {
                self.at(file, "cite: \"\"", format!("{what} has a source with an empty `cite`"));
            }
            if let Some(url) = &source.url
                && !(url.starts_with("https://") || url.starts_with("http://"))
            {
                self.at(file, &quoted(url), format!("source url `{url}` must start with https:// or http://"));
            }
        }
    }

    fn chapter(&mut self, file: &str, chapter: &Chapter, is_base: bool, case_ids: &mut BTreeSet<String>) {
        let id = &chapter.id;
        self.text(file, &chapter.title, id, "chapter title");
        self.text(file, &chapter.summary, id, "chapter summary");
        if chapter.sections.is_empty() {
            self.at(file, &quoted(id), format!("chapter `{id}` has no sections"));
        }
        let mut section_ids = BTreeSet::new();
        for section in &chapter.sections {
            let sid = &section.id;
            if !section_ids.insert(sid.as_str()) {
                self.duplicate(file, sid, format!("section id `{sid}` is used twice in chapter `{id}`"));
            }
            self.text(file, &section.title, sid, "section title");
            if section.blocks.is_empty() {
                self.at(file, &quoted(sid), format!("section `{sid}` has no content"));
            }
            self.sources(file, &section.sources, sid, is_base, &format!("section `{id}/{sid}`"));
            for block in &section.blocks {
                self.block(file, block, sid, case_ids);
            }
        }
        // `section:CHAPTER/ID` links reach sections and case studies alike, so their ids must differ.
        for case in chapter.case_studies().filter(|c| section_ids.contains(c.id.as_str())) {
            self.duplicate(
                file,
                &case.id,
                format!("case study id `{}` is also a section id in chapter `{id}`", case.id),
            );
        }
    }

    fn block(&mut self, file: &str, block: &Block, sid: &str, case_ids: &mut BTreeSet<String>) {
        match block {
            Block::Paragraph(text) => self.text(file, text, sid, "paragraph"),
            Block::Bullets(items) | Block::Numbered(items) | Block::KeyPoints(items) => {
                if items.is_empty() {
                    self.at(file, &quoted(sid), format!("empty list in section `{sid}`"));
                }
                for item in items {
                    self.text(file, item, sid, "list item");
                }
            }
            Block::Callout(callout) => {
                if callout.text.is_empty() && callout.items.is_empty() {
                    self.at(file, &quoted(sid), format!("a callout in section `{sid}` has neither text nor items"));
                }
                if let Some(title) = &callout.title {
                    self.text(file, title, sid, "callout title");
                }
                for text in callout.text.iter().chain(&callout.items) {
                    self.text(file, text, sid, "callout text");
                }
            }
            Block::CaseStudy(case) => {
                if !case_ids.insert(case.id.clone()) {
                    self.duplicate(file, &case.id, format!("case study id `{}` is used twice", case.id));
                }
                self.text(file, &case.title, &case.id, "case study title");
                for (what, texts) in
                    [("scenario", &case.scenario), ("question", &case.questions), ("answer", &case.answer)]
                {
                    if texts.is_empty() {
                        self.at(file, &quoted(&case.id), format!("case study `{}` has no {what}", case.id));
                    }
                    for text in texts {
                        self.text(file, text, &case.id, &format!("case study {what}"));
                    }
                }
                for target in &case.links {
                    self.link(file, target);
                }
            }
            Block::Table(table) => {
                if let Some(caption) = &table.caption {
                    self.text(file, caption, sid, "table caption");
                }
                if table.header.is_empty() || table.rows.is_empty() {
                    self.at(file, &quoted(sid), format!("a table in section `{sid}` has no header or no rows"));
                }
                for row in &table.rows {
                    if row.len() != table.header.len() {
                        let first = row.first().map(|c| findable(c)).unwrap_or_default();
                        self.at(
                            file,
                            &first,
                            format!("table row has {} cells, the header has {}", row.len(), table.header.len()),
                        );
                    }
                    // The top-left header cell may be empty; body cells may not.
                    for cell in row {
                        self.text(file, cell, sid, "table cell");
                    }
                }
            }
            Block::SeeAlso(targets) => {
                if targets.is_empty() {
                    self.at(file, &quoted(sid), format!("empty SeeAlso in section `{sid}`"));
                }
                for target in targets {
                    self.link(file, target);
                }
            }
        }
    }

    fn checklist(&mut self, file: &str, checklist: &Checklist, is_base: bool, indicator_ids: &mut BTreeSet<String>) {
        let id = &checklist.id;
        self.text(file, &checklist.title, id, "checklist title");
        self.text(file, &checklist.intro, id, "checklist intro");
        self.text(file, &checklist.weight_rule, id, "checklist weight rule");
        if checklist.groups.is_empty() {
            self.at(file, &quoted(id), format!("checklist `{id}` has no groups"));
        }
        let mut group_ids = BTreeSet::new();
        for group in &checklist.groups {
            if !group_ids.insert(group.id.as_str()) {
                self.duplicate(file, &group.id, format!("group id `{}` is used twice", group.id));
            }
            self.text(file, &group.title, &group.id, "group title");
            if group.indicators.is_empty() {
                self.at(file, &quoted(&group.id), format!("group `{}` has no indicators", group.id));
            }
            for indicator in &group.indicators {
                let iid = &indicator.id;
                if !indicator_ids.insert(iid.clone()) {
                    self.duplicate(file, iid, format!("indicator id `{iid}` is used twice"));
                }
                self.text(file, &indicator.text, iid, "indicator text");
                self.text(file, &indicator.explanation, iid, "indicator explanation");
                if indicator.questions.is_empty() {
                    self.at(file, &quoted(iid), format!("indicator `{iid}` has no questions"));
                }
                for q in &indicator.questions {
                    self.text(file, q, iid, "indicator question");
                }
                self.sources(file, &indicator.sources, iid, is_base, &format!("indicator `{iid}`"));
            }
        }
    }

    fn guidance(&mut self, file: &str, guidance: &Guidance, is_base: bool) {
        if file.is_empty() {
            if is_base {
                self.at("manifest.ron", "", "the base language has no guidance.ron for the interview desk".to_owned());
            }
            return;
        }
        let mut ids = BTreeSet::new();
        for rule in &guidance.rules {
            if !ids.insert(rule.id.as_str()) {
                self.duplicate(file, &rule.id, format!("guidance rule `{}` is used twice", rule.id));
            }
            self.text(file, &rule.title, &rule.id, "guidance title");
            self.text(file, &rule.text, &rule.id, "guidance text");
            if let Condition::InChecklist(checklist, _) = &rule.when
                && !self.checklists.contains(checklist)
            {
                self.at(file, &quoted(checklist), format!("guidance rule `{}`: no checklist `{checklist}`", rule.id));
            }
        }
        if guidance.rules.is_empty() {
            self.at(file, "rules", "guidance has no rules".to_owned());
        }
        for target in &guidance.links {
            self.link(file, target);
        }
        self.sources(file, &guidance.sources, "rules", is_base, "guidance");
        if !is_base {
            let base: Vec<&str> = self.handbook.base().guidance.rules.iter().map(|r| r.id.as_str()).collect();
            let here: Vec<&str> = guidance.rules.iter().map(|r| r.id.as_str()).collect();
            if base != here {
                self.at(file, "rules", "guidance rule ids differ from the base language".to_owned());
            }
        }
    }

    fn quiz(&mut self, file: &str, quiz: &Quiz, question_ids: &mut BTreeSet<String>) {
        if !self.sections.contains_key(&quiz.chapter) {
            self.at(file, &quoted(&quiz.chapter), format!("quiz for `{}`: no such chapter", quiz.chapter));
        }
        if quiz.questions.is_empty() {
            self.at(file, "questions", "quiz has no questions".to_owned());
        }
        for question in &quiz.questions {
            let qid = &question.id;
            if !question_ids.insert(qid.clone()) {
                self.duplicate(file, qid, format!("question id `{qid}` is used twice"));
            }
            self.text(file, &question.prompt, qid, "question prompt");
            self.text(file, &question.explanation, qid, "question explanation");
            if let Answer::Choice { options, correct } = &question.answer {
                if !(2..=5).contains(&options.len()) {
                    self.at(
                        file,
                        &quoted(qid),
                        format!("question `{qid}` needs 2 to 5 options, has {}", options.len()),
                    );
                }
                if *correct >= options.len() {
                    self.at(
                        file,
                        &format!("correct: {correct}"),
                        format!("question `{qid}`: `correct` is {correct} but options are numbered from 0"),
                    );
                }
                let mut seen = BTreeSet::new();
                for option in options {
                    self.text(file, option, qid, "answer option");
                    if !seen.insert(option.trim()) {
                        self.at(file, &findable(option), format!("question `{qid}` lists the same option twice"));
                    }
                }
            }
            if !question.links.iter().any(|l| l.starts_with("section:")) {
                self.at(file, &quoted(qid), format!("question `{qid}` links to no section"));
            }
            for target in &question.links {
                self.link(file, target);
            }
        }
    }

    /// A translated quiz asks the same questions, with the same right answers, in the same order.
    fn mirror_quiz(&mut self, file: &str, lang: &str, quiz: &Quiz) {
        let Some(base) = self.handbook.base().quizzes.iter().find(|q| q.chapter == quiz.chapter) else {
            self.at(
                file,
                &quoted(&quiz.chapter),
                format!("`{lang}` quiz for `{}` has no base-language original", quiz.chapter),
            );
            return;
        };
        let shape = |q: &Quiz| {
            q.questions
                .iter()
                .map(|x| (x.id.clone(), x.answer.option_count(), x.answer.correct_index()))
                .collect::<Vec<_>>()
        };
        let (expected, found) = (shape(base), shape(quiz));
        if expected != found {
            let mismatch = expected
                .iter()
                .zip(&found)
                .find(|(a, b)| a != b)
                .map_or_else(|| quiz.chapter.clone(), |(_, b)| b.0.clone());
            self.at(
                file,
                &quoted(&mismatch),
                format!("question ids, option counts or right answers differ from the base language near `{mismatch}`"),
            );
        }
    }

    fn mirror_chapter(&mut self, file: &str, lang: &str, chapter: &Chapter) {
        let Some(base) = self.handbook.base().chapters.iter().find(|c| c.id == chapter.id) else {
            self.at(
                file,
                &quoted(&chapter.id),
                format!("`{lang}` chapter `{}` has no base-language original", chapter.id),
            );
            return;
        };
        let ids = |c: &Chapter| c.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        if ids(base) != ids(chapter) {
            self.at(
                file,
                "sections",
                format!(
                    "section ids differ from the base language: expected {:?}, found {:?}",
                    ids(base),
                    ids(chapter)
                ),
            );
        }
        let cases = |c: &Chapter| c.case_studies().map(|cs| cs.id.clone()).collect::<Vec<_>>();
        if cases(base) != cases(chapter) {
            self.at(file, "CaseStudy", "case study ids differ from the base language".to_owned());
        }
        if base.number != chapter.number {
            self.at(file, "number", format!("chapter number differs from the base language ({})", base.number));
        }
    }

    fn mirror_checklist(&mut self, file: &str, lang: &str, checklist: &Checklist) {
        let Some(base) = self.handbook.base().checklists.iter().find(|c| c.id == checklist.id) else {
            self.at(
                file,
                &quoted(&checklist.id),
                format!("`{lang}` checklist `{}` has no base-language original", checklist.id),
            );
            return;
        };
        let shape = |c: &Checklist| {
            c.groups
                .iter()
                .map(|g| (g.id.clone(), g.indicators.iter().map(|i| (i.id.clone(), i.weight)).collect::<Vec<_>>()))
                .collect::<Vec<_>>()
        };
        let (expected, found) = (shape(base), shape(checklist));
        if expected != found {
            // Point at the first indicator or group that differs.
            let mismatch = expected
                .iter()
                .zip(&found)
                .find(|(a, b)| a != b)
                .map_or_else(|| checklist.id.clone(), |(_, b)| b.0.clone());
            self.at(
                file,
                &quoted(&mismatch),
                format!("groups, indicator ids or weights differ from the base language near `{mismatch}`"),
            );
        }
    }

    fn date(&mut self, file: &str, date: &str, what: &str) {
        match Date::parse(date) {
            None => self.at(file, &quoted(date), format!("{what}: `checked` date `{date}` is not YYYY-MM-DD")),
            Some(d) if d > self.today => {
                self.at(file, &quoted(date), format!("{what}: `checked` date {date} is in the future"))
            }
            Some(_) => {}
        }
    }

    fn country(&mut self, file: &str, country: &Country, contact_ids: &mut BTreeSet<String>) {
        let code = &country.code;
        self.country_code(file, code);
        let expected_file = format!("contacts/{}.ron", code.to_lowercase());
        if *file != expected_file {
            self.at(file, &quoted(code), format!("country `{code}` belongs in `{expected_file}`"));
        }
        let what = format!("country `{code}`");
        self.text(file, &country.name, code, "country name");
        if country.referral.is_empty() {
            self.at(file, "referral", format!("{what} has no note on how referral works"));
        }
        for paragraph in &country.referral {
            self.text(file, paragraph, code, "referral note");
        }
        for number in &country.emergency {
            self.phone(file, number);
        }
        self.sources(file, &country.sources, code, true, &what);
        self.date(file, &country.checked, &what);
        for contact in &country.contacts {
            self.contact(file, contact, contact_ids);
        }
    }

    fn country_code(&mut self, file: &str, code: &str) {
        let valid_code = code == "INT" || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
        if !valid_code {
            self.at(file, &quoted(code), format!("country code `{code}` must be two capital letters or INT"));
        }
    }

    fn contact(&mut self, file: &str, contact: &Contact, contact_ids: &mut BTreeSet<String>) {
        let id = &contact.id;
        let what = format!("contact `{id}`");
        if !contact_ids.insert(id.clone()) {
            self.duplicate(file, id, format!("contact id `{id}` is used twice"));
        }
        self.text(file, &contact.organisation, id, "organisation");
        self.text(file, &contact.description, id, "contact description");
        if contact.roles.is_empty() {
            self.at(file, &quoted(id), format!("{what} has no roles"));
        }
        for phone in &contact.phones {
            self.phone(file, &phone.number);
        }
        if let Some(email) = &contact.email {
            let plausible = email.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
            });
            if !plausible {
                self.at(file, &quoted(email), format!("{what}: `{email}` is not an e-mail address"));
            }
        }
        if let Some(site) = &contact.website
            && !(site.starts_with("https://") || site.starts_with("http://"))
        {
            self.at(file, &quoted(site), format!("{what}: website must start with https:// or http://"));
        }
        if contact.phones.is_empty() && contact.email.is_none() && contact.website.is_none() {
            self.at(file, &quoted(id), format!("{what} has no phone, e-mail or website"));
        }
        if let Some(note) = &contact.note {
            self.text(file, note, id, "contact note");
        }
        self.sources(file, &contact.sources, id, true, &what);
        self.date(file, &contact.checked, &what);
    }

    fn phone(&mut self, file: &str, number: &str) {
        if !phone_is_well_formed(number) {
            self.at(file, &quoted(number), format!(
                "phone `{number}` must be international (`+CC ...`, 8–15 digits, single spaces) or a short number of 3–6 digits"
            ));
        }
    }
}

fn kind_name(link: &LinkTarget) -> &'static str {
    match link {
        LinkTarget::Chapter(_) => "chapter",
        LinkTarget::Section { .. } => "section",
        LinkTarget::Checklist(_) => "checklist",
        LinkTarget::Indicator(_) => "indicator",
        LinkTarget::Country(_) => "country",
        LinkTarget::Contact(_) => "contact",
        LinkTarget::Glossary(_) => "glossary term",
        LinkTarget::External(_) => "web address",
    }
}

/// `+` and 8–15 digits in groups separated by single spaces, or a short national number of 3–6 digits.
pub(crate) fn phone_is_well_formed(number: &str) -> bool {
    let (international, rest) = match number.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let groups_ok = !rest.is_empty() && rest.split(' ').all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    groups_ok && if international { (8..=15).contains(&digits) } else { (3..=6).contains(&digits) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_forms() {
        for good in ["+358 295 463 177", "+45 70 20 25 50", "112", "116 006", "02800", "+4722331160"] {
            assert!(phone_is_well_formed(good), "{good}");
        }
        for bad in
            ["", "+", "22 33 11 60", "+358  295", "+358-295-463", "12", "+1 234", "0800 20 100 00", " 112", "tel:112"]
        {
            assert!(!phone_is_well_formed(bad), "{bad}");
        }
    }
}

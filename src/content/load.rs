use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::de::DeserializeOwned;

use super::Problem;
use super::glossary::TermFinder;
use super::inline::{LinkTarget, plain};
use super::model::{Chapter, Checklist, Country, Glossary, Guidance, Manifest, Quiz, Source, Synonyms};

static HANDBOOK_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/handbook");

/// One content file, as text, with its path relative to the content folder.
#[derive(Clone, Debug)]
pub struct ContentFile {
    /// Relative path with `/` separators, e.g. `en/chapters/02-what-is-trafficking.ron`.
    pub path: String,
    pub text: String,
}

/// The content compiled into the executable.
pub fn embedded_files() -> Vec<ContentFile> {
    let mut files = Vec::new();
    collect_embedded(&HANDBOOK_DIR, &mut files);
    files
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<ContentFile>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        match file.contents_utf8() {
            Some(text) => out.push(ContentFile { path, text: text.to_owned() }),
            None if path.ends_with(".ron") => out.push(ContentFile { path, text: String::new() }),
            None => {}
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// Reads every `.ron` file under `dir`. Unreadable files and non-UTF-8 files are problems.
pub fn read_dir(dir: &Path) -> Result<Vec<ContentFile>, Vec<Problem>> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if !dir.is_dir() {
        return Err(vec![Problem::in_file(dir.display().to_string(), "is not a folder")]);
    }
    walk(dir, dir, &mut files, &mut problems);
    if problems.is_empty() { Ok(files) } else { Err(problems) }
}

fn walk(root: &Path, dir: &Path, files: &mut Vec<ContentFile>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::in_file(dir.display().to_string(), format!("cannot read folder: {err}")));
            return;
        }
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(root, &path, files, problems);
        } else if path.extension().is_some_and(|e| e == "ron") {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => files.push(ContentFile { path: rel, text }),
                    Err(_) => problems.push(Problem::in_file(rel, "is not valid UTF-8 text")),
                },
                Err(err) => problems.push(Problem::in_file(rel, format!("cannot read: {err}"))),
            }
        }
    }
}

/// Everything one language has.
#[derive(Clone, Debug, Default)]
pub struct LanguageContent {
    /// Sorted by chapter number.
    pub chapters: Vec<Chapter>,
    /// Sorted by file name.
    pub checklists: Vec<Checklist>,
    pub glossary: Glossary,
    /// Search synonyms (`synonyms.ron`).
    pub synonyms: Synonyms,
    /// Interview-desk guidance (`guidance.ron`).
    pub guidance: Guidance,
    /// Quiz questions, one entry per chapter file, sorted by file name.
    pub quizzes: Vec<Quiz>,
    /// Where each chapter, checklist and the glossary came from, by id (`glossary` for the glossary).
    pub files: BTreeMap<String, String>,
}

/// The whole handbook, loaded and typed.
#[derive(Clone, Debug)]
pub struct Handbook {
    pub manifest: Manifest,
    /// Content per language code; always holds the base language.
    pub languages: BTreeMap<String, LanguageContent>,
    /// Sorted by name, international bodies (`INT`) last.
    pub countries: Vec<Country>,
    /// Country code → file it came from.
    pub country_files: BTreeMap<String, String>,
    /// The source text of every file, by path, to locate problems.
    pub texts: BTreeMap<String, String>,
    /// Link target (`indicator:ID`, `country:CC`, ...) → the base-language sections that link to it,
    /// as (chapter id, section id), in reading order. A glossary term (`glossary:ID`) also counts
    /// the sections that use it without a link.
    pub backlinks: BTreeMap<String, Vec<(String, String)>>,
    /// Finds glossary terms in text: one per language with its own glossary, and one for the base language.
    term_finders: BTreeMap<String, TermFinder>,
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
}

fn parse<T: DeserializeOwned>(file: &ContentFile) -> Result<T, Problem> {
    ron_options().from_str::<T>(&file.text).map_err(|err| Problem {
        file: file.path.clone(),
        line: err.span.start.line,
        column: err.span.start.col,
        message: err.code.to_string(),
    })
}

/// Parses a file and hands the value to `store`, or records the problem.
fn parse_into<T: DeserializeOwned>(file: &ContentFile, problems: &mut Vec<Problem>, store: impl FnOnce(T)) {
    match parse::<T>(file) {
        Ok(value) => store(value),
        Err(p) => problems.push(p),
    }
}

impl Handbook {
    /// The content compiled into the executable.
    pub fn embedded() -> Result<Self, Vec<Problem>> {
        Self::load(embedded_files())
    }

    /// Parses content files. Fails with every syntax and layout problem found;
    /// semantic checks (ids, links, sources) are [`super::validate`]'s job.
    pub fn load(files: Vec<ContentFile>) -> Result<Self, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut manifest: Option<Manifest> = None;
        let mut languages: BTreeMap<String, LanguageContent> = BTreeMap::new();
        let mut countries = Vec::new();
        let mut country_files = BTreeMap::new();
        let mut texts = BTreeMap::new();

        let mut files = files;
        files.sort_by(|a, b| a.path.cmp(&b.path));
        for file in &files {
            if !file.path.ends_with(".ron") {
                continue;
            }
            texts.insert(file.path.clone(), file.text.clone());
            let parts: Vec<&str> = file.path.split('/').collect();
            match parts.as_slice() {
                ["manifest.ron"] => match parse::<Manifest>(file) {
                    Ok(m) => manifest = Some(m),
                    Err(p) => problems.push(p),
                },
                ["contacts", _] => match parse::<Country>(file) {
                    Ok(country) => {
                        country_files.insert(country.code.clone(), file.path.clone());
                        countries.push(country);
                    }
                    Err(p) => problems.push(p),
                },
                [lang, "quiz", _] => {
                    let content = languages.entry((*lang).to_owned()).or_default();
                    parse_into(file, &mut problems, |q: Quiz| {
                        content.files.insert(format!("quiz:{}", q.chapter), file.path.clone());
                        content.quizzes.push(q);
                    });
                }
                [lang, kind @ ("chapters" | "checklists"), _] => {
                    let content = languages.entry((*lang).to_owned()).or_default();
                    if *kind == "chapters" {
                        parse_into(file, &mut problems, |c: Chapter| {
                            content.files.insert(c.id.clone(), file.path.clone());
                            content.chapters.push(c);
                        });
                    } else {
                        parse_into(file, &mut problems, |c: Checklist| {
                            content.files.insert(c.id.clone(), file.path.clone());
                            content.checklists.push(c);
                        });
                    }
                }
                [lang, name @ ("glossary.ron" | "guidance.ron" | "synonyms.ron")] => {
                    let content = languages.entry((*lang).to_owned()).or_default();
                    content.files.insert(name.trim_end_matches(".ron").to_owned(), file.path.clone());
                    match *name {
                        "glossary.ron" => parse_into(file, &mut problems, |g| content.glossary = g),
                        "guidance.ron" => parse_into(file, &mut problems, |g| content.guidance = g),
                        _ => parse_into(file, &mut problems, |g| content.synonyms = g),
                    }
                }
                _ => problems
                    .push(Problem::in_file(&file.path, "is not part of the content layout (see handbook/README.md)")),
            }
        }

        let Some(manifest) = manifest else {
            problems.push(Problem::in_file("manifest.ron", "is missing"));
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        languages.entry(manifest.base_language.clone()).or_default();
        for content in languages.values_mut() {
            content.chapters.sort_by_key(|c| c.number);
        }
        countries.sort_by(|a: &Country, b: &Country| (a.code == "INT", &a.name).cmp(&(b.code == "INT", &b.name)));

        // The base language always has a finder (perhaps finding nothing); the others where they have a glossary.
        let term_finders = languages
            .iter()
            .filter(|(lang, content)| **lang == manifest.base_language || !content.glossary.terms.is_empty())
            .map(|(lang, content)| (lang.clone(), TermFinder::new(&content.glossary)))
            .collect();
        let mut handbook =
            Self { manifest, languages, countries, country_files, texts, backlinks: BTreeMap::new(), term_finders };
        handbook.inherit_sources();
        handbook.backlinks = backlinks(handbook.base(), &handbook.term_finders[&handbook.manifest.base_language]);
        Ok(handbook)
    }

    /// Translations may leave `sources` out; they show the base language's.
    fn inherit_sources(&mut self) {
        let base_lang = self.manifest.base_language.clone();
        let Some(base) = self.languages.get(&base_lang).cloned() else {
            return;
        };
        let section_sources: BTreeMap<(&str, &str), &Vec<Source>> = base
            .chapters
            .iter()
            .flat_map(|c| c.sections.iter().map(move |s| ((c.id.as_str(), s.id.as_str()), &s.sources)))
            .collect();
        let indicator_sources: BTreeMap<&str, &Vec<Source>> = base
            .checklists
            .iter()
            .flat_map(|c| c.groups.iter().flat_map(|g| g.indicators.iter()))
            .map(|i| (i.id.as_str(), &i.sources))
            .collect();
        for (lang, content) in &mut self.languages {
            if *lang == base_lang {
                continue;
            }
            for chapter in &mut content.chapters {
                for section in &mut chapter.sections {
                    if section.sources.is_empty()
                        && let Some(s) = section_sources.get(&(chapter.id.as_str(), section.id.as_str()))
                    {
                        section.sources = (*s).clone();
                    }
                }
            }
            for checklist in &mut content.checklists {
                for indicator in checklist.groups.iter_mut().flat_map(|g| g.indicators.iter_mut()) {
                    if indicator.sources.is_empty()
                        && let Some(s) = indicator_sources.get(indicator.id.as_str())
                    {
                        indicator.sources = (*s).clone();
                    }
                }
            }
        }
    }

    /// Sections of the base language that link to `target` (e.g. `indicator:gen-documents-held`).
    pub fn sections_linking_to(&self, target: &str) -> &[(String, String)] {
        self.backlinks.get(target).map_or(&[], Vec::as_slice)
    }

    /// The base language's content.
    pub fn base(&self) -> &LanguageContent {
        &self.languages[&self.manifest.base_language]
    }

    /// Chapters to list in `lang`: the base language's order, each replaced by its translation where one exists.
    /// The flag is `true` where the chapter is shown in the base language because no translation exists.
    pub fn chapters(&self, lang: &str) -> Vec<(&Chapter, bool)> {
        self.base()
            .chapters
            .iter()
            .map(|base| match self.translated_chapter(lang, &base.id) {
                Some(t) => (t, false),
                None => (base, lang != self.manifest.base_language),
            })
            .collect()
    }

    /// The chapter in `lang`, falling back to the base language. The flag says whether it fell back.
    pub fn chapter(&self, lang: &str, id: &str) -> Option<(&Chapter, bool)> {
        if let Some(t) = self.translated_chapter(lang, id) {
            return Some((t, false));
        }
        let base = self.base().chapters.iter().find(|c| c.id == id)?;
        Some((base, lang != self.manifest.base_language))
    }

    fn translated_chapter(&self, lang: &str, id: &str) -> Option<&Chapter> {
        self.languages.get(lang)?.chapters.iter().find(|c| c.id == id)
    }

    /// Checklists in `lang`, each falling back to the base language.
    pub fn checklists(&self, lang: &str) -> Vec<&Checklist> {
        self.base()
            .checklists
            .iter()
            .map(|base| {
                self.languages.get(lang).and_then(|l| l.checklists.iter().find(|c| c.id == base.id)).unwrap_or(base)
            })
            .collect()
    }

    /// The checklist in `lang` (or the base language) that holds `indicator_id`.
    pub fn checklist_of_indicator(&self, lang: &str, indicator_id: &str) -> Option<&Checklist> {
        self.checklists(lang)
            .into_iter()
            .find(|c| c.groups.iter().any(|g| g.indicators.iter().any(|i| i.id == indicator_id)))
    }

    /// Finds the terms of `lang`'s own glossary in text written in `lang`; `None` if `lang` has no
    /// glossary of its own (its readers see the base language's, which does not match their text).
    pub fn term_finder(&self, lang: &str) -> Option<&TermFinder> {
        self.term_finders.get(lang)
    }

    /// The glossary in `lang`, or the base language's if it has none.
    pub fn glossary(&self, lang: &str) -> &Glossary {
        match self.languages.get(lang) {
            Some(l) if !l.glossary.terms.is_empty() => &l.glossary,
            _ => &self.base().glossary,
        }
    }

    /// The interview guidance in `lang`, or the base language's if `lang` has none.
    pub fn guidance(&self, lang: &str) -> &Guidance {
        match self.languages.get(lang) {
            Some(l) if !l.guidance.rules.is_empty() => &l.guidance,
            _ => &self.base().guidance,
        }
    }

    /// The quiz in `lang`, one entry per chapter in chapter order, each chapter's questions falling back
    /// to the base language where `lang` has none. The flag is `true` for a fallback.
    pub fn quizzes(&self, lang: &str) -> Vec<(&Quiz, bool)> {
        let number =
            |chapter: &str| self.base().chapters.iter().find(|c| c.id == chapter).map_or(u32::MAX, |c| c.number);
        let mut quizzes: Vec<(&Quiz, bool)> = self
            .base()
            .quizzes
            .iter()
            .map(|base| {
                match self.languages.get(lang).and_then(|l| l.quizzes.iter().find(|q| q.chapter == base.chapter)) {
                    Some(t) => (t, false),
                    None => (base, lang != self.manifest.base_language),
                }
            })
            .collect();
        quizzes.sort_by_key(|(q, _)| number(&q.chapter));
        quizzes
    }

    /// A human title for an internal link target in `lang` ("7.3 First contact", an indicator's text, a
    /// contact with its country...), or `None` if the target does not exist.
    pub fn link_title(&self, lang: &str, target: &LinkTarget) -> Option<String> {
        Some(match target {
            LinkTarget::Chapter(id) => {
                let (c, _) = self.chapter(lang, id)?;
                format!("{} {}", c.number, c.title)
            }
            LinkTarget::Section { chapter, section } => {
                let (c, _) = self.chapter(lang, chapter)?;
                match c.sections.iter().enumerate().find(|(_, s)| s.id == *section) {
                    Some((i, s)) => format!("{}.{} {}", c.number, i + 1, plain(&s.title)),
                    // A case study, linked by its id.
                    None => plain(&c.case_studies().find(|cs| cs.id == *section)?.title),
                }
            }
            LinkTarget::Checklist(id) => self.checklists(lang).into_iter().find(|c| c.id == *id)?.title.clone(),
            LinkTarget::Indicator(id) => {
                let checklist = self.checklist_of_indicator(lang, id)?;
                let indicator = checklist.groups.iter().flat_map(|g| &g.indicators).find(|i| i.id == *id)?;
                plain(&indicator.text)
            }
            LinkTarget::Country(code) => self.country(code)?.name.clone(),
            LinkTarget::Contact(id) => {
                let country = self.country_of_contact(id)?;
                let contact = country.contacts.iter().find(|c| c.id == *id)?;
                format!("{} ({})", contact.organisation, country.name)
            }
            LinkTarget::Glossary(id) => self.glossary(lang).terms.iter().find(|t| t.id == *id)?.term.clone(),
            LinkTarget::External(url) => url.clone(),
        })
    }

    /// The country with this code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// The country that lists the contact with this id.
    pub fn country_of_contact(&self, contact_id: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.contacts.iter().any(|k| k.id == contact_id))
    }
}

/// Every link in every section, inverted: target → sections that link to it.
fn backlinks(content: &LanguageContent, terms: &TermFinder) -> BTreeMap<String, Vec<(String, String)>> {
    use super::inline::{LinkTarget, parse};
    use super::model::Block;
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for chapter in &content.chapters {
        for section in &chapter.sections {
            let mut targets: Vec<String> = Vec::new();
            for block in &section.blocks {
                let texts: Vec<&String> = match block {
                    Block::Paragraph(t) => vec![t],
                    Block::Bullets(i) | Block::Numbered(i) | Block::KeyPoints(i) => i.iter().collect(),
                    Block::Callout(c) => c.title.iter().chain(&c.text).chain(&c.items).collect(),
                    Block::CaseStudy(c) => {
                        targets.extend(c.links.iter().cloned());
                        c.scenario.iter().chain(&c.questions).chain(&c.answer).collect()
                    }
                    Block::Table(t) => t.header.iter().chain(t.rows.iter().flatten()).collect(),
                    Block::SeeAlso(links) => {
                        targets.extend(links.iter().cloned());
                        Vec::new()
                    }
                };
                for text in texts {
                    for span in parse(text).unwrap_or_default() {
                        targets.extend(
                            terms.terms_in(&span.text).map(|id| LinkTarget::Glossary(id.to_owned()).to_string()),
                        );
                        targets.extend(span.link.map(|l: LinkTarget| l.to_string()));
                    }
                }
            }
            for target in targets {
                let entry = out.entry(target).or_default();
                let here = (chapter.id.clone(), section.id.clone());
                if !entry.contains(&here) {
                    entry.push(here);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> ContentFile {
        ContentFile { path: path.into(), text: text.into() }
    }

    const MANIFEST: &str = r#"Manifest(title: "T", edition: "E", version: "1", date: "2026-01-01",
        base_language: "en", languages: ["en"], based_on: Source(cite: "C"))"#;

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let broken = "Chapter(\n    id: \"x\",\n    number: 2\n    title: \"missing comma above\",\n)";
        let err =
            Handbook::load(vec![file("manifest.ron", MANIFEST), file("en/chapters/02-x.ron", broken)]).unwrap_err();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].file, "en/chapters/02-x.ron");
        assert_eq!(err[0].line, 4, "{}", err[0]);
        assert!(err[0].column > 0);
    }

    #[test]
    fn unknown_field_is_an_error_not_ignored() {
        let text = r#"Glossary(terms: [], extra: 1)"#;
        let err = Handbook::load(vec![file("manifest.ron", MANIFEST), file("en/glossary.ron", text)]).unwrap_err();
        assert!(err[0].message.contains("extra"), "{}", err[0]);
    }

    #[test]
    fn all_broken_files_are_reported_and_stray_files_too() {
        let err = Handbook::load(vec![
            file("manifest.ron", MANIFEST),
            file("en/chapters/a.ron", "Chapter("),
            file("en/checklists/b.ron", "nonsense"),
            file("en/notes.ron", "()"),
        ])
        .unwrap_err();
        let files: Vec<_> = err.iter().map(|p| p.file.as_str()).collect();
        assert_eq!(files, ["en/chapters/a.ron", "en/checklists/b.ron", "en/notes.ron"]);
    }

    #[test]
    fn missing_manifest_is_reported() {
        let err = Handbook::load(vec![]).unwrap_err();
        assert_eq!(err[0].to_string(), "manifest.ron: is missing");
    }
}

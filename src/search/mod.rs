//! Full-text search over the handbook: an in-memory tantivy index per content language,
//! forgiving queries (typos, prefixes, synonyms) and highlighted snippets. No UI code here.

mod docs;
mod filter;
mod matcher;
mod synonyms;

use std::collections::BTreeMap;
use std::time::Instant;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value as _};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};
use tantivy::{Index, IndexReader, TantivyDocument, Term};

pub use docs::{Kind, SearchDoc, documents};
pub use matcher::{Matcher, Snippet};
pub use synonyms::SynonymIndex;

use crate::content::Handbook;

/// Why the index could not be built (never expected with valid content).
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(#[from] tantivy::TantivyError);

/// One search result.
#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    /// A link target: `section:CH/SEC`, `indicator:ID`, `contact:ID`, `country:CC`, `glossary:ID`.
    pub id: String,
    pub kind: Kind,
    pub lang: String,
    pub title: String,
    /// The chapter, checklist or country it belongs to.
    pub context: String,
    /// A piece of the body around the first match, with the matched words marked.
    pub snippet: Snippet,
    pub score: f32,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    kind: Field,
    title: Field,
    context: Field,
    body: Field,
}

struct LangIndex {
    reader: IndexReader,
    fields: Fields,
    analyzer: TextAnalyzer,
    /// Without stemming, for the word being typed.
    raw_analyzer: TextAnalyzer,
    synonyms: SynonymIndex,
    lang: String,
}

/// Search indexes for every content language.
pub struct SearchEngine {
    indexes: BTreeMap<String, LangIndex>,
    base: String,
}

/// The analyzer for a language: split on non-alphanumerics, drop absurdly long tokens, lower-case,
/// drop stop words and stem where tantivy has lists for the language, then fold diacritics
/// (so `zmones` finds `žmonės`).
pub fn analyzer(lang: &str) -> TextAnalyzer {
    let language = match lang {
        "da" => Some(Language::Danish),
        "de" => Some(Language::German),
        "en" => Some(Language::English),
        "fi" => Some(Language::Finnish),
        "nb" | "no" | "nn" => Some(Language::Norwegian),
        "ru" => Some(Language::Russian),
        "sv" => Some(Language::Swedish),
        _ => None,
    };
    let mut builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .dynamic();
    if let Some(language) = language {
        if let Some(stop_words) = StopWordFilter::new(language) {
            builder = builder.filter_dynamic(stop_words);
        }
        builder = builder.filter_dynamic(Stemmer::new(language));
    }
    match filter::Reduce::for_language(lang) {
        // Snowball stemmers expect the letters with their diacritics; truncation counts folded letters.
        Some(reduce @ filter::Reduce::Snowball(_)) => builder.filter_dynamic(reduce).filter_dynamic(AsciiFoldingFilter),
        Some(reduce @ filter::Reduce::Truncate(_)) => builder.filter_dynamic(AsciiFoldingFilter).filter_dynamic(reduce),
        None => builder.filter_dynamic(AsciiFoldingFilter),
    }
    .build()
}

/// The analyzed tokens of a text.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<tantivy::tokenizer::Token> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().clone());
    }
    out
}

impl SearchEngine {
    /// Builds one in-memory index per content language (every language gets every document,
    /// with untranslated texts in the base language).
    pub fn build(handbook: &Handbook) -> Result<Self, SearchError> {
        let languages: Vec<String> = handbook.languages.keys().cloned().collect();
        Self::build_languages(handbook, &languages)
    }

    /// Indexes for some of the content languages only (the interface language first, at start-up).
    pub fn build_languages(handbook: &Handbook, languages: &[String]) -> Result<Self, SearchError> {
        let mut indexes = BTreeMap::new();
        for lang in languages.iter().filter(|l| handbook.languages.contains_key(*l)) {
            let synonyms = SynonymIndex::for_language(handbook, lang);
            indexes.insert(lang.clone(), build_lang(lang, documents(handbook, lang), synonyms)?);
        }
        Ok(Self { indexes, base: handbook.manifest.base_language.clone() })
    }

    /// An engine over the given documents in one language (benchmarks use it on larger corpora).
    pub fn from_documents(handbook: &Handbook, lang: &str, docs: Vec<SearchDoc>) -> Result<Self, SearchError> {
        let synonyms = SynonymIndex::for_language(handbook, lang);
        let index = build_lang(lang, docs, synonyms)?;
        Ok(Self { indexes: BTreeMap::from([(lang.to_owned(), index)]), base: lang.to_owned() })
    }

    /// Languages that have an index.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.indexes.keys().map(String::as_str)
    }

    /// The best `limit` hits for `query` in `lang` (or the base language if `lang` has no content).
    /// Any input is accepted; input without searchable words gives no hits.
    pub fn search(&self, lang: &str, query: &str, limit: usize) -> Vec<Hit> {
        let Some(index) = self.indexes.get(lang).or_else(|| self.indexes.get(&self.base)) else {
            return Vec::new();
        };
        index.search(query, limit)
    }

    /// Like [`Self::search`], also returning the time spent searching in microseconds.
    pub fn search_timed(&self, lang: &str, query: &str, limit: usize) -> (Vec<Hit>, u128) {
        let start = Instant::now();
        let hits = self.search(lang, query, limit);
        (hits, start.elapsed().as_micros())
    }

    /// What a query's words match, for highlighting them in the page a hit opens.
    pub fn matcher(&self, lang: &str, query: &str) -> Option<Matcher> {
        let index = self.indexes.get(lang).or_else(|| self.indexes.get(&self.base))?;
        let mut plan = QueryPlan::new(index, query);
        plan.expand(&index.reader.searcher(), index.fields);
        (!plan.words.is_empty()).then(|| plan.matcher(index))
    }
}

fn build_lang(lang: &str, docs: Vec<SearchDoc>, synonyms: SynonymIndex) -> Result<LangIndex, SearchError> {
    let mut schema = Schema::builder();
    let analyzer_name = format!("handbook_{lang}");
    let text = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(&analyzer_name)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: schema.add_text_field("id", STRING | STORED),
        kind: schema.add_text_field("kind", STRING | STORED),
        title: schema.add_text_field("title", text.clone()),
        context: schema.add_text_field("context", text.clone()),
        body: schema.add_text_field("body", text),
    };
    let index = Index::create_in_ram(schema.build());
    let analyzer = analyzer(lang);
    index.tokenizers().register(&analyzer_name, analyzer.clone());
    // 15 MB is tantivy's minimum arena; the whole handbook is far smaller.
    let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
    for doc in docs {
        let mut d = TantivyDocument::default();
        d.add_text(fields.id, &doc.id);
        d.add_text(fields.kind, doc.kind.as_str());
        d.add_text(fields.title, &doc.title);
        d.add_text(fields.context, &doc.context);
        d.add_text(fields.body, &doc.body);
        writer.add_document(d)?;
    }
    writer.commit()?;
    let reader = index.reader()?;
    Ok(LangIndex { reader, fields, analyzer, raw_analyzer: analyzer_unstemmed(), synonyms, lang: lang.to_owned() })
}

/// One word of the query, analyzed.
struct QueryWord {
    /// The analyzed (lower-cased, stemmed, folded) term.
    term: String,
    /// The word as typed, lower-cased and folded but not stemmed (for prefix matching).
    raw: String,
    /// Whether it is the word being typed (last, not followed by a space).
    prefix: bool,
    /// Analyzed alternatives from the synonym list; each is one or more terms.
    synonyms: Vec<Vec<String>>,
    /// Index terms this word most likely means, with a weight: spelling corrections for a word
    /// the handbook does not use, and completions of the word being typed.
    expansions: Vec<(String, f32)>,
}

struct QueryPlan {
    words: Vec<QueryWord>,
}

/// Edit distance allowed for a word of this many characters: 0 below 4, 1 from 4, 2 from 8.
pub fn typo_distance(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// At most this many corrections or completions per word.
const MAX_EXPANSIONS: usize = 8;

impl QueryPlan {
    fn new(index: &LangIndex, query: &str) -> Self {
        let typing = query.chars().last().is_some_and(char::is_alphanumeric);
        let analyzed = tokens(&mut index.analyzer.clone(), query);
        let mut raw_analyzer = index.raw_analyzer.clone();
        let synonyms = &index.synonyms;
        let count = analyzed.len();
        let words = analyzed
            .into_iter()
            .enumerate()
            .map(|(i, token)| {
                let typed = &query[token.offset_from..token.offset_to];
                let raw = tokens(&mut raw_analyzer, typed).into_iter().map(|t| t.text).collect::<String>();
                QueryWord {
                    synonyms: synonyms.alternatives(&token.text),
                    term: token.text,
                    raw,
                    prefix: typing && i + 1 == count,
                    expansions: Vec::new(),
                }
            })
            .collect();
        Self { words }
    }

    /// Looks the words up in the index: a word the handbook never uses gets its closest spellings
    /// (edit distance by [`typo_distance`]); the word being typed gets the words it begins.
    fn expand(&mut self, searcher: &tantivy::Searcher, fields: Fields) {
        for word in &mut self.words {
            let known = [fields.title, fields.body]
                .iter()
                .any(|f| searcher.doc_freq(&Term::from_field_text(*f, &word.term)).unwrap_or(0) > 0);
            let mut found: BTreeMap<String, f32> = BTreeMap::new();
            let distance = typo_distance(word.raw.chars().count());
            if !known && distance > 0 {
                for candidate in terms_near(searcher, fields.body, &word.term, distance) {
                    let weight = if matcher::within_distance(&candidate, &word.term, 1) { 0.9 } else { 0.7 };
                    found.insert(candidate, weight);
                }
            }
            if word.prefix && word.raw.chars().count() >= 3 {
                for candidate in terms_with_prefix(searcher, fields.body, &word.raw) {
                    found.entry(candidate).or_insert(0.7);
                }
            }
            found.remove(&word.term);
            let mut expansions: Vec<(String, f32)> = found.into_iter().collect();
            // Prefer close, then common terms.
            expansions.sort_by(|a, b| {
                let freq = |t: &str| searcher.doc_freq(&Term::from_field_text(fields.body, t)).unwrap_or(0);
                b.1.total_cmp(&a.1).then(freq(&b.0).cmp(&freq(&a.0)))
            });
            expansions.truncate(MAX_EXPANSIONS);
            word.expansions = expansions;
        }
    }

    fn query(&self, fields: Fields) -> Box<dyn Query> {
        let term_query = |field: Field, text: &str, weight: f32| {
            boost(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs), weight)
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &self.words {
            let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for (field, weight) in [(fields.title, 3.0), (fields.body, 1.0), (fields.context, 0.5)] {
                alternatives.push((Occur::Should, term_query(field, &word.term, weight)));
                for (expansion, factor) in &word.expansions {
                    alternatives.push((Occur::Should, term_query(field, expansion, weight * factor)));
                }
                for synonym in &word.synonyms {
                    alternatives.push((Occur::Should, boost_box(phrase_or_term(field, synonym), weight * 0.6)));
                }
            }
            clauses.push((Occur::Should, Box::new(BooleanQuery::new(alternatives))));
        }
        // Words in the typed order, next to each other, rank higher.
        if self.words.len() >= 2 {
            let terms: Vec<String> = self.words.iter().map(|w| w.term.clone()).collect();
            clauses.push((Occur::Should, boost_box(phrase_or_term(fields.title, &terms), 4.0)));
            clauses.push((Occur::Should, boost_box(phrase_or_term(fields.body, &terms), 2.0)));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    fn matcher(&self, index: &LangIndex) -> Matcher {
        Matcher::new(
            self.words
                .iter()
                .map(|w| matcher::WordMatch {
                    term: w.term.clone(),
                    raw: w.raw.clone(),
                    prefix: w.prefix,
                    also: w.synonyms.iter().flatten().chain(w.expansions.iter().map(|(t, _)| t)).cloned().collect(),
                })
                .collect(),
            index.analyzer.clone(),
            index.raw_analyzer.clone(),
        )
    }
}

/// Index terms within `distance` edits of `term`.
fn terms_near(searcher: &tantivy::Searcher, field: Field, term: &str, distance: u8) -> Vec<String> {
    let mut out = Vec::new();
    for segment in searcher.segment_readers() {
        let Ok(index) = segment.inverted_index(field) else { continue };
        let query = FuzzyTermQuery::new(Term::from_field_text(field, term), distance, true);
        let Ok(automaton) = query.automaton() else { continue };
        let Ok(mut stream) = index.terms().search(automaton).into_stream() else { continue };
        while stream.advance() && out.len() < 64 {
            if let Ok(text) = std::str::from_utf8(stream.key()) {
                out.push(text.to_owned());
            }
        }
    }
    out
}

/// Index terms that begin with `prefix`.
fn terms_with_prefix(searcher: &tantivy::Searcher, field: Field, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for segment in searcher.segment_readers() {
        let Ok(index) = segment.inverted_index(field) else { continue };
        let Ok(mut stream) = index.terms().range().ge(prefix.as_bytes()).into_stream() else { continue };
        while stream.advance() && out.len() < 64 {
            match std::str::from_utf8(stream.key()) {
                Ok(text) if text.starts_with(prefix) => out.push(text.to_owned()),
                _ => break,
            }
        }
    }
    out
}

/// The analyzer without stemming, for the word being typed.
fn analyzer_unstemmed() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn boost(query: impl Query + 'static, weight: f32) -> Box<dyn Query> {
    boost_box(Box::new(query), weight)
}

fn boost_box(query: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, weight))
}

fn phrase_or_term(field: Field, terms: &[String]) -> Box<dyn Query> {
    let terms: Vec<Term> = terms.iter().map(|t| Term::from_field_text(field, t)).collect();
    if terms.len() == 1 {
        Box::new(TermQuery::new(terms[0].clone(), IndexRecordOption::WithFreqs))
    } else {
        Box::new(PhraseQuery::new(terms))
    }
}

impl LangIndex {
    fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let mut plan = QueryPlan::new(self, query);
        if plan.words.is_empty() || limit == 0 {
            return Vec::new();
        }
        let searcher = self.reader.searcher();
        plan.expand(&searcher, self.fields);
        let Ok(top) = searcher.search(&*plan.query(self.fields), &TopDocs::with_limit(limit).order_by_score()) else {
            return Vec::new();
        };
        let matcher = plan.matcher(self);
        top.into_iter()
            .filter_map(|(score, address)| {
                let doc: TantivyDocument = searcher.doc(address).ok()?;
                let text = |field: Field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
                let body = text(self.fields.body);
                Some(Hit {
                    id: text(self.fields.id),
                    kind: Kind::parse(&text(self.fields.kind))?,
                    lang: self.lang.clone(),
                    title: text(self.fields.title),
                    context: text(self.fields.context),
                    snippet: matcher.snippet(&body, 180),
                    score,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: &str, text: &str) -> Vec<String> {
        tokens(&mut analyzer(lang), text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn inflected_forms_meet_in_every_language_with_a_reduction() {
        // English stemmer and stop words.
        assert_eq!(terms("en", "the trafficked workers"), terms("en", "trafficking worker"));
        // Lithuanian Snowball: forms of "žmogus/žmonės" (people), typed with or without diacritics.
        assert_eq!(terms("lt", "žmonės"), terms("lt", "zmones"));
        // Polish Snowball: "ofiara" (victim) in three cases.
        assert_eq!(terms("pl", "ofiary"), terms("pl", "ofiarami"));
        assert_eq!(terms("pl", "ofiarom"), terms("pl", "ofiary"));
        // Latvian truncation: "cilvēku tirdzniecība" / "cilvēkiem tirdzniecībai".
        assert_eq!(terms("lv", "cilvēku tirdzniecība"), terms("lv", "cilvekiem tirdzniecibai"));
        // Ukrainian truncation keeps Cyrillic.
        assert_eq!(terms("uk", "торгівля людьми"), terms("uk", "торгівлі людьми"));
    }
}

//! Search as an officer uses it: everyday words, typos, synonyms, the word being typed,
//! any input at all; and the command-line contract.

use std::process::ExitCode;
use std::sync::OnceLock;

use diplomatic_handbook::cli::{Command, run_with_input};
use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::search::{Kind, SearchEngine};
use proptest::prelude::*;

fn engine() -> &'static SearchEngine {
    static ENGINE: OnceLock<SearchEngine> = OnceLock::new();
    ENGINE.get_or_init(|| SearchEngine::build(&Handbook::embedded().unwrap()).unwrap())
}

fn top_ids(query: &str, n: usize) -> Vec<String> {
    engine().search("en", query, n).into_iter().map(|h| h.id).collect()
}

fn assert_in_top(query: &str, id: &str, n: usize) {
    let ids = top_ids(query, n);
    assert!(ids.iter().any(|i| i == id), "`{query}`: {id} not in top {n}: {ids:#?}");
}

#[test]
fn everyday_words_find_the_indicator_behind_them() {
    // Several checklists have a "passport held" indicator; they should all come first.
    let top = engine().search("en", "passport taken", 4);
    assert!(top.iter().all(|h| h.kind == Kind::Indicator && h.title.to_lowercase().contains("passport")), "{top:#?}");
    assert_in_top("passport taken", "indicator:gen-documents-held", 3);
    assert_in_top("ID taken", "indicator:gen-documents-held", 3);
    assert_in_top("locked in", "indicator:gen-violence", 3);
    assert_in_top("locked in", "indicator:gen-cannot-leave", 5);
    assert_in_top("no salary", "indicator:gen-wages-withheld", 10);
}

#[test]
fn typos_are_forgiven_by_length() {
    // One edit from 4 letters, two from 8.
    assert_in_top("pasport", "indicator:gen-documents-held", 6);
    assert!(engine().search("en", "pasport", 5).iter().all(|h| h.title.to_lowercase().contains("passport")));
    let hits = engine().search("en", "traffiking", 3);
    assert!(hits.iter().all(|h| h.title.to_lowercase().contains("trafficking")), "{hits:#?}");
    assert_in_top("recrutiment fees", "indicator:gen-recruitment-fees", 3);
    // Three letters get no typo tolerance: "dbt" must not turn into "debt".
    assert!(top_ids("dbt", 5).iter().all(|id| id != "indicator:gen-debt-bondage"));
}

#[test]
fn synonyms_from_the_data_file_are_used() {
    // Hits that never say "salary" but "wage" or "pay" are there only through the synonym list.
    let hits = engine().search("en", "salary", 10);
    let through_synonym = |h: &&diplomatic_handbook::search::Hit| {
        let text = format!("{} {}", h.title, h.snippet.text).to_lowercase();
        !text.contains("salary") && (text.contains("wage") || text.contains("pay"))
    };
    assert!(hits.iter().filter(through_synonym).count() >= 2, "{hits:#?}");
    assert_in_top("unpaid salary", "indicator:gen-wages-withheld", 10);
    // "labor" finds "labour".
    assert!(top_ids("labor", 3).iter().any(|id| id.contains("labour")), "{:?}", top_ids("labor", 3));
}

#[test]
fn the_word_being_typed_is_completed() {
    let top = engine().search("en", "recruitm", 5);
    assert!(top.iter().all(|h| h.title.to_lowercase().contains("recruit")), "{top:#?}");
    assert_in_top("recruitm", "section:why-trafficking-exists/recruitment-methods", 8);
    assert_in_top("interpr", "section:interviewing/interpreters", 5);
    // Once a space follows, the word is finished: "interpr " is no longer completed
    // (and is too far from any word for a typo).
    assert!(engine().search("en", "interpr ", 5).is_empty());
}

#[test]
fn diacritics_are_folded() {
    assert_in_top("tooinspektsioon", "contact:ee-labour-inspectorate", 1);
    assert_in_top("Tööinspektsioon", "contact:ee-labour-inspectorate", 1);
}

#[test]
fn snippets_mark_the_matched_words() {
    let hits = engine().search("en", "pasport", 6);
    let hit = hits.iter().find(|h| h.id == "indicator:gen-documents-held").unwrap();
    assert!(!hit.snippet.highlights.is_empty(), "{:?}", hit.snippet);
    for range in &hit.snippet.highlights {
        assert_eq!(hit.snippet.text[range.clone()].to_lowercase(), "passport");
    }
}

#[test]
fn results_cover_every_kind() {
    let kinds: Vec<Kind> = engine().search("en", "Finland referral", 30).into_iter().map(|h| h.kind).collect();
    assert!(kinds.contains(&Kind::Section));
    assert!(kinds.contains(&Kind::Contact) || kinds.contains(&Kind::Country));
    assert!(
        engine().search("en", "112 emergency", 20).iter().any(|h| h.kind == Kind::Indicator || h.kind == Kind::Country)
    );
}

#[test]
fn query_syntax_and_symbols_are_just_text() {
    for q in
        ["\"", "((", "title:passport", "passport AND", "*", "passport~2", "[x](y)", "🙂", "   ", "", "\\", "-", "+:"]
    {
        let _ = engine().search("en", q, 10);
    }
    assert_in_top("title:passport", "indicator:gen-documents-held", 3);
    assert!(engine().search("en", "🙂 ((", 10).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn any_unicode_input_gives_results_or_none(query in "\\PC{0,40}") {
        let hits = engine().search("en", &query, 5);
        prop_assert!(hits.len() <= 5);
        for hit in hits {
            for range in &hit.snippet.highlights {
                prop_assert!(hit.snippet.text.get(range.clone()).is_some());
            }
        }
    }

    #[test]
    fn query_syntax_soup_never_fails(query in "[a-z ():\"*~^+\\-\\[\\]{}!?\\\\/]{0,30}") {
        let _ = engine().search("en", &query, 5);
    }
}

fn cli(command: Command, input: &str) -> (ExitCode, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run_with_input(&command, None, &mut input.as_bytes(), &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn cli_stdin_answers_one_json_line_per_query() {
    let command = Command::Search { lang: None, limit: 3, json: true, stdin: true, query: vec![] };
    let (code, out, err) = cli(command, "passport taken\n\"((\nno salary\n");
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["query"], "passport taken");
    assert!(lines[0]["took_us"].is_u64());
    let hit = &lines[0]["hits"][0];
    for key in ["id", "kind", "lang", "title", "snippet", "score"] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert!(hit["id"].as_str().unwrap().starts_with("indicator:"), "{hit}");
    assert!(hit["title"].as_str().unwrap().contains("passport"), "{hit}");
    assert_eq!(lines[1]["hits"].as_array().unwrap().len(), 0);
    assert!(lines[2]["hits"].as_array().unwrap().len() <= 3);
}

#[test]
fn cli_unknown_language_is_a_clear_error() {
    let command =
        Command::Search { lang: Some("xx".into()), limit: 3, json: false, stdin: false, query: vec!["a".into()] };
    let (code, _, err) = cli(command, "");
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.contains("no content in language `xx`") && err.contains("available:") && err.contains("en"), "{err}");
}

#[test]
fn dump_lists_every_searchable_document() {
    let (code, out, _) = cli(Command::Dump { json: true, lang: None }, "");
    assert_eq!(code, ExitCode::SUCCESS);
    let docs: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let handbook = Handbook::embedded().unwrap();
    let sections: usize = handbook.base().chapters.iter().map(|c| c.sections.len()).sum();
    // Every language has every document (untranslated ones in English); count the base language.
    let count = |kind: &str| docs.iter().filter(|d| d["kind"] == kind && d["lang"] == "en").count();
    assert_eq!(count("section"), sections);
    assert_eq!(count("contact"), handbook.countries.iter().map(|c| c.contacts.len()).sum::<usize>());
    for key in ["id", "kind", "lang", "title", "body"] {
        assert!(docs[0].get(key).is_some(), "missing {key}");
    }
}

#[test]
fn search_works_in_every_content_language() {
    let handbook = Handbook::embedded().unwrap();
    for lang in handbook.languages.keys() {
        // The indicator's own text in that language, its two longest words, as an officer might type them.
        let text = handbook
            .checklists(lang)
            .iter()
            .flat_map(|c| c.groups.iter().flat_map(|g| &g.indicators))
            .find(|i| i.id == "gen-documents-held")
            .map(|i| diplomatic_handbook::content::inline::plain(&i.text))
            .unwrap();
        let mut words: Vec<&str> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 3).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let query = words.iter().take(2).copied().collect::<Vec<_>>().join(" ");
        let hits = engine().search(lang, &query, 10);
        assert!(
            hits.iter().any(|h| h.id == "indicator:gen-documents-held" && h.lang == *lang),
            "{lang}: `{query}` did not find the indicator: {:?}",
            hits.iter().map(|h| &h.id).collect::<Vec<_>>()
        );
    }
}

//! The bundled content, the `validate` and `stats` commands, and what an editor sees on mistakes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use diplomatic_handbook::cli::{Command, run};
use diplomatic_handbook::content::model::{Block, CalloutKind};
use diplomatic_handbook::content::{Handbook, embedded_files, validate};

fn handbook_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("handbook")
}

/// Runs a CLI command; returns (exit code, stdout, stderr).
fn cli(command: Command) -> (ExitCode, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(&command, None, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

/// A copy of the handbook folder in a temporary directory, with `edit` applied to one file.
fn broken_copy(file: &str, edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&handbook_dir(), dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_bundled_content_has_no_problems() {
    let handbook = Handbook::embedded().unwrap_or_else(|p| panic!("{p:#?}"));
    let problems = validate(&handbook);
    assert!(problems.is_empty(), "{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
    let (code, out, _) = cli(Command::Validate { dir: None });
    assert_eq!(code, ExitCode::SUCCESS);
    assert!(out.contains("no problems"));
}

#[test]
fn the_embedded_copy_is_the_handbook_folder() {
    let on_disk = diplomatic_handbook::content::read_dir(&handbook_dir()).unwrap();
    let embedded: Vec<_> = embedded_files().into_iter().filter(|f| f.path.ends_with(".ron")).collect();
    assert_eq!(on_disk.len(), embedded.len());
    for file in &on_disk {
        let twin = embedded.iter().find(|e| e.path == file.path).expect("embedded");
        assert_eq!(twin.text, file.text, "{} differs: rebuild", file.path);
    }
}

#[test]
fn the_bundled_content_uses_every_block_type_and_callout_kind() {
    let handbook = Handbook::embedded().unwrap();
    let blocks: Vec<&Block> =
        handbook.base().chapters.iter().flat_map(|c| &c.sections).flat_map(|s| &s.blocks).collect();
    let has = |f: &dyn Fn(&Block) -> bool| blocks.iter().any(|b| f(b));
    assert!(has(&|b| matches!(b, Block::Paragraph(p) if p.contains("**") && p.contains('*'))));
    assert!(has(&|b| matches!(b, Block::Bullets(_))));
    assert!(has(&|b| matches!(b, Block::Numbered(_))));
    assert!(has(&|b| matches!(b, Block::KeyPoints(_))));
    assert!(has(&|b| matches!(b, Block::CaseStudy(_))));
    assert!(has(&|b| matches!(b, Block::Table(_))));
    assert!(has(&|b| matches!(b, Block::SeeAlso(_))));
    for kind in [CalloutKind::Note, CalloutKind::Warning, CalloutKind::Do, CalloutKind::Dont] {
        assert!(has(&|b| matches!(b, Block::Callout(c) if c.kind == kind)), "{kind:?}");
    }
    // Inline links of each kind, somewhere in the chapters' text.
    let chapter_sources: String =
        handbook.texts.iter().filter(|(path, _)| path.contains("/chapters/")).map(|(_, text)| text.as_str()).collect();
    for target in ["](section:", "](indicator:", "](country:", "](checklist:"] {
        assert!(chapter_sources.contains(target), "no inline link like {target}");
    }
}

#[test]
fn stats_json_has_the_documented_fields() {
    let (code, out, _) = cli(Command::Stats { json: true });
    assert_eq!(code, ExitCode::SUCCESS);
    let stats: serde_json::Value = serde_json::from_str(&out).unwrap();
    for key in [
        "chapters",
        "sections",
        "words",
        "checklists",
        "indicators",
        "countries",
        "contacts",
        "locales",
        "case_studies",
        "quiz_questions",
        "glossary_terms",
    ] {
        assert!(stats.get(key).is_some(), "missing {key}");
    }
    assert!(stats["chapters"].as_u64().unwrap() >= 2);
    assert!(stats["words"]["en"].as_u64().unwrap() > 3000);
    assert!(stats["indicators"]["en"].as_u64().unwrap() >= 20);
    assert!(stats["countries"].as_u64().unwrap() >= 3);
    assert!(stats["locales"].as_array().unwrap().iter().any(|l| l == "en"));
}

#[test]
fn a_syntax_error_is_reported_with_file_line_and_column() {
    // Remove the comma after the checklist's `id` line: line 2 loses its comma, line 3 is where RON notices.
    let dir =
        broken_copy("en/checklists/01-general.ron", |text| text.replacen("id: \"general\",", "id: \"general\"", 1));
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    let first = err.lines().next().unwrap();
    assert!(first.starts_with("en/checklists/01-general.ron:3:"), "{err}");
    assert!(first.contains("comma"), "{err}");
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let dir = broken_copy("contacts/dk.ron", |text| {
        text.replacen("checked: \"2026-11-23\"", "checked: \"23.11.2026\"", 1).replacen(
            "+45 70 20 25 50",
            "70202550",
            1,
        )
    });
    std::fs::write(
        dir.path().join("en/chapters/07-identifying-victims.ron"),
        std::fs::read_to_string(handbook_dir().join("en/chapters/07-identifying-victims.ron"))
            .unwrap()
            .replace("indicator:gen-documents-held", "indicator:gen-nonexistent"),
    )
    .unwrap();
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.contains("is not YYYY-MM-DD"), "{err}");
    assert!(err.contains("phone `70202550`"), "{err}");
    let broken_links: Vec<&str> = err.lines().filter(|l| l.contains("gen-nonexistent")).collect();
    assert!(broken_links.len() >= 2, "{err}");
    let distinct: std::collections::BTreeSet<&str> =
        broken_links.iter().map(|l| l.split(": ").next().unwrap()).collect();
    assert_eq!(distinct.len(), broken_links.len(), "each occurrence has its own line: {err}");
    assert!(err.lines().last().unwrap().contains("problems in 2 files"), "{err}");
}

#[test]
fn a_contact_without_sources_or_checked_date_is_rejected() {
    let dir =
        broken_copy("contacts/fi.ron", |text| text.replacen("checked: \"2026-11-23\"", "checked: \"2999-01-01\"", 1));
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.contains("in the future"), "{err}");

    let dir = broken_copy("contacts/fi.ron", |text| {
        let start = text.find("sources: [").unwrap();
        let end = start + text[start..].find("],").unwrap() + 2;
        format!("{}sources: [],{}", &text[..start], &text[end..])
    });
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.contains("has no sources"), "{err}");
}

#[test]
fn a_translation_must_mirror_the_english_ids() {
    let dir = broken_copy("manifest.ron", |text| text.replace("languages: [\"en\"]", "languages: [\"en\", \"de\"]"));
    let english = std::fs::read_to_string(handbook_dir().join("en/checklists/01-general.ron")).unwrap();
    std::fs::create_dir_all(dir.path().join("de/checklists")).unwrap();
    std::fs::write(
        dir.path().join("de/checklists/01-general.ron"),
        english.replacen("gen-escorted", "gen-escorted-renamed", 1),
    )
    .unwrap();
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.starts_with("de/checklists/01-general.ron:"), "{err}");
    assert!(err.contains("differ from the base language"), "{err}");
}

#[test]
fn a_missing_folder_is_a_clear_error_not_a_panic() {
    let (code, _, err) = cli(Command::Validate { dir: Some("/nonexistent/handbook".into()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.contains("is not a folder"), "{err}");
}

#[test]
fn section_links_reach_case_studies_and_a_case_id_may_not_reuse_a_section_id() {
    let (code, _, err) = cli(Command::Validate { dir: Some(handbook_dir()) });
    assert_eq!(code, ExitCode::SUCCESS, "the overview table links each case by its id: {err}");

    let dir =
        broken_copy("en/chapters/15-case-studies.ron", |text| {
            text.replacen("section:case-studies/case-begging-uncle", "section:case-studies/case-no-such-case", 1)
                .replacen("id: \"case-fishing-debt-bondage\"", "id: \"how-to-use\"", 1)
        });
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(err.contains("`section:case-studies/case-no-such-case` goes nowhere"), "{err}");
    assert!(err.contains("case study id `how-to-use` is also a section id"), "{err}");
}

#[test]
fn every_glossary_term_is_used_in_the_chapters_and_no_form_belongs_to_two_terms() {
    let hb = Handbook::load(embedded_files()).unwrap();
    let unused: Vec<&str> = hb
        .base()
        .glossary
        .terms
        .iter()
        .filter(|t| hb.sections_linking_to(&format!("glossary:{}", t.id)).is_empty())
        .map(|t| t.id.as_str())
        .collect();
    assert!(unused.is_empty(), "no section uses or links these glossary terms: {unused:?}");
    // A term found through its forms lists the sections that use it, in reading order.
    let used_in = hb.sections_linking_to("glossary:reflection-period");
    assert!(used_in.contains(&("assistance-protection".to_owned(), "reflection-period".to_owned())), "{used_in:?}");

    let dir = broken_copy("en/glossary.ron", |text| {
        text.replacen("forms: [\"debt bondage\"]", "forms: [\"debt bondage\", \"Forced labour\"]", 1)
    });
    let (code, _, err) = cli(Command::Validate { dir: Some(dir.path().to_owned()) });
    assert_eq!(code, ExitCode::FAILURE);
    assert!(
        err.contains("the form \"forced labour\" of glossary term `forced-labour` is also a form of `debt-bondage`"),
        "{err}"
    );
}

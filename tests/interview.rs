//! The interview desk: the referral summary it exports, and the flow in the window.

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::content::inline::plain;
use diplomatic_handbook::i18n::I18n;
use diplomatic_handbook::interview::store::InterviewStore;
use diplomatic_handbook::interview::{Basis, Session, export};
use diplomatic_handbook::navigation::Route;
use diplomatic_handbook::settings::Settings;
use diplomatic_handbook::ui::HandbookApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn session() -> Session {
    let mut s = Session::new("HEL-2026-041", "en", "en", "2026-11-23 10:00").unwrap();
    s.country = Some("FI".into());
    s.tick("gen-documents-held", Basis::Observed);
    s.tick("gen-debt-bondage", Basis::Reported);
    s.set_note("gen-debt-bondage", "owes <3000> & \"fees\"");
    s
}

fn indicator_text(hb: &Handbook, id: &str) -> String {
    hb.checklists("en")
        .iter()
        .flat_map(|c| c.groups.iter().flat_map(|g| &g.indicators))
        .find(|i| i.id == id)
        .map(|i| plain(&i.text))
        .unwrap()
}

#[test]
fn markdown_summary_has_everything_a_referral_needs() {
    let hb = Handbook::embedded().unwrap();
    let md = export::markdown(&session(), &hb, &I18n::new("en"), false);
    assert!(md.starts_with("# Referral summary"));
    assert!(md.contains("HEL-2026-041"));
    assert!(md.contains(&indicator_text(&hb, "gen-documents-held")));
    assert!(md.contains("(observed)") && md.contains("(reported by the person)"));
    assert!(md.contains("Reasonable grounds to refer"), "guidance given");
    assert!(md.contains("+358 295 463 177"), "contacts for Finland");
    assert!(md.contains(&hb.manifest.edition), "handbook edition");
    assert!(md.contains("owes \\<3000\\> & \"fees\""), "notes are escaped: {md}");
}

#[test]
fn html_summary_is_self_contained_escaped_and_balanced() {
    let hb = Handbook::embedded().unwrap();
    let html = export::html_page(&session(), &hb, &I18n::new("en"), true);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script") && !html.contains("src=\"http"), "nothing external");
    assert!(html.contains("@media print"));
    assert!(html.contains("owes &lt;3000&gt; &amp; &quot;fees&quot;"));
    // Every opened element is closed, in order.
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').unwrap() + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        let name = tag.split_whitespace().next().unwrap().to_owned();
        if ["meta", "br"].contains(&name.as_str()) {
            continue;
        }
        if let Some(closing) = name.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(closing), "mismatched </{closing}>");
        } else {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

fn harness(dir: &std::path::Path) -> Harness<'static, HandbookApp> {
    let store = InterviewStore::at(dir.join("interview-autosave.ron"));
    let settings = Settings { route: Route::Interview, language: Some("en".into()), ..Settings::default() };
    let mut h = Harness::builder().with_max_steps(32).with_size([1400.0, 2400.0]).build_eframe(move |cc| {
        let mut app = HandbookApp::with_settings(&cc.egui_ctx, Handbook::embedded(), settings);
        app.use_interview_store(store);
        app
    });
    h.run();
    h
}

#[test]
fn start_tick_see_the_summary_show_a_question_and_end() {
    let hb = Handbook::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let autosave = dir.path().join("interview-autosave.ron");
    let mut h = harness(dir.path());

    // A name is refused as a case reference.
    h.get_by_role_and_label(Role::TextInput, "Case reference").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Case reference").type_text("Maria Ivanova");
    h.run();
    h.get_by_role_and_label(Role::Button, "Start interview").click();
    h.run();
    h.get_by_label_contains("looks like a person's name");
    assert!(h.state().interview().is_none());

    let field = h.get_by_role_and_label(Role::TextInput, "Case reference");
    field.focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Case reference").type_text("HEL-2026-041");
    h.run();
    h.get_by_role_and_label(Role::Button, "Start interview").click();
    h.run();
    assert_eq!(h.state().interview().unwrap().case_ref, "HEL-2026-041");
    h.get_by_label_contains("Stored on this computer only");
    h.get_by_label("Nothing ticked yet");

    // Tick two indicators; the summary changes and every change is saved at once.
    let held = indicator_text(&hb, "gen-documents-held");
    let escorted = indicator_text(&hb, "gen-escorted");
    h.get_by_role_and_label(Role::Button, &format!("Observed: {held}")).click();
    h.run();
    h.get_by_role_and_label(Role::Button, &format!("Reported: {escorted}")).click();
    h.run();
    h.get_by_label("Reasonable grounds to refer");
    assert!(h.query_by_label("Nothing ticked yet").is_none());
    let saved = std::fs::read_to_string(&autosave).unwrap();
    assert!(saved.contains("gen-documents-held") && saved.contains("gen-escorted"));
    let observed_label = format!("Observed: {held}");
    let observed = h.get_by_role_and_label(Role::Button, &observed_label);
    assert_eq!(
        format!("{:?}", observed.accesskit_node().toggled()),
        "Some(True)",
        "a screen reader hears it as pressed"
    );
    assert_eq!(h.state().interview().unwrap().tick_of("gen-escorted").unwrap().basis, Basis::Reported);

    // A note is saved too.
    h.get_by_role_and_label(Role::TextInput, &format!("Note: {held}")).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &format!("Note: {held}")).type_text("kept by the supervisor");
    h.run();
    assert!(std::fs::read_to_string(&autosave).unwrap().contains("kept by the supervisor"));

    // The card for the interviewee, and back.
    h.get_by_role_and_label(Role::Button, &format!("Show question: {held}")).click();
    h.run();
    h.get_by_label_contains("Question 1 of");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    h.get_by_label_contains("Question 2 of");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label_contains("Question 2 of").is_none());

    // End: the stored copy is deleted, and the officer is told.
    h.get_by_role_and_label(Role::Button, "End interview").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "End and delete").click();
    h.run();
    assert!(h.state().interview().is_none());
    assert!(!autosave.exists());
    h.get_by_label_contains("Interview ended");
}

#[test]
fn an_unfinished_interview_is_offered_for_resume_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    InterviewStore::at(dir.path().join("interview-autosave.ron")).save(&session()).unwrap();
    // A new window (as after a crash) finds it.
    let mut h = harness(dir.path());
    assert!(h.state().unfinished_interview().is_some());
    h.get_by_label_contains("Case HEL-2026-041");
    h.get_by_role_and_label(Role::Button, "Resume it").click();
    h.run();
    assert_eq!(h.state().interview().unwrap().ticks.len(), 2);
}

#[test]
fn discarding_deletes_the_stored_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("interview-autosave.ron");
    InterviewStore::at(path.clone()).save(&session()).unwrap();
    let mut h = harness(dir.path());
    h.get_by_role_and_label(Role::Button, "Discard it").click();
    h.run();
    assert!(!path.exists());
    assert!(h.state().interview().is_none());
}

#[test]
fn a_damaged_autosave_is_moved_aside_and_explained() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("interview-autosave.ron");
    std::fs::write(&path, "Session(version: 1, case_ref: \"HEL").unwrap();
    let h = harness(dir.path());
    assert!(h.state().unfinished_interview().is_none());
    h.get_by_label_contains("could not be read and was moved aside");
    assert!(!path.exists());
}

#[test]
fn pdf_summary_holds_the_referral_text_in_both_languages() {
    let hb = Handbook::embedded().unwrap();
    let mut s = session();
    s.interviewee_lang = "uk".into();
    let bytes = export::pdf(&s, &hb, &I18n::new("en"), true).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.pdf");
    std::fs::write(&path, &bytes).unwrap();
    // Read the text back the way a reader would (pdftotext from poppler-utils; .ci/run installs it).
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Referral summary"), "{text}");
    assert!(text.contains("HEL-2026-041"));
    assert!(text.contains("Reasonable grounds to refer"));
    assert!(text.contains("+358 295 463 177"));
    assert!(text.contains("owes <3000> & \"fees\""), "notes appear as written: {text}");
    // The Ukrainian wording of the ticked indicator is alongside.
    let uk = hb
        .checklists("uk")
        .iter()
        .flat_map(|c| c.groups.iter().flat_map(|g| &g.indicators))
        .find(|i| i.id == "gen-documents-held")
        .map(|i| plain(&i.text))
        .unwrap();
    let first_words: String = uk.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(text.contains(&first_words), "{first_words} not in {text}");
}

#[test]
fn a_long_pdf_breaks_into_numbered_pages() {
    let hb = Handbook::embedded().unwrap();
    let mut s = session();
    for checklist in hb.checklists("en") {
        for indicator in checklist.groups.iter().flat_map(|g| &g.indicators) {
            s.tick(&indicator.id, Basis::Observed);
            s.set_note(
                &indicator.id,
                "a note long enough to need wrapping on a narrow line of an A4 page, repeated to be sure",
            );
        }
    }
    let bytes = export::pdf(&s, &hb, &I18n::new("en"), false).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let info = std::process::Command::new("pdfinfo").arg(&path).output().expect("pdfinfo is installed");
    let info = String::from_utf8(info.stdout).unwrap();
    let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    assert!(pages > 5, "{pages} pages");
    let last = std::process::Command::new("pdftotext")
        .args(["-f", &pages.to_string(), "-l", &pages.to_string()])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(String::from_utf8(last.stdout).unwrap().contains(&format!("{pages}/{pages}")));
}

#[test]
fn the_desk_guidance_speaks_the_officers_language() {
    let hb = Handbook::embedded().unwrap();
    let english: Vec<&str> = hb.guidance("en").rules.iter().map(|r| r.title.as_str()).collect();
    for lang in hb.manifest.languages.iter().filter(|l| *l != "en") {
        let mut s = Session::new("HEL-2026-041", lang, lang, "2026-11-23 10:00").unwrap();
        let empty = s.summary(&hb).guidance.iter().map(|r| r.title.clone()).collect::<Vec<_>>();
        assert_eq!(empty.len(), 1, "{lang}: an empty session shows exactly the 'nothing ticked' rule");
        s.tick("gen-documents-held", Basis::Observed);
        let summary = s.summary(&hb);
        let titles: Vec<&str> = summary.guidance.iter().map(|r| r.title.as_str()).collect();
        assert!(!titles.is_empty(), "{lang}: a strong tick gives guidance");
        for title in titles.iter().copied().chain(empty.iter().map(String::as_str)) {
            assert!(!english.contains(&title), "{lang}: the desk shows English guidance: {title}");
        }
    }
}

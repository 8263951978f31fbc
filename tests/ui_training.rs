//! Trainer mode through the real window (egui_kittest): presenting, the presenter view, case studies, the quiz.

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::content::inline::plain;
use diplomatic_handbook::navigation::Route;
use diplomatic_handbook::settings::Settings;
use diplomatic_handbook::training::handouts::option_letter;
use diplomatic_handbook::ui::HandbookApp;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn harness(lang: &str, route: Route, size: [f32; 2]) -> Harness<'static, HandbookApp> {
    let settings = Settings { route, language: Some(lang.into()), ..Settings::default() };
    let mut h = Harness::builder()
        .with_max_steps(32)
        .with_size(size)
        .build_eframe(move |cc| HandbookApp::with_settings(&cc.egui_ctx, Handbook::embedded(), settings));
    h.run();
    h
}

fn cursor(h: &Harness<'static, HandbookApp>) -> (usize, usize) {
    let show = h.state().show().expect("a presentation is running");
    (show.cursor.slide, show.cursor.step)
}

#[test]
fn no_slide_of_any_chapter_overflows_at_the_default_size() {
    let hb = Handbook::embedded().unwrap();
    // English for every chapter; German and Russian (long words, Cyrillic) for their translated chapters.
    for lang in ["en", "de", "ru"] {
        let mut h = harness(lang, Route::Home, [1280.0, 760.0]);
        for (chapter, fallback) in hb.chapters(lang) {
            if fallback {
                continue;
            }
            h.key_press(Key::Escape);
            h.run();
            h.state_mut().go(Route::Chapter { id: chapter.id.clone(), section: None });
            h.run();
            h.key_press(Key::F5);
            h.run();
            let total = h.state().show().unwrap().deck.slides.len();
            loop {
                let show = h.state().show().unwrap();
                let at = format!("{lang}/{} slide {} {:?}", chapter.id, show.cursor.slide + 1, show.slide().title);
                assert!(show.overflow < 1.0, "{at} runs {:.0} points past the slide", show.overflow);
                if show.cursor.slide + 1 == total && show.cursor.step + 1 == show.slide().steps() {
                    break;
                }
                h.key_press(Key::ArrowRight);
                h.run();
            }
        }
    }
}

#[test]
fn f5_presents_the_open_chapter_from_its_section_and_the_keys_move_through_it() {
    let hb = Handbook::embedded().unwrap();
    let (chapter, _) = hb.chapter("en", "identifying-victims").unwrap();
    let section = &chapter.sections[2];
    let mut h =
        harness("en", Route::Chapter { id: chapter.id.clone(), section: Some(section.id.clone()) }, [1280.0, 800.0]);
    h.key_press(Key::F5);
    h.run();
    let show = h.state().show().expect("F5 starts the show");
    let start = show.cursor.slide;
    assert_eq!(show.slide().section.as_deref(), Some(section.id.as_str()));
    assert!(start > 0);
    let total = show.deck.slides.len();
    h.get_by_label(&format!("Slide {} of {total}", start + 1));

    for key in [Key::ArrowRight, Key::Space, Key::PageDown] {
        let before = cursor(&h).0;
        h.key_press(key);
        h.run();
        assert_eq!(cursor(&h).0, before + 1, "{key:?} moves on");
    }
    h.key_press(Key::PageUp);
    h.run();
    assert_eq!(cursor(&h).0, start + 2);
    h.key_press(Key::End);
    h.run();
    assert_eq!(cursor(&h).0, total - 1);
    h.key_press(Key::Home);
    h.run();
    assert_eq!(cursor(&h), (0, 0));

    // The overview lists every slide; a click jumps there and closes it.
    h.key_press(Key::G);
    h.run();
    h.get_by_label("Back to the slide");
    let fifth = format!("5. {}", plain(&h.state().show().unwrap().deck.slides[4].title));
    h.get_by_label_contains(&fifth).click();
    h.run();
    assert_eq!(cursor(&h).0, 4);
    assert!(!h.state().show().unwrap().overview);

    // The buttons under the slide do the same as the keys.
    h.get_by_label("▶").click();
    h.run();
    assert_eq!(cursor(&h).0, 5);

    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().show().is_none(), "Esc ends the show");
    assert_eq!(*h.state().route(), Route::Chapter { id: chapter.id.clone(), section: Some(section.id.clone()) });
}

#[test]
fn the_presenter_view_shows_the_next_slide_notes_and_time_and_drives_the_show() {
    let mut h = harness("en", Route::Chapter { id: "legal-framework".into(), section: None }, [1400.0, 1000.0]);
    h.key_press(Key::F5);
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    h.key_press(Key::F6);
    h.run();
    assert!(h.state().show().unwrap().presenter);
    // Without native windows (as here), the presenter view is drawn as a window inside the main one.
    h.get_by_label("Speaker notes");
    h.get_by_label("Now showing");
    h.get_by_label("Next");
    h.get_by_label_contains("Elapsed");
    let notes = &h.state().show().unwrap().slide().notes;
    assert!(!notes.sources.is_empty());
    let first_source = notes.sources[0].cite.clone();
    h.get_by_label(&first_source);
    let before = cursor(&h).0;
    h.get_by_label("Next slide").click();
    h.run();
    assert_eq!(cursor(&h).0, before + 1);
    h.get_by_label("Close presenter view").click();
    h.run();
    assert!(!h.state().show().unwrap().presenter);
}

#[test]
fn a_case_study_from_the_training_page_reveals_each_question_in_turn() {
    let hb = Handbook::embedded().unwrap();
    let (chapter, _) = hb.chapter("en", "case-studies").unwrap();
    let (case_id, title) = diplomatic_handbook::training::slides::case_studies(chapter)[1].clone();
    let mut h = harness("en", Route::Training, [1280.0, 1600.0]);
    h.get_by_label(&format!("▶ {}", plain(&title))).click();
    h.run();
    let show = h.state().show().expect("the case runs as slides");
    assert_eq!(show.deck.title, title);
    let discussion = show
        .deck
        .slides
        .iter()
        .position(|s| s.kind == diplomatic_handbook::training::slides::SlideKind::Discussion)
        .unwrap();
    let questions = show.deck.slides[discussion].items.clone();
    assert!(questions.len() >= 2, "{case_id}");
    while cursor(&h).0 < discussion {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    let second = plain(&questions[1].text);
    let words: String = second.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(h.query_by_label_contains(&words).is_none(), "the second question is hidden at first");
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(cursor(&h), (discussion, 1));
    h.get_by_label_contains(&words);
}

#[test]
fn a_quiz_is_answered_by_clicks_and_scored_at_the_end() {
    let mut h = harness("en", Route::Training, [1280.0, 1600.0]);
    h.get_by_label("10").click();
    h.run();
    h.get_by_label("Start the quiz").click();
    h.run();
    let total = h.state().quiz().expect("the quiz runs").asked.len();
    assert_eq!(total, 10);
    for n in 0..total {
        h.get_by_label(&format!("Question {} of {total} · {} right so far", n + 1, n.min(1)));
        let asked = h.state().quiz().unwrap().question().unwrap().clone();
        if n == 0 {
            // Answer the first one right, by clicking the option.
            let right = asked.question.answer.correct_index();
            let text = match &asked.question.answer {
                diplomatic_handbook::content::model::Answer::Choice { options, .. } => plain(&options[right]),
                diplomatic_handbook::content::model::Answer::TrueFalse(v) => (if *v { "True" } else { "False" }).into(),
            };
            h.get_by_label(&format!("{}) {text}", option_letter(right))).click();
            h.run();
            h.get_by_label("Right.");
        } else {
            h.get_by_label("Show the answer").click();
            h.run();
            h.get_by_label_contains("The right answer is");
        }
        let next = if n + 1 == total { "See the result" } else { "Next question →" };
        h.get_by_label(next).click();
        h.run();
    }
    h.get_by_label(&format!("1 of {total} right"));
    h.get_by_label_contains(&format!("{} questions were not answered", total - 1));
    h.get_by_label("Try the same questions again").click();
    h.run();
    h.get_by_label(&format!("Question 1 of {total} · 0 right so far"));
    h.get_by_label("Leave the quiz").click();
    h.run();
    assert!(h.state().quiz().is_none(), "nothing of the quiz is kept");
    h.get_by_label("Start the quiz");
}

#[test]
fn a_handout_is_saved_where_the_trainer_chose() {
    use diplomatic_handbook::training::handouts::{Format, Handout};
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness("en", Route::Training, [1280.0, 1600.0]);
    let path = dir.path().join("card.pdf");
    h.state_mut().export_handout_to(&Handout::PocketCard("general".into()), Format::Pdf, "sv", &path);
    h.run();
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    h.get_by_label_contains("Handout saved to");
    // A place that cannot be written (its folder is a file): the failure is said, nothing else changes.
    let bad = path.join("quiz.html");
    h.state_mut().export_handout_to(&Handout::Quiz { chapter: None, answers: true }, Format::Html, "en", &bad);
    h.run();
    assert!(h.state().status().unwrap().error);
    assert!(!bad.exists());
}

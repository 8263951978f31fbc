//! Flows through the real window, driven by accessible labels (egui_kittest).

use diplomatic_handbook::content::inline::plain;
use diplomatic_handbook::content::{Handbook, Problem};
use diplomatic_handbook::navigation::Route;
use diplomatic_handbook::settings::Settings;
use diplomatic_handbook::ui::HandbookApp;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn english_at(route: Route) -> Settings {
    Settings { route, language: Some("en".into()), ..Settings::default() }
}

fn harness(settings: Settings) -> Harness<'static, HandbookApp> {
    let mut harness = Harness::builder()
        .with_max_steps(32)
        .with_size([1280.0, 1600.0])
        .build_eframe(move |cc| HandbookApp::with_settings(&cc.egui_ctx, Handbook::embedded(), settings));
    harness.run();
    harness
}

fn handbook() -> Handbook {
    Handbook::embedded().expect("the built-in content loads")
}

#[test]
fn opening_a_chapter_from_the_navigation_shows_its_title_and_contents() {
    let hb = handbook();
    let chapter = &hb.base().chapters[0];
    let mut h = harness(english_at(Route::Home));

    h.get_by_role_and_label(Role::Button, &format!("{}  {}", chapter.number, chapter.title)).click();
    h.run();

    assert_eq!(h.state().route(), &Route::Chapter { id: chapter.id.clone(), section: None });
    h.get_by_role_and_label(Role::Label, &chapter.title);
    // The table of contents lists every section as a link.
    for (i, section) in chapter.sections.iter().enumerate() {
        let entry = format!("{}.{}  {}", chapter.number, i + 1, plain(&section.title));
        h.get_by_role_and_label(Role::Link, &entry);
    }
}

#[test]
fn a_link_navigates_and_back_and_forward_return() {
    let hb = handbook();
    let start = Route::Chapter { id: "identifying-victims".into(), section: None };
    let indicator_id = "gen-threats-to-family";
    let checklist = hb.checklist_of_indicator("en", indicator_id).unwrap();
    let indicator = checklist.groups.iter().flat_map(|g| &g.indicators).find(|i| i.id == indicator_id).unwrap();
    let mut h = harness(english_at(start.clone()));

    // The "See also" link to an indicator opens its checklist at that indicator.
    h.get_all_by_role_and_label(Role::Link, &plain(&indicator.text))
        .next()
        .expect("chapter 7 links to the indicator")
        .click();
    h.run();
    let at_indicator = Route::Checklist { id: checklist.id.clone(), indicator: Some(indicator_id.into()) };
    assert_eq!(h.state().route(), &at_indicator);
    h.get_by_role_and_label(Role::Label, &checklist.title);

    h.get_by_role_and_label(Role::Button, "Back").click();
    h.run();
    assert_eq!(h.state().route(), &start);

    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(h.state().route(), &at_indicator);

    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().route(), &start);
    let forward = h.get_by_role_and_label(Role::Button, "Forward");
    assert!(!forward.accesskit_node().is_disabled(), "forward is possible again");
}

#[test]
fn zoom_changes_with_keys_and_buttons_and_is_shown() {
    let mut h = harness(english_at(Route::Home));
    h.get_by_role_and_label(Role::Button, "100 %");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert_eq!(h.state().settings().zoom, 1.2);
    h.get_by_role_and_label(Role::Button, "120 %");
    assert_eq!(h.ctx.zoom_factor(), 1.2);

    h.get_by_role_and_label(Role::Button, "Zoom out").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "110 %");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    h.get_by_role_and_label(Role::Button, "100 %");
    assert_eq!(h.state().settings().zoom, 1.0);
}

#[test]
fn the_last_place_and_zoom_survive_a_restart() {
    let mut h = harness(english_at(Route::Home));
    h.get_by_role_and_label(Role::Button, "Denmark").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    let saved = h.state().settings();
    assert_eq!(saved.route, Route::Contacts { country: Some("DK".into()), contact: None });

    // What eframe stores is plain RON; a new window starts from it.
    let stored = ron::to_string(&saved).unwrap();
    let restored: Settings = ron::from_str(&stored).unwrap();
    let h2 = harness(restored);
    assert_eq!(h2.state().route(), &saved.route);
    assert_eq!(h2.state().settings().zoom, 1.1);
    h2.get_by_role_and_label(Role::Label, "Denmark");
}

#[test]
fn content_that_cannot_be_read_is_explained_instead_of_shown() {
    let problem = Problem { file: "en/chapters/02-x.ron".into(), line: 4, column: 5, message: "Expected comma".into() };
    let mut h = Harness::builder()
        .with_max_steps(32)
        .with_size([1000.0, 700.0])
        .build_eframe(move |cc| HandbookApp::with_settings(&cc.egui_ctx, Err(vec![problem]), english_at(Route::Home)));
    h.run();
    h.get_by_label("The handbook content could not be read");
    h.get_by_label("en/chapters/02-x.ron:4:5: Expected comma");
}

/// Steps the harness until `found` is true (the search index is built on a background thread).
fn step_until(h: &mut Harness<'static, HandbookApp>, found: impl Fn(&Harness<'static, HandbookApp>) -> bool) {
    for _ in 0..400 {
        h.step();
        if found(h) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("condition not reached");
}

#[test]
fn search_from_the_keyboard_opens_the_first_result_and_highlights_it() {
    let hb = handbook();
    // What the engine ranks first among indicators (the popup lists indicators first).
    let engine = diplomatic_handbook::search::SearchEngine::build(&hb).unwrap();
    let first = engine
        .search("en", "pasport taken", 30)
        .into_iter()
        .find(|h| h.kind == diplomatic_handbook::search::Kind::Indicator)
        .expect("an indicator matches");
    let title = first.title.clone();
    let link = diplomatic_handbook::content::inline::LinkTarget::parse(&first.id).unwrap();
    let expected = Route::from_link(&link, &hb, "en").unwrap();
    let mut h = harness(english_at(Route::Home));

    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Search");
    assert!(field.is_focused(), "Ctrl+K focuses the search field");
    field.type_text("pasport taken");
    step_until(&mut h, |h| h.query_by_role_and_label(Role::Button, &title).is_some());

    // The first result is selected; Enter opens it.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().route(), &expected);
    // The popup is gone; the page marks the words the query matched, typo and all.
    assert!(h.query_by_role_and_label(Role::Button, &title).is_none());
    let marked = |h: &Harness<'_, HandbookApp>| h.state().highlight().map(|m| m.ranges("Passport taken away").len());
    assert_eq!(marked(&h), Some(2), "\"pasport\" marks passport, and taken is marked");

    // Navigating elsewhere drops the highlight.
    h.get_by_role_and_label(Role::Button, "Start page").click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(marked(&h), None, "no highlight after leaving the page");
}

#[test]
fn escape_clears_the_search_and_slash_focuses_it() {
    let mut h = harness(english_at(Route::Home));
    h.key_press(Key::Slash);
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Search");
    assert!(field.is_focused(), "/ focuses the search field");
    field.type_text("debt");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Search");
    assert_eq!(field.value().unwrap_or_default(), "");
    assert!(!field.is_focused());
}

#[test]
fn every_page_of_the_handbook_opens() {
    let hb = handbook();
    let mut routes =
        vec![Route::Home, Route::Glossary { term: None }, Route::Contacts { country: None, contact: None }];
    routes.extend(hb.base().chapters.iter().map(|c| Route::Chapter { id: c.id.clone(), section: None }));
    routes.extend(hb.base().checklists.iter().map(|c| Route::Checklist { id: c.id.clone(), indicator: None }));
    routes.extend(hb.countries.iter().map(|c| Route::Contacts { country: Some(c.code.clone()), contact: None }));
    let mut h = harness(english_at(Route::Home));
    for route in routes {
        // Layout of every text on the page runs here; a missing glyph or a panic fails the test.
        h.state_mut().go(route.clone());
        h.run();
        assert_eq!(h.state().route(), &route);
    }
}

#[test]
fn an_indicator_links_to_the_sections_that_discuss_it() {
    let hb = handbook();
    let sections = hb.sections_linking_to("indicator:gen-documents-held");
    assert!(sections.len() >= 3, "{sections:?}");
    let (chapter_id, section_id) = sections[0].clone();
    let (chapter, _) = hb.chapter("en", &chapter_id).unwrap();
    let (i, section) = chapter.sections.iter().enumerate().find(|(_, s)| s.id == section_id).unwrap();
    let title = format!("{}.{} {}", chapter.number, i + 1, plain(&section.title));

    let route = Route::Checklist { id: "general".into(), indicator: Some("gen-documents-held".into()) };
    let mut h = harness(english_at(route));
    h.get_by_label("Discussed in the handbook");
    h.get_all_by_role_and_label(Role::Link, &title).next().expect("a link to the section").click();
    h.run();
    assert_eq!(h.state().route(), &Route::Chapter { id: chapter_id, section: Some(section_id) });
}

#[test]
fn switching_language_changes_the_labels_and_the_content() {
    let mut h = harness(english_at(Route::Checklist { id: "general".into(), indicator: None }));
    h.get_by_role_and_label(Role::Button, "Start page");
    let swedish = diplomatic_handbook::i18n::I18n::new("sv");
    assert_eq!(swedish.lang(), "sv", "the Swedish locale is compiled in");

    // Settings menu → Language → Svenska.
    h.get_by_label_contains("Settings").click();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "Svenska").click();
    h.run();

    assert!(h.query_by_role_and_label(Role::Button, "Start page").is_none(), "the English label is gone");
    h.get_by_role_and_label(Role::Button, &swedish.tr("nav-home"));
    // The checklist itself is now in Swedish.
    let hb = handbook();
    let title = &hb.checklists("sv").into_iter().find(|c| c.id == "general").unwrap().title;
    assert_ne!(title, "General indicators");
    h.get_by_role_and_label(Role::Label, title);
    assert_eq!(h.state().settings().language.as_deref(), Some("sv"), "the choice is remembered");
}

#[test]
fn an_untranslated_checklist_is_shown_in_english_with_a_notice() {
    // The built-in content without the German general checklist.
    let files: Vec<_> = diplomatic_handbook::content::embedded_files()
        .into_iter()
        .filter(|f| f.path != "de/checklists/01-general.ron")
        .collect();
    let settings = Settings {
        route: Route::Checklist { id: "general".into(), indicator: None },
        language: Some("de".into()),
        ..Settings::default()
    };
    let mut h = Harness::builder()
        .with_max_steps(32)
        .with_size([1280.0, 1600.0])
        .build_eframe(move |cc| HandbookApp::with_settings(&cc.egui_ctx, Handbook::load(files), settings));
    h.run();
    let notice = diplomatic_handbook::i18n::I18n::new("de").tr("checklist-fallback-notice");
    h.get_by_label(&notice);
    h.get_by_role_and_label(Role::Label, "General indicators");
}

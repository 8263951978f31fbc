//! Accessibility through the real window (egui_kittest): every control has a name a screen reader
//! can say, the keyboard alone gets around, the high-contrast theme, and 200 % text.

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::content::inline::plain;
use diplomatic_handbook::interview::store::InterviewStore;
use diplomatic_handbook::navigation::Route;
use diplomatic_handbook::settings::{Settings, ThemeChoice};
use diplomatic_handbook::ui::HandbookApp;
use egui::accesskit::Role;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};

fn harness_sized(settings: Settings, size: [f32; 2], interview_dir: &std::path::Path) -> Harness<'static, HandbookApp> {
    let store = InterviewStore::at(interview_dir.join("interview-autosave.ron"));
    let mut h = Harness::builder().with_max_steps(32).with_size(size).build_eframe(move |cc| {
        let mut app = HandbookApp::with_settings(&cc.egui_ctx, Handbook::embedded(), settings);
        app.use_interview_store(store);
        app
    });
    h.run();
    h
}

fn english(route: Route) -> Settings {
    Settings { route, language: Some("en".into()), ..Settings::default() }
}

/// One page of each kind, with the interview desk both before and after an interview starts.
fn pages() -> Vec<Route> {
    let hb = Handbook::embedded().unwrap();
    vec![
        Route::Home,
        Route::Chapter { id: "identifying-victims".into(), section: None },
        Route::Chapter { id: "case-studies".into(), section: None },
        Route::Checklist { id: hb.base().checklists[0].id.clone(), indicator: None },
        Route::Contacts { country: Some("LT".into()), contact: None },
        Route::Glossary { term: None },
        Route::Interview,
        Route::Training,
    ]
}

const CONTROLS: [Role; 11] = [
    Role::Button,
    Role::Link,
    Role::CheckBox,
    Role::RadioButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::SearchInput,
    Role::ComboBox,
    Role::Slider,
    Role::SpinButton,
    Role::Tab,
];

fn start_interview(h: &mut Harness<'static, HandbookApp>) {
    h.get_by_role_and_label(Role::TextInput, "Case reference").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Case reference").type_text("HEL-2026-007");
    h.run();
    h.get_by_role_and_label(Role::Button, "Start interview").scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "Start interview").click();
    h.run();
    assert!(h.state().interview().is_some());
}

#[test]
fn every_control_on_every_kind_of_page_has_a_name() {
    let dir = tempfile::tempdir().unwrap();
    for route in pages() {
        let mut h = harness_sized(english(route.clone()), [1280.0, 2400.0], dir.path());
        if route == Route::Interview {
            start_interview(&mut h);
        }
        let controls: Vec<_> = h.query_all(by().predicate(|n| CONTROLS.contains(&n.role()))).collect();
        assert!(controls.len() > 5, "{route:?}: expected controls, found {}", controls.len());
        let unnamed: Vec<String> = controls
            .iter()
            .filter(|n| n.accesskit_node().label().is_none_or(|l| l.trim().is_empty()))
            .map(|n| format!("{:?} at {:?}", n.accesskit_node().role(), n.rect()))
            .collect();
        assert!(unnamed.is_empty(), "{route:?}: controls without an accessible name: {unnamed:#?}");
    }
}

/// The label of the node that has keyboard focus.
fn focused(h: &Harness<'static, HandbookApp>) -> Option<String> {
    h.query_all(by().predicate(|n| n.is_focused())).find_map(|n| n.accesskit_node().label())
}

/// Presses Tab until a control whose name starts with `prefix` has focus; returns how many presses.
fn tab_to(h: &mut Harness<'static, HandbookApp>, prefix: &str) -> usize {
    for presses in 1..=400 {
        h.key_press(Key::Tab);
        h.run();
        if focused(h).is_some_and(|l| l.starts_with(prefix)) {
            return presses;
        }
    }
    panic!("Tab never reached a control named {prefix:?}");
}

#[test]
fn the_keyboard_alone_opens_a_chapter_follows_a_link_and_ticks_an_indicator() {
    let dir = tempfile::tempdir().unwrap();
    let hb = Handbook::embedded().unwrap();
    let mut h = harness_sized(english(Route::Home), [1280.0, 900.0], dir.path());

    // Tab moves through the controls; Enter opens the focused chapter in the navigation.
    let chapter = hb.base().chapters.iter().find(|c| c.id == "identifying-victims").unwrap();
    tab_to(&mut h, &format!("{}  ", chapter.number));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().route(), &Route::Chapter { id: chapter.id.clone(), section: None });

    // Shift+Tab goes back the way it came.
    let before = focused(&h);
    h.key_press(Key::Tab);
    h.run();
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(focused(&h), before, "Shift+Tab returns to the previous control");

    // The interview desk: type a case reference, start, tick an indicator with Space.
    h.state_mut().go(Route::Interview);
    h.run();
    tab_to(&mut h, "Case reference");
    h.get_by_role_and_label(Role::TextInput, "Case reference").type_text("RIX-2026-12");
    h.run();
    tab_to(&mut h, "Start interview");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().interview().expect("started from the keyboard").case_ref, "RIX-2026-12");
    tab_to(&mut h, "Observed: ");
    h.key_press(Key::Space);
    h.run();
    assert_eq!(h.state().interview().unwrap().ticks.len(), 1, "Space ticks the focused indicator");
}

#[test]
fn the_high_contrast_theme_is_chosen_from_the_menu_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_sized(english(Route::Home), [1280.0, 900.0], dir.path());
    h.get_by_role_and_label(Role::Button, "⚙ Settings").click();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "High contrast").click();
    h.run();
    assert_eq!(h.state().settings().theme, ThemeChoice::HighContrast);
    let visuals = h.ctx.global_style().visuals.clone();
    assert!(visuals.dark_mode);
    assert_eq!(visuals.panel_fill, egui::Color32::BLACK);
    assert_eq!(visuals.widgets.noninteractive.fg_stroke.color, egui::Color32::WHITE);
    assert!(visuals.widgets.inactive.bg_stroke.width >= 1.5, "every control is outlined");

    // It survives a restart, and switching back to dark restores the ordinary dark colours.
    let saved = h.state().settings();
    let mut h = harness_sized(saved, [1280.0, 900.0], dir.path());
    assert_eq!(h.ctx.global_style().visuals.panel_fill, egui::Color32::BLACK);
    h.get_by_role_and_label(Role::Button, "⚙ Settings").click();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "Dark").click();
    h.run();
    assert_ne!(h.ctx.global_style().visuals.panel_fill, egui::Color32::BLACK);
}

/// Named nodes that are on screen at all.
fn visible_named(h: &Harness<'static, HandbookApp>, screen: Rect) -> Vec<(Role, String, Rect)> {
    h.query_all(by().predicate(|n| n.label().is_some() || (n.role() == Role::Label && n.value().is_some())))
        .filter_map(|n| {
            let node = n.accesskit_node();
            let name = if node.role() == Role::Label { node.value() } else { node.label() }?;
            let rect = n.rect();
            (rect.intersects(screen) && rect.area() > 0.0 && !name.trim().is_empty()).then(|| (node.role(), name, rect))
        })
        .collect()
}

#[test]
fn at_200_percent_nothing_runs_off_the_window_and_controls_do_not_overlap() {
    let dir = tempfile::tempdir().unwrap();
    for route in pages() {
        let settings = Settings { zoom: 2.0, ..english(route.clone()) };
        // kittest's size is in points: a 1280×800-pixel window at 200 % lays out 640×400 points.
        let mut h = harness_sized(settings, [640.0, 400.0], dir.path());
        if route == Route::Interview {
            start_interview(&mut h);
        }
        let screen = h.ctx.content_rect();
        assert_eq!(h.ctx.zoom_factor(), 2.0);
        let nodes = visible_named(&h, screen);
        assert!(nodes.len() > 5, "{route:?}: expected text on screen");
        for (role, name, rect) in &nodes {
            assert!(
                rect.right() <= screen.right() + 1.0 && rect.left() >= screen.left() - 1.0,
                "{route:?}: {role:?} {name:?} runs off the window at 200 %: {rect:?}"
            );
        }
        let controls: Vec<_> = nodes.iter().filter(|(role, ..)| CONTROLS.contains(role)).collect();
        for (i, (ra, na, a)) in controls.iter().enumerate() {
            for (rb, nb, b) in &controls[i + 1..] {
                let overlap = a.intersect(*b);
                assert!(
                    overlap.width() <= 1.0 || overlap.height() <= 1.0 || a.contains_rect(*b) || b.contains_rect(*a),
                    "{route:?}: at 200 % {ra:?} {na:?} {a:?} overlaps {rb:?} {nb:?} {b:?}"
                );
            }
        }
    }
}

#[test]
fn page_down_end_and_home_scroll_a_chapter() {
    let dir = tempfile::tempdir().unwrap();
    let hb = Handbook::embedded().unwrap();
    let chapter = hb.base().chapters.iter().find(|c| c.id == "identifying-victims").unwrap();
    let route = Route::Chapter { id: chapter.id.clone(), section: None };
    let mut h = harness_sized(english(route), [1280.0, 800.0], dir.path());
    let title_y = |h: &Harness<'static, HandbookApp>| h.get_by_role_and_label(Role::Label, &chapter.title).rect().top();
    let top = title_y(&h);

    h.key_press(Key::PageDown);
    h.run();
    let moved = top - title_y(&h);
    assert!(moved > 400.0, "Page Down scrolls most of a screen (moved {moved})");

    h.key_press(Key::End);
    h.run();
    let n = chapter.sections.len();
    let last = format!("{}.{}  {}", chapter.number, n, plain(&chapter.sections[n - 1].title));
    let heading = h.get_by_role_and_label(Role::Label, &last).rect();
    assert!(heading.top() < 800.0, "End shows the last section ({heading:?})");

    h.key_press(Key::Home);
    h.run();
    assert_eq!(title_y(&h), top, "Home is back at the title");

    // Space pages down too while no control has focus; arrows move by a line.
    h.key_press(Key::Space);
    h.run();
    assert!(top - title_y(&h) > 400.0);
    h.key_press(Key::ArrowUp);
    h.run();
    assert!(top - title_y(&h) > 300.0 && top - title_y(&h) < moved, "an arrow moves less than a page");
}

#[test]
fn back_returns_to_the_place_of_the_link_not_the_top_of_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let start = Route::Chapter { id: "assistance-protection".into(), section: Some("safety-planning".into()) };
    let mut h = harness_sized(english(start.clone()), [1280.0, 800.0], dir.path());
    let heading_y =
        |h: &Harness<'static, HandbookApp>| h.get_by_role_and_label(Role::Label, "9.2  Safety planning").rect().top();
    let title_y = |h: &Harness<'static, HandbookApp>| {
        h.get_by_role_and_label(Role::Label, "Assistance and protection").rect().top()
    };
    // Opened at 9.2, then read a little further down.
    h.key_press(Key::ArrowDown);
    h.run();
    let read_to = heading_y(&h);
    assert!(title_y(&h) < 0.0, "the chapter opened at its section, below the title");

    // Follow a link on screen to another chapter, then come back.
    let link = h
        .get_all_by_role_and_label(Role::Link, "Safe return")
        .find(|n| (0.0..800.0).contains(&n.rect().top()))
        .expect("a link to Safe return on screen");
    // The link may wrap over two lines; click it the way a screen reader does.
    link.click_accesskit();
    h.run();
    assert_eq!(h.state().route(), &Route::Chapter { id: "safe-return".into(), section: None });
    h.key_press(Key::PageDown);
    h.run();

    h.key_press_modifiers(egui::Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().route(), &start);
    assert!((heading_y(&h) - read_to).abs() < 1.0, "back at {read_to}, not {}", heading_y(&h));

    // Forward returns to where Safe return was left: one page down, not its top.
    h.key_press_modifiers(egui::Modifiers::ALT, Key::ArrowRight);
    h.run();
    let title = h.get_by_role_and_label(Role::Label, "Safe return and reintegration").rect().top();
    assert!(title < 0.0, "forward keeps the page scrolled down (title at {title})");
}

#[test]
fn the_navigation_follows_the_section_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let hb = Handbook::embedded().unwrap();
    let chapter = hb.base().chapters.iter().find(|c| c.id == "assistance-protection").unwrap();
    let route = Route::Chapter { id: chapter.id.clone(), section: None };
    let mut h = harness_sized(english(route), [1280.0, 800.0], dir.path());
    let entry = |i: usize| format!("{}.{} {}", chapter.number, i + 1, plain(&chapter.sections[i].title));
    let selected = |h: &Harness<'static, HandbookApp>, i: usize| {
        // A screen reader hears the marked entry as pressed.
        h.get_by_role_and_label(Role::Button, &entry(i)).accesskit_node().toggled()
            == Some(egui::accesskit::Toggled::True)
    };
    assert!(!selected(&h, 0), "at the chapter's title no section is marked");

    h.key_press(Key::End);
    h.run();
    let last = chapter.sections.len() - 1;
    assert!(selected(&h, last), "at the end the last section is marked");
    assert!(!selected(&h, 0));
}

#[test]
fn a_case_in_the_overview_table_opens_at_that_case() {
    let dir = tempfile::tempdir().unwrap();
    let route = Route::Chapter { id: "case-studies".into(), section: None };
    let mut h = harness_sized(english(route), [1280.0, 800.0], dir.path());
    let title = "A boy, a station and an uncle";
    h.get_by_role_and_label(Role::Link, title).click_accesskit();
    h.run();
    assert_eq!(
        h.state().route(),
        &Route::Chapter { id: "case-studies".into(), section: Some("case-begging-uncle".into()) }
    );
    let heading = h.get_by_role_and_label(Role::Label, title).rect();
    assert!((0.0..400.0).contains(&heading.top()), "the case is at the top of the view: {heading:?}");
}

#[test]
fn page_down_scrolls_the_interview_checklists() {
    let dir = tempfile::tempdir().unwrap();
    let hb = Handbook::embedded().unwrap();
    let mut h = harness_sized(english(Route::Interview), [1280.0, 800.0], dir.path());
    start_interview(&mut h);
    let first = plain(&hb.base().checklists[0].groups[0].indicators[0].text);
    let y = |h: &Harness<'static, HandbookApp>| h.get_all_by_label(&first).next().unwrap().rect().top();
    let top = y(&h);
    h.key_press(Key::PageDown);
    h.run();
    assert!(top - y(&h) > 300.0, "Page Down moves the checklists (from {top} to {})", y(&h));
    h.key_press(Key::Home);
    h.run();
    assert_eq!(y(&h), top);
}

#[test]
fn a_glossary_term_in_the_text_opens_its_definition() {
    let dir = tempfile::tempdir().unwrap();
    let route = Route::Chapter { id: "assistance-protection".into(), section: Some("safety-planning".into()) };
    let mut h = harness_sized(english(route.clone()), [1280.0, 800.0], dir.path());
    // The first use of the term in the section is a link a screen reader announces as one;
    // its later uses in the same section are plain text.
    let links: Vec<_> = h.get_all_by_role_and_label(Role::Link, "reflection period").collect();
    assert!(!links.is_empty(), "the term is linked in 9.2");
    links[0].click_accesskit();
    h.run();
    assert_eq!(h.state().route(), &Route::Glossary { term: Some("reflection-period".into()) });
    let term = h.get_by_role_and_label(Role::Label, "Recovery and reflection period").rect();
    assert!((0.0..400.0).contains(&term.top()), "the glossary opens at the term: {term:?}");

    // Back returns to the chapter.
    h.key_press_modifiers(egui::Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().route(), &route);
}

#[test]
fn glossary_terms_are_marked_only_in_text_in_the_glossarys_language() {
    let dir = tempfile::tempdir().unwrap();
    let german = |route: Route| Settings { route, language: Some("de".into()), ..Settings::default() };
    // Chapter 9 has no German translation: shown in English, its terms link to the English glossary.
    let route = Route::Chapter { id: "assistance-protection".into(), section: Some("safety-planning".into()) };
    let h = harness_sized(german(route), [1280.0, 800.0], dir.path());
    assert!(h.query_all_by_role_and_label(Role::Link, "reflection period").next().is_some());
    drop(h);
    // Chapter 2 in German: "Richtlinie (EU) 2024/1712" stays plain text, not a link to an English definition.
    let route = Route::Chapter { id: "what-is-trafficking".into(), section: Some("purpose".into()) };
    let h = harness_sized(german(route), [1280.0, 800.0], dir.path());
    assert!(h.query_all_by_role_and_label(Role::Link, "2024/1712").next().is_none());
    drop(h);
    // The same words in English are marked.
    let route = Route::Chapter { id: "what-is-trafficking".into(), section: Some("purpose".into()) };
    let h = harness_sized(english(route), [1280.0, 800.0], dir.path());
    let marked: Vec<String> = h
        .query_all_by_role(Role::Link)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.contains("2024/1712"))
        .collect();
    assert!(!marked.is_empty(), "the English chapter marks the 2024 Directive");
}

//! The referral directory in the window: filters, copy buttons, import (good and bad), export.

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::directory::LocalStore;
use diplomatic_handbook::navigation::Route;
use diplomatic_handbook::settings::Settings;
use diplomatic_handbook::ui::HandbookApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const PARTNER: &str = r#"LocalContacts(countries: [LocalCountry(code: "DK", contacts: [Contact(
    id: "dk-embassy-partner-shelter",
    organisation: "Copenhagen partner shelter",
    roles: [Shelter],
    description: "Takes referrals from our consular section at any hour.",
    phones: [Phone(number: "+45 11 22 33 44", label: "Duty phone")],
    sources: [Source(cite: "Cooperation agreement with the embassy, 2026")],
    checked: "2026-11-20",
)])])"#;

fn harness(dir: &std::path::Path, route: Route) -> Harness<'static, HandbookApp> {
    let store = LocalStore::at(dir.join("local-contacts.ron"));
    let settings = Settings { route, language: Some("en".into()), ..Settings::default() };
    let mut h = Harness::builder().with_max_steps(32).with_size([1280.0, 2400.0]).build_eframe(move |cc| {
        let mut app = HandbookApp::with_settings(&cc.egui_ctx, Handbook::embedded(), settings);
        app.use_local_store(&cc.egui_ctx, store);
        app
    });
    h.run();
    h
}

fn denmark() -> Route {
    Route::Contacts { country: Some("DK".into()), contact: None }
}

#[test]
fn a_country_page_shows_numbers_with_copy_and_call() {
    let dir = tempfile::tempdir().unwrap();
    let h = harness(dir.path(), denmark());
    h.get_by_role_and_label(Role::Button, "Copy +45 70 20 25 50");
    assert!(h.query_all_by_label("Call").count() >= 1);
    assert!(h.query_all_by_label_contains("Checked on 2026-11-23").count() >= 1);
}

#[test]
fn filters_narrow_the_directory_by_role_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Route::Contacts { country: None, contact: None });
    // Every country appears in the unfiltered directory.
    assert!(h.query_by_role_and_label(Role::Link, "Finland").is_some());
    assert!(h.query_by_role_and_label(Role::Link, "Denmark").is_some());

    let filter = h.get_by_role_and_label(Role::TextInput, "Filter");
    filter.focus();
    filter.type_text("ihmiskauppa");
    h.run();
    // Only Finland has a contact with this e-mail.
    assert!(h.query_by_role_and_label(Role::Link, "Finland").is_some());
    assert!(h.query_by_role_and_label(Role::Link, "Denmark").is_none());
}

#[test]
fn importing_a_good_file_adds_a_local_contact_that_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("partners.ron");
    std::fs::write(&file, PARTNER).unwrap();
    let mut h = harness(dir.path(), denmark());
    let ctx = h.ctx.clone();
    h.state_mut().import_contacts_file(&ctx, &file);
    h.run();
    h.get_by_label_contains("Added 1 contacts");
    h.get_by_label("Copenhagen partner shelter");
    h.get_by_label("LOCAL");
    drop(h);

    // A new window with the same data folder still has it.
    let h = harness(dir.path(), denmark());
    h.get_by_label("Copenhagen partner shelter");
}

#[test]
fn a_bad_file_changes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, PARTNER.replace("roles: [Shelter],", "roles: [Shelter]")).unwrap();
    let mut h = harness(dir.path(), denmark());
    let ctx = h.ctx.clone();
    h.state_mut().import_contacts_file(&ctx, &file);
    h.run();
    h.get_by_label_contains("Nothing was imported: broken.ron has 1 problem");
    // The missing comma is noticed where the next field starts.
    let line = PARTNER.lines().position(|l| l.contains("description:")).unwrap() + 1;
    h.get_by_label_contains(&format!("broken.ron:{line}:"));
    assert!(h.query_by_label("Copenhagen partner shelter").is_none());
    assert!(!dir.path().join("local-contacts.ron").exists(), "nothing was stored");
}

#[test]
fn export_writes_a_file_that_lists_every_contact() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), denmark());
    let out = dir.path().join("export.ron");
    h.state_mut().export_contacts_to(&out);
    h.run();
    h.get_by_label_contains("Saved");
    let text = std::fs::read_to_string(&out).unwrap();
    let handbook = Handbook::embedded().unwrap();
    for country in &handbook.countries {
        for contact in &country.contacts {
            assert!(text.contains(&format!("\"{}\"", contact.id)), "{} missing", contact.id);
        }
    }
}

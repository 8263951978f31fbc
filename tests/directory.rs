//! Importing an embassy's own contacts: validated first, all or nothing, stored locally, exportable.

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::content::model::LocalContacts;
use diplomatic_handbook::date::Date;
use diplomatic_handbook::directory::{self, LocalStore};

const GOOD: &str = r#"
LocalContacts(countries: [
    LocalCountry(code: "FI", contacts: [
        Contact(
            id: "fi-local-legal-clinic",
            organisation: "Helsinki legal advice clinic (local partner)",
            roles: [VictimSupport],
            description: "Free legal advice for migrants; our consular section refers people here.",
            website: "https://example.org/clinic",
            sources: [Source(cite: "Agreement with the embassy, 2026")],
            checked: "2026-11-01",
        ),
    ]),
    LocalCountry(code: "ES", name: "Spain", emergency: ["112"], contacts: [
        Contact(
            id: "es-partner-ngo",
            organisation: "Partner NGO in Madrid",
            roles: [Ngo, Shelter],
            description: "Runs a shelter for women; accepts referrals from the embassy.",
            phones: [Phone(number: "+34 900 000 000", label: "Office", hours: "Mon–Fri 09–17")],
            sources: [Source(cite: "Visit by the consular section, October 2026")],
            checked: "2026-10-15",
        ),
    ]),
])
"#;

fn handbook() -> Handbook {
    Handbook::embedded().unwrap()
}

#[test]
fn a_good_file_adds_local_contacts_that_survive_a_restart() {
    let hb = handbook();
    let (new, summary) = directory::check_import(&hb, "partners.ron", GOOD).unwrap();
    assert_eq!(summary, directory::ImportSummary { added: 2, already_present: 0, new_countries: 1 });

    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::at(dir.path().join("local-contacts.ron"));
    let mut stored = store.load().unwrap();
    directory::merge_into(&mut stored, new);
    store.save(&stored).unwrap();

    // A new start reads the file again.
    let reloaded = LocalStore::at(dir.path().join("local-contacts.ron")).load().unwrap();
    let merged = hb.with_local(&reloaded);
    let finland = merged.country("FI").unwrap();
    let clinic = finland.contacts.iter().find(|c| c.id == "fi-local-legal-clinic").unwrap();
    assert!(clinic.local, "imported entries are marked local");
    assert!(finland.contacts.iter().filter(|c| !c.local).count() >= 3, "built-in contacts stay");
    let spain = merged.country("ES").unwrap();
    assert_eq!(spain.name, "Spain");
    assert_eq!(spain.emergency, vec!["112".to_owned()]);
}

#[test]
fn a_malformed_file_is_rejected_whole_with_file_line_and_column() {
    let hb = handbook();
    let broken = GOOD.replacen("roles: [VictimSupport],", "roles: [VictimSupport]", 1);
    let problems = directory::check_import(&hb, "partners.ron", &broken).unwrap_err();
    assert_eq!(problems.len(), 1);
    let line = broken.lines().position(|l| l.contains("description: \"Free legal")).unwrap() + 1;
    assert_eq!(problems[0].file, "partners.ron");
    assert_eq!(problems[0].line, line, "{}", problems[0]);
    assert!(problems[0].column > 0);
}

#[test]
fn every_problem_in_a_file_is_listed_and_nothing_is_added() {
    let hb = handbook();
    let bad = GOOD
        .replace("+34 900 000 000", "900 000 000 000")
        .replace("sources: [Source(cite: \"Agreement with the embassy, 2026\")],", "sources: [],")
        .replace("name: \"Spain\", ", "")
        .replace("\"fi-local-legal-clinic\"", "\"fi-assistance-system\"");
    let problems = directory::check_import(&hb, "partners.ron", &bad).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let all = text.join("\n");
    assert!(all.contains("phone `900 000 000 000`"), "{all}");
    assert!(all.contains("has no sources"), "{all}");
    assert!(all.contains("needs a `name`"), "{all}");
    assert!(all.contains("`fi-assistance-system` is used twice"), "{all}");
    assert!(text.iter().all(|l| l.starts_with("partners.ron:")), "{all}");
}

#[test]
fn an_exported_directory_imports_back_without_duplicates() {
    let hb = handbook();
    let (new, _) = directory::check_import(&hb, "partners.ron", GOOD).unwrap();
    let mut store = LocalContacts::default();
    directory::merge_into(&mut store, new);
    let merged = hb.with_local(&store);

    let exported = directory::export(&merged);
    let (again, summary) = directory::check_import(&merged, "export.ron", &exported).unwrap();
    assert_eq!(summary.added, 0);
    assert_eq!(summary.already_present, merged.countries.iter().map(|c| c.contacts.len()).sum::<usize>());
    assert!(again.countries.is_empty());

    // And into a fresh copy, the local contacts arrive (the built-in ones are already there).
    let (fresh, summary) = directory::check_import(&hb, "export.ron", &exported).unwrap();
    assert_eq!(summary.added, 2);
    assert_eq!(fresh.countries.len(), 2);
}

#[test]
fn a_local_contact_can_be_removed() {
    let hb = handbook();
    let (new, _) = directory::check_import(&hb, "partners.ron", GOOD).unwrap();
    let mut store = LocalContacts::default();
    directory::merge_into(&mut store, new);
    assert!(directory::remove(&mut store, "es-partner-ngo"));
    assert!(!directory::remove(&mut store, "es-partner-ngo"));
    assert!(hb.with_local(&store).country("ES").is_none(), "a country left empty disappears");
}

#[test]
fn a_corrupt_store_is_reported_not_half_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local-contacts.ron");
    std::fs::write(&path, "LocalContacts(countries: [LocalCountry(code: \"FI\", contacts: [").unwrap();
    let err = LocalStore::at(path).load().unwrap_err();
    assert!(err.line >= 1, "{err}");
}

#[test]
fn entries_older_than_a_year_are_stale() {
    let today = Date::parse("2026-11-23").unwrap();
    assert!(!directory::is_stale("2026-11-23", today));
    assert!(!directory::is_stale("2025-11-23", today));
    assert!(directory::is_stale("2025-11-22", today));
    assert!(directory::is_stale("not a date", today));
}

//! The referral directory: filter by country, role and text; copy or call a number; see when each entry
//! was checked (and a warning when that is over a year ago); import local partners and export the directory.

use egui::{Align, RichText, Ui};

use super::blocks::{inline_ui, sources_ui};
use super::reader::page_ui;
use super::theme::Bold as _;
use super::{Action, ViewCtx};
use crate::content::inline::plain;
use crate::content::model::{Contact, Country, Role};
use crate::date::Date;
use crate::directory::is_stale;
use crate::i18n::I18n;
use crate::navigation::Route;

/// Filters that stay while the officer moves between countries.
#[derive(Clone, Debug, Default)]
pub struct ContactsFilter {
    pub role: Option<Role>,
    pub text: String,
}

impl ContactsFilter {
    fn matches(&self, country: &Country, contact: &Contact, i18n: &I18n) -> bool {
        if let Some(role) = self.role
            && !contact.roles.contains(&role)
        {
            return false;
        }
        let needle = self.text.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let mut hay = vec![country.name.clone(), contact.organisation.clone(), plain(&contact.description)];
        hay.extend(contact.roles.iter().map(|r| role_name(i18n, *r)));
        hay.extend(contact.phones.iter().map(|p| p.number.clone()));
        hay.extend(contact.email.iter().cloned());
        needle.split_whitespace().all(|word| hay.iter().any(|h| h.to_lowercase().contains(word)))
    }
}

pub const ALL_ROLES: [Role; 14] = [
    Role::Emergency,
    Role::Police,
    Role::NationalReferral,
    Role::NationalCoordinator,
    Role::NationalRapporteur,
    Role::Hotline,
    Role::VictimSupport,
    Role::Ngo,
    Role::Shelter,
    Role::Iom,
    Role::LabourInspectorate,
    Role::ChildProtection,
    Role::Migration,
    Role::International,
];

pub fn contacts_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, code: Option<&str>, filter: &mut ContactsFilter) {
    let handbook = view.handbook;
    let (offset, anchor) = view.take_scroll();
    let country = code.and_then(|c| handbook.country(c));
    page_ui(ui, &format!("contacts-{}", code.unwrap_or("all")), offset, |ui| {
        toolbar_ui(ui, view, country, filter);
        ui.add_space(8.0);
        match country {
            Some(country) => country_ui(ui, view, country, filter, anchor.as_deref()),
            None => {
                ui.heading(RichText::new(view.i18n.tr("contacts-all")).bold().size(28.0));
                let mut shown = 0;
                for country in &handbook.countries {
                    let matching: Vec<&Contact> =
                        country.contacts.iter().filter(|c| filter.matches(country, c, view.i18n)).collect();
                    if matching.is_empty() {
                        continue;
                    }
                    shown += matching.len();
                    ui.add_space(10.0);
                    ui.horizontal_wrapped(|ui| {
                        if ui.link(RichText::new(&country.name).heading().bold()).clicked() {
                            view.actions.push(Action::Go(Route::Contacts {
                                country: Some(country.code.clone()),
                                contact: None,
                            }));
                        }
                        emergency_ui(ui, view.i18n, country);
                    });
                    for contact in matching {
                        contact_ui(ui, view, contact, anchor.as_deref() == Some(contact.id.as_str()));
                    }
                }
                if shown == 0 {
                    ui.label(view.i18n.tr("contacts-none-match"));
                }
            }
        }
    });
}

fn toolbar_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, country: Option<&Country>, filter: &mut ContactsFilter) {
    let i18n = view.i18n;
    ui.horizontal_wrapped(|ui| {
        let current = country.map_or_else(|| i18n.tr("contacts-all-countries"), |c| c.name.clone());
        egui::ComboBox::from_label(i18n.tr("contacts-country")).selected_text(current).show_ui(ui, |ui| {
            if ui.selectable_label(country.is_none(), i18n.tr("contacts-all-countries")).clicked() {
                view.actions.push(Action::Go(Route::Contacts { country: None, contact: None }));
            }
            for c in &view.handbook.countries {
                let selected = country.is_some_and(|x| x.code == c.code);
                if ui.selectable_label(selected, &c.name).clicked() {
                    view.actions.push(Action::Go(Route::Contacts { country: Some(c.code.clone()), contact: None }));
                }
            }
        });
        let role_text = filter.role.map_or_else(|| i18n.tr("contacts-all-roles"), |r| role_name(i18n, r));
        egui::ComboBox::from_label(i18n.tr("contacts-role")).selected_text(role_text).show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.role, None, i18n.tr("contacts-all-roles"));
            for role in ALL_ROLES {
                ui.selectable_value(&mut filter.role, Some(role), role_name(i18n, role));
            }
        });
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("contacts-filter"));
        ui.add(
            egui::TextEdit::singleline(&mut filter.text)
                .id_salt("contacts-filter")
                .hint_text(i18n.tr("contacts-filter-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        ui.separator();
        if ui.button(i18n.tr("contacts-import")).on_hover_text(i18n.tr("contacts-import-hint")).clicked() {
            view.actions.push(Action::ImportContacts);
        }
        if ui.button(i18n.tr("contacts-export")).on_hover_text(i18n.tr("contacts-export-hint")).clicked() {
            view.actions.push(Action::ExportContacts);
        }
    });
}

fn emergency_ui(ui: &mut Ui, i18n: &I18n, country: &Country) {
    if country.emergency.is_empty() {
        return;
    }
    ui.label(RichText::new(i18n.tr("emergency")).bold());
    for number in &country.emergency {
        ui.label(RichText::new(number).monospace().bold().size(20.0)).on_hover_text(i18n.tr("emergency-hint"));
    }
}

fn country_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, country: &Country, filter: &ContactsFilter, anchor: Option<&str>) {
    ui.heading(RichText::new(&country.name).bold().size(30.0));
    ui.horizontal_wrapped(|ui| emergency_ui(ui, view.i18n, country));
    ui.add_space(6.0);
    ui.label(RichText::new(view.i18n.tr("contacts-heading")).heading().bold());
    let matching: Vec<&Contact> = country.contacts.iter().filter(|c| filter.matches(country, c, view.i18n)).collect();
    if matching.is_empty() {
        ui.label(view.i18n.tr("contacts-none-match"));
    }
    for contact in matching {
        contact_ui(ui, view, contact, anchor == Some(contact.id.as_str()));
    }
    if !country.referral.is_empty() {
        ui.add_space(16.0);
        ui.label(RichText::new(view.i18n.tr("how-referral-works")).heading().bold());
        for paragraph in &country.referral {
            inline_ui(ui, view, paragraph);
        }
        checked_ui(ui, view.i18n, &country.checked);
        sources_ui(ui, view, &country.code, &country.sources);
    }
}

pub fn role_name(i18n: &I18n, role: Role) -> String {
    let id = match role {
        Role::Emergency => "role-emergency",
        Role::Police => "role-police",
        Role::NationalReferral => "role-national-referral",
        Role::NationalCoordinator => "role-national-coordinator",
        Role::NationalRapporteur => "role-national-rapporteur",
        Role::Hotline => "role-hotline",
        Role::VictimSupport => "role-victim-support",
        Role::Ngo => "role-ngo",
        Role::Shelter => "role-shelter",
        Role::Iom => "role-iom",
        Role::LabourInspectorate => "role-labour-inspectorate",
        Role::ChildProtection => "role-child-protection",
        Role::Migration => "role-migration",
        Role::International => "role-international",
    };
    i18n.tr(id)
}

/// "Checked on DATE", with a warning when that is more than a year ago.
fn checked_ui(ui: &mut Ui, i18n: &I18n, checked: &str) {
    if checked.is_empty() {
        return;
    }
    if is_stale(checked, Date::today()) {
        ui.label(
            RichText::new(format!("⚠ {}", i18n.tr_args("checked-stale", &[("date", checked.to_owned().into())])))
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    } else {
        ui.label(RichText::new(i18n.tr_args("checked-on", &[("date", checked.to_owned().into())])).small().weak());
    }
}

/// A "Copy" button that says "Copied" for a moment after it was pressed.
fn copy_button(ui: &mut Ui, i18n: &I18n, text: &str, what: &str) {
    let id = egui::Id::unique(("copied", text));
    let now = ui.input(|i| i.time);
    let copied_at: Option<f64> = ui.ctx().data(|d| d.get_temp(id));
    let recent = copied_at.is_some_and(|t| now - t < 2.0);
    let label = if recent { format!("✔ {}", i18n.tr("copied")) } else { i18n.tr("copy") };
    let response = ui.small_button(label).on_hover_text(i18n.tr_args("copy-hint", &[("what", what.to_owned().into())]));
    let name = i18n.tr_args("copy-named", &[("what", what.to_owned().into())]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
    if response.clicked() {
        ui.ctx().copy_text(text.to_owned());
        ui.ctx().data_mut(|d| d.insert_temp(id, now));
    }
    if recent {
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
    }
}

fn contact_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, contact: &Contact, targeted: bool) {
    let i18n = view.i18n;
    let response = egui::Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&contact.organisation).bold().size(17.0));
                if contact.local {
                    ui.label(RichText::new(i18n.tr("contact-local")).small().bold().color(ui.visuals().warn_fg_color))
                        .on_hover_text(i18n.tr("contact-local-hint"));
                }
            });
            let roles: Vec<String> = contact.roles.iter().map(|r| role_name(i18n, *r)).collect();
            ui.label(RichText::new(roles.join(" · ")).small().color(ui.visuals().hyperlink_color));
            inline_ui(ui, view, &contact.description);
            for phone in &contact.phones {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("☎ {}", phone.number)).monospace().bold().size(16.0));
                    copy_button(ui, i18n, &phone.number, &phone.number);
                    let tel: String = phone.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                    ui.hyperlink_to(i18n.tr("call"), format!("tel:{tel}")).on_hover_text(i18n.tr("call-hint"));
                    let mut details = Vec::new();
                    details.extend(phone.label.iter().cloned());
                    details.extend(phone.hours.iter().cloned());
                    if !phone.languages.is_empty() {
                        details.push(phone.languages.join(", "));
                    }
                    match phone.free {
                        Some(true) => details.push(i18n.tr("phone-free")),
                        Some(false) => details.push(i18n.tr("phone-charged")),
                        None => {}
                    }
                    if !details.is_empty() {
                        ui.label(RichText::new(details.join(" · ")).weak());
                    }
                });
            }
            if let Some(email) = &contact.email {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(i18n.tr("email")).weak());
                    ui.label(RichText::new(email).monospace());
                    copy_button(ui, i18n, email, email);
                    ui.hyperlink_to(i18n.tr("write"), format!("mailto:{email}"));
                });
            }
            if let Some(site) = &contact.website {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(i18n.tr("website")).weak());
                    ui.hyperlink(site);
                });
            }
            if let Some(note) = &contact.note {
                ui.label(RichText::new(plain(note)).italics().weak().small());
            }
            checked_ui(ui, i18n, &contact.checked);
            sources_ui(ui, view, &contact.id, &contact.sources);
            if contact.local {
                let remove = ui.small_button(i18n.tr("contact-remove"));
                let name = i18n.tr_args("contact-remove-named", &[("name", contact.organisation.clone().into())]);
                remove.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
                if remove.clicked() {
                    view.actions.push(Action::RemoveLocalContact(contact.id.clone()));
                }
            }
        })
        .response;
    if targeted {
        response.scroll_to_me(Some(Align::TOP));
    }
    ui.add_space(6.0);
}

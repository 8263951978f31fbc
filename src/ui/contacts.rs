//! The referral directory: one country's emergency numbers, how referral works, and its contacts.

use super::theme::Bold as _;
use egui::{Align, RichText, Ui};

use super::blocks::{inline_ui, sources_ui};
use super::reader::page_ui;
use super::{Action, ViewCtx};
use crate::content::model::{Contact, Role};
use crate::i18n::I18n;
use crate::navigation::Route;

pub fn contacts_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, code: Option<&str>) {
    let handbook = view.handbook;
    let (to_top, anchor) = view.take_scroll();
    let Some(country) = code.and_then(|c| handbook.country(c)) else {
        page_ui(ui, "contacts", to_top, |ui| {
            ui.heading(RichText::new(view.i18n.tr("nav-contacts")).bold().size(30.0));
            for country in &handbook.countries {
                if ui.link(RichText::new(&country.name).size(18.0)).clicked() {
                    view.actions
                        .push(Action::Go(Route::Contacts { country: Some(country.code.clone()), contact: None }));
                }
            }
        });
        return;
    };
    page_ui(ui, &format!("contacts-{}", country.code), to_top, |ui| {
        ui.heading(RichText::new(&country.name).bold().size(30.0));
        if !country.emergency.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(view.i18n.tr("emergency")).bold());
                for number in &country.emergency {
                    ui.label(RichText::new(number).monospace().bold().size(22.0))
                        .on_hover_text(view.i18n.tr("emergency-hint"));
                }
            });
        }
        ui.add_space(6.0);
        ui.label(RichText::new(view.i18n.tr("contacts-heading")).heading().bold());
        for contact in &country.contacts {
            contact_ui(ui, view, contact, anchor.as_deref() == Some(contact.id.as_str()));
        }
        ui.add_space(16.0);
        ui.label(RichText::new(view.i18n.tr("how-referral-works")).heading().bold());
        for paragraph in &country.referral {
            inline_ui(ui, view, paragraph);
        }
        ui.label(
            RichText::new(view.i18n.tr_args("checked-on", &[("date", country.checked.clone().into())])).small().weak(),
        );
        sources_ui(ui, view, &country.code, &country.sources);
    });
}

fn role_name(i18n: &I18n, role: Role) -> String {
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

fn contact_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, contact: &Contact, targeted: bool) {
    let response = egui::Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&contact.organisation).bold().size(18.0));
            let roles: Vec<String> = contact.roles.iter().map(|r| role_name(view.i18n, *r)).collect();
            ui.label(RichText::new(roles.join(" · ")).small().color(ui.visuals().hyperlink_color));
            inline_ui(ui, view, &contact.description);
            for phone in &contact.phones {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("☎ {}", phone.number)).monospace().bold().size(17.0));
                    let mut details = Vec::new();
                    if let Some(label) = &phone.label {
                        details.push(label.clone());
                    }
                    if let Some(hours) = &phone.hours {
                        details.push(hours.clone());
                    }
                    if !phone.languages.is_empty() {
                        details.push(phone.languages.join(", "));
                    }
                    match phone.free {
                        Some(true) => details.push(view.i18n.tr("phone-free")),
                        Some(false) => details.push(view.i18n.tr("phone-charged")),
                        None => {}
                    }
                    if !details.is_empty() {
                        ui.label(RichText::new(details.join(" · ")).weak());
                    }
                });
            }
            if let Some(email) = &contact.email {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(view.i18n.tr("email")).weak());
                    ui.label(RichText::new(email).monospace());
                });
            }
            if let Some(site) = &contact.website {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(view.i18n.tr("website")).weak());
                    ui.hyperlink(site);
                });
            }
            if let Some(note) = &contact.note {
                ui.label(RichText::new(crate::content::inline::plain(note)).italics().weak().small());
            }
            ui.label(
                RichText::new(view.i18n.tr_args("checked-on", &[("date", contact.checked.clone().into())]))
                    .small()
                    .weak(),
            );
            sources_ui(ui, view, &contact.id, &contact.sources);
        })
        .response;
    if targeted {
        response.scroll_to_me(Some(Align::TOP));
    }
    ui.add_space(6.0);
}

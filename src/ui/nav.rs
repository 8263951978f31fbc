//! The left navigation: home, chapters (with the open chapter's sections), checklists, contacts, glossary.

use super::theme::Bold as _;
use egui::{RichText, Ui};

use super::{Action, ViewCtx};
use crate::content::inline;
use crate::navigation::{Area, Route};

pub fn nav_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, route: &Route) {
    let handbook = view.handbook;
    let lang = view.lang().to_owned();
    egui::ScrollArea::vertical().id_salt("nav-scroll").auto_shrink([false, false]).show(ui, |ui| {
        ui.add_space(6.0);
        if ui.selectable_label(*route == Route::Home, view.i18n.tr("nav-home")).clicked() {
            view.actions.push(Action::Go(Route::Home));
        }
        let desk_label = match &view.interview_ticks {
            Some(ticks) => view.i18n.tr_args("nav-interview-open", &[("count", ticks.len().into())]),
            None => view.i18n.tr("nav-interview"),
        };
        if ui.selectable_label(*route == Route::Interview, RichText::new(desk_label).strong()).clicked() {
            view.actions.push(Action::Go(Route::Interview));
        }
        if ui
            .selectable_label(*route == Route::Training, RichText::new(view.i18n.tr("nav-training")).strong())
            .clicked()
        {
            view.actions.push(Action::Go(Route::Training));
        }

        heading(ui, &view.i18n.tr("nav-chapters"));
        for (chapter, _) in handbook.chapters(&lang) {
            let open = matches!(route, Route::Chapter { id, .. } if *id == chapter.id);
            let label = format!("{}  {}", chapter.number, chapter.title);
            if ui.selectable_label(open, label).clicked() {
                view.actions.push(Action::Go(Route::Chapter { id: chapter.id.clone(), section: None }));
            }
            if open {
                // The section on screen follows scrolling; before the chapter is drawn, the linked one.
                let current_section = super::reader::reading_section(ui.ctx(), &chapter.id).unwrap_or(match route {
                    Route::Chapter { section, .. } => section.clone(),
                    _ => None,
                });
                let current_section = current_section.as_deref();
                ui.indent(("toc", &chapter.id), |ui| {
                    for (i, section) in chapter.sections.iter().enumerate() {
                        let label =
                            RichText::new(format!("{}.{} {}", chapter.number, i + 1, inline::plain(&section.title)))
                                .small();
                        let selected = current_section == Some(section.id.as_str());
                        if ui.selectable_label(selected, label).clicked() {
                            view.actions.push(Action::Go(Route::Chapter {
                                id: chapter.id.clone(),
                                section: Some(section.id.clone()),
                            }));
                        }
                    }
                });
            }
        }

        heading(ui, &view.i18n.tr("nav-checklists"));
        for checklist in handbook.checklists(&lang) {
            let open = matches!(route, Route::Checklist { id, .. } if *id == checklist.id);
            if ui.selectable_label(open, &checklist.title).clicked() {
                view.actions.push(Action::Go(Route::Checklist { id: checklist.id.clone(), indicator: None }));
            }
        }

        heading(ui, &view.i18n.tr("nav-contacts"));
        for country in &handbook.countries {
            let open = matches!(route, Route::Contacts { country: Some(c), .. } if *c == country.code);
            if ui.selectable_label(open, &country.name).clicked() {
                view.actions.push(Action::Go(Route::Contacts { country: Some(country.code.clone()), contact: None }));
            }
        }

        if !handbook.glossary(&lang).terms.is_empty() {
            ui.add_space(10.0);
            let open = route.area() == Area::Glossary;
            if ui.selectable_label(open, view.i18n.tr("nav-glossary")).clicked() {
                view.actions.push(Action::Go(Route::Glossary { term: None }));
            }
        }
    });
}

fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(text.to_uppercase()).small().bold().weak());
}

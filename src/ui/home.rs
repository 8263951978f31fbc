//! The start page, and the page shown when content cannot be loaded.

use super::theme::Bold as _;
use egui::{RichText, Ui};

use super::reader::page_ui;
use super::{Action, ViewCtx};
use crate::content::Problem;
use crate::i18n::I18n;
use crate::navigation::Route;

pub fn home_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, problems: &[Problem]) {
    let handbook = view.handbook;
    let lang = view.lang().to_owned();
    let (offset, _) = view.take_scroll();
    page_ui(ui, "home", offset, |ui| {
        if !problems.is_empty() {
            problems_ui(ui, view.i18n, problems);
        }
        ui.heading(RichText::new(&handbook.manifest.title).bold().size(32.0));
        ui.label(RichText::new(format!("{} · {}", handbook.manifest.edition, handbook.manifest.date)).weak());
        ui.add_space(8.0);
        ui.label(view.i18n.tr("home-intro"));
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(view.i18n.tr("home-based-on")).weak());
            match &handbook.manifest.based_on.url {
                Some(url) => {
                    ui.hyperlink_to(&handbook.manifest.based_on.cite, url);
                }
                None => {
                    ui.label(&handbook.manifest.based_on.cite);
                }
            }
        });
        ui.add_space(16.0);

        ui.label(RichText::new(view.i18n.tr("nav-chapters")).heading().bold());
        for (chapter, _) in handbook.chapters(&lang) {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let title = format!("{}  {}", chapter.number, chapter.title);
                if ui.link(RichText::new(title).bold().size(18.0)).clicked() {
                    view.actions.push(Action::Go(Route::Chapter { id: chapter.id.clone(), section: None }));
                }
                ui.label(RichText::new(crate::content::inline::plain(&chapter.summary)).weak());
            });
        }
        ui.add_space(12.0);
        ui.label(RichText::new(view.i18n.tr("nav-checklists")).heading().bold());
        for checklist in handbook.checklists(&lang) {
            let count: usize = checklist.groups.iter().map(|g| g.indicators.len()).sum();
            let text = view
                .i18n
                .tr_args("checklist-entry", &[("title", checklist.title.clone().into()), ("count", count.into())]);
            if ui.link(text).clicked() {
                view.actions.push(Action::Go(Route::Checklist { id: checklist.id.clone(), indicator: None }));
            }
        }
        ui.add_space(12.0);
        ui.label(RichText::new(view.i18n.tr("nav-contacts")).heading().bold());
        ui.horizontal_wrapped(|ui| {
            for country in &handbook.countries {
                if ui.link(&country.name).clicked() {
                    view.actions
                        .push(Action::Go(Route::Contacts { country: Some(country.code.clone()), contact: None }));
                }
            }
        });
    });
}

fn problems_ui(ui: &mut Ui, i18n: &I18n, problems: &[Problem]) {
    egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(i18n.tr_args("content-problems", &[("count", problems.len().into())]))
                .bold()
                .color(ui.visuals().warn_fg_color),
        );
        for problem in problems.iter().take(20) {
            ui.label(RichText::new(problem.to_string()).monospace().small());
        }
    });
    ui.add_space(12.0);
}

/// Shown instead of everything else when the content cannot be read.
pub fn load_failed_ui(ui: &mut Ui, i18n: &I18n, problems: &[Problem]) {
    page_ui(ui, "load-failed", None, |ui| {
        ui.heading(RichText::new(i18n.tr("load-failed-title")).bold());
        ui.label(i18n.tr("load-failed-body"));
        ui.add_space(8.0);
        for problem in problems {
            ui.label(RichText::new(problem.to_string()).monospace());
        }
    });
}

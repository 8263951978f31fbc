//! The bar across the top: back / forward, the title, zoom, theme and language.

use std::collections::BTreeMap;

use egui::{Role, Ui, WidgetInfo};

use super::Action;
use crate::i18n::{self, I18n};
use crate::navigation::History;
use crate::settings::{Settings, ThemeChoice};

pub fn top_bar_ui(
    ui: &mut Ui,
    i18n: &I18n,
    language_names: &BTreeMap<String, String>,
    history: &History,
    settings: &Settings,
    actions: &mut Vec<Action>,
    search_ui: impl FnOnce(&mut Ui, &mut Vec<Action>),
) {
    egui::Panel::top("top-bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let back = ui
                .add_enabled(history.can_go_back(), egui::Button::new(format!("⬅ {}", i18n.tr("back"))))
                .on_hover_text(i18n.tr("back-hint"));
            named(&back, Role::Button, i18n.tr("back"));
            if back.clicked() {
                actions.push(Action::Back);
            }
            let forward = ui
                .add_enabled(history.can_go_forward(), egui::Button::new(format!("{} ➡", i18n.tr("forward"))))
                .on_hover_text(i18n.tr("forward-hint"));
            named(&forward, Role::Button, i18n.tr("forward"));
            if forward.clicked() {
                actions.push(Action::Forward);
            }
            ui.separator();
            // The search field takes what the controls on the right leave (measured last frame),
            // so at large text sizes it shrinks instead of running under them.
            let right_id = egui::Id::unique("top-bar-right-width");
            let right = ui.ctx().data(|d| d.get_temp::<f32>(right_id)).unwrap_or(260.0);
            let search_width = (ui.available_width() - right - ui.spacing().item_spacing.x).max(0.0);
            ui.scope(|ui| {
                ui.set_max_width(search_width);
                search_ui(ui, actions);
            });

            let right_side = ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // Theme and language are set once; they live in a menu to leave room for search.
                ui.menu_button(format!("⚙ {}", i18n.tr("settings")), |ui| {
                    theme_ui(ui, i18n, settings.theme, actions);
                    ui.separator();
                    language_ui(ui, i18n, language_names, actions);
                });
                ui.separator();
                zoom_ui(ui, i18n, settings.zoom, actions);
            });
            let used = right_side.response.rect.width();
            ui.ctx().data_mut(|d| d.insert_temp(right_id, used));
        });
        ui.add_space(4.0);
    });
}

/// Gives a widget a plain accessible name (without its icon).
fn named(response: &egui::Response, kind: Role, name: String) {
    let enabled = response.enabled();
    response.widget_info(move || WidgetInfo::labeled(kind, enabled, name.clone()));
}

fn zoom_ui(ui: &mut Ui, i18n: &I18n, zoom: f32, actions: &mut Vec<Action>) {
    // Right-to-left layout: added in reverse order.
    let zoom_in = ui.button(" + ").on_hover_text(i18n.tr("zoom-in-hint"));
    named(&zoom_in, Role::Button, i18n.tr("zoom-in"));
    if zoom_in.clicked() {
        actions.push(Action::Zoom(1));
    }
    let percent = (zoom * 100.0).round() as i64;
    let level =
        ui.button(i18n.tr_args("zoom-level", &[("percent", percent.into())])).on_hover_text(i18n.tr("zoom-reset-hint"));
    if level.clicked() {
        actions.push(Action::ZoomReset);
    }
    let zoom_out = ui.button(" − ").on_hover_text(i18n.tr("zoom-out-hint"));
    named(&zoom_out, Role::Button, i18n.tr("zoom-out"));
    if zoom_out.clicked() {
        actions.push(Action::Zoom(-1));
    }
}

fn theme_ui(ui: &mut Ui, i18n: &I18n, current: ThemeChoice, actions: &mut Vec<Action>) {
    ui.label(egui::RichText::new(i18n.tr("theme")).small().weak());
    for (choice, id) in [
        (ThemeChoice::System, "theme-system"),
        (ThemeChoice::Light, "theme-light"),
        (ThemeChoice::Dark, "theme-dark"),
        (ThemeChoice::HighContrast, "theme-high-contrast"),
    ] {
        if ui.radio(current == choice, i18n.tr(id)).clicked() {
            if current != choice {
                actions.push(Action::SetTheme(choice));
            }
            ui.close();
        }
    }
}

/// Plain radio items, not a combo box: a combo's popup inside a menu closes the menu before it opens.
fn language_ui(ui: &mut Ui, i18n: &I18n, names: &BTreeMap<String, String>, actions: &mut Vec<Action>) {
    let current = i18n.lang();
    ui.label(egui::RichText::new(i18n.tr("language")).small().weak());
    for lang in i18n::available() {
        let name = names.get(&lang).cloned().unwrap_or_else(|| lang.clone());
        if ui.radio(lang == current, name).clicked() {
            if lang != current {
                actions.push(Action::SetLanguage(lang));
            }
            ui.close();
        }
    }
}

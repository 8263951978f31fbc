//! An indicator checklist: groups, weight at a glance, explanation and questions on expand.

use super::theme::Bold as _;
use egui::{Align, RichText, Ui};

use super::blocks::{inline_styled_ui, inline_ui, sources_ui};
use super::reader::page_ui;
use super::{ViewCtx, theme};
use crate::content::model::{Indicator, Weight};

pub fn checklist_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, id: &str) {
    let lang = view.lang().to_owned();
    let Some(checklist) = view.handbook.checklists(&lang).into_iter().find(|c| c.id == id) else {
        ui.label(view.i18n.tr("not-found"));
        return;
    };
    let (offset, anchor) = view.take_scroll();
    page_ui(ui, &format!("checklist-{id}"), offset, |ui| {
        ui.heading(RichText::new(&checklist.title).bold().size(30.0));
        let translated = view.handbook.languages.get(&lang).is_some_and(|l| l.checklists.iter().any(|c| c.id == id));
        if !translated && lang != view.handbook.manifest.base_language {
            ui.label(RichText::new(view.i18n.tr("checklist-fallback-notice")).color(ui.visuals().warn_fg_color));
        }
        inline_ui(ui, view, &checklist.intro);
        ui.add_space(6.0);
        egui::CollapsingHeader::new(RichText::new(view.i18n.tr("weight-rule")).bold())
            .id_salt(("weight-rule", id))
            .show(ui, |ui| inline_ui(ui, view, &checklist.weight_rule));
        for group in &checklist.groups {
            ui.add_space(12.0);
            ui.label(RichText::new(&group.title).heading().bold());
            ui.separator();
            for indicator in &group.indicators {
                indicator_ui(ui, view, indicator, anchor.as_deref() == Some(indicator.id.as_str()));
            }
        }
    });
}

/// A small coloured weight badge.
pub fn weight_badge(ui: &mut Ui, view: &ViewCtx<'_>, weight: Weight) -> egui::Response {
    let dark = ui.visuals().dark_mode;
    let color = theme::weight_color(weight, dark);
    let text = match weight {
        Weight::Strong => view.i18n.tr("weight-strong"),
        Weight::Medium => view.i18n.tr("weight-medium"),
        Weight::General => view.i18n.tr("weight-general"),
    };
    egui::Frame::new()
        .fill(theme::tint(color, dark))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.label(RichText::new(text).small().bold().color(color)))
        .response
}

fn indicator_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, indicator: &Indicator, targeted: bool) {
    let id = ui.make_persistent_id(("indicator", &indicator.id));
    let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, false);
    if targeted {
        state.set_open(true);
    }
    let header = state.show_header(ui, |ui| {
        weight_badge(ui, view, indicator.weight);
        if let Some(ticks) = &view.interview_ticks {
            let ticked = ticks.contains(&indicator.id);
            let label = if ticked { view.i18n.tr("in-interview") } else { view.i18n.tr("add-to-interview") };
            let response = ui.selectable_label(ticked, label);
            let name =
                format!("{}: {}", view.i18n.tr("add-to-interview"), crate::content::inline::plain(&indicator.text));
            response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, ticked, name.clone()));
            if response.clicked() {
                view.actions.push(super::Action::ToggleTick(indicator.id.clone()));
            }
        }
        ui.vertical(|ui| inline_styled_ui(ui, view, &indicator.text, |t| t.bold()));
    });
    let (_, header, _) = header.body(|ui| {
        inline_ui(ui, view, &indicator.explanation);
        ui.add_space(4.0);
        ui.label(RichText::new(view.i18n.tr("questions-to-ask")).bold());
        for question in &indicator.questions {
            ui.horizontal_top(|ui| {
                ui.label("?");
                ui.vertical(|ui| inline_ui(ui, view, question));
            });
        }
        discussed_in_ui(ui, view, &indicator.id);
        sources_ui(ui, view, &indicator.id, &indicator.sources);
    });
    if targeted {
        header.response.scroll_to_me(Some(Align::TOP));
    }
}

/// Links to the handbook sections that discuss an indicator.
fn discussed_in_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, indicator_id: &str) {
    let sections = view.handbook.sections_linking_to(&format!("indicator:{indicator_id}"));
    if sections.is_empty() {
        return;
    }
    ui.label(RichText::new(view.i18n.tr("discussed-in")).bold());
    super::blocks::section_links_ui(ui, view, sections);
}

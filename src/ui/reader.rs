//! The chapter reader: title, contents, sections with their blocks and sources.

use super::theme::Bold as _;
use egui::{Align, RichText, Ui};

use super::blocks::{block_ui, inline_styled_ui, sources_ui};
use super::{Action, ViewCtx, theme};
use crate::content::inline;
use crate::navigation::Route;

/// A scrollable column of readable width, centred in the panel. `scroll_key` gives each
/// page its own scroll position; `to_top` scrolls it back to the top.
pub fn page_ui(ui: &mut Ui, scroll_key: &str, to_top: bool, add: impl FnOnce(&mut Ui)) {
    let mut area = egui::ScrollArea::vertical().id_salt(("page", scroll_key)).auto_shrink([false, false]);
    if to_top {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        if let Some(delta) = keyboard_scroll(ui) {
            ui.scroll_with_delta_animation(egui::vec2(0.0, delta), egui::style::ScrollAnimation::none());
        }
        let available = ui.available_width();
        let width = available.min(theme::READING_WIDTH);
        let margin = ((available - width) / 2.0).max(0.0);
        ui.horizontal(|ui| {
            ui.add_space(margin);
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.add_space(12.0);
                add(ui);
                ui.add_space(48.0);
            });
        });
    });
}

/// Page Down / Page Up / Home / End scroll the page, like a browser; so do Space, Shift+Space and the
/// arrow keys while no control has focus (with focus they move between controls or press them).
/// Nothing happens while a text field takes the keys. Returns the scroll delta (negative: down).
fn keyboard_scroll(ui: &Ui) -> Option<f32> {
    use egui::{Key, Modifiers};
    let ctx = ui.ctx();
    if ctx.egui_wants_keyboard_input() {
        return None;
    }
    let free = ctx.memory(|m| m.focused()).is_none();
    let page = (ui.clip_rect().height() * 0.9).max(40.0);
    let line = 48.0;
    ui.input_mut(|i| {
        let mut delta = 0.0;
        if i.consume_key(Modifiers::NONE, Key::PageDown) || (free && i.consume_key(Modifiers::NONE, Key::Space)) {
            delta -= page;
        }
        if i.consume_key(Modifiers::NONE, Key::PageUp) || (free && i.consume_key(Modifiers::SHIFT, Key::Space)) {
            delta += page;
        }
        if free && i.consume_key(Modifiers::NONE, Key::ArrowDown) {
            delta -= line;
        }
        if free && i.consume_key(Modifiers::NONE, Key::ArrowUp) {
            delta += line;
        }
        if i.consume_key(Modifiers::NONE, Key::End) {
            delta = -f32::INFINITY;
        }
        if i.consume_key(Modifiers::NONE, Key::Home) {
            delta = f32::INFINITY;
        }
        (delta != 0.0).then(|| delta.clamp(-1.0e7, 1.0e7))
    })
}

pub fn chapter_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, id: &str) {
    let handbook = view.handbook;
    let lang = view.lang().to_owned();
    let Some((chapter, fell_back)) = handbook.chapter(&lang, id) else {
        ui.label(view.i18n.tr("not-found"));
        return;
    };
    let (to_top, scroll_to) = view.take_scroll();
    page_ui(ui, &format!("chapter-{id}"), to_top, |ui| {
        ui.label(
            RichText::new(view.i18n.tr_args("chapter-number", &[("number", chapter.number.into())])).small().weak(),
        );
        ui.heading(RichText::new(&chapter.title).bold().size(30.0));
        inline_styled_ui(ui, view, &chapter.summary, |t| t.italics().weak());
        if ui.button(view.i18n.tr("present-chapter")).on_hover_text(view.i18n.tr("present-chapter-hint")).clicked() {
            view.actions.push(Action::Present(super::training::Presentation::Chapter {
                id: chapter.id.clone(),
                section: None,
            }));
        }
        if fell_back {
            ui.add_space(4.0);
            ui.label(RichText::new(view.i18n.tr("fallback-notice")).color(ui.visuals().warn_fg_color));
        }
        ui.add_space(8.0);

        // Contents.
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(view.i18n.tr("contents")).bold());
            for (i, section) in chapter.sections.iter().enumerate() {
                let label = format!("{}.{}  {}", chapter.number, i + 1, inline::plain(&section.title));
                if ui.link(label).clicked() {
                    view.actions
                        .push(Action::Go(Route::Chapter { id: chapter.id.clone(), section: Some(section.id.clone()) }));
                }
            }
        });
        ui.add_space(12.0);

        for (i, section) in chapter.sections.iter().enumerate() {
            ui.add_space(10.0);
            let heading = format!("{}.{}  {}", chapter.number, i + 1, inline::plain(&section.title));
            let response = ui.label(RichText::new(heading).heading().bold());
            if scroll_to.as_deref() == Some(section.id.as_str()) {
                response.scroll_to_me(Some(Align::TOP));
            }
            ui.add_space(4.0);
            for block in &section.blocks {
                block_ui(ui, view, block);
            }
            sources_ui(ui, view, (&chapter.id, &section.id), &section.sources);
            ui.separator();
        }

        // Previous / next chapter.
        let chapters = handbook.chapters(&lang);
        let pos = chapters.iter().position(|(c, _)| c.id == chapter.id);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if let Some(pos) = pos {
                if pos > 0 {
                    let (prev, _) = chapters[pos - 1];
                    let text = view.i18n.tr_args("previous-chapter", &[("title", prev.title.clone().into())]);
                    if ui.button(text).clicked() {
                        view.actions.push(Action::Go(Route::Chapter { id: prev.id.clone(), section: None }));
                    }
                }
                if let Some((next, _)) = chapters.get(pos + 1) {
                    let text = view.i18n.tr_args("next-chapter", &[("title", next.title.clone().into())]);
                    if ui.button(text).clicked() {
                        view.actions.push(Action::Go(Route::Chapter { id: next.id.clone(), section: None }));
                    }
                }
            }
        });
    });
}

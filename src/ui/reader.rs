//! The chapter reader: title, contents, sections with their blocks and sources.

use super::theme::Bold as _;
use egui::{Align, RichText, Ui};

use super::blocks::{block_ui, inline_styled_ui, sources_ui};
use super::{Action, ViewCtx, theme};
use crate::content::inline;
use crate::content::model::Block;
use crate::navigation::Route;

/// A scrollable column of readable width, centred in the panel. `scroll_key` gives each
/// page its own scroll position; `offset` scrolls it there (0: the top). How far the page is
/// scrolled is left in the context for the history (see [`page_offset`]).
pub fn page_ui(ui: &mut Ui, scroll_key: &str, offset: Option<f32>, add: impl FnOnce(&mut Ui)) {
    let mut area = egui::ScrollArea::vertical().id_salt(("page", scroll_key)).auto_shrink([false, false]);
    if let Some(offset) = offset {
        area = area.vertical_scroll_offset(offset);
    }
    let output = area.show(ui, |ui| {
        scroll_with_keys(ui);
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
    ui.ctx().data_mut(|d| d.insert_temp(page_offset_id(), output.state.clamped_offset().y));
}

fn reading_id() -> egui::Id {
    egui::Id::unique("reading-section")
}

/// Remembers which section of a chapter is on screen, for the navigation; repaints once when it
/// changes so the navigation follows a scroll that has just ended.
fn set_reading(ctx: &egui::Context, chapter: &str, section: Option<String>) {
    let now = (chapter.to_owned(), section);
    let changed = ctx.data_mut(|d| {
        let changed = d.get_temp::<(String, Option<String>)>(reading_id()).as_ref() != Some(&now);
        d.insert_temp(reading_id(), now);
        changed
    });
    if changed {
        ctx.request_repaint();
    }
}

/// The section of `chapter` on screen, if that chapter was drawn last: `Some(None)` above the
/// first section; `None` if the chapter last drawn was another one.
pub fn reading_section(ctx: &egui::Context, chapter: &str) -> Option<Option<String>> {
    ctx.data(|d| d.get_temp::<(String, Option<String>)>(reading_id()))
        .and_then(|(c, section)| (c == chapter).then_some(section))
}

fn page_offset_id() -> egui::Id {
    egui::Id::unique("page-scroll-offset")
}

/// How far the reading page drawn since the last call was scrolled; 0 if none was drawn.
pub fn page_offset(ctx: &egui::Context) -> f32 {
    ctx.data_mut(|d| d.remove_temp(page_offset_id())).unwrap_or(0.0)
}

/// Scrolls the scroll area `ui` is in by the keys pressed this frame (see [`keyboard_scroll`]).
/// Call it first thing inside the area's contents.
pub fn scroll_with_keys(ui: &mut Ui) {
    if let Some(delta) = keyboard_scroll(ui) {
        ui.scroll_with_delta_animation(egui::vec2(0.0, delta), egui::style::ScrollAnimation::none());
    }
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
    let text_lang = if fell_back { handbook.manifest.base_language.clone() } else { lang.clone() };
    let (offset, scroll_to) = view.take_scroll();
    page_ui(ui, &format!("chapter-{id}"), offset, |ui| {
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

        let mut heading_tops = Vec::with_capacity(chapter.sections.len());
        for (i, section) in chapter.sections.iter().enumerate() {
            ui.add_space(10.0);
            let heading = format!("{}.{}  {}", chapter.number, i + 1, inline::plain(&section.title));
            let response = ui.label(RichText::new(heading).heading().bold());
            if scroll_to.as_deref() == Some(section.id.as_str()) {
                response.scroll_to_me(Some(Align::TOP));
            }
            heading_tops.push(response.rect.top());
            ui.add_space(4.0);
            // Each section links the first use of every glossary term it uses (when the glossary
            // is in the language the chapter is shown in).
            view.glossary_marks = handbook
                .term_finder(&text_lang)
                .map(|finder| super::GlossaryMarks { finder, seen: Default::default() });
            for block in &section.blocks {
                match block {
                    // A case study can be linked on its own (`section:CHAPTER/CASE`).
                    Block::CaseStudy(case) if scroll_to.as_deref() == Some(case.id.as_str()) => {
                        ui.scope(|ui| block_ui(ui, view, block)).response.scroll_to_me(Some(Align::TOP));
                    }
                    _ => block_ui(ui, view, block),
                }
            }
            view.glossary_marks = None;
            sources_ui(ui, view, (&chapter.id, &section.id), &section.sources);
            ui.separator();
        }

        // The section being read: the last whose heading is above the upper third of the view, or,
        // once the end of the chapter is in view, the last heading on screen.
        let visible = ui.clip_rect();
        let line = if ui.cursor().top() <= visible.bottom() {
            visible.bottom()
        } else {
            visible.top() + visible.height() / 3.0
        };
        let reading = heading_tops.iter().rposition(|top| *top <= line).map(|i| chapter.sections[i].id.clone());
        set_reading(ui.ctx(), &chapter.id, reading);

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

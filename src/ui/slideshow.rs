//! Presenting a deck: slides that fill the window, keyboard and clicker navigation, an overview grid,
//! and a presenter window (a second egui viewport) with the next slide, speaker notes and a clock.

use std::time::Instant;

use super::theme::Bold as _;
use egui::{Align2, Color32, Key, Modifiers, Rect, RichText, Sense, Ui, UiBuilder, Vec2, vec2};

use super::{ViewCtx, blocks, theme};
use crate::content::inline::LinkTarget;
use crate::training::slides::{Cursor, Deck, Mark, Slide, SlideKind, column_shares};

/// The size slides are designed at; everything scales with the window from here.
pub const REFERENCE: Vec2 = Vec2::new(1280.0, 720.0);
const MARGIN_X: f32 = 70.0;
const TITLE_SIZE: f32 = 42.0;
const CONTEXT_SIZE: f32 = 22.0;
const BODY_SIZE: f32 = 30.0;
const TABLE_SIZE: f32 = 25.0;
const FOOTER: f32 = 34.0;

/// A presentation in progress.
pub struct Show {
    pub deck: Deck,
    pub cursor: Cursor,
    pub overview: bool,
    /// The presenter window is open.
    pub presenter: bool,
    /// The screen is blanked (B or . on a clicker).
    pub blank: bool,
    pub started: Instant,
    /// The window was put into full screen by the show and is restored when it ends.
    pub fullscreen: bool,
    /// How far the last drawn slide's content ran past its area, in reference points (0 when it fits).
    pub overflow: f32,
}

impl Show {
    pub fn new(deck: Deck) -> Self {
        Self {
            deck,
            cursor: Cursor::default(),
            overview: false,
            presenter: false,
            blank: false,
            started: Instant::now(),
            fullscreen: false,
            overflow: 0.0,
        }
    }

    pub fn slide(&self) -> &Slide {
        &self.deck.slides[self.cursor.slide.min(self.deck.slides.len() - 1)]
    }
}

/// What the keyboard asked of the show this frame.
#[derive(Default)]
struct Keys {
    next: bool,
    previous: bool,
    first: bool,
    last: bool,
    escape: bool,
    overview: bool,
    presenter: bool,
    blank: bool,
}

fn read_keys(ui: &Ui) -> Keys {
    ui.input_mut(|i| {
        let mut any = |keys: &[Key]| keys.iter().filter(|k| i.consume_key(Modifiers::NONE, **k)).count() > 0;
        Keys {
            next: any(&[Key::ArrowRight, Key::ArrowDown, Key::Space, Key::PageDown, Key::Enter, Key::N]),
            previous: any(&[Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::Backspace, Key::P]),
            first: any(&[Key::Home]),
            last: any(&[Key::End]),
            escape: any(&[Key::Escape]),
            overview: any(&[Key::G, Key::O]),
            presenter: any(&[Key::F6]),
            blank: any(&[Key::B, Key::Period]),
        }
    })
}

/// Applies keys to the show; returns `false` when the show should end.
fn apply_keys(show: &mut Show, keys: &Keys) -> bool {
    if keys.escape {
        if show.overview || show.blank {
            show.overview = false;
            show.blank = false;
        } else {
            return false;
        }
    }
    if keys.next {
        show.blank = false;
        show.cursor = show.cursor.next(&show.deck);
    }
    if keys.previous {
        show.blank = false;
        show.cursor = show.cursor.previous(&show.deck);
    }
    if keys.first {
        show.cursor = Cursor::at(&show.deck, 0);
    }
    if keys.last {
        show.cursor = Cursor::last(&show.deck);
    }
    if keys.overview {
        show.overview = !show.overview;
    }
    if keys.presenter {
        show.presenter = !show.presenter;
    }
    if keys.blank {
        show.blank = !show.blank;
    }
    true
}

/// Draws the show over the whole window. Returns `false` when the trainer left it.
pub fn show_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, show: &mut Show) -> bool {
    if !show.fullscreen {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        show.fullscreen = true;
    }
    let keys = read_keys(ui);
    let mut running = apply_keys(show, &keys);
    if show.presenter {
        running &= presenter_window(ui.ctx(), view, show);
    }
    egui::CentralPanel::default().frame(egui::Frame::new().fill(slide_background(ui)).inner_margin(8)).show(ui, |ui| {
        let full = ui.max_rect();
        if show.overview {
            running &= overview_ui(ui, view, show);
            return;
        }
        if show.blank {
            ui.painter().rect_filled(full, 0.0, Color32::BLACK);
            return;
        }
        let controls_h = 30.0;
        let area = Rect::from_min_max(full.min, full.max - vec2(0.0, controls_h));
        let rect = fit(area, REFERENCE);
        let slide = show.slide().clone();
        let response = ui.interact(rect, ui.scope_id().with("slide"), Sense::click());
        show.overflow = slide_ui(ui, view, rect, &slide, show.cursor.step, &show.deck, show.cursor.slide);
        if response.clicked() {
            show.cursor = show.cursor.next(&show.deck);
        }
        let bar = Rect::from_min_max(egui::pos2(full.min.x, full.max.y - controls_h), full.max);
        ui.scope_builder(UiBuilder::new().max_rect(bar.shrink2(vec2(12.0, 2.0))), |ui| {
            running &= controls_ui(ui, view, show);
        });
    });
    if !running && show.fullscreen {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        show.fullscreen = false;
    }
    running
}

fn slide_background(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode { Color32::from_gray(18) } else { Color32::from_gray(250) }
}

/// The largest rect of `aspect`'s proportions inside `area`, centred.
fn fit(area: Rect, aspect: Vec2) -> Rect {
    let scale = (area.width() / aspect.x).min(area.height() / aspect.y);
    Rect::from_center_size(area.center(), aspect * scale)
}

/// The small bar under the slides: previous, next, counter, overview, presenter view, leave.
fn controls_ui(ui: &mut Ui, view: &ViewCtx<'_>, show: &mut Show) -> bool {
    let i18n = view.i18n;
    let mut running = true;
    ui.horizontal_centered(|ui| {
        if ui.small_button("◀").on_hover_text(i18n.tr("show-previous")).clicked() {
            show.cursor = show.cursor.previous(&show.deck);
        }
        let counter = i18n.tr_args(
            "show-counter",
            &[("n", (show.cursor.slide + 1).into()), ("total", show.deck.slides.len().into())],
        );
        ui.label(RichText::new(counter).small().weak()).on_hover_text(i18n.tr("show-keys"));
        if ui.small_button("▶").on_hover_text(i18n.tr("show-next")).clicked() {
            show.cursor = show.cursor.next(&show.deck);
        }
        let progress = (show.cursor.slide + 1) as f32 / show.deck.slides.len() as f32;
        ui.add(egui::ProgressBar::new(progress).desired_width(160.0).desired_height(4.0));
        if ui.small_button(i18n.tr("show-overview")).clicked() {
            show.overview = true;
        }
        let presenter = if show.presenter { "show-presenter-close" } else { "show-presenter" };
        if ui.small_button(i18n.tr(presenter)).clicked() {
            show.presenter = !show.presenter;
        }
        if ui.small_button(i18n.tr("show-leave")).clicked() {
            running = false;
        }
    });
    running
}

/// A grid of every slide, the current one marked; a click jumps there.
fn overview_ui(ui: &mut Ui, view: &ViewCtx<'_>, show: &mut Show) -> bool {
    let mut running = true;
    ui.horizontal(|ui| {
        ui.heading(view.i18n.tr("show-overview"));
        if ui.button(view.i18n.tr("show-overview-close")).clicked() {
            show.overview = false;
        }
        if ui.button(view.i18n.tr("show-leave")).clicked() {
            running = false;
        }
    });
    ui.label(RichText::new(view.i18n.tr("show-keys")).small().weak());
    ui.add_space(8.0);
    egui::ScrollArea::vertical().id_salt("overview").auto_shrink([false, false]).show(ui, |ui| {
        let width = 230.0;
        let columns = ((ui.available_width() / (width + 10.0)).floor() as usize).max(1);
        egui::Grid::new("overview-grid").spacing([10.0, 10.0]).show(ui, |ui| {
            for (n, slide) in show.deck.slides.iter().enumerate() {
                let current = n == show.cursor.slide;
                let mut title = format!("{}. {}", n + 1, crate::content::inline::plain(&slide.title));
                if let Some((part, of)) = slide.part {
                    title.push_str(&format!(" ({part}/{of})"));
                }
                let context = slide.context.as_deref().map(crate::content::inline::plain).unwrap_or_default();
                let text = if context.is_empty() { title.clone() } else { format!("{title}\n{context}") };
                let button =
                    egui::Button::selectable(current, RichText::new(text).small()).min_size(vec2(width, 72.0)).wrap();
                if ui.add_sized([width, 72.0], button).on_hover_text(&title).clicked() {
                    show.cursor = Cursor::at(&show.deck, n);
                    show.overview = false;
                }
                if (n + 1) % columns == 0 {
                    ui.end_row();
                }
            }
        });
    });
    running
}

/// Draws one slide into `rect` at `step` of its reveal. Returns how far the content ran past the
/// slide's body area, in reference points (0 when it fits).
pub fn slide_ui(
    ui: &mut Ui,
    view: &mut ViewCtx<'_>,
    rect: Rect,
    slide: &Slide,
    step: usize,
    deck: &Deck,
    index: usize,
) -> f32 {
    let s = rect.width() / REFERENCE.x;
    let dark = ui.visuals().dark_mode;
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 6.0 * s, if dark { Color32::from_gray(28) } else { Color32::WHITE });
    let accent = match slide.kind {
        SlideKind::Callout(kind) => theme::callout_accent(kind, dark),
        SlideKind::KeyPoints => ui.visuals().selection.bg_fill,
        _ => ui.visuals().hyperlink_color,
    };
    painter.rect_filled(Rect::from_min_size(rect.min, vec2(rect.width(), 8.0 * s)), 0.0, accent);
    // Footer: deck title and slide number.
    let weak = ui.visuals().weak_text_color();
    let footer_y = rect.max.y - FOOTER * s / 2.0 - 4.0 * s;
    painter.text(
        egui::pos2(rect.min.x + MARGIN_X * s, footer_y),
        Align2::LEFT_CENTER,
        crate::content::inline::plain(&deck.title),
        egui::FontId::proportional(16.0 * s),
        weak,
    );
    painter.text(
        egui::pos2(rect.max.x - MARGIN_X * s, footer_y),
        Align2::RIGHT_CENTER,
        format!("{} / {}", index + 1, deck.slides.len()),
        egui::FontId::proportional(16.0 * s),
        weak,
    );
    let body =
        Rect::from_min_max(rect.min + vec2(MARGIN_X * s, 36.0 * s), rect.max - vec2(MARGIN_X * s, (FOOTER + 10.0) * s));
    let mut bottom = body.min.y;
    ui.scope_builder(UiBuilder::new().max_rect(body).layout(egui::Layout::top_down(egui::Align::Min)), |ui| {
        ui.set_clip_rect(rect);
        // Scaled text lands between pixels by design; egui's debug overlay (debug builds only)
        // would flag every line.
        #[cfg(debug_assertions)]
        {
            ui.style_mut().debug.show_unaligned = false;
        }
        ui.spacing_mut().item_spacing.y = 6.0 * s;
        if slide.kind == SlideKind::Title {
            title_slide_ui(ui, view, slide, s);
        } else {
            if let Some(context) = &slide.context {
                ui.label(RichText::new(crate::content::inline::plain(context)).size(CONTEXT_SIZE * s).color(weak));
            }
            let mut title = crate::content::inline::plain(&slide.title);
            if let Some((part, of)) = slide.part {
                title.push_str(&format!("  ({part}/{of})"));
            }
            ui.label(RichText::new(title).size(TITLE_SIZE * s).bold().color(ui.visuals().strong_text_color()));
            ui.add_space(14.0 * s);
            for item in slide.items.iter().filter(|i| i.step <= step) {
                item_ui(ui, view, item.mark, &item.text, s);
            }
            if let Some(table) = &slide.table {
                table_ui(ui, view, table, s);
            }
            if !slide.links.is_empty() {
                ui.add_space(8.0 * s);
                ui.label(RichText::new(view.i18n.tr("show-draws-on")).size(CONTEXT_SIZE * s).bold().color(weak));
                ui.horizontal_wrapped(|ui| {
                    for target in &slide.links {
                        let label = LinkTarget::parse(target)
                            .ok()
                            .and_then(|t| blocks::link_title(view, &t))
                            .unwrap_or_else(|| target.clone());
                        ui.label(RichText::new(format!("→ {label}")).size(CONTEXT_SIZE * s).color(accent));
                        ui.add_space(16.0 * s);
                    }
                });
            }
        }
        bottom = ui.min_rect().max.y;
    });
    // Links on a slide are for reading, not for leaving the show.
    view.actions.clear();
    ((bottom - body.max.y) / s).max(0.0)
}

fn title_slide_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, slide: &Slide, s: f32) {
    ui.add_space(150.0 * s);
    if let Some(context) = &slide.context {
        ui.label(RichText::new(crate::content::inline::plain(context)).size(CONTEXT_SIZE * s).weak());
    }
    ui.label(
        RichText::new(crate::content::inline::plain(&slide.title))
            .size(TITLE_SIZE * 1.3 * s)
            .bold()
            .color(ui.visuals().strong_text_color()),
    );
    ui.add_space(20.0 * s);
    for item in &slide.items {
        blocks::inline_styled_ui(ui, view, &item.text, |t| t.size(BODY_SIZE * 0.85 * s));
    }
}

fn item_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, mark: Mark, text: &str, s: f32) {
    let size = BODY_SIZE * s;
    let marker = match mark {
        Mark::Text => None,
        Mark::Bullet => Some("•".to_owned()),
        Mark::Number(n) => Some(format!("{n}.")),
    };
    match marker {
        None => blocks::inline_styled_ui(ui, view, text, |t| t.size(size)),
        Some(marker) => {
            ui.horizontal_top(|ui| {
                ui.add_sized([size * 1.3, size], egui::Label::new(RichText::new(marker).size(size).bold()));
                ui.vertical(|ui| blocks::inline_styled_ui(ui, view, text, |t| t.size(size)));
            });
        }
    }
    ui.add_space((0.4 * size * 1.2 - ui.spacing().item_spacing.y).round().max(0.0));
}

fn table_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, table: &crate::content::model::Table, s: f32) {
    let size = TABLE_SIZE * s;
    let shares = column_shares(table);
    let width = ui.available_width();
    let gap = 12.0 * s;
    let cell = |ui: &mut Ui, view: &mut ViewCtx<'_>, text: &str, share: f32, header: bool| {
        let w = width * share - gap;
        ui.vertical(|ui| {
            ui.set_width(w);
            if header {
                ui.label(RichText::new(crate::content::inline::plain(text)).size(size).bold());
            } else {
                blocks::inline_styled_ui(ui, view, text, |t| t.size(size));
            }
        });
    };
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (text, share) in table.header.iter().zip(&shares) {
            cell(ui, view, text, *share, true);
        }
    });
    for row in &table.rows {
        let line_y = ui.cursor().min.y;
        ui.painter().hline(ui.max_rect().x_range(), line_y, ui.visuals().widgets.noninteractive.bg_stroke);
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (text, share) in row.iter().zip(&shares) {
                cell(ui, view, text, *share, false);
            }
        });
    }
}

/// The presenter's window: current and next slide, notes, clock, elapsed time. Returns `false` if the
/// trainer ended the show from it.
fn presenter_window(ctx: &egui::Context, view: &mut ViewCtx<'_>, show: &mut Show) -> bool {
    let title = view.i18n.tr("show-presenter-title");
    let builder = egui::ViewportBuilder::default().with_title(title).with_inner_size([1000.0, 680.0]);
    let id = egui::ViewportId::from_hash_of("presenter-view");
    ctx.show_viewport_immediate(id, builder, |ui, class| {
        if ui.input(|i| i.viewport().close_requested()) {
            show.presenter = false;
            return true;
        }
        // Keys pressed while the presenter window has focus drive the show too.
        let mut running = true;
        if class != egui::ViewportClass::EmbeddedWindow {
            running = apply_keys(show, &read_keys(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            running &= presenter_ui(ui, view, show);
        });
        running
    })
}

fn presenter_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, show: &mut Show) -> bool {
    let i18n = view.i18n;
    let mut running = true;
    ui.horizontal(|ui| {
        let elapsed = show.started.elapsed().as_secs();
        let clock = chrono::Local::now().format("%H:%M").to_string();
        ui.label(RichText::new(clock).size(28.0).bold()).on_hover_text(i18n.tr("show-clock"));
        ui.add_space(12.0);
        let elapsed = format!("{:02}:{:02}", elapsed / 60, elapsed % 60);
        ui.label(RichText::new(i18n.tr_args("show-elapsed", &[("time", elapsed.into())])).size(18.0));
        ui.add_space(12.0);
        let counter = i18n.tr_args(
            "show-counter",
            &[("n", (show.cursor.slide + 1).into()), ("total", show.deck.slides.len().into())],
        );
        ui.label(RichText::new(counter).size(18.0));
        if ui.button(i18n.tr("show-previous")).clicked() {
            show.cursor = show.cursor.previous(&show.deck);
        }
        if ui.button(i18n.tr("show-next")).clicked() {
            show.cursor = show.cursor.next(&show.deck);
        }
        if ui.button(i18n.tr("show-leave")).clicked() {
            running = false;
        }
    });
    ui.label(RichText::new(i18n.tr("show-keys")).small().weak());
    ui.ctx().request_repaint_after(std::time::Duration::from_secs(1));
    ui.separator();
    let width = ui.available_width();
    let current_w = (width * 0.58).min(640.0);
    let next_w = (width - current_w - 24.0).max(120.0);
    let slide = show.slide().clone();
    let next = show.cursor.next(&show.deck);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.label(RichText::new(i18n.tr("show-current")).small().weak());
            let (rect, _) = ui.allocate_exact_size(REFERENCE * (current_w / REFERENCE.x), Sense::hover());
            slide_ui(ui, view, rect, &slide, show.cursor.step, &show.deck, show.cursor.slide);
        });
        ui.add_space(12.0);
        ui.vertical(|ui| {
            ui.label(RichText::new(i18n.tr("show-next-slide")).small().weak());
            if next == show.cursor {
                ui.label(i18n.tr("show-end"));
            } else {
                let (rect, _) = ui.allocate_exact_size(REFERENCE * (next_w / REFERENCE.x), Sense::hover());
                let upcoming = show.deck.slides[next.slide].clone();
                slide_ui(ui, view, rect, &upcoming, next.step, &show.deck, next.slide);
            }
        });
    });
    ui.separator();
    ui.label(RichText::new(i18n.tr("show-notes")).bold());
    egui::ScrollArea::vertical().id_salt("notes").auto_shrink([false, false]).show(ui, |ui| {
        notes_ui(ui, view, &slide);
    });
    running
}

fn notes_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, slide: &Slide) {
    let notes = &slide.notes;
    if !notes.key_points.is_empty() {
        ui.label(RichText::new(view.i18n.tr("show-notes-key-points")).bold());
        for point in &notes.key_points {
            blocks::inline_ui(ui, view, &format!("• {point}"));
        }
        ui.add_space(6.0);
    }
    for text in &notes.text {
        blocks::inline_ui(ui, view, text);
        ui.add_space(4.0);
    }
    if !notes.sources.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(view.i18n.tr("show-notes-sources")).bold());
        for source in &notes.sources {
            ui.label(RichText::new(&source.cite).small());
        }
    }
    view.actions.clear();
}

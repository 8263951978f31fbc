//! Drawing content blocks and inline text.

use super::theme::Bold as _;
use egui::text::LayoutJob;
use egui::{Align, FontSelection, Frame, Margin, RichText, Stroke, Ui};

use super::{Action, ViewCtx, theme};
use crate::content::inline::{self, LinkTarget, Style};
use crate::content::model::{Block, Callout, CalloutKind, CaseStudy, Source, Table};
use crate::navigation::Route;

/// Draws one text with inline markup, wrapping; links push navigation actions.
pub fn inline_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, text: &str) {
    inline_styled_ui(ui, view, text, |t| t);
}

/// Like [`inline_ui`], with every run passed through `restyle` (e.g. to make it larger or weak).
pub fn inline_styled_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, text: &str, restyle: impl Fn(RichText) -> RichText) {
    let spans = match inline::parse(text) {
        Ok(spans) => spans,
        // Invalid markup is reported by `validate`; show the raw text rather than nothing.
        Err(_) => vec![inline::Span { text: text.to_owned(), style: Style::Plain, link: None }],
    };
    let spans = match view.glossary_marks.as_mut() {
        Some(marks) => marks.finder.link_first_uses(spans, &mut marks.seen),
        None => spans,
    };
    // Runs of plain, bold and italic text go into one label, so a line wraps like running text
    // (no space left at the start of a line after a bold lead); each link is its own widget.
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        let mut run = LayoutJob::default();
        let flush = |ui: &mut Ui, run: &mut LayoutJob| {
            if !run.sections.is_empty() {
                ui.label(std::mem::take(run));
            }
        };
        for span in spans {
            let style = |text: &str| {
                let rich = RichText::new(text);
                let rich = match span.style {
                    Style::Plain => rich,
                    Style::Emphasis => rich.italics(),
                    Style::Strong => rich.bold(),
                };
                restyle(rich)
            };
            let mut append = |rich: RichText| rich.append_to(&mut run, ui.style(), FontSelection::Default, Align::Min);
            match span.link {
                None => match view.highlight {
                    // Opened from a search: mark the words the query matched.
                    Some(matcher) => {
                        let mark = super::search::highlight_color(ui);
                        let mut at = 0;
                        for range in matcher.ranges(&span.text) {
                            if range.start > at {
                                append(style(&span.text[at..range.start]));
                            }
                            append(style(&span.text[range.clone()]).background_color(mark));
                            at = range.end;
                        }
                        if at < span.text.len() {
                            append(style(&span.text[at..]));
                        }
                    }
                    None => append(style(&span.text)),
                },
                Some(LinkTarget::Glossary(id)) => {
                    flush(ui, &mut run);
                    if glossary_link_ui(ui, view, style(&span.text), &id) {
                        follow(view, &LinkTarget::Glossary(id));
                    }
                }
                Some(target) => {
                    flush(ui, &mut run);
                    let response = ui.link(style(&span.text));
                    let response = match &target {
                        LinkTarget::External(url) => response.on_hover_text(url),
                        _ => response.on_hover_text(link_hover(view, &target)),
                    };
                    if response.clicked() {
                        follow(view, &target);
                    }
                }
            }
        }
        flush(ui, &mut run);
    });
}

/// A glossary term in running text: the text's own colour, a faint underline, the definition
/// on hover. Returns whether it was clicked (which opens the term in the glossary).
fn glossary_link_ui(ui: &mut Ui, view: &ViewCtx<'_>, text: RichText, id: &str) -> bool {
    let mut job = LayoutJob::default();
    text.append_to(&mut job, ui.style(), FontSelection::Default, Align::Min);
    let underline = Stroke::new(1.0, ui.visuals().weak_text_color());
    for section in &mut job.sections {
        section.format.underline = underline;
    }
    let label = job.text.clone();
    let response = ui.add(egui::Label::new(job).sense(egui::Sense::click()).selectable(false));
    // A screen reader announces it as the link it is.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &label));
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    let glossary = view.handbook.glossary(view.lang());
    let response = match glossary.terms.iter().find(|t| t.id == id) {
        Some(term) => response.on_hover_ui(|ui| {
            ui.set_max_width(360.0);
            ui.label(RichText::new(&term.term).bold());
            ui.label(inline::plain(&term.definition));
            ui.label(RichText::new(view.i18n.tr("glossary-open-hint")).small().weak());
        }),
        None => response,
    };
    response.clicked()
}

/// One link per line to each (chapter id, section id), titled with the section's title.
pub fn section_links_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, sections: &[(String, String)]) {
    for (chapter, section) in sections {
        let link = LinkTarget::Section { chapter: chapter.clone(), section: section.clone() };
        let Some(title) = link_title(view, &link) else { continue };
        ui.horizontal_top(|ui| {
            ui.label("→");
            if ui.link(title).clicked() {
                follow(view, &link);
            }
        });
    }
}

/// What a link leads to, for its tooltip.
fn link_hover(view: &ViewCtx<'_>, target: &LinkTarget) -> String {
    link_title(view, target).unwrap_or_else(|| target.to_string())
}

/// A human title for an internal link target, if it exists.
pub fn link_title(view: &ViewCtx<'_>, target: &LinkTarget) -> Option<String> {
    view.handbook.link_title(view.lang(), target)
}

/// Pushes the action a link click means.
pub fn follow(view: &mut ViewCtx<'_>, target: &LinkTarget) {
    match target {
        LinkTarget::External(url) => view.actions.push(Action::OpenUrl(url.clone())),
        _ => {
            if let Some(route) = Route::from_link(target, view.handbook, view.lang()) {
                view.actions.push(Action::Go(route));
            }
        }
    }
}

/// Draws a block.
pub fn block_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, block: &Block) {
    match block {
        Block::Paragraph(text) => inline_ui(ui, view, text),
        Block::Bullets(items) => list_ui(ui, view, items, |_| "•".to_owned()),
        Block::Numbered(items) => list_ui(ui, view, items, |i| format!("{}.", i + 1)),
        Block::Callout(callout) => callout_ui(ui, view, callout),
        Block::KeyPoints(items) => key_points_ui(ui, view, items),
        Block::CaseStudy(case) => case_study_ui(ui, view, case),
        Block::Table(table) => table_ui(ui, view, table),
        Block::SeeAlso(targets) => see_also_ui(ui, view, targets),
    }
    ui.add_space(6.0);
}

fn list_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, items: &[String], marker: impl Fn(usize) -> String) {
    for (i, item) in items.iter().enumerate() {
        ui.horizontal_top(|ui| {
            ui.add_sized([22.0, 18.0], egui::Label::new(marker(i)));
            ui.vertical(|ui| inline_ui(ui, view, item));
        });
    }
}

fn callout_icon(kind: CalloutKind) -> &'static str {
    match kind {
        CalloutKind::Note => "ℹ",
        CalloutKind::Warning => "⚠",
        CalloutKind::Do => "✔",
        CalloutKind::Dont => "✖",
    }
}

fn callout_title(view: &ViewCtx<'_>, kind: CalloutKind) -> String {
    format!("{} {}", callout_icon(kind), view.i18n.tr(kind.message_id()))
}

/// A box with a coloured bar on the left.
fn boxed(ui: &mut Ui, accent: egui::Color32, add: impl FnOnce(&mut Ui)) {
    let dark = ui.visuals().dark_mode;
    let response = Frame::new()
        .fill(theme::tint(accent, dark))
        .inner_margin(Margin { left: 14, right: 12, top: 10, bottom: 10 })
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
    let rect = response.response.rect;
    ui.painter().line_segment(
        [rect.left_top() + egui::vec2(2.0, 0.0), rect.left_bottom() + egui::vec2(2.0, 0.0)],
        Stroke::new(4.0, accent),
    );
}

fn callout_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, callout: &Callout) {
    let dark = ui.visuals().dark_mode;
    let accent = theme::callout_accent(callout.kind, dark);
    boxed(ui, accent, |ui| {
        // A box with its own title shows it after the kind's icon; otherwise the kind's name.
        let heading = match &callout.title {
            Some(title) => format!("{} {}", callout_icon(callout.kind), inline::plain(title)),
            None => callout_title(view, callout.kind),
        };
        ui.label(RichText::new(heading).bold().color(accent));
        for text in &callout.text {
            inline_ui(ui, view, text);
        }
        for (i, item) in callout.items.iter().enumerate() {
            ui.horizontal_top(|ui| {
                ui.add_sized([22.0, 18.0], egui::Label::new(RichText::new(callout.marker(i)).color(accent)));
                ui.vertical(|ui| inline_ui(ui, view, item));
            });
        }
    });
}

fn key_points_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, items: &[String]) {
    let accent = ui.visuals().selection.bg_fill;
    boxed(ui, accent, |ui| {
        ui.label(RichText::new(format!("★ {}", view.i18n.tr("key-points"))).bold());
        list_ui(ui, view, items, |_| "•".to_owned());
    });
}

fn case_study_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, case: &CaseStudy) {
    let accent = ui.visuals().hyperlink_color;
    boxed(ui, accent, |ui| {
        ui.label(RichText::new(view.i18n.tr("case-study")).small().bold().color(accent));
        inline_styled_ui(ui, view, &case.title, |t| t.bold().size(18.0));
        // The message puts the title in quotation marks; a title that has its own loses them.
        let title = inline::plain(&case.title);
        let title = title.trim_matches(|c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'));
        let run = view.i18n.tr_args("case-run", &[("title", title.to_owned().into())]);
        if ui.small_button(run).clicked() {
            view.actions.push(Action::Present(super::training::Presentation::Case(case.id.clone())));
        }
        ui.add_space(4.0);
        ui.label(RichText::new(view.i18n.tr("case-scenario")).bold());
        for p in &case.scenario {
            inline_ui(ui, view, p);
        }
        ui.add_space(4.0);
        ui.label(RichText::new(view.i18n.tr("case-questions")).bold());
        list_ui(ui, view, &case.questions, |i| format!("{}.", i + 1));
        ui.add_space(4.0);
        egui::CollapsingHeader::new(RichText::new(view.i18n.tr("case-answer")).bold())
            .id_salt(("case-answer", &case.id))
            .show(ui, |ui| {
                for p in &case.answer {
                    inline_ui(ui, view, p);
                }
                if !case.links.is_empty() {
                    see_also_ui(ui, view, &case.links);
                }
            });
    });
}

/// A table whose columns are as wide as their text needs (the same shares as on slides), the
/// header in bold, rows striped. Cells keep their own styling, so links in any column stay links.
fn table_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, table: &Table) {
    if let Some(caption) = &table.caption {
        inline_styled_ui(ui, view, caption, RichText::bold);
    }
    let spacing = 12.0;
    let shares = crate::training::slides::column_shares(table);
    let usable = (ui.available_width() - spacing * (shares.len() as f32 - 1.0)).max(60.0 * shares.len() as f32);
    let widths: Vec<f32> = shares.iter().map(|s| (usable * s).floor().max(60.0)).collect();
    let stripe = ui.visuals().faint_bg_color;
    let row_ui = |ui: &mut Ui, view: &mut ViewCtx<'_>, cells: &[String], header: bool, striped: bool| {
        let background = ui.painter().add(egui::Shape::Noop);
        let row = ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = spacing;
            for (cell, width) in cells.iter().zip(&widths) {
                ui.allocate_ui_with_layout(egui::vec2(*width, 0.0), egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.set_width(*width);
                    if header {
                        inline_styled_ui(ui, view, cell, RichText::bold);
                    } else {
                        inline_ui(ui, view, cell);
                    }
                });
            }
        });
        if striped {
            let rect = row.response.rect.expand2(egui::vec2(4.0, 3.0));
            ui.painter().set(background, egui::Shape::rect_filled(rect, 2.0, stripe));
        }
    };
    egui::ScrollArea::horizontal().id_salt(("table", &table.header)).show(ui, |ui| {
        ui.spacing_mut().item_spacing.y = 8.0;
        row_ui(ui, view, &table.header, true, false);
        for (i, row) in table.rows.iter().enumerate() {
            row_ui(ui, view, row, false, i % 2 == 0);
        }
    });
}

/// "See also" with each target's title as a link, one per line (wrapped links side by side
/// would have overlapping click areas).
pub fn see_also_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, targets: &[String]) {
    ui.label(RichText::new(view.i18n.tr("see-also")).bold());
    for target in targets {
        let Ok(link) = LinkTarget::parse(target) else {
            continue;
        };
        let Some(title) = link_title(view, &link) else {
            continue;
        };
        let prefix = match link {
            LinkTarget::Indicator(_) | LinkTarget::Checklist(_) => "☑",
            LinkTarget::Country(_) | LinkTarget::Contact(_) => "☎",
            LinkTarget::External(_) => "🌐",
            _ => "→",
        };
        ui.horizontal_top(|ui| {
            ui.add_sized([22.0, 18.0], egui::Label::new(prefix));
            if ui.link(&title).clicked() {
                follow(view, &link);
            }
        });
    }
}

/// A collapsed list of sources.
pub fn sources_ui(
    ui: &mut Ui,
    view: &ViewCtx<'_>,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    sources: &[Source],
) {
    if sources.is_empty() {
        return;
    }
    let title = view.i18n.tr_args("sources-count", &[("count", sources.len().into())]);
    egui::CollapsingHeader::new(RichText::new(title).small()).id_salt(("sources", id_salt)).show(ui, |ui| {
        for source in sources {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.label(RichText::new(format!("{} ", source.cite)).small());
                if let Some(url) = &source.url {
                    ui.hyperlink_to(RichText::new(url).small(), url);
                }
            });
        }
    });
}

//! The interview desk: start (case reference, languages, countries), tick indicators as observed or
//! reported with a note, the live summary, the card shown to the interviewee, export and end.

use egui::{Key, RichText, Ui};

use super::blocks::{inline_ui, see_also_ui};
use super::checklists::weight_badge;
use super::theme::{self, Bold as _};
use super::{Action, ViewCtx};
use crate::content::inline::plain;
use crate::content::model::{Checklist, GuidanceLevel, Weight};
use crate::i18n::I18n;
use crate::interview::{self, Basis, Session, StartError, store::InterviewStore};

/// The desk's state in the window.
#[derive(Default)]
pub struct Desk {
    pub session: Option<Session>,
    pub store: Option<InterviewStore>,
    /// An unfinished interview found on start, waiting for resume or discard.
    pub found: Option<Session>,
    pub form: StartForm,
    pub card: Option<Card>,
    pub confirm_end: bool,
    /// Export with the interviewee's language alongside.
    pub bilingual: bool,
    pub filter: String,
    /// The session changed this frame and must be saved.
    pub dirty: bool,
    /// The window was switched to full screen for the card.
    pub fullscreen: bool,
    /// A checklist shown side by side in both languages instead of the ticking view.
    pub side_by_side: Option<String>,
}

#[derive(Default)]
pub struct StartForm {
    pub case_ref: String,
    pub person_lang: Option<String>,
    pub country: Option<String>,
    pub origin: Option<String>,
    pub error: Option<StartError>,
}

/// The question shown to the interviewee: a checklist and a position in its list of questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub checklist: String,
    pub index: usize,
}

/// Every question of a checklist, in order, as (indicator id, question index within the indicator).
fn questions(checklist: &Checklist) -> Vec<(&str, usize)> {
    checklist
        .groups
        .iter()
        .flat_map(|g| &g.indicators)
        .flat_map(|i| (0..i.questions.len()).map(move |q| (i.id.as_str(), q)))
        .collect()
}

fn question_text(checklist: &Checklist, indicator: &str, q: usize) -> Option<String> {
    checklist.groups.iter().flat_map(|g| &g.indicators).find(|i| i.id == indicator)?.questions.get(q).map(|t| plain(t))
}

pub fn interview_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, desk: &mut Desk) {
    if desk.session.is_none() {
        start_ui(ui, view, desk);
        return;
    }
    desk_ui(ui, view, desk);
}

fn start_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, desk: &mut Desk) {
    let i18n = view.i18n;
    super::reader::page_ui(ui, "interview-start", None, |ui| {
        ui.heading(RichText::new(i18n.tr("interview-title")).bold().size(28.0));
        ui.label(i18n.tr("interview-intro"));
        ui.add_space(8.0);
        if let Some(found) = &desk.found {
            egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(i18n.tr("interview-found")).bold());
                ui.label(i18n.tr_args(
                    "interview-found-detail",
                    &[
                        ("case", found.case_ref.clone().into()),
                        ("started", found.started.clone().into()),
                        ("count", found.ticks.len().into()),
                    ],
                ));
                ui.horizontal(|ui| {
                    if ui.button(i18n.tr("interview-resume")).clicked() {
                        view.actions.push(Action::ResumeInterview);
                    }
                    if ui.button(i18n.tr("interview-discard")).clicked() {
                        view.actions.push(Action::DiscardInterview);
                    }
                });
            });
            ui.add_space(12.0);
        }
        ui.label(RichText::new(i18n.tr("interview-new")).heading().bold());
        egui::Grid::new("interview-form").num_columns(2).spacing([12.0, 10.0]).show(ui, |ui| {
            let label = ui.label(i18n.tr("interview-case-ref"));
            ui.add(egui::TextEdit::singleline(&mut desk.form.case_ref).id_salt("case-ref").desired_width(260.0))
                .labelled_by(label.id);
            ui.end_row();
        });
        ui.label(RichText::new(i18n.tr("interview-case-ref-why")).small().weak());
        ui.add_space(4.0);
        let langs: Vec<String> = view.handbook.languages.keys().cloned().collect();
        let names = I18n::language_names();
        let name = |l: &str| names.get(l).cloned().unwrap_or_else(|| l.to_owned());
        let current = desk.form.person_lang.clone().unwrap_or_else(|| view.lang().to_owned());
        egui::ComboBox::from_label(i18n.tr("interview-person-lang")).selected_text(name(&current)).show_ui(ui, |ui| {
            for l in &langs {
                if ui.selectable_label(*l == current, name(l)).clicked() {
                    desk.form.person_lang = Some(l.clone());
                }
            }
        });
        country_combo(ui, view, &i18n.tr("interview-country"), &mut desk.form.country);
        country_combo(ui, view, &i18n.tr("interview-origin"), &mut desk.form.origin);
        if let Some(error) = &desk.form.error {
            let id = match error {
                StartError::NoCaseRef => "interview-error-no-ref",
                StartError::LooksLikeName => "interview-error-name",
            };
            ui.label(RichText::new(i18n.tr(id)).color(ui.visuals().error_fg_color));
        }
        ui.add_space(6.0);
        if ui.button(RichText::new(i18n.tr("interview-start")).bold()).clicked() {
            view.actions.push(Action::StartInterview);
        }
        ui.add_space(12.0);
        ui.label(RichText::new(format!("🔒 {}", i18n.tr("interview-local-only"))).small().weak());
    });
}

fn country_combo(ui: &mut Ui, view: &ViewCtx<'_>, label: &str, slot: &mut Option<String>) {
    let i18n = view.i18n;
    let name_of = |code: &Option<String>| {
        code.as_ref()
            .and_then(|c| view.handbook.country(c))
            .map_or_else(|| i18n.tr("interview-not-set"), |c| c.name.clone())
    };
    egui::ComboBox::from_label(label).selected_text(name_of(slot)).show_ui(ui, |ui| {
        ui.selectable_value(slot, None, i18n.tr("interview-not-set"));
        for c in view.handbook.countries.iter().filter(|c| c.code != "INT") {
            ui.selectable_value(slot, Some(c.code.clone()), &c.name);
        }
    });
}

fn desk_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, desk: &mut Desk) {
    let i18n = view.i18n;
    let Some(session) = desk.session.as_mut() else { return };
    // Header: what this is, where it is kept, and the main actions.
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(i18n.tr_args("interview-case", &[("case", session.case_ref.clone().into())]))
                .bold()
                .size(18.0),
        );
        ui.label(RichText::new(format!("🔒 {}", i18n.tr("interview-local-only"))).color(ui.visuals().warn_fg_color))
            .on_hover_text(i18n.tr("interview-local-only-hint"));
    });
    ui.horizontal_wrapped(|ui| {
        if ui.checkbox(&mut session.danger, i18n.tr("interview-danger")).changed() {
            desk.dirty = true;
        }
        ui.separator();
        if ui.button(i18n.tr("interview-export-md")).clicked() {
            view.actions.push(Action::ExportInterview(ExportFormat::Markdown));
        }
        if ui.button(i18n.tr("interview-export-html")).clicked() {
            view.actions.push(Action::ExportInterview(ExportFormat::Html));
        }
        if ui.button(i18n.tr("interview-export-pdf")).clicked() {
            view.actions.push(Action::ExportInterview(ExportFormat::Pdf));
        }
        ui.checkbox(&mut desk.bilingual, i18n.tr("interview-bilingual"));
        ui.separator();
        if ui.button(RichText::new(i18n.tr("interview-end")).color(ui.visuals().error_fg_color)).clicked() {
            desk.confirm_end = true;
        }
    });
    if desk.confirm_end {
        egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).show(ui, |ui| {
            ui.label(RichText::new(i18n.tr("interview-end-confirm")).bold());
            ui.horizontal(|ui| {
                if ui.button(i18n.tr("interview-end-yes")).clicked() {
                    view.actions.push(Action::EndInterview);
                    desk.confirm_end = false;
                }
                if ui.button(i18n.tr("interview-end-no")).clicked() {
                    desk.confirm_end = false;
                }
            });
        });
    }
    ui.separator();

    // The summary on the right, the checklists in the middle.
    let handbook = view.handbook;
    egui::Panel::right("interview-summary").resizable(true).default_size(420.0).min_size(300.0).show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("summary-scroll").auto_shrink([false, false]).show(ui, |ui| {
            // The scrolling keys move the summary while the pointer is over it, else the checklists.
            if ui.ui_contains_pointer() {
                super::reader::scroll_with_keys(ui);
            }
            summary_ui(ui, view, desk);
        });
    });
    let Some(session) = desk.session.as_mut() else { return };
    if let Some(id) = desk.side_by_side.clone() {
        egui::CentralPanel::default().show(ui, |ui| {
            if !side_by_side_ui(ui, view, session, &id) {
                desk.side_by_side = None;
            }
        });
        return;
    }
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("interview-filter"));
            ui.add(
                egui::TextEdit::singleline(&mut desk.filter)
                    .id_salt("interview-filter")
                    .hint_text(i18n.tr("interview-filter-hint"))
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
        });
        let filter = desk.filter.trim().to_lowercase();
        egui::ScrollArea::vertical().id_salt("interview-checklists").auto_shrink([false, false]).show(ui, |ui| {
            super::reader::scroll_with_keys(ui);
            for checklist in handbook.checklists(&session.officer_lang) {
                let matching: Vec<_> = checklist
                    .groups
                    .iter()
                    .flat_map(|g| &g.indicators)
                    .filter(|i| {
                        filter.is_empty()
                            || plain(&i.text).to_lowercase().contains(&filter)
                            || plain(&i.explanation).to_lowercase().contains(&filter)
                    })
                    .collect();
                if matching.is_empty() {
                    continue;
                }
                let ticked = matching.iter().filter(|i| session.tick_of(&i.id).is_some()).count();
                let title = if ticked > 0 {
                    format!(
                        "{} ({})",
                        checklist.title,
                        i18n.tr_args("interview-ticked-count", &[("count", ticked.into())])
                    )
                } else {
                    checklist.title.clone()
                };
                let open = if filter.is_empty() { None } else { Some(true) };
                egui::CollapsingHeader::new(RichText::new(title).bold())
                    .id_salt(("interview-checklist", &checklist.id))
                    .default_open(checklist.id == "general")
                    .open(open)
                    .show(ui, |ui| {
                        if session.interviewee_lang != session.officer_lang
                            && ui.small_button(i18n.tr("interview-side-by-side")).clicked()
                        {
                            desk.side_by_side = Some(checklist.id.clone());
                        }
                        for indicator in matching {
                            ui.add_space(4.0);
                            ui.horizontal_wrapped(|ui| {
                                weight_badge(ui, view, indicator.weight);
                                ui.label(RichText::new(plain(&indicator.text)).bold());
                            });
                            ui.horizontal_wrapped(|ui| {
                                let current = session.tick_of(&indicator.id).map(|t| t.basis);
                                for (basis, label_id) in [
                                    (Basis::Observed, "basis-observed-button"),
                                    (Basis::Reported, "basis-reported-button"),
                                ] {
                                    let selected = current == Some(basis);
                                    let response = ui.selectable_label(selected, i18n.tr(label_id));
                                    let name = format!("{}: {}", i18n.tr(label_id), plain(&indicator.text));
                                    response.widget_info(|| {
                                        egui::WidgetInfo::selected(egui::Role::Button, true, selected, name.clone())
                                    });
                                    if response.clicked() {
                                        if selected {
                                            session.untick(&indicator.id);
                                        } else {
                                            session.tick(&indicator.id, basis);
                                        }
                                        desk.dirty = true;
                                    }
                                }
                                if !indicator.questions.is_empty() {
                                    let all = questions(checklist);
                                    let index =
                                        all.iter().position(|(id, q)| *id == indicator.id && *q == 0).unwrap_or(0);
                                    let show = ui.small_button(i18n.tr("interview-show-question"));
                                    let name =
                                        format!("{}: {}", i18n.tr("interview-show-question"), plain(&indicator.text));
                                    show.widget_info(|| {
                                        egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone())
                                    });
                                    if show.clicked() {
                                        desk.card = Some(Card { checklist: checklist.id.clone(), index });
                                    }
                                }
                            });
                            if let Some(tick) = session.ticks.iter_mut().find(|t| t.indicator == indicator.id) {
                                ui.horizontal(|ui| {
                                    let label = ui.label(RichText::new(i18n.tr("export-note")).small());
                                    let edit = ui.add(
                                        egui::TextEdit::singleline(&mut tick.note)
                                            .id_salt(("note", &indicator.id))
                                            .hint_text(i18n.tr("interview-note-hint"))
                                            .desired_width(f32::INFINITY),
                                    );
                                    let name = format!("{}: {}", i18n.tr("export-note"), plain(&indicator.text));
                                    edit.widget_info(|| {
                                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone())
                                    });
                                    let _ = label;
                                    if edit.changed() {
                                        desk.dirty = true;
                                    }
                                });
                            }
                            egui::CollapsingHeader::new(RichText::new(i18n.tr("interview-why")).small())
                                .id_salt(("why", &indicator.id))
                                .show(ui, |ui| {
                                    inline_ui(ui, view, &indicator.explanation);
                                    for q in &indicator.questions {
                                        ui.label(format!("? {}", plain(q)));
                                    }
                                });
                        }
                    });
            }
        });
    });
}

fn level_color(ui: &Ui, level: GuidanceLevel) -> egui::Color32 {
    let dark = ui.visuals().dark_mode;
    match level {
        GuidanceLevel::Urgent => theme::callout_accent(crate::content::model::CalloutKind::Dont, dark),
        GuidanceLevel::Refer => theme::callout_accent(crate::content::model::CalloutKind::Warning, dark),
        GuidanceLevel::Watch => theme::callout_accent(crate::content::model::CalloutKind::Note, dark),
        GuidanceLevel::Info => ui.visuals().weak_text_color(),
    }
}

fn summary_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, desk: &Desk) {
    let i18n = view.i18n;
    let Some(session) = desk.session.as_ref() else { return };
    let summary = session.summary(view.handbook);
    ui.label(RichText::new(i18n.tr("interview-summary")).heading().bold());
    ui.horizontal_wrapped(|ui| {
        for weight in [Weight::Strong, Weight::Medium, Weight::General] {
            weight_badge(ui, view, weight);
            ui.label(RichText::new(summary.counts.get(&weight).copied().unwrap_or(0).to_string()).bold());
        }
    });
    ui.add_space(6.0);
    for rule in &summary.guidance {
        let color = level_color(ui, rule.level);
        egui::Frame::new().fill(theme::tint(color, ui.visuals().dark_mode)).inner_margin(8).corner_radius(4.0).show(
            ui,
            |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(plain(&rule.title)).bold().color(color));
                inline_ui(ui, view, &rule.text);
            },
        );
        ui.add_space(4.0);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(i18n.tr("export-contacts")).bold());
    if summary.contacts.is_empty() {
        ui.label(RichText::new(i18n.tr("interview-no-country")).small().weak());
    }
    for (country, contacts) in &summary.contacts {
        ui.label(RichText::new(&country.name).bold());
        if !country.emergency.is_empty() {
            let text = format!("{} {}", i18n.tr("emergency"), country.emergency.join(" · "));
            let rich = RichText::new(text).monospace().bold();
            ui.label(if session.danger { rich.size(20.0).color(ui.visuals().error_fg_color) } else { rich });
        }
        for contact in contacts.iter().take(4) {
            ui.horizontal_wrapped(|ui| {
                if ui.link(&contact.organisation).clicked() {
                    view.actions.push(Action::Go(crate::navigation::Route::Contacts {
                        country: Some(country.code.clone()),
                        contact: Some(contact.id.clone()),
                    }));
                }
                if let Some(phone) = contact.phones.first() {
                    ui.label(RichText::new(&phone.number).monospace());
                }
            });
        }
    }
    ui.add_space(6.0);
    let links = view.handbook.guidance(&session.officer_lang).links.clone();
    if !links.is_empty() {
        see_also_ui(ui, view, &links);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(i18n.tr("export-indicators")).bold());
    if summary.by_checklist.is_empty() {
        ui.label(RichText::new(i18n.tr("export-none")).weak());
    }
    for (checklist, ticked) in &summary.by_checklist {
        ui.label(RichText::new(&checklist.title).small().bold());
        for t in ticked {
            ui.horizontal_wrapped(|ui| {
                weight_badge(ui, view, t.indicator.weight);
                ui.label(RichText::new(plain(&t.indicator.text)).small());
            });
        }
    }
}

/// A whole checklist in the officer's language and the person's, row by row. Returns `false` when closed.
fn side_by_side_ui(ui: &mut Ui, view: &ViewCtx<'_>, session: &Session, id: &str) -> bool {
    let i18n = view.i18n;
    let find = |lang: &str| view.handbook.checklists(lang).into_iter().find(|c| c.id == id);
    let (Some(officer), Some(person)) = (find(&session.officer_lang), find(&session.interviewee_lang)) else {
        return false;
    };
    let mut open = true;
    ui.horizontal(|ui| {
        if ui.button(i18n.tr("interview-side-by-side-close")).clicked() {
            open = false;
        }
        ui.label(RichText::new(&officer.title).bold());
    });
    let names = I18n::language_names();
    let name = |l: &str| names.get(l).cloned().unwrap_or_else(|| l.to_owned());
    egui::ScrollArea::vertical().id_salt("side-by-side").auto_shrink([false, false]).show(ui, |ui| {
        super::reader::scroll_with_keys(ui);
        let width = (ui.available_width() - 24.0) / 2.0;
        egui::Grid::new(("side-by-side-grid", id))
            .num_columns(2)
            .striped(true)
            .min_col_width(width)
            .max_col_width(width)
            .show(ui, |ui| {
                ui.label(RichText::new(name(&session.officer_lang)).bold());
                ui.label(RichText::new(name(&session.interviewee_lang)).bold());
                ui.end_row();
                let theirs: Vec<_> = person.groups.iter().flat_map(|g| &g.indicators).collect();
                for indicator in officer.groups.iter().flat_map(|g| &g.indicators) {
                    let other = theirs.iter().find(|i| i.id == indicator.id);
                    for source in [Some(indicator), other.copied()] {
                        ui.vertical(|ui| {
                            ui.set_max_width(width);
                            if let Some(i) = source {
                                ui.label(RichText::new(plain(&i.text)).bold());
                                for q in &i.questions {
                                    ui.label(format!("? {}", plain(q)));
                                }
                            }
                        });
                    }
                    ui.end_row();
                }
            });
    });
    open
}

/// Which format to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Html,
    Pdf,
}

/// The full-screen card for the interviewee. Returns `true` while it is shown.
pub fn card_ui(ui: &mut Ui, view: &ViewCtx<'_>, desk: &mut Desk) -> bool {
    let (Some(card), Some(session)) = (desk.card.clone(), desk.session.as_ref()) else { return false };
    let officer = view.handbook.checklists(&session.officer_lang).into_iter().find(|c| c.id == card.checklist);
    let person = view.handbook.checklists(&session.interviewee_lang).into_iter().find(|c| c.id == card.checklist);
    let (Some(officer), Some(person)) = (officer, person) else {
        desk.card = None;
        return false;
    };
    if !desk.fullscreen {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        desk.fullscreen = true;
    }
    let all = questions(officer);
    let total = all.len();
    let mut index = card.index.min(total.saturating_sub(1));
    let (next, prev, close) = ui.input_mut(|i| {
        let next = [Key::ArrowRight, Key::ArrowDown, Key::Space, Key::PageDown]
            .iter()
            .any(|k| i.consume_key(egui::Modifiers::NONE, *k));
        let prev = [Key::ArrowLeft, Key::ArrowUp, Key::PageUp].iter().any(|k| i.consume_key(egui::Modifiers::NONE, *k));
        (next, prev, i.consume_key(egui::Modifiers::NONE, Key::Escape))
    });
    if next && index + 1 < total {
        index += 1;
    }
    if prev {
        index = index.saturating_sub(1);
    }
    if close {
        close_card(ui, desk);
        return false;
    }
    desk.card = Some(Card { index, ..card });
    let Some((indicator, q)) = all.get(index).copied() else { return false };
    let big = question_text(person, indicator, q).unwrap_or_default();
    let small = question_text(officer, indicator, q).unwrap_or_default();
    let bilingual = session.interviewee_lang != session.officer_lang;
    egui::CentralPanel::default().show(ui, |ui| {
        let height = ui.available_height();
        let width = ui.available_width();
        ui.vertical_centered(|ui| {
            ui.add_space(height * 0.22);
            ui.set_max_width(width * 0.85);
            let size = (width / 22.0).clamp(28.0, 72.0);
            ui.label(RichText::new(&big).size(size).bold());
            ui.add_space(size * 0.8);
            if bilingual {
                ui.label(RichText::new(&small).size((size * 0.4).max(16.0)).weak());
            }
            ui.add_space(size);
            ui.label(
                RichText::new(
                    view.i18n.tr_args("card-position", &[("n", (index + 1).into()), ("total", total.into())]),
                )
                .small()
                .weak(),
            );
            ui.label(RichText::new(view.i18n.tr("card-keys")).small().weak());
            if ui.button(view.i18n.tr("card-close")).clicked() {
                close_card(ui, desk);
            }
        });
    });
    desk.card.is_some()
}

fn close_card(ui: &Ui, desk: &mut Desk) {
    desk.card = None;
    if desk.fullscreen {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        desk.fullscreen = false;
    }
}

/// Starts a new session from the form; `Err` keeps the form open with the reason.
pub fn start(desk: &mut Desk, officer_lang: &str) -> Result<(), StartError> {
    let person_lang = desk.form.person_lang.clone().unwrap_or_else(|| officer_lang.to_owned());
    let mut session = Session::new(&desk.form.case_ref, officer_lang, &person_lang, &interview::now_string())?;
    session.country = desk.form.country.clone();
    session.origin = desk.form.origin.clone();
    desk.session = Some(session);
    desk.form = StartForm::default();
    desk.dirty = true;
    Ok(())
}

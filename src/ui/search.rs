//! The search field and its results popup. The index is built in a background thread at start-up,
//! so the first frame never waits for it.

use std::sync::{Arc, RwLock};

use egui::text::LayoutJob;
use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText, TextFormat, Ui};

use super::Action;
use super::theme::Bold as _;
use crate::content::Handbook;
use crate::content::inline::LinkTarget;
use crate::i18n::I18n;
use crate::navigation::Route;
use crate::search::{Hit, Kind, Matcher, SearchEngine, Snippet};

pub const SHORTCUT_SEARCH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::K);
const MAX_HITS: usize = 30;

/// The search index, filled in by a background thread: first the interface language's, at once usable,
/// then every content language's.
#[derive(Clone, Default)]
pub struct SharedEngine(Arc<RwLock<Published>>);

/// What the indexing thread has published so far; `generation` counts the publications.
#[derive(Clone, Default)]
pub struct Published {
    pub generation: u64,
    pub engine: Option<Result<Arc<SearchEngine>, String>>,
}

impl SharedEngine {
    /// Starts building the index of `lang` (the UI and content language; the base language if
    /// `handbook` has no such language), and repaints `ctx` when it is ready. Only one language is
    /// indexed: a search is always in the current language, and all thirteen would take five times
    /// the memory. Switching language builds the new one (a tenth of a second).
    pub fn build_in_background(handbook: Arc<Handbook>, ctx: egui::Context, lang: String) -> Self {
        let shared = Self::default();
        let slot = shared.clone();
        let spawned = std::thread::Builder::new().name("search-index".into()).spawn(move || {
            let lang =
                if handbook.languages.contains_key(&lang) { lang } else { handbook.manifest.base_language.clone() };
            slot.publish(SearchEngine::build_languages(&handbook, &[lang]));
            drop(handbook);
            crate::memory::release_free_memory();
            ctx.request_repaint();
        });
        if let Err(e) = spawned {
            shared.publish(Err(crate::search::SearchError::from(tantivy::TantivyError::SystemError(format!(
                "cannot start the indexing thread: {e}"
            )))));
        }
        shared
    }

    fn publish(&self, result: Result<SearchEngine, crate::search::SearchError>) {
        if let Ok(mut published) = self.0.write() {
            published.generation += 1;
            published.engine = Some(result.map(Arc::new).map_err(|e| e.to_string()));
        }
    }

    /// The latest index, if any.
    pub fn get(&self) -> Published {
        self.0.read().map(|p| p.clone()).unwrap_or_default()
    }
}

/// What the search field holds and shows.
#[derive(Default)]
pub struct SearchState {
    pub query: String,
    /// The query the hits are for, in which language, and from which index generation.
    searched: Option<(String, String, u64)>,
    hits: Vec<Hit>,
    selected: usize,
    /// The popup is shown (the field has focus or was just typed in).
    open: bool,
    focus_requested: bool,
}

impl SearchState {
    /// Focus the field (Ctrl+K, `/`).
    pub fn request_focus(&mut self) {
        self.focus_requested = true;
        self.open = true;
    }

    fn refresh(&mut self, engine: &SearchEngine, lang: &str, generation: u64) {
        let key = (self.query.clone(), lang.to_owned(), generation);
        if self.searched.as_ref() != Some(&key) {
            self.hits = engine.search(lang, &self.query, MAX_HITS);
            // Group by kind, keeping the score order within each group.
            self.hits.sort_by_key(|h| group_of(h.kind));
            self.selected = 0;
            self.searched = Some(key);
        }
    }
}

fn group_of(kind: Kind) -> u8 {
    match kind {
        Kind::Indicator => 0,
        Kind::Section => 1,
        Kind::Contact | Kind::Country => 2,
        Kind::Glossary => 3,
    }
}

fn group_name(i18n: &I18n, kind: Kind) -> String {
    i18n.tr(match kind {
        Kind::Indicator => "search-group-indicators",
        Kind::Section => "search-group-chapters",
        Kind::Contact | Kind::Country => "search-group-contacts",
        Kind::Glossary => "search-group-glossary",
    })
}

/// Draws the search field (inside the top bar) and, below it, the results.
pub fn search_field_ui(
    ui: &mut Ui,
    i18n: &I18n,
    state: &mut SearchState,
    engine: &SharedEngine,
    handbook: &Handbook,
    interview_ticks: Option<&std::collections::BTreeSet<String>>,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(i18n.tr("search"));
    let edit = egui::TextEdit::singleline(&mut state.query)
        .id_salt("search-field")
        .hint_text(i18n.tr("search-hint"))
        .desired_width(ui.available_width().clamp(80.0, 340.0));
    // Up / Down / Enter / Esc belong to the results while the field has focus.
    let field_id = ui.make_persistent_id("search-field-keys");
    let had_focus = ui.ctx().memory(|m| m.data.get_temp::<bool>(field_id)).unwrap_or(false);
    let (mut down, mut up, mut enter, mut escape) = (false, false, false, false);
    if had_focus {
        ui.input_mut(|i| {
            down = i.consume_key(Modifiers::NONE, Key::ArrowDown);
            up = i.consume_key(Modifiers::NONE, Key::ArrowUp);
            enter = i.consume_key(Modifiers::NONE, Key::Enter);
            escape = i.consume_key(Modifiers::NONE, Key::Escape);
        });
    }
    let response = ui.add(edit).labelled_by(label.id);
    if state.focus_requested {
        response.request_focus();
        state.focus_requested = false;
    }
    let focused = response.has_focus();
    ui.ctx().memory_mut(|m| m.data.insert_temp(field_id, focused));
    if response.changed() || focused {
        state.open = true;
    }
    if escape {
        state.query.clear();
        state.open = false;
        response.surrender_focus();
    }
    if state.query.trim().is_empty() {
        state.hits.clear();
        state.searched = None;
    }
    if !state.open || state.query.trim().is_empty() {
        return;
    }

    let lang = i18n.lang().to_owned();
    let published = engine.get();
    let ready = match &published.engine {
        Some(Ok(engine)) => {
            state.refresh(engine, &lang, published.generation);
            true
        }
        Some(Err(_)) | None => false,
    };
    if down && !state.hits.is_empty() {
        state.selected = (state.selected + 1).min(state.hits.len() - 1);
    }
    if up {
        state.selected = state.selected.saturating_sub(1);
    }
    let mut open_hit: Option<usize> = None;
    if enter && !state.hits.is_empty() {
        open_hit = Some(state.selected);
    }

    // The results, in a popup under the field.
    let anchor = response.rect.left_bottom() + egui::vec2(0.0, 4.0);
    let area = egui::Area::new(egui::Id::unique("search-results"))
        .order(egui::Order::Foreground)
        .fixed_pos(anchor)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(560.0);
                let max_height = (ui.ctx().content_rect().height() - anchor.y - 40.0).max(200.0);
                match &published.engine {
                    None => {
                        ui.label(i18n.tr("search-preparing"));
                    }
                    Some(Err(e)) => {
                        ui.label(i18n.tr_args("search-failed", &[("reason", e.clone().into())]));
                    }
                    Some(Ok(_)) if ready && state.hits.is_empty() => {
                        ui.label(i18n.tr_args("search-no-results", &[("query", state.query.clone().into())]));
                    }
                    Some(Ok(_)) => {
                        ui.label(
                            RichText::new(i18n.tr_args("search-count", &[("count", state.hits.len().into())]))
                                .small()
                                .weak(),
                        );
                        egui::ScrollArea::vertical()
                            .max_height(max_height)
                            .min_scrolled_height(max_height.min(480.0))
                            .show(ui, |ui| {
                                let mut last_group = None;
                                for (i, hit) in state.hits.iter().enumerate() {
                                    let group = group_of(hit.kind);
                                    if last_group != Some(group) {
                                        ui.add_space(4.0);
                                        ui.label(
                                            RichText::new(group_name(i18n, hit.kind).to_uppercase())
                                                .small()
                                                .bold()
                                                .weak(),
                                        );
                                        last_group = Some(group);
                                    }
                                    if hit_ui(ui, hit, i == state.selected, handbook).clicked() {
                                        open_hit = Some(i);
                                    }
                                    // With an interview open, an indicator can be ticked straight from here.
                                    if let (Some(ticks), Some(id)) =
                                        (interview_ticks, hit.id.strip_prefix("indicator:"))
                                    {
                                        let ticked = ticks.contains(id);
                                        let text = if ticked {
                                            i18n.tr("in-interview")
                                        } else {
                                            i18n.tr("search-add-to-interview")
                                        };
                                        let button = ui.selectable_label(ticked, text);
                                        let name = format!("{}: {}", i18n.tr("add-to-interview"), hit.title);
                                        button.widget_info(|| {
                                            egui::WidgetInfo::selected(egui::Role::Button, true, ticked, name.clone())
                                        });
                                        if button.clicked() {
                                            actions.push(Action::ToggleTick(id.to_owned()));
                                        }
                                    }
                                }
                            });
                    }
                }
            });
        });
    if let Some(i) = open_hit
        && let Some(hit) = state.hits.get(i)
        && let Ok(link) = LinkTarget::parse(&hit.id)
        && let Some(route) = Route::from_link(&link, handbook, &lang)
    {
        let matcher = match &published.engine {
            Some(Ok(engine)) => engine.matcher(&lang, &state.query),
            _ => None,
        };
        actions.push(Action::OpenSearchHit(route, matcher));
        state.open = false;
        response.surrender_focus();
    }
    // Clicking elsewhere closes the popup.
    if !focused
        && !down
        && !up
        && ui.input(|i| i.pointer.any_pressed())
        && !area.response.contains_pointer()
        && !response.contains_pointer()
    {
        state.open = false;
    }
}

/// One result: title, where it is, and the snippet with the matches marked. The whole row is a button.
fn hit_ui(ui: &mut Ui, hit: &Hit, selected: bool, _handbook: &Handbook) -> egui::Response {
    let visuals = ui.visuals().clone();
    let fill = if selected { visuals.selection.bg_fill.gamma_multiply(0.35) } else { Color32::TRANSPARENT };
    let inner =
        egui::Frame::new().fill(fill).corner_radius(4.0).inner_margin(egui::Margin::symmetric(6, 4)).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&hit.title).bold());
            if !hit.context.is_empty() {
                ui.label(RichText::new(&hit.context).small().weak());
            }
            if !hit.snippet.text.is_empty() {
                ui.label(snippet_job(ui, &hit.snippet));
            }
        });
    let rect = inner.response.rect;
    let response = ui.interact(rect, ui.scope_id().with(("hit", &hit.id)), egui::Sense::click());
    let title = hit.title.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, title.clone()));
    if selected {
        response.scroll_to_me(None);
    }
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// A snippet as a layout job with the matched words on a marker background.
pub fn snippet_job(ui: &Ui, snippet: &Snippet) -> LayoutJob {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let color = ui.visuals().text_color();
    let mark = highlight_color(ui);
    let mut job = LayoutJob::default();
    let mut at = 0;
    for range in &snippet.highlights {
        if range.start < at || range.end > snippet.text.len() {
            continue;
        }
        job.append(&snippet.text[at..range.start], 0.0, TextFormat::simple(font.clone(), color));
        job.append(
            &snippet.text[range.clone()],
            0.0,
            TextFormat { background: mark, ..TextFormat::simple(font.clone(), color) },
        );
        at = range.end;
    }
    job.append(&snippet.text[at..], 0.0, TextFormat::simple(font, color));
    job.wrap.max_width = ui.available_width();
    job
}

/// The marker colour behind matched words.
pub fn highlight_color(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgba_unmultiplied(200, 160, 0, 110)
    } else {
        Color32::from_rgb(255, 232, 120)
    }
}

/// Whether `/` should focus the search field (no text field is being typed in).
pub fn slash_pressed(ctx: &egui::Context) -> bool {
    !ctx.egui_wants_keyboard_input() && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Slash))
}

/// Keeps a matcher only for the page it was opened on.
pub type Highlight = Option<(Route, Matcher)>;

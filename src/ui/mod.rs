//! The window. Views draw state and push [`Action`]s; the app applies them once per frame.

mod blocks;
mod checklists;
mod contacts;
mod glossary;
mod home;
mod interview;
pub mod native;
mod nav;
mod reader;
mod search;
mod slideshow;
mod theme;
mod top_bar;
mod training;

use std::sync::Arc;

pub use theme::install as install_style;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::content::model::LocalContacts;
use crate::content::{Handbook, Problem, validate};
use crate::directory::{self, LocalStore};
use crate::i18n::{self, I18n};
use crate::interview as interview_core;
use crate::interview::store::{Found, InterviewStore};
use crate::navigation::{History, Route};
use crate::settings::{self, Settings, ThemeChoice};

/// Something the user asked for, applied at the end of the frame.
#[derive(Clone, Debug)]
pub enum Action {
    Go(Route),
    /// Open a search result and highlight what the query matched on that page.
    OpenSearchHit(Route, Option<crate::search::Matcher>),
    FocusSearch,
    OpenUrl(String),
    Back,
    Forward,
    /// Zoom in (positive) or out (negative) by this many steps.
    Zoom(i32),
    ZoomReset,
    SetTheme(ThemeChoice),
    SetLanguage(String),
    /// Choose a contacts file and import it.
    ImportContacts,
    /// Choose where to save the whole directory.
    ExportContacts,
    RemoveLocalContact(String),
    DismissStatus,
    StartInterview,
    ResumeInterview,
    DiscardInterview,
    EndInterview,
    ExportInterview(interview::ExportFormat),
    /// Tick (as observed) or untick an indicator in the open interview, from the checklist pages.
    ToggleTick(String),
    /// Start a presentation (F5 on a chapter, or from the training page).
    Present(training::Presentation),
    /// Choose where to save a handout, and write it.
    ExportHandout {
        handout: crate::training::handouts::Handout,
        format: crate::training::handouts::Format,
        lang: String,
    },
}

/// A message about something the user did (an import, an export), shown until dismissed.
#[derive(Clone, Debug)]
pub struct Status {
    pub text: String,
    pub error: bool,
    /// Details, one per line (e.g. file:line:column problems).
    pub details: Vec<String>,
}

impl Status {
    pub fn info(text: String) -> Self {
        Self { text, error: false, details: Vec::new() }
    }

    pub fn error(text: String) -> Self {
        Self { text, error: true, details: Vec::new() }
    }
}

/// What every view needs while drawing: content, strings, and a place to put actions.
pub struct ViewCtx<'a> {
    pub handbook: &'a Handbook,
    pub i18n: &'a I18n,
    pub actions: Vec<Action>,
    /// Where to scroll this frame, set once after navigation.
    pub scroll_to: Option<ScrollTo>,
    /// Words to highlight on this page (it was opened from a search result).
    pub highlight: Option<&'a crate::search::Matcher>,
    /// The indicators ticked in the open interview, if one is open.
    pub interview_ticks: Option<std::collections::BTreeSet<String>>,
    /// While the reader draws a section: running text links the first use of each glossary term
    /// to the glossary (see [`blocks::inline_ui`]).
    pub glossary_marks: Option<GlossaryMarks<'a>>,
}

/// Glossary terms to mark in the section being drawn.
pub struct GlossaryMarks<'a> {
    /// Finds the terms of the glossary in the language the section is written in.
    pub finder: &'a crate::content::glossary::TermFinder,
    /// Terms already marked in this section.
    pub seen: std::collections::BTreeSet<String>,
}

/// Where a page scrolls when it is opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ScrollTo {
    Top,
    /// A section, indicator, contact or term id.
    Anchor(String),
    /// Back to where the reader was (back and forward), in points from the top.
    Offset(f32),
}

impl ViewCtx<'_> {
    /// Takes the pending scroll: the offset to jump to, and which anchor to bring into view.
    pub fn take_scroll(&mut self) -> (Option<f32>, Option<String>) {
        match self.scroll_to.take() {
            Some(ScrollTo::Top) => (Some(0.0), None),
            Some(ScrollTo::Offset(offset)) => (Some(offset), None),
            Some(ScrollTo::Anchor(anchor)) => (None, Some(anchor)),
            None => (None, None),
        }
    }

    /// The content language (the same as the UI language).
    pub fn lang(&self) -> &str {
        self.i18n.lang()
    }
}

const SHORTCUT_BACK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft);
const SHORTCUT_FORWARD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowRight);
const SHORTCUT_ZOOM_IN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
const SHORTCUT_ZOOM_IN_EQUALS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
const SHORTCUT_ZOOM_OUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
const SHORTCUT_ZOOM_RESET: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
const SHORTCUT_PRESENT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);

enum State {
    Ready {
        /// The handbook with the embassy's local contacts merged in.
        handbook: Arc<Handbook>,
        /// The handbook as shipped (or read with --content), without local contacts.
        base: Arc<Handbook>,
        /// Problems `validate` found (content loaded with --content); shown on the home page.
        problems: Vec<Problem>,
    },
    /// The content could not be loaded at all.
    Failed(Vec<Problem>),
}

/// The eframe application.
pub struct HandbookApp {
    state: State,
    settings: Settings,
    history: History,
    i18n: I18n,
    /// Where to scroll on the next frame, set by navigation.
    pending_scroll: Option<ScrollTo>,
    /// How far the page on screen is scrolled, remembered in the history when the reader leaves.
    page_offset: f32,
    search: search::SearchState,
    engine: search::SharedEngine,
    /// The page opened from a search result, and what to highlight on it.
    highlight: search::Highlight,
    contacts_filter: contacts::ContactsFilter,
    /// Where the embassy's own contacts are kept, if this system has a data folder.
    local_store: Option<LocalStore>,
    local: LocalContacts,
    status: Option<Status>,
    desk: interview::Desk,
    trainer: training::Trainer,
    /// Set by `--measure-startup`.
    probe: Option<native::StartupProbe>,
}

impl HandbookApp {
    /// Builds the app from eframe's creation context, restoring saved settings.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Result<Handbook, Vec<Problem>>) -> Self {
        let settings = cc.storage.and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY)).unwrap_or_default();
        let mut app = Self::with_settings(&cc.egui_ctx, content, settings);
        if let Some(store) = LocalStore::default_location() {
            app.use_local_store(&cc.egui_ctx, store);
        }
        if let Some(store) = InterviewStore::default_location() {
            app.use_interview_store(store);
        }
        app
    }

    /// Builds the app with the given settings (tests use this to start from a known state).
    pub fn with_settings(ctx: &egui::Context, content: Result<Handbook, Vec<Problem>>, settings: Settings) -> Self {
        let lang = settings.language.clone().unwrap_or_else(|| i18n::negotiate(&i18n::system_languages()));
        let i18n = I18n::new(&lang);
        let state = match content {
            Ok(handbook) => {
                let problems = validate(&handbook);
                let base = Arc::new(handbook);
                State::Ready { handbook: base.clone(), base, problems }
            }
            Err(problems) => State::Failed(problems),
        };
        let mut settings = settings;
        settings.zoom = settings.zoom.clamp(settings::ZOOM_MIN, settings::ZOOM_MAX);
        let route = match &state {
            State::Ready { handbook, .. } if settings.route.exists(handbook, i18n.lang()) => settings.route.clone(),
            _ => Route::Home,
        };
        let pending_scroll = anchor_of(&route);
        let engine = match &state {
            State::Ready { handbook, .. } => {
                search::SharedEngine::build_in_background(handbook.clone(), ctx.clone(), i18n.lang().to_owned())
            }
            State::Failed(_) => search::SharedEngine::default(),
        };
        theme::install(ctx);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_zoom_factor(settings.zoom);
        theme::apply(ctx, settings.theme);
        Self {
            state,
            history: History::new(route),
            settings,
            i18n,
            pending_scroll,
            page_offset: 0.0,
            search: search::SearchState::default(),
            engine,
            highlight: None,
            contacts_filter: contacts::ContactsFilter::default(),
            local_store: None,
            local: LocalContacts::default(),
            status: None,
            desk: interview::Desk::default(),
            trainer: training::Trainer::default(),
            probe: None,
        }
    }

    /// Reports start-up timings (counted from `started`) on standard output, then closes.
    pub fn measure_startup(&mut self, started: std::time::Instant) {
        self.probe = Some(native::StartupProbe::new(started));
    }

    /// Reads the embassy's local contacts from `store` and shows them with the built-in ones.
    /// A file that cannot be read is reported and left untouched.
    pub fn use_local_store(&mut self, ctx: &egui::Context, store: LocalStore) {
        match store.load() {
            Ok(local) => {
                self.local = local;
                self.remerge(ctx);
            }
            Err(problem) => {
                self.status = Some(Status {
                    text: self
                        .i18n
                        .tr_args("local-load-failed", &[("file", store.path().display().to_string().into())]),
                    error: true,
                    details: vec![problem.to_string()],
                });
            }
        }
        self.local_store = Some(store);
    }

    /// Where interviews are autosaved; looks for an unfinished one to resume or discard.
    pub fn use_interview_store(&mut self, store: InterviewStore) {
        match store.find() {
            Found::Nothing => {}
            Found::Unfinished(session) => self.desk.found = Some(session),
            Found::Damaged { moved_to, reason } => {
                self.status = Some(Status {
                    text: self.i18n.tr_args("interview-damaged", &[("file", moved_to.display().to_string().into())]),
                    error: true,
                    details: vec![reason],
                });
            }
        }
        self.desk.store = Some(store);
    }

    /// The open interview, if any.
    pub fn interview(&self) -> Option<&interview_core::Session> {
        self.desk.session.as_ref()
    }

    /// An unfinished interview found on start, waiting for resume or discard.
    pub fn unfinished_interview(&self) -> Option<&interview_core::Session> {
        self.desk.found.as_ref()
    }

    /// Saves the open interview if it changed; a failure keeps it open and says why.
    fn autosave(&mut self) {
        if !self.desk.dirty {
            return;
        }
        self.desk.dirty = false;
        if let (Some(session), Some(store)) = (&self.desk.session, &self.desk.store)
            && let Err(e) = store.save(session)
        {
            self.status =
                Some(Status::error(self.i18n.tr_args("interview-save-failed", &[("reason", e.to_string().into())])));
        }
    }

    /// Writes the referral summary of the open interview to `path`.
    pub fn export_interview_to(&mut self, format: interview::ExportFormat, path: &std::path::Path) {
        let (Some(session), State::Ready { handbook, .. }) = (&self.desk.session, &self.state) else { return };
        let officer = I18n::new(&session.officer_lang);
        let bilingual = self.desk.bilingual;
        let bytes = match format {
            interview::ExportFormat::Markdown => {
                Ok(interview_core::export::markdown(session, handbook, &officer, bilingual).into_bytes())
            }
            interview::ExportFormat::Html => {
                Ok(interview_core::export::html_page(session, handbook, &officer, bilingual).into_bytes())
            }
            interview::ExportFormat::Pdf => interview_core::export::pdf(session, handbook, &officer, bilingual),
        };
        let written = bytes.map_err(std::io::Error::other).and_then(|b| crate::storage::write_atomic(path, &b));
        let done = self.i18n.tr_args("interview-exported", &[("file", path.display().to_string().into())]);
        self.report_export(path, written, done);
    }

    /// Sets the status after an export: `done` if the file was written, else the reason it was not.
    fn report_export(&mut self, path: &std::path::Path, written: std::io::Result<()>, done: String) {
        self.status = Some(match written {
            Ok(()) => Status::info(done),
            Err(e) => Status::error(self.i18n.tr_args(
                "export-failed",
                &[("file", path.display().to_string().into()), ("reason", e.to_string().into())],
            )),
        });
    }

    /// Starts presenting a chapter or a case study, full screen.
    pub fn present(&mut self, what: &training::Presentation) {
        let State::Ready { handbook, .. } = &self.state else { return };
        if let Some((deck, start)) = training::deck_for(handbook, &self.i18n, what) {
            let mut show = slideshow::Show::new(deck);
            show.cursor = crate::training::slides::Cursor::at(&show.deck, start);
            self.trainer.show = Some(show);
        }
    }

    /// The presentation in progress, if any.
    pub fn show(&self) -> Option<&slideshow::Show> {
        self.trainer.show.as_ref()
    }

    /// The quiz in progress, if any.
    pub fn quiz(&self) -> Option<&crate::training::quiz::QuizRun> {
        self.trainer.quiz.as_ref()
    }

    /// Writes a handout in `lang` to `path`.
    pub fn export_handout_to(
        &mut self,
        handout: &crate::training::handouts::Handout,
        format: crate::training::handouts::Format,
        lang: &str,
        path: &std::path::Path,
    ) {
        let State::Ready { handbook, .. } = &self.state else { return };
        let bytes = crate::training::handouts::render(handbook, &I18n::new(lang), handout, format);
        let written = bytes.map_err(std::io::Error::other).and_then(|b| crate::storage::write_atomic(path, &b));
        let done = self.i18n.tr_args("handout-saved", &[("file", path.display().to_string().into())]);
        self.report_export(path, written, done);
    }

    /// Ends the interview: the autosave file is removed, and the officer is told.
    pub fn end_interview(&mut self) {
        let removed = self.desk.store.as_ref().map(|s| s.remove());
        self.desk.session = None;
        self.desk.card = None;
        self.status = Some(match removed {
            Some(Err(e)) => {
                Status::error(self.i18n.tr_args("interview-end-failed", &[("reason", e.to_string().into())]))
            }
            _ => Status::info(self.i18n.tr("interview-ended")),
        });
    }

    /// The message shown about the last import or export, if any.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The directory as shown (built-in and local contacts).
    pub fn handbook(&self) -> Option<&Handbook> {
        match &self.state {
            State::Ready { handbook, .. } => Some(handbook),
            State::Failed(_) => None,
        }
    }

    /// Saves `updated` as the local contacts and shows them; if the save fails, nothing changes, the
    /// failure is reported and `false` is returned.
    fn commit_local(&mut self, ctx: &egui::Context, updated: LocalContacts) -> bool {
        if let Some(store) = &self.local_store
            && let Err(e) = store.save(&updated)
        {
            let text = self.i18n.tr_args("import-save-failed", &[("reason", e.to_string().into())]);
            self.status = Some(Status::error(text));
            return false;
        }
        self.local = updated;
        self.remerge(ctx);
        true
    }

    /// Rebuilds the shown handbook from the base and the local contacts, and its search index.
    fn remerge(&mut self, ctx: &egui::Context) {
        if let State::Ready { handbook, base, .. } = &mut self.state {
            *handbook = Arc::new(base.with_local(&self.local));
            self.engine =
                search::SharedEngine::build_in_background(handbook.clone(), ctx.clone(), self.i18n.lang().to_owned());
        }
    }

    /// Imports a contacts file: checked first; on any problem nothing changes and the problems are shown.
    pub fn import_contacts_file(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        let file = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let State::Ready { handbook, .. } = &self.state else { return };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                let text =
                    self.i18n.tr_args("import-read-failed", &[("file", file.into()), ("reason", e.to_string().into())]);
                self.status = Some(Status::error(text));
                return;
            }
        };
        match directory::check_import(handbook, &file, &text) {
            Err(problems) => {
                let text =
                    self.i18n.tr_args("import-failed", &[("file", file.into()), ("count", problems.len().into())]);
                self.status =
                    Some(Status { text, error: true, details: problems.iter().map(|p| p.to_string()).collect() });
            }
            Ok((new, summary)) => {
                let mut updated = self.local.clone();
                directory::merge_into(&mut updated, new);
                if !self.commit_local(ctx, updated) {
                    return;
                }
                let text = self.i18n.tr_args(
                    "import-done",
                    &[
                        ("added", summary.added.into()),
                        ("present", summary.already_present.into()),
                        ("countries", summary.new_countries.into()),
                    ],
                );
                self.status = Some(Status::info(text));
            }
        }
    }

    /// Saves the whole directory (built-in and local) to `path`.
    pub fn export_contacts_to(&mut self, path: &std::path::Path) {
        let State::Ready { handbook, .. } = &self.state else { return };
        let count: usize = handbook.countries.iter().map(|c| c.contacts.len()).sum();
        let written = crate::storage::write_atomic(path, directory::export(handbook).as_bytes());
        let done =
            self.i18n.tr_args("export-done", &[("count", count.into()), ("file", path.display().to_string().into())]);
        self.report_export(path, written, done);
    }

    fn remove_local_contact(&mut self, ctx: &egui::Context, id: &str) {
        let name = match &self.state {
            State::Ready { handbook, .. } => handbook
                .countries
                .iter()
                .flat_map(|c| &c.contacts)
                .find(|c| c.id == id)
                .map_or_else(|| id.to_owned(), |c| c.organisation.clone()),
            State::Failed(_) => return,
        };
        let mut updated = self.local.clone();
        if !directory::remove(&mut updated, id) || !self.commit_local(ctx, updated) {
            return;
        }
        self.status = Some(Status::info(self.i18n.tr_args("local-removed", &[("name", name.into())])));
    }

    /// Opens a page, as following a link does.
    pub fn go(&mut self, route: Route) {
        self.pending_scroll = anchor_of(&route);
        self.highlight = None;
        self.history.go(route, self.page_offset);
    }

    /// Where the reader is now.
    pub fn route(&self) -> &Route {
        self.history.current()
    }

    /// The words marked on the page on screen, when it was opened from a search.
    pub fn highlight(&self) -> Option<&crate::search::Matcher> {
        self.highlight.as_ref().filter(|(page, _)| page == self.route()).map(|(_, matcher)| matcher)
    }

    /// The current settings, as they would be saved.
    pub fn settings(&self) -> Settings {
        Settings { route: self.history.current().clone(), ..self.settings.clone() }
    }

    fn shortcuts(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if search::slash_pressed(ctx) {
            actions.push(Action::FocusSearch);
        }
        ctx.input_mut(|i| {
            // F5 presents the chapter being read, from the section in view; elsewhere the first chapter.
            if i.consume_shortcut(&SHORTCUT_PRESENT) {
                let what = match self.history.current() {
                    Route::Chapter { id, section } => {
                        training::Presentation::Chapter { id: id.clone(), section: section.clone() }
                    }
                    _ => match &self.state {
                        State::Ready { handbook, .. } => match handbook.base().chapters.first() {
                            Some(c) => training::Presentation::Chapter { id: c.id.clone(), section: None },
                            None => return,
                        },
                        State::Failed(_) => return,
                    },
                };
                actions.push(Action::Present(what));
            }
            if i.consume_shortcut(&search::SHORTCUT_SEARCH) {
                actions.push(Action::FocusSearch);
            }
            if i.consume_shortcut(&SHORTCUT_BACK) {
                actions.push(Action::Back);
            }
            if i.consume_shortcut(&SHORTCUT_FORWARD) {
                actions.push(Action::Forward);
            }
            if i.consume_shortcut(&SHORTCUT_ZOOM_IN) || i.consume_shortcut(&SHORTCUT_ZOOM_IN_EQUALS) {
                actions.push(Action::Zoom(1));
            }
            if i.consume_shortcut(&SHORTCUT_ZOOM_OUT) {
                actions.push(Action::Zoom(-1));
            }
            if i.consume_shortcut(&SHORTCUT_ZOOM_RESET) {
                actions.push(Action::ZoomReset);
            }
            // Mouse back / forward buttons.
            if i.pointer.button_pressed(egui::PointerButton::Extra1) {
                actions.push(Action::Back);
            }
            if i.pointer.button_pressed(egui::PointerButton::Extra2) {
                actions.push(Action::Forward);
            }
        });
    }

    fn apply(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Go(route) => self.go(route),
                Action::OpenSearchHit(route, matcher) => {
                    self.pending_scroll = anchor_of(&route);
                    self.highlight = matcher.map(|m| (route.clone(), m));
                    self.history.go(route, self.page_offset);
                }
                Action::FocusSearch => self.search.request_focus(),
                Action::Back => {
                    if let Some(offset) = self.history.back(self.page_offset) {
                        self.pending_scroll = Some(ScrollTo::Offset(offset));
                    }
                }
                Action::Forward => {
                    if let Some(offset) = self.history.forward(self.page_offset) {
                        self.pending_scroll = Some(ScrollTo::Offset(offset));
                    }
                }
                Action::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
                Action::Zoom(steps) => {
                    self.settings.zoom = settings::zoom_by(self.settings.zoom, steps);
                    ctx.set_zoom_factor(self.settings.zoom);
                }
                Action::ZoomReset => {
                    self.settings.zoom = 1.0;
                    ctx.set_zoom_factor(1.0);
                }
                Action::SetTheme(choice) => {
                    self.settings.theme = choice;
                    theme::apply(ctx, choice);
                }
                Action::ImportContacts => {
                    let picked = rfd::FileDialog::new()
                        .set_title(self.i18n.tr("contacts-import"))
                        .add_filter("RON", &["ron"])
                        .pick_file();
                    if let Some(path) = picked {
                        self.import_contacts_file(ctx, &path);
                    }
                }
                Action::ExportContacts => {
                    let picked = rfd::FileDialog::new()
                        .set_title(self.i18n.tr("contacts-export"))
                        .add_filter("RON", &["ron"])
                        .set_file_name("referral-contacts.ron")
                        .save_file();
                    match picked {
                        Some(path) => self.export_contacts_to(&path),
                        None => self.status = Some(Status::info(self.i18n.tr("export-cancelled"))),
                    }
                }
                Action::RemoveLocalContact(id) => self.remove_local_contact(ctx, &id),
                Action::DismissStatus => self.status = None,
                Action::StartInterview => {
                    let lang = self.i18n.lang().to_owned();
                    match interview::start(&mut self.desk, &lang) {
                        Ok(()) => self.desk.form.error = None,
                        Err(e) => self.desk.form.error = Some(e),
                    }
                }
                Action::ResumeInterview => {
                    self.desk.session = self.desk.found.take();
                }
                Action::DiscardInterview => {
                    self.desk.found = None;
                    if let Some(store) = &self.desk.store {
                        store.remove().ok();
                    }
                    self.status = Some(Status::info(self.i18n.tr("interview-discarded")));
                }
                Action::EndInterview => self.end_interview(),
                Action::ExportInterview(format) => {
                    let (name, ext) = match format {
                        interview::ExportFormat::Markdown => ("referral-summary.md", "md"),
                        interview::ExportFormat::Html => ("referral-summary.html", "html"),
                        interview::ExportFormat::Pdf => ("referral-summary.pdf", "pdf"),
                    };
                    let picked = rfd::FileDialog::new().add_filter(ext, &[ext]).set_file_name(name).save_file();
                    match picked {
                        Some(path) => self.export_interview_to(format, &path),
                        None => self.status = Some(Status::info(self.i18n.tr("export-cancelled"))),
                    }
                }
                Action::ToggleTick(id) => {
                    if let Some(session) = &mut self.desk.session {
                        if session.tick_of(&id).is_some() {
                            session.untick(&id);
                        } else {
                            session.tick(&id, interview_core::Basis::Observed);
                        }
                        self.desk.dirty = true;
                    }
                }
                Action::Present(what) => self.present(&what),
                Action::ExportHandout { handout, format, lang } => {
                    let State::Ready { handbook, .. } = &self.state else { continue };
                    let name = crate::training::handouts::file_name(handbook, &lang, &handout, format);
                    let ext = name.rsplit('.').next().unwrap_or("pdf").to_owned();
                    let picked = rfd::FileDialog::new().add_filter(&ext, &[&ext]).set_file_name(&name).save_file();
                    match picked {
                        Some(path) => self.export_handout_to(&handout, format, &lang, &path),
                        None => self.status = Some(Status::info(self.i18n.tr("export-cancelled"))),
                    }
                }
                Action::SetLanguage(lang) => {
                    self.i18n = I18n::new(&lang);
                    self.settings.language = Some(lang);
                    if let State::Ready { handbook, .. } = &self.state {
                        self.engine = search::SharedEngine::build_in_background(
                            handbook.clone(),
                            ctx.clone(),
                            self.i18n.lang().to_owned(),
                        );
                    }
                }
            }
            ctx.request_repaint();
        }
    }
}

/// A bar under the top bar with the result of the last import or export.
fn status_ui(ui: &mut egui::Ui, i18n: &I18n, status: &Status, actions: &mut Vec<Action>) {
    egui::Panel::top("status").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let color = if status.error { ui.visuals().error_fg_color } else { ui.visuals().text_color() };
            ui.label(egui::RichText::new(&status.text).color(color));
            if ui.small_button(i18n.tr("dismiss")).clicked() {
                actions.push(Action::DismissStatus);
            }
        });
        if !status.details.is_empty() {
            egui::ScrollArea::vertical().max_height(160.0).id_salt("status-details").show(ui, |ui| {
                for line in &status.details {
                    ui.label(egui::RichText::new(line).monospace().small());
                }
            });
        }
        ui.add_space(4.0);
    });
}

/// Where a route scrolls when opened: its section, indicator, contact or term, else the top.
fn anchor_of(route: &Route) -> Option<ScrollTo> {
    let anchor = match route {
        Route::Chapter { section, .. } => section.clone(),
        Route::Checklist { indicator, .. } => indicator.clone(),
        Route::Contacts { contact, .. } => contact.clone(),
        Route::Glossary { term } => term.clone(),
        Route::Home | Route::Interview | Route::Training => None,
    };
    Some(anchor.map_or(ScrollTo::Top, ScrollTo::Anchor))
}

impl eframe::App for HandbookApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        theme::focus_ring(&ctx);
        if let Some(probe) = &mut self.probe {
            let ready = matches!(self.engine.get().engine, Some(Ok(_)));
            if let Some(report) = probe.frame(frame, ready) {
                println!("{report}");
                self.probe = None;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
        }
        let mut actions = Vec::new();
        self.shortcuts(&ctx, &mut actions);
        let route = self.history.current().clone();
        match &self.state {
            State::Failed(problems) => {
                top_bar::top_bar_ui(
                    ui,
                    &self.i18n,
                    I18n::language_names(),
                    &self.history,
                    &self.settings,
                    &mut actions,
                    |_, _| {},
                );
                egui::CentralPanel::default().show(ui, |ui| home::load_failed_ui(ui, &self.i18n, problems));
            }
            State::Ready { handbook, problems, .. } => {
                let mut view = ViewCtx {
                    handbook,
                    i18n: &self.i18n,
                    actions: Vec::new(),
                    scroll_to: self.pending_scroll.take(),
                    highlight: match &self.highlight {
                        Some((page, matcher)) if *page == route => Some(matcher),
                        _ => None,
                    },
                    interview_ticks: self
                        .desk
                        .session
                        .as_ref()
                        .map(|s| s.ticks.iter().map(|t| t.indicator.clone()).collect()),
                    glossary_marks: None,
                };
                // A presentation takes the whole screen (and may open the presenter window).
                if let Some(show) = &mut self.trainer.show {
                    if !slideshow::show_ui(ui, &mut view, show) {
                        self.trainer.show = None;
                    }
                    view.actions.clear();
                    self.apply(&ctx, actions);
                    self.autosave();
                    return;
                }
                // The card shown to the interviewee takes the whole screen.
                if self.desk.card.is_some() && interview::card_ui(ui, &view, &mut self.desk) {
                    actions.extend(view.actions);
                    self.apply(&ctx, actions);
                    self.autosave();
                    return;
                }
                let (search_state, engine) = (&mut self.search, &self.engine);
                let ticks = view.interview_ticks.clone();
                top_bar::top_bar_ui(
                    ui,
                    &self.i18n,
                    I18n::language_names(),
                    &self.history,
                    &self.settings,
                    &mut view.actions,
                    |ui, actions| {
                        search::search_field_ui(ui, &self.i18n, search_state, engine, handbook, ticks.as_ref(), actions)
                    },
                );
                egui::Panel::left("navigation")
                    .resizable(true)
                    .default_size(280.0)
                    .min_size(200.0)
                    .show(ui, |ui| nav::nav_ui(ui, &mut view, &route));
                if let Some(status) = &self.status {
                    status_ui(ui, &self.i18n, status, &mut view.actions);
                }
                egui::CentralPanel::default().show(ui, |ui| match &route {
                    Route::Home => home::home_ui(ui, &mut view, problems),
                    Route::Chapter { id, .. } => reader::chapter_ui(ui, &mut view, id),
                    Route::Checklist { id, .. } => checklists::checklist_ui(ui, &mut view, id),
                    Route::Contacts { country, .. } => {
                        contacts::contacts_ui(ui, &mut view, country.as_deref(), &mut self.contacts_filter)
                    }
                    Route::Glossary { .. } => glossary::glossary_ui(ui, &mut view),
                    Route::Interview => interview::interview_ui(ui, &mut view, &mut self.desk),
                    Route::Training => training::training_ui(ui, &mut view, &mut self.trainer),
                });
                self.page_offset = reader::page_offset(&ctx);
                actions.extend(view.actions);
            }
        }
        self.apply(&ctx, actions);
        self.autosave();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings());
    }

    /// Settings are tiny; saving often means a crash loses at most a few seconds of place.
    fn auto_save_interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(5)
    }
}

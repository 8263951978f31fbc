//! The trainer's page: present a chapter, run a case study, run a quiz, print handouts.

use super::theme::Bold as _;
use egui::{Key, Modifiers, RichText, Ui};

use super::slideshow::Show;
use super::{Action, ViewCtx, blocks, reader};
use crate::content::Handbook;
use crate::content::inline::{self, LinkTarget};
use crate::content::model::CalloutKind;
use crate::i18n::I18n;
use crate::training::handouts::{self, Format, Handout};
use crate::training::quiz::{QuizRun, Scope};
use crate::training::slides::{self, Deck, Labels};

/// What to present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Presentation {
    Chapter {
        id: String,
        section: Option<String>,
    },
    /// A case study, by its id (unique in a language).
    Case(String),
}

/// The trainer's state: the running show or quiz, and the choices on the page.
pub struct Trainer {
    pub show: Option<Show>,
    pub quiz: Option<QuizRun>,
    /// The chapter a new quiz is on; `None` for a mixed quiz.
    pub quiz_chapter: Option<String>,
    pub quiz_count: usize,
    pub handout_lang: Option<String>,
    pub handout_chapter: Option<String>,
    pub handout_checklist: Option<String>,
    pub handout_quiz_chapter: Option<String>,
    pub handout_answers: bool,
    /// Changes each quiz's order.
    seed: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        Self {
            show: None,
            quiz: None,
            quiz_chapter: None,
            quiz_count: 20,
            handout_lang: None,
            handout_chapter: None,
            handout_checklist: None,
            handout_quiz_chapter: None,
            handout_answers: false,
            seed: std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64),
        }
    }
}

/// The localised names slide derivation needs.
pub fn labels(i18n: &I18n) -> Labels {
    Labels {
        key_points: i18n.tr("key-points"),
        discussion: i18n.tr("case-questions"),
        model_answer: i18n.tr("case-answer"),
        callouts: CalloutKind::ALL.map(|kind| i18n.tr(kind.message_id())),
    }
}

/// The deck for a presentation, starting at the chosen section's first slide.
pub fn deck_for(handbook: &Handbook, i18n: &I18n, what: &Presentation) -> Option<(Deck, usize)> {
    let labels = labels(i18n);
    match what {
        Presentation::Chapter { id, section } => {
            let (chapter, _) = handbook.chapter(i18n.lang(), id)?;
            let deck = slides::chapter_deck(chapter, &labels);
            let start = section
                .as_ref()
                .and_then(|s| deck.slides.iter().position(|x| x.section.as_ref() == Some(s)))
                .unwrap_or(0);
            Some((deck, start))
        }
        Presentation::Case(case) => handbook
            .chapters(i18n.lang())
            .into_iter()
            .find_map(|(chapter, _)| slides::case_deck(chapter, case, &labels))
            .map(|deck| (deck, 0)),
    }
}

pub fn training_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, trainer: &mut Trainer) {
    if trainer.quiz.is_some() {
        reader::page_ui(ui, "quiz-page", None, |ui| quiz_ui(ui, view, trainer));
        return;
    }
    let (offset, _) = view.take_scroll();
    reader::page_ui(ui, "training-page", offset, |ui| {
        let i18n = view.i18n;
        ui.heading(i18n.tr("training-title"));
        ui.label(i18n.tr("training-intro"));
        ui.add_space(12.0);
        present_ui(ui, view);
        ui.add_space(16.0);
        cases_ui(ui, view);
        ui.add_space(16.0);
        quiz_setup_ui(ui, view, trainer);
        ui.add_space(16.0);
        handouts_ui(ui, view, trainer);
        ui.add_space(24.0);
    });
}

fn section_heading(ui: &mut Ui, text: &str, hint: &str) {
    ui.label(RichText::new(text).size(20.0).bold());
    ui.label(RichText::new(hint).weak());
    ui.add_space(4.0);
}

fn present_ui(ui: &mut Ui, view: &mut ViewCtx<'_>) {
    let i18n = view.i18n;
    section_heading(ui, &i18n.tr("training-present"), &i18n.tr("training-present-hint"));
    ui.horizontal_wrapped(|ui| {
        for (chapter, _) in view.handbook.chapters(view.lang()) {
            let label = format!("▶ {}  {}", chapter.number, inline::plain(&chapter.title));
            if ui.button(label).clicked() {
                view.actions.push(Action::Present(Presentation::Chapter { id: chapter.id.clone(), section: None }));
            }
        }
    });
}

fn cases_ui(ui: &mut Ui, view: &mut ViewCtx<'_>) {
    let i18n = view.i18n;
    section_heading(ui, &i18n.tr("training-cases"), &i18n.tr("training-cases-hint"));
    ui.horizontal_wrapped(|ui| {
        for (chapter, _) in view.handbook.chapters(view.lang()) {
            for (case, title) in slides::case_studies(chapter) {
                let button = ui.button(format!("▶ {}", inline::plain(&title)));
                if button.on_hover_text(inline::plain(&chapter.title)).clicked() {
                    view.actions.push(Action::Present(Presentation::Case(case.clone())));
                }
            }
        }
    });
}

fn chapter_combo(ui: &mut Ui, view: &ViewCtx<'_>, id: &str, label: &str, all: Option<&str>, slot: &mut Option<String>) {
    let chapters = view.handbook.chapters(view.lang());
    let name = |c: &Option<String>| match c {
        None => all.unwrap_or_default().to_owned(),
        Some(id) => chapters
            .iter()
            .find(|(ch, _)| ch.id == *id)
            .map_or_else(|| id.clone(), |(ch, _)| format!("{} {}", ch.number, inline::plain(&ch.title))),
    };
    if all.is_none() && slot.is_none() {
        *slot = chapters.first().map(|(c, _)| c.id.clone());
    }
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(id)
        .selected_text(name(slot))
        .width(300.0)
        .show_ui(ui, |ui| {
            if let Some(all) = all {
                ui.selectable_value(slot, None, all);
            }
            for (chapter, _) in &chapters {
                let value = Some(chapter.id.clone());
                let text = name(&value);
                ui.selectable_value(slot, value, text);
            }
        })
        .response
        .labelled_by(label.id);
}

fn quiz_setup_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, trainer: &mut Trainer) {
    let i18n = view.i18n;
    section_heading(ui, &i18n.tr("quiz"), &i18n.tr("quiz-hint"));
    let all = i18n.tr("quiz-mixed");
    ui.horizontal(|ui| {
        chapter_combo(ui, view, "quiz-chapter", &i18n.tr("quiz-on"), Some(&all), &mut trainer.quiz_chapter);
    });
    if trainer.quiz_chapter.is_none() {
        ui.horizontal(|ui| {
            ui.label(i18n.tr("quiz-count"));
            for n in [10, 20, 40] {
                ui.selectable_value(&mut trainer.quiz_count, n, n.to_string());
            }
        });
    }
    if ui.button(RichText::new(i18n.tr("quiz-start")).strong()).clicked() {
        let scope = trainer.quiz_chapter.clone().map_or(Scope::Mixed, Scope::Chapter);
        trainer.seed = trainer.seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        trainer.quiz = QuizRun::new(view.handbook, view.lang(), scope, trainer.quiz_count, trainer.seed);
    }
    ui.label(RichText::new(i18n.tr("quiz-private")).small().weak());
}

fn handouts_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, trainer: &mut Trainer) {
    let i18n = view.i18n;
    section_heading(ui, &i18n.tr("handouts"), &i18n.tr("handouts-hint"));
    let names = I18n::language_names();
    let lang = trainer.handout_lang.clone().unwrap_or_else(|| view.lang().to_owned());
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("handouts-language"));
        let current = names.get(&lang).cloned().unwrap_or_else(|| lang.clone());
        egui::ComboBox::from_id_salt("handout-lang")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for code in &view.handbook.manifest.languages {
                    let name = names.get(code).cloned().unwrap_or_else(|| code.clone());
                    if ui.selectable_label(*code == lang, name).clicked() {
                        trainer.handout_lang = Some(code.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let export = |ui: &mut Ui, view: &mut ViewCtx<'_>, what: &str, handout: Handout| {
        for (format, name) in [(Format::Pdf, "PDF"), (Format::Html, "HTML")] {
            let label = i18n.tr_args("handouts-save-as", &[("what", what.into()), ("format", name.into())]);
            if ui.button(label).clicked() {
                view.actions.push(Action::ExportHandout { handout: handout.clone(), format, lang: lang.clone() });
            }
        }
    };
    ui.horizontal_wrapped(|ui| {
        chapter_combo(ui, view, "handout-chapter", &i18n.tr("handouts-chapter"), None, &mut trainer.handout_chapter);
        if let Some(id) = trainer.handout_chapter.clone() {
            export(ui, view, &i18n.tr("handouts-chapter"), Handout::Chapter(id));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("handouts-card"));
        let checklists = view.handbook.checklists(view.lang());
        if trainer.handout_checklist.is_none() {
            trainer.handout_checklist = checklists.first().map(|c| c.id.clone());
        }
        let current = checklists
            .iter()
            .find(|c| Some(&c.id) == trainer.handout_checklist.as_ref())
            .map(|c| c.title.clone())
            .unwrap_or_default();
        egui::ComboBox::from_id_salt("handout-checklist")
            .selected_text(current)
            .width(300.0)
            .show_ui(ui, |ui| {
                for c in &checklists {
                    ui.selectable_value(&mut trainer.handout_checklist, Some(c.id.clone()), &c.title);
                }
            })
            .response
            .labelled_by(label.id);
        if let Some(id) = trainer.handout_checklist.clone() {
            export(ui, view, &i18n.tr("handouts-card"), Handout::PocketCard(id));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let all = i18n.tr("quiz-all-chapters");
        chapter_combo(ui, view, "handout-quiz", &i18n.tr("quiz"), Some(&all), &mut trainer.handout_quiz_chapter);
        ui.checkbox(&mut trainer.handout_answers, i18n.tr("handouts-with-answers"));
        let handout = Handout::Quiz { chapter: trainer.handout_quiz_chapter.clone(), answers: trainer.handout_answers };
        export(ui, view, &i18n.tr("quiz"), handout);
    });
}

/// Keys for the quiz: 1–5 or A–E choose, Enter or → next, ← previous.
fn quiz_keys(ui: &Ui, options: usize) -> (Option<usize>, bool, bool) {
    ui.input_mut(|i| {
        let digits = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        let letters = [Key::A, Key::B, Key::C, Key::D, Key::E];
        let chosen = (0..options.min(5))
            .find(|&n| i.consume_key(Modifiers::NONE, digits[n]) || i.consume_key(Modifiers::NONE, letters[n]));
        let next = i.consume_key(Modifiers::NONE, Key::Enter) || i.consume_key(Modifiers::NONE, Key::ArrowRight);
        let previous = i.consume_key(Modifiers::NONE, Key::ArrowLeft);
        (chosen, next, previous)
    })
}

fn quiz_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, trainer: &mut Trainer) {
    let i18n = view.i18n;
    let Some(run) = trainer.quiz.as_mut() else { return };
    let mut leave = false;
    ui.horizontal(|ui| {
        ui.heading(i18n.tr("quiz"));
        if ui.button(i18n.tr("quiz-leave")).clicked() {
            leave = true;
        }
    });
    ui.add_space(8.0);
    if run.is_over() {
        quiz_end_ui(ui, view, trainer);
        return;
    }
    let total = run.asked.len();
    let options = run.question().map_or(0, |a| a.question.answer.option_count());
    if ui.memory(|m| m.focused().is_none()) {
        let (chosen, next, previous) = quiz_keys(ui, options);
        if let Some(n) = chosen {
            run.choose(n);
        }
        if next && run.question().is_some_and(|a| a.revealed) {
            run.next();
        }
        if previous {
            run.previous();
        }
    }
    let Some(asked) = run.question().cloned() else { return };
    let position = i18n.tr_args("quiz-position", &[("n", (run.current + 1).into()), ("total", total.into())]);
    let score = run.score();
    ui.label(
        RichText::new(format!("{position} · {}", i18n.tr_args("quiz-score-so-far", &[("right", score.right.into())])))
            .weak(),
    );
    ui.add(egui::ProgressBar::new(run.current as f32 / total as f32).desired_height(4.0));
    ui.add_space(10.0);
    blocks::inline_styled_ui(ui, view, &asked.question.prompt, |t| t.size(24.0).bold());
    ui.add_space(12.0);
    let right = asked.question.answer.correct_index();
    for (i, option) in handouts::option_texts(i18n, &asked.question.answer).iter().enumerate() {
        let mark = match (asked.revealed, i == right, asked.chosen == Some(i)) {
            (true, true, _) => "✔ ",
            (true, false, true) => "✘ ",
            _ => "",
        };
        let text = format!("{mark}{}) {}", handouts::option_letter(i), inline::plain(option));
        let mut rich = RichText::new(text).size(20.0);
        if asked.revealed && i == right {
            let green = if ui.visuals().dark_mode {
                egui::Color32::from_rgb(110, 200, 130)
            } else {
                egui::Color32::from_rgb(0, 110, 40)
            };
            rich = rich.color(green).bold();
        }
        let button = egui::Button::selectable(asked.chosen == Some(i), rich)
            .wrap()
            .min_size(egui::vec2(ui.available_width().min(760.0), 40.0));
        if ui.add(button).clicked() {
            run.choose(i);
        }
    }
    ui.add_space(10.0);
    if asked.revealed {
        let verdict = match asked.chosen {
            Some(c) if c == right => i18n.tr("quiz-right"),
            Some(_) => i18n.tr_args("quiz-wrong", &[("letter", handouts::option_letter(right).to_string().into())]),
            None => i18n.tr_args("quiz-shown", &[("letter", handouts::option_letter(right).to_string().into())]),
        };
        ui.label(RichText::new(verdict).size(18.0).bold());
        blocks::inline_ui(ui, view, &asked.question.explanation);
        let links: Vec<LinkTarget> = asked.question.links.iter().filter_map(|l| LinkTarget::parse(l).ok()).collect();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(i18n.tr("quiz-read-more")).weak());
            for target in links {
                let title = blocks::link_title(view, &target).unwrap_or_else(|| target.to_string());
                if ui.link(title).clicked() {
                    blocks::follow(view, &target);
                }
            }
        });
    }
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.add_enabled(run.current > 0, egui::Button::new(i18n.tr("quiz-previous"))).clicked() {
            run.previous();
        }
        if !asked.revealed && ui.button(i18n.tr("quiz-show-answer")).clicked() {
            run.reveal();
        }
        let next = if run.current + 1 == total { i18n.tr("quiz-finish") } else { i18n.tr("quiz-next") };
        if ui.add_enabled(asked.revealed, egui::Button::new(next)).clicked() {
            run.next();
        }
    });
    ui.label(RichText::new(i18n.tr("quiz-keys")).small().weak());
    if leave {
        trainer.quiz = None;
    }
}

fn quiz_end_ui(ui: &mut Ui, view: &mut ViewCtx<'_>, trainer: &mut Trainer) {
    let i18n = view.i18n;
    let Some(run) = trainer.quiz.as_mut() else { return };
    let score = run.score();
    ui.label(
        RichText::new(i18n.tr_args("quiz-result", &[("right", score.right.into()), ("total", score.total.into())]))
            .size(28.0)
            .bold(),
    );
    if score.answered < score.total {
        ui.label(i18n.tr_args("quiz-unanswered", &[("count", (score.total - score.answered).into())]));
    }
    let mut again = false;
    let mut new = false;
    ui.horizontal(|ui| {
        again = ui.button(i18n.tr("quiz-again")).clicked();
        new = ui.button(i18n.tr("quiz-new")).clicked();
    });
    let missed: Vec<_> = run.missed().cloned().collect();
    if !missed.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(i18n.tr("quiz-review")).size(18.0).bold());
        for asked in missed {
            ui.add_space(6.0);
            blocks::inline_styled_ui(ui, view, &asked.question.prompt, |t| t.bold());
            let options = handouts::option_texts(i18n, &asked.question.answer);
            let right = asked.question.answer.correct_index();
            let answer = format!("✔ {}) {}", handouts::option_letter(right), inline::plain(&options[right]));
            ui.label(answer);
            blocks::inline_ui(ui, view, &asked.question.explanation);
        }
    }
    if again {
        run.restart();
    }
    if new {
        trainer.quiz = None;
    }
}

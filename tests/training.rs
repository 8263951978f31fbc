//! Trainer mode without a window: slides derived from the real chapters, quiz runs and scoring.

use diplomatic_handbook::content::Handbook;
use diplomatic_handbook::content::model::{Block, CalloutKind, Chapter};
use diplomatic_handbook::training::quiz::{QuizRun, Scope};
use diplomatic_handbook::training::slides::{
    BODY_LINES, Deck, Labels, SlideKind, case_deck, case_studies, chapter_deck, sentences,
};

fn labels() -> Labels {
    Labels {
        key_points: "Key points".into(),
        discussion: "Discussion".into(),
        model_answer: "Model answer".into(),
        callouts: ["Note", "Warning", "Do", "Don't"].map(String::from),
    }
}

fn handbook() -> Handbook {
    Handbook::embedded().unwrap()
}

/// Every text of a chapter that a slide item can come from.
fn source_texts(chapter: &Chapter) -> Vec<String> {
    let mut out = vec![chapter.summary.clone()];
    for block in chapter.sections.iter().flat_map(|s| &s.blocks) {
        match block {
            Block::Paragraph(t) => out.push(t.clone()),
            Block::Bullets(v) | Block::Numbered(v) | Block::KeyPoints(v) => out.extend(v.iter().cloned()),
            Block::Callout(c) => out.extend(c.text.iter().chain(&c.items).cloned()),
            Block::CaseStudy(c) => out.extend(c.scenario.iter().chain(&c.questions).chain(&c.answer).cloned()),
            Block::Table(_) | Block::SeeAlso(_) => {}
        }
    }
    out
}

/// An item is a whole source text, its bold lead, or a run of whole sentences of one.
fn is_whole_sentences(item: &str, sources: &[String]) -> bool {
    sources.iter().any(|s| {
        if s == item || s.starts_with(&format!("**{item}**")) {
            return true;
        }
        let parts = sentences(s);
        (0..parts.len()).any(|from| (from + 1..=parts.len()).any(|to| parts[from..to].join(" ") == item))
    })
}

fn all_decks(handbook: &Handbook) -> Vec<(String, Chapter, Deck)> {
    let mut decks = Vec::new();
    for lang in &handbook.manifest.languages {
        for (chapter, fallback) in handbook.chapters(lang) {
            if !fallback {
                decks.push((lang.clone(), chapter.clone(), chapter_deck(chapter, &labels())));
            }
        }
    }
    decks
}

#[test]
fn every_chapter_in_every_language_becomes_slides_that_fit_and_keep_the_order() {
    let handbook = handbook();
    let decks = all_decks(&handbook);
    assert!(decks.len() >= 16 + 5 * 3, "{} decks", decks.len());
    for (lang, chapter, deck) in decks {
        let at = format!("{lang}/{}", chapter.id);
        assert_eq!(deck.slides[0].kind, SlideKind::Title, "{at}");
        assert_eq!(deck.slides[0].title, chapter.title, "{at}");
        // Order: the sections appear in reading order, each at least once.
        let mut seen: Vec<&str> = deck.slides.iter().filter_map(|s| s.section.as_deref()).collect();
        seen.dedup();
        let expected: Vec<&str> = chapter.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(seen, expected, "{at}: sections out of order or missing");
        let sources = source_texts(&chapter);
        for (n, slide) in deck.slides.iter().enumerate() {
            let at = format!("{at} slide {} ({:?} {:?})", n + 1, slide.kind, slide.title);
            assert!(!slide.items.is_empty() || slide.table.is_some() || !slide.links.is_empty(), "{at} is empty");
            assert!(slide.estimated_lines() <= BODY_LINES, "{at} holds {} lines", slide.estimated_lines());
            for item in &slide.items {
                assert!(!item.text.trim().is_empty(), "{at} has an empty item");
                assert!(is_whole_sentences(&item.text, &sources), "{at}: cut mid-sentence: {:?}", item.text);
            }
            if let Some(table) = &slide.table {
                assert!(!table.rows.is_empty(), "{at}: a table slide without rows");
            }
        }
    }
}

#[test]
fn long_sections_continue_on_numbered_slides_and_boxes_get_their_own() {
    let handbook = handbook();
    let (chapter, _) = handbook.chapter("en", "legal-framework").unwrap();
    let deck = chapter_deck(chapter, &labels());
    let continued: Vec<_> = deck.slides.iter().filter(|s| s.part.is_some()).collect();
    assert!(!continued.is_empty(), "chapter 5 has long sections");
    for slide in &continued {
        let (part, of) = slide.part.unwrap();
        assert!(part >= 1 && part <= of && of > 1);
    }
    assert!(deck.slides.iter().any(|s| s.kind == SlideKind::Callout(CalloutKind::Do)));
    assert!(deck.slides.iter().any(|s| s.kind == SlideKind::KeyPoints && s.title == "Key points"));
    assert!(deck.slides.iter().any(|s| s.kind == SlideKind::Table));
    // Speaker notes carry the section's key points and sources.
    let content = deck.slides.iter().find(|s| s.kind == SlideKind::Content).unwrap();
    assert!(!content.notes.key_points.is_empty());
    assert!(!content.notes.sources.is_empty());
    assert!(!content.notes.text.is_empty());
}

#[test]
fn a_case_study_reveals_scenario_then_each_question_then_the_answer() {
    let handbook = handbook();
    let (chapter, _) = handbook.chapter("en", "case-studies").unwrap();
    let cases = case_studies(chapter);
    assert!(cases.len() >= 11);
    let (id, title) = &cases[0];
    let deck = case_deck(chapter, id, &labels()).unwrap();
    assert_eq!(deck.slides[0].kind, SlideKind::Title);
    assert_eq!(&deck.slides[0].title, title);
    let kinds: Vec<SlideKind> = deck.slides.iter().map(|s| s.kind).collect();
    let first = |k| kinds.iter().position(|x| *x == k).unwrap();
    assert!(first(SlideKind::Scenario) < first(SlideKind::Discussion));
    assert!(first(SlideKind::Discussion) < first(SlideKind::Answer));
    let discussion = &deck.slides[first(SlideKind::Discussion)];
    let case = chapter
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| if let Block::CaseStudy(c) = b { (c.id == *id).then_some(c) } else { None })
        .unwrap();
    // One reveal step per question, in order.
    assert_eq!(discussion.steps(), case.questions.len());
    let steps: Vec<usize> = discussion.items.iter().map(|i| i.step).collect();
    assert_eq!(steps, (0..case.questions.len()).collect::<Vec<_>>());
    let answer = deck.slides.iter().rev().find(|s| s.kind == SlideKind::Answer).unwrap();
    assert_eq!(answer.links, case.links);
    assert!(case_deck(chapter, "no-such-case", &labels()).is_none());
}

#[test]
fn the_quiz_has_at_least_80_questions_and_every_chapter_but_the_sources_has_some() {
    let handbook = handbook();
    let quizzes = handbook.quizzes("en");
    let total: usize = quizzes.iter().map(|(q, _)| q.questions.len()).sum();
    assert!(total >= 80, "{total} questions");
    for chapter in handbook.base().chapters.iter().filter(|c| c.id != "sources") {
        assert!(quizzes.iter().any(|(q, _)| q.chapter == chapter.id), "no questions on {}", chapter.id);
    }
}

#[test]
fn a_quiz_run_scores_right_wrong_and_shown_answers() {
    let handbook = handbook();
    let mut run = QuizRun::new(&handbook, "en", Scope::Chapter("what-is-trafficking".into()), 0, 0).unwrap();
    let total = run.asked.len();
    assert!(total >= 3);
    // First: right. Second: wrong. Third: answer shown without a choice.
    let right = run.question().unwrap().question.answer.correct_index();
    assert_eq!(run.choose(right), Some(true));
    // A second click on the same question changes nothing.
    let wrong_first = (right + 1) % run.question().unwrap().question.answer.option_count();
    assert_eq!(run.choose(wrong_first), Some(true));
    run.next();
    let q = &run.question().unwrap().question.answer;
    let wrong = (q.correct_index() + 1) % q.option_count();
    assert_eq!(run.choose(wrong), Some(false));
    run.next();
    run.reveal();
    assert!(run.question().unwrap().revealed);
    while !run.is_over() {
        run.next();
    }
    let score = run.score();
    assert_eq!((score.right, score.answered, score.total), (1, 2, total));
    assert_eq!(run.missed().count(), total - 1);
    run.restart();
    assert_eq!(run.score().answered, 0);
    assert_eq!(run.current, 0);
}

#[test]
fn a_mixed_quiz_draws_from_several_chapters_up_to_the_limit() {
    let handbook = handbook();
    let a = QuizRun::new(&handbook, "en", Scope::Mixed, 20, 7).unwrap();
    let b = QuizRun::new(&handbook, "en", Scope::Mixed, 20, 8).unwrap();
    assert_eq!(a.asked.len(), 20);
    let chapters: std::collections::BTreeSet<&str> = a.asked.iter().map(|q| q.chapter.as_str()).collect();
    assert!(chapters.len() >= 5, "{chapters:?}");
    let ids = |r: &QuizRun| r.asked.iter().map(|q| q.question.id.clone()).collect::<Vec<_>>();
    assert_ne!(ids(&a), ids(&b), "different seeds, different questions or order");
    assert!(QuizRun::new(&handbook, "en", Scope::Chapter("no-such".into()), 20, 0).is_none());
    // A language without its own quiz falls back to English questions.
    assert!(QuizRun::new(&handbook, "is", Scope::Mixed, 5, 1).is_some());
}

#[test]
fn the_cursor_reveals_steps_before_moving_on_and_stops_at_both_ends() {
    use diplomatic_handbook::training::slides::Cursor;
    let handbook = handbook();
    let (chapter, _) = handbook.chapter("en", "case-studies").unwrap();
    let (id, _) = &case_studies(chapter)[0];
    let deck = case_deck(chapter, id, &labels()).unwrap();
    let discussion = deck.slides.iter().position(|s| s.kind == SlideKind::Discussion).unwrap();
    let steps = deck.slides[discussion].steps();
    assert!(steps >= 2);
    let mut c = Cursor::at(&deck, discussion);
    for step in 1..steps {
        c = c.next(&deck);
        assert_eq!(c, Cursor { slide: discussion, step });
    }
    c = c.next(&deck);
    assert_eq!(c, Cursor { slide: discussion + 1, step: 0 });
    // Back from the next slide shows the discussion fully revealed.
    assert_eq!(c.previous(&deck), Cursor { slide: discussion, step: steps - 1 });
    assert_eq!(Cursor::default().previous(&deck), Cursor::default());
    let last = Cursor::last(&deck);
    assert_eq!(last.next(&deck), last);
    assert_eq!(last.slide, deck.slides.len() - 1);
}

#[test]
fn every_pocket_card_fits_one_page_in_every_language() {
    use diplomatic_handbook::i18n::I18n;
    use diplomatic_handbook::training::handouts::{Handout, build, pdf_pages};
    let handbook = handbook();
    for lang in &handbook.manifest.languages {
        let i18n = I18n::new(lang);
        for checklist in handbook.checklists(lang) {
            let doc = build(&handbook, &i18n, &Handout::PocketCard(checklist.id.clone())).unwrap();
            assert_eq!(pdf_pages(&doc, &i18n).unwrap(), 1, "{lang} {} takes more than one page", checklist.id);
        }
    }
}

#[test]
fn handouts_carry_the_chapter_the_card_and_the_quiz_with_or_without_answers() {
    use diplomatic_handbook::i18n::I18n;
    use diplomatic_handbook::training::handouts::{Format, Handout, render};
    let handbook = handbook();
    let i18n = I18n::new("en");
    let html = |h: &Handout| String::from_utf8(render(&handbook, &i18n, h, Format::Html).unwrap()).unwrap();

    let chapter = html(&Handout::Chapter("identifying-victims".into()));
    let (ch, _) = handbook.chapter("en", "identifying-victims").unwrap();
    for section in &ch.sections {
        assert!(
            chapter.contains(&diplomatic_handbook::interview::export::html_escape(&plain(&section.title))),
            "{}",
            section.title
        );
    }
    assert!(chapter.contains("<strong>"), "inline markup is kept");
    assert!(!chapter.contains("**"), "no raw markup");

    let card = html(&Handout::PocketCard("general".into()));
    assert!(card.contains("STRONG") && card.contains("MEDIUM"), "weights shown");

    let quiz = QuizRun::new(&handbook, "en", Scope::Chapter("children".into()), 0, 0).unwrap();
    let explanation = plain(&quiz.asked[0].question.explanation);
    let first_words: String = explanation.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    let without = html(&Handout::Quiz { chapter: Some("children".into()), answers: false });
    let with = html(&Handout::Quiz { chapter: Some("children".into()), answers: true });
    assert!(
        without.contains(&diplomatic_handbook::interview::export::html_escape(&plain(&quiz.asked[0].question.prompt)))
    );
    assert!(!without.contains('✔') && !without.contains(&first_words));
    assert!(with.contains('✔') && with.contains(&first_words));

    // The PDF of a whole chapter is a real PDF of several pages, in Cyrillic too.
    let pdf = render(&handbook, &I18n::new("ru"), &Handout::Chapter("interviewing".into()), Format::Pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    assert!(render(&handbook, &i18n, &Handout::Chapter("no-such".into()), Format::Html).is_err());
}

fn plain(text: &str) -> String {
    diplomatic_handbook::content::inline::plain(text)
}

#[test]
fn pocket_card_tags_tell_the_three_weights_apart_in_every_language_and_match_the_legend() {
    use diplomatic_handbook::content::model::Weight;
    use diplomatic_handbook::i18n::I18n;
    use diplomatic_handbook::training::handouts::short_tag;
    for lang in diplomatic_handbook::i18n::available() {
        let i18n = I18n::new(&lang);
        let tags: Vec<String> = [Weight::Strong, Weight::Medium, Weight::General].map(|w| short_tag(&i18n, w)).into();
        assert!(tags[0] != tags[1] && tags[1] != tags[2] && tags[0] != tags[2], "{lang}: {tags:?}");
        let legend = i18n.tr("handout-card-legend");
        for tag in &tags {
            assert!(legend.contains(&format!("{tag} ")), "{lang}: legend does not explain {tag}: {legend}");
        }
    }
}

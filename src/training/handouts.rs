//! Handouts for a seminar: a chapter, a checklist as a one-page pocket card, or the quiz with or without
//! answers, as self-contained HTML or as PDF, in any language the content has.
//!
//! Each handout is first built as a [`Doc`] (a flat list of parts), then written by one of two renderers,
//! so the HTML and the PDF always say the same thing.

use crate::content::Handbook;
use crate::content::inline::{self, LinkTarget, Style as InlineStyle};
use crate::content::model::{Answer, Block, CalloutKind, Table, Weight};
use crate::i18n::I18n;
use crate::interview::export::html_escape as html;
use crate::pdf::{INDENT, Layout, Style};

/// What to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Handout {
    Chapter(String),
    /// A checklist as a one-page pocket card.
    PocketCard(String),
    /// The quiz on one chapter (`Some`) or all of it, with or without the answers.
    Quiz {
        chapter: Option<String>,
        answers: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Pdf,
}

/// One piece of a handout. Texts keep the content's inline markup.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// A list item with its marker (`•`, `3.`, `✔`...).
    Item(String, String),
    Table(Table),
    /// Small print: sources, notes.
    Small(String),
    /// A compact line of a pocket card: weight tag and text.
    CardLine(Weight, String),
    CardGroup(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    pub parts: Vec<Part>,
    pub footer: String,
}

/// Builds a handout; `None` if the chapter, checklist or quiz does not exist.
pub fn build(handbook: &Handbook, i18n: &I18n, handout: &Handout) -> Option<Doc> {
    let lang = i18n.lang().to_owned();
    let footer = i18n.tr_args(
        "handout-footer",
        &[("title", handbook.manifest.title.clone().into()), ("edition", handbook.manifest.edition.clone().into())],
    );
    let mut doc = Doc { lang: lang.clone(), title: String::new(), subtitle: String::new(), parts: Vec::new(), footer };
    match handout {
        Handout::Chapter(id) => {
            let (chapter, _) = handbook.chapter(&lang, id)?;
            doc.title =
                format!("{} · {}", i18n.tr_args("chapter-number", &[("number", chapter.number.into())]), chapter.title);
            doc.subtitle = chapter.summary.clone();
            for section in &chapter.sections {
                doc.parts.push(Part::Heading(section.title.clone()));
                for block in &section.blocks {
                    block_parts(handbook, &lang, i18n, block, &mut doc.parts);
                }
                if !section.sources.is_empty() {
                    let cites: Vec<&str> = section.sources.iter().map(|s| s.cite.as_str()).collect();
                    doc.parts.push(Part::Small(format!("{}: {}", i18n.tr("show-notes-sources"), cites.join("; "))));
                }
            }
        }
        Handout::PocketCard(id) => {
            let checklist = handbook.checklists(&lang).into_iter().find(|c| c.id == *id)?;
            doc.title = checklist.title.clone();
            doc.subtitle = i18n.tr("handout-card-legend");
            for group in &checklist.groups {
                doc.parts.push(Part::CardGroup(group.title.clone()));
                for indicator in &group.indicators {
                    doc.parts.push(Part::CardLine(indicator.weight, indicator.text.clone()));
                }
            }
        }
        Handout::Quiz { chapter, answers } => {
            let quizzes: Vec<_> = handbook
                .quizzes(&lang)
                .into_iter()
                .filter(|(q, _)| chapter.as_ref().is_none_or(|c| q.chapter == *c))
                .collect();
            if quizzes.is_empty() {
                return None;
            }
            doc.title = match chapter {
                Some(id) => format!("{} · {}", i18n.tr("quiz"), handbook.chapter(&lang, id)?.0.title),
                None => i18n.tr("quiz"),
            };
            doc.subtitle = i18n.tr(if *answers { "handout-quiz-with-answers" } else { "handout-quiz-intro" });
            let mut n = 0;
            for (quiz, _) in quizzes {
                if chapter.is_none()
                    && let Some((c, _)) = handbook.chapter(&lang, &quiz.chapter)
                {
                    doc.parts.push(Part::Heading(c.title.clone()));
                }
                for question in &quiz.questions {
                    n += 1;
                    doc.parts.push(Part::Subheading(format!("{n}. {}", question.prompt)));
                    for (i, option) in option_texts(i18n, &question.answer).iter().enumerate() {
                        let right = *answers && i == question.answer.correct_index();
                        let marker = format!("{}{})", if right { "✔ " } else { "" }, option_letter(i));
                        doc.parts
                            .push(Part::Item(marker, if right { format!("**{option}**") } else { option.clone() }));
                    }
                    if *answers {
                        doc.parts.push(Part::Paragraph(question.explanation.clone()));
                    }
                }
            }
        }
    }
    Some(doc)
}

/// A, B, C... for answer options.
pub fn option_letter(i: usize) -> char {
    char::from(b'A' + (i.min(25) as u8))
}

/// The options as shown: the written ones, or True / False.
pub fn option_texts(i18n: &I18n, answer: &Answer) -> Vec<String> {
    match answer {
        Answer::Choice { options, .. } => options.clone(),
        Answer::TrueFalse(_) => vec![i18n.tr("quiz-true"), i18n.tr("quiz-false")],
    }
}

fn callout_name(i18n: &I18n, kind: CalloutKind) -> String {
    i18n.tr(kind.message_id())
}

fn block_parts(handbook: &Handbook, lang: &str, i18n: &I18n, block: &Block, parts: &mut Vec<Part>) {
    let items = |parts: &mut Vec<Part>, list: &[String], marker: &dyn Fn(usize) -> String| {
        parts.extend(list.iter().enumerate().map(|(i, t)| Part::Item(marker(i), t.clone())));
    };
    match block {
        Block::Paragraph(t) => parts.push(Part::Paragraph(t.clone())),
        Block::Bullets(list) => items(parts, list, &|_| "•".into()),
        Block::Numbered(list) => items(parts, list, &|i| format!("{}.", i + 1)),
        Block::Callout(c) => {
            parts.push(Part::Subheading(c.title.clone().unwrap_or_else(|| callout_name(i18n, c.kind))));
            parts.extend(c.text.iter().map(|t| Part::Paragraph(t.clone())));
            items(parts, &c.items, &|i| c.marker(i));
        }
        Block::KeyPoints(points) => {
            parts.push(Part::Subheading(i18n.tr("key-points")));
            items(parts, points, &|_| "•".into());
        }
        Block::Table(t) => parts.push(Part::Table(t.clone())),
        Block::CaseStudy(c) => {
            parts.push(Part::Subheading(format!("{}: {}", i18n.tr("case-study"), c.title)));
            parts.extend(c.scenario.iter().map(|t| Part::Paragraph(t.clone())));
            parts.push(Part::Subheading(i18n.tr("case-questions")));
            items(parts, &c.questions, &|i| format!("{}.", i + 1));
            parts.push(Part::Subheading(i18n.tr("case-answer")));
            parts.extend(c.answer.iter().map(|t| Part::Paragraph(t.clone())));
        }
        Block::SeeAlso(targets) => {
            let titles: Vec<String> = targets
                .iter()
                .filter_map(|t| LinkTarget::parse(t).ok())
                .map(|t| handbook.link_title(lang, &t).map_or_else(|| t.to_string(), |title| inline::plain(&title)))
                .collect();
            parts.push(Part::Small(format!("{} {}", i18n.tr("see-also"), titles.join(" · "))));
        }
    }
}

fn weight_tag(i18n: &I18n, weight: Weight) -> String {
    i18n.tr(match weight {
        Weight::Strong => "weight-strong",
        Weight::Medium => "weight-medium",
        Weight::General => "weight-general",
    })
}

/// The shortest start of the weight's name that tells it from the other two (`S`, `M`, `G` in English;
/// `VI` and `VIS` where two names share a first letter). The card's legend uses the same letters.
pub fn short_tag(i18n: &I18n, weight: Weight) -> String {
    let own: Vec<char> = weight_tag(i18n, weight).chars().collect();
    let others: Vec<Vec<char>> = [Weight::Strong, Weight::Medium, Weight::General]
        .into_iter()
        .filter(|w| *w != weight)
        .map(|w| weight_tag(i18n, w).chars().collect())
        .collect();
    (1..=own.len())
        .map(|n| &own[..n])
        .find(|prefix| others.iter().all(|o| !o.starts_with(prefix)))
        .unwrap_or(&own)
        .iter()
        .collect()
}

/// Inline markup as HTML: emphasis and strong kept, web links as links, internal links as their text.
fn inline_html(text: &str) -> String {
    let Ok(spans) = inline::parse(text) else { return html(text) };
    spans
        .iter()
        .map(|span| {
            let t = html(&span.text);
            let t = match span.style {
                InlineStyle::Plain => t,
                InlineStyle::Emphasis => format!("<em>{t}</em>"),
                InlineStyle::Strong => format!("<strong>{t}</strong>"),
            };
            match &span.link {
                Some(LinkTarget::External(url)) => format!("<a href=\"{}\">{t}</a>", html(url)),
                _ => t,
            }
        })
        .collect()
}

const STYLE: &str = "body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; line-height: 1.45; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; margin-bottom: .2em; }
p.subtitle { color: #333; margin-top: 0; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1em; margin: 1em 0 .3em; }
ul.items { list-style: none; padding-left: 0; }
ul.items li { display: flex; gap: .5em; margin: .25em 0; }
ul.items li span.marker { min-width: 1.6em; font-weight: 700; }
table { border-collapse: collapse; margin: .6em 0; font-size: .92em; }
th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
p.small { font-size: .8em; color: #444; }
.card h2 { font-size: 1em; margin-top: .8em; }
.card ul { padding-left: 0; list-style: none; font-size: .85em; margin: .2em 0; }
.card li { margin: .1em 0; }
.weight { font-size: .75em; font-weight: 700; border: 1px solid #777; padding: 0 .25em; margin-right: .4em; }
footer { margin-top: 2em; font-size: .8em; color: #555; border-top: 1px solid #999; padding-top: .5em; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } li, tr { break-inside: avoid; } }";

/// The handout as one self-contained HTML page (no scripts, no external files) that prints cleanly.
pub fn to_html(doc: &Doc, i18n: &I18n) -> String {
    let card = doc.parts.iter().any(|p| matches!(p, Part::CardLine(..)));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body{}>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n",
        html(&doc.lang),
        html(&inline::plain(&doc.title)),
        if card { " class=\"card\"" } else { "" },
        inline_html(&doc.title),
        inline_html(&doc.subtitle),
    );
    let mut open: Option<&str> = None;
    let close = |out: &mut String, open: &mut Option<&str>| {
        if let Some(tag) = open.take() {
            out.push_str(&format!("</{tag}>\n"));
        }
    };
    for part in &doc.parts {
        match part {
            Part::Item(marker, text) => {
                if open != Some("ul") {
                    close(&mut out, &mut open);
                    out.push_str("<ul class=\"items\">\n");
                    open = Some("ul");
                }
                out.push_str(&format!(
                    "<li><span class=\"marker\">{}</span><span>{}</span></li>\n",
                    html(marker),
                    inline_html(text)
                ));
            }
            Part::CardLine(weight, text) => {
                if open != Some("ul") {
                    close(&mut out, &mut open);
                    out.push_str("<ul>\n");
                    open = Some("ul");
                }
                out.push_str(&format!(
                    "<li><span class=\"weight\">{}</span>{}</li>\n",
                    html(&weight_tag(i18n, *weight)),
                    inline_html(text)
                ));
            }
            other => {
                close(&mut out, &mut open);
                match other {
                    Part::Heading(t) | Part::CardGroup(t) => out.push_str(&format!("<h2>{}</h2>\n", inline_html(t))),
                    Part::Subheading(t) => out.push_str(&format!("<h3>{}</h3>\n", inline_html(t))),
                    Part::Paragraph(t) => out.push_str(&format!("<p>{}</p>\n", inline_html(t))),
                    Part::Small(t) => out.push_str(&format!("<p class=\"small\">{}</p>\n", inline_html(t))),
                    Part::Table(t) => {
                        out.push_str("<table>\n");
                        if let Some(caption) = &t.caption {
                            out.push_str(&format!("<caption>{}</caption>\n", inline_html(caption)));
                        }
                        let row = |cells: &[String], tag: &str| {
                            let cells: String =
                                cells.iter().map(|c| format!("<{tag}>{}</{tag}>", inline_html(c))).collect();
                            format!("<tr>{cells}</tr>\n")
                        };
                        out.push_str(&row(&t.header, "th"));
                        for r in &t.rows {
                            out.push_str(&row(r, "td"));
                        }
                        out.push_str("</table>\n");
                    }
                    Part::Item(..) | Part::CardLine(..) => unreachable!("handled above"),
                }
            }
        }
    }
    close(&mut out, &mut open);
    out.push_str(&format!("<footer>{}</footer>\n</body>\n</html>\n", html(&doc.footer)));
    out
}

/// Lays the handout out as PDF pages; returns the layout so callers can count pages.
fn layout(doc: &Doc, i18n: &I18n) -> Result<Layout, String> {
    let mut l = Layout::new()?;
    let plain = inline::plain;
    l.text(&plain(&doc.title), Style::Title);
    let card = doc.parts.iter().any(|p| matches!(p, Part::CardLine(..)));
    l.text(&plain(&doc.subtitle), if card { Style::Small } else { Style::Body });
    for part in &doc.parts {
        match part {
            Part::Heading(t) => l.text(&plain(t), Style::Heading),
            Part::Subheading(t) => l.text(&plain(t), Style::Subheading),
            Part::Paragraph(t) => l.text(&plain(t), Style::Body),
            Part::Item(marker, t) => l.item(&plain(t), Style::Body, marker, INDENT * 1.8),
            Part::Small(t) => l.text(&plain(t), Style::Small),
            Part::Table(t) => {
                if let Some(caption) = &t.caption {
                    l.text(&plain(caption), Style::Strong);
                }
                for row in &t.rows {
                    let cells: Vec<String> = t
                        .header
                        .iter()
                        .zip(row)
                        .map(
                            |(h, c)| if h.trim().is_empty() { plain(c) } else { format!("{}: {}", plain(h), plain(c)) },
                        )
                        .collect();
                    l.item(&cells.join(" · "), Style::Body, "•", INDENT);
                }
            }
            Part::CardGroup(t) => l.text(&plain(t), Style::SmallStrong),
            Part::CardLine(weight, t) => {
                l.item(&plain(t), Style::Small, &format!("[{}]", short_tag(i18n, *weight)), INDENT * 1.6);
            }
        }
    }
    Ok(l)
}

/// The handout as a PDF (A4, fonts embedded so every language prints).
pub fn to_pdf(doc: &Doc, i18n: &I18n) -> Result<Vec<u8>, String> {
    layout(doc, i18n)?.finish(&doc.footer)
}

/// How many A4 pages the PDF of `doc` has.
pub fn pdf_pages(doc: &Doc, i18n: &I18n) -> Result<usize, String> {
    Ok(layout(doc, i18n)?.pages())
}

/// Builds and writes a handout in `format`; `Err` says why not (unknown item, PDF failure).
pub fn render(handbook: &Handbook, i18n: &I18n, handout: &Handout, format: Format) -> Result<Vec<u8>, String> {
    let doc = build(handbook, i18n, handout).ok_or_else(|| i18n.tr("handout-missing"))?;
    match format {
        Format::Html => Ok(to_html(&doc, i18n).into_bytes()),
        Format::Pdf => to_pdf(&doc, i18n),
    }
}

/// A file name for the handout, e.g. `chapter-07-identifying-victims-en.pdf`.
pub fn file_name(handbook: &Handbook, lang: &str, handout: &Handout, format: Format) -> String {
    let ext = match format {
        Format::Html => "html",
        Format::Pdf => "pdf",
    };
    let stem = match handout {
        Handout::Chapter(id) => {
            let n = handbook.chapter(lang, id).map_or(0, |(c, _)| c.number);
            format!("chapter-{n:02}-{id}")
        }
        Handout::PocketCard(id) => format!("pocket-card-{id}"),
        Handout::Quiz { chapter, answers } => {
            let scope = chapter.as_deref().unwrap_or("all");
            format!("quiz-{scope}{}", if *answers { "-answers" } else { "" })
        }
    };
    format!("{stem}-{lang}.{ext}")
}

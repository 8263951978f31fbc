//! The referral summary of an interview, as Markdown or as self-contained HTML that prints cleanly.

use crate::content::Handbook;
use crate::content::inline::plain;
use crate::content::model::{GuidanceLevel, Weight};
use crate::i18n::I18n;

use super::{Basis, Session};

/// What an export shows, in the officer's language with optionally the interviewee's alongside.
struct Report {
    title: String,
    facts: Vec<(String, String)>,
    guidance: Vec<(GuidanceLevel, String, String)>,
    /// Checklist title → (weight label, text, text in the interviewee's language, basis label, note).
    indicators: Vec<(String, Vec<IndicatorLine>)>,
    contacts: Vec<(String, Vec<Vec<String>>)>,
    labels: Labels,
    footer: String,
}

struct IndicatorLine {
    weight: String,
    text: String,
    other: Option<String>,
    basis: String,
    note: String,
}

struct Labels {
    guidance: String,
    indicators: String,
    contacts: String,
    note: String,
    none: String,
}

fn weight_label(i18n: &I18n, weight: Weight) -> String {
    i18n.tr(match weight {
        Weight::Strong => "weight-strong",
        Weight::Medium => "weight-medium",
        Weight::General => "weight-general",
    })
}

fn level_label(i18n: &I18n, level: GuidanceLevel) -> String {
    i18n.tr(match level {
        GuidanceLevel::Urgent => "level-urgent",
        GuidanceLevel::Refer => "level-refer",
        GuidanceLevel::Watch => "level-watch",
        GuidanceLevel::Info => "level-info",
    })
}

fn report(session: &Session, handbook: &Handbook, i18n: &I18n, bilingual: bool) -> Report {
    let summary = session.summary(handbook);
    let country_name = |code: &Option<String>| {
        code.as_ref().map_or_else(
            || "—".to_owned(),
            |c| handbook.country(c).map_or_else(|| c.clone(), |k| format!("{} ({c})", k.name)),
        )
    };
    let names = I18n::language_names();
    let lang_name = |l: &str| names.get(l).cloned().unwrap_or_else(|| l.to_owned());
    let facts = vec![
        (i18n.tr("export-case"), session.case_ref.clone()),
        (i18n.tr("export-started"), session.started.clone()),
        (i18n.tr("export-made"), super::now_string()),
        (i18n.tr("export-officer-lang"), lang_name(&session.officer_lang)),
        (i18n.tr("export-person-lang"), lang_name(&session.interviewee_lang)),
        (i18n.tr("export-country"), country_name(&session.country)),
        (i18n.tr("export-origin"), country_name(&session.origin)),
        (i18n.tr("export-danger"), i18n.tr(if session.danger { "yes" } else { "no" })),
    ];
    let guidance = summary
        .guidance
        .iter()
        .map(|r| (r.level, format!("{}: {}", level_label(i18n, r.level), plain(&r.title)), plain(&r.text)))
        .collect();
    let other_checklists = handbook.checklists(&session.interviewee_lang);
    let indicators = summary
        .by_checklist
        .iter()
        .map(|(checklist, ticked)| {
            let lines = ticked
                .iter()
                .map(|t| {
                    let other = (bilingual && session.interviewee_lang != session.officer_lang)
                        .then(|| {
                            other_checklists
                                .iter()
                                .flat_map(|c| c.groups.iter().flat_map(|g| &g.indicators))
                                .find(|i| i.id == t.indicator.id)
                                .map(|i| plain(&i.text))
                        })
                        .flatten();
                    IndicatorLine {
                        weight: weight_label(i18n, t.indicator.weight),
                        text: plain(&t.indicator.text),
                        other,
                        basis: i18n.tr(match t.tick.basis {
                            Basis::Observed => "basis-observed",
                            Basis::Reported => "basis-reported",
                        }),
                        note: t.tick.note.trim().to_owned(),
                    }
                })
                .collect();
            (checklist.title.clone(), lines)
        })
        .collect();
    let contacts = summary
        .contacts
        .iter()
        .map(|(country, list)| {
            let mut rows: Vec<Vec<String>> = Vec::new();
            if !country.emergency.is_empty() {
                rows.push(vec![format!("{} {}", i18n.tr("emergency"), country.emergency.join(", "))]);
            }
            for c in list {
                let mut row = vec![c.organisation.clone()];
                row.extend(c.phones.iter().map(|p| match &p.hours {
                    Some(h) => format!("{} ({h})", p.number),
                    None => p.number.clone(),
                }));
                row.extend(c.email.iter().cloned());
                row.extend(c.website.iter().cloned());
                row.push(i18n.tr_args("checked-on", &[("date", c.checked.clone().into())]));
                rows.push(row);
            }
            (country.name.clone(), rows)
        })
        .collect();
    Report {
        title: i18n.tr("export-title"),
        facts,
        guidance,
        indicators,
        contacts,
        labels: Labels {
            guidance: i18n.tr("export-guidance"),
            indicators: i18n.tr("export-indicators"),
            contacts: i18n.tr("export-contacts"),
            note: i18n.tr("export-note"),
            none: i18n.tr("export-none"),
        },
        footer: i18n.tr_args(
            "export-footer",
            &[
                ("title", handbook.manifest.title.clone().into()),
                ("edition", handbook.manifest.edition.clone().into()),
                ("version", handbook.manifest.version.clone().into()),
            ],
        ),
    }
}

/// Escapes Markdown's inline markers in free text.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// The referral summary as Markdown.
pub fn markdown(session: &Session, handbook: &Handbook, i18n: &I18n, bilingual: bool) -> String {
    let r = report(session, handbook, i18n, bilingual);
    let mut out = format!("# {}\n\n", md(&r.title));
    for (k, v) in &r.facts {
        out.push_str(&format!("- **{}:** {}\n", md(k), md(v)));
    }
    out.push_str(&format!("\n## {}\n\n", md(&r.labels.guidance)));
    for (_, title, text) in &r.guidance {
        out.push_str(&format!("- **{}** {}\n", md(title), md(text)));
    }
    out.push_str(&format!("\n## {}\n\n", md(&r.labels.indicators)));
    if r.indicators.is_empty() {
        out.push_str(&format!("{}\n", md(&r.labels.none)));
    }
    for (checklist, lines) in &r.indicators {
        out.push_str(&format!("### {}\n\n", md(checklist)));
        for l in lines {
            out.push_str(&format!("- **{}** {} ({})", md(&l.weight), md(&l.text), md(&l.basis)));
            if let Some(other) = &l.other {
                out.push_str(&format!(" / *{}*", md(other)));
            }
            if !l.note.is_empty() {
                out.push_str(&format!("  \n  {}: {}", md(&r.labels.note), md(&l.note)));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", md(&r.labels.contacts)));
    if r.contacts.is_empty() {
        out.push_str(&format!("{}\n", md(&r.labels.none)));
    }
    for (country, rows) in &r.contacts {
        out.push_str(&format!("### {}\n\n", md(country)));
        for row in rows {
            out.push_str(&format!("- {}\n", row.iter().map(|c| md(c)).collect::<Vec<_>>().join(" · ")));
        }
        out.push('\n');
    }
    out.push_str(&format!("---\n\n{}\n", md(&r.footer)));
    out
}

/// Escapes text for HTML.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The referral summary as one self-contained HTML page (no scripts, no external files) that prints cleanly.
pub fn html_page(session: &Session, handbook: &Handbook, i18n: &I18n, bilingual: bool) -> String {
    let r = report(session, handbook, i18n, bilingual);
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n",
        html_escape(&session.officer_lang),
        html_escape(&format!("{} — {}", r.title, session.case_ref)),
        STYLE
    ));
    out.push_str(&format!("<h1>{}</h1>\n<table class=\"facts\">\n", html_escape(&r.title)));
    for (k, v) in &r.facts {
        out.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", html_escape(k), html_escape(v)));
    }
    out.push_str(&format!("</table>\n<h2>{}</h2>\n<ul class=\"guidance\">\n", html_escape(&r.labels.guidance)));
    for (level, title, text) in &r.guidance {
        let class = format!("{level:?}").to_lowercase();
        out.push_str(&format!(
            "<li class=\"{class}\"><strong>{}</strong> {}</li>\n",
            html_escape(title),
            html_escape(text)
        ));
    }
    out.push_str(&format!("</ul>\n<h2>{}</h2>\n", html_escape(&r.labels.indicators)));
    if r.indicators.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", html_escape(&r.labels.none)));
    }
    for (checklist, lines) in &r.indicators {
        out.push_str(&format!("<h3>{}</h3>\n<ul class=\"indicators\">\n", html_escape(checklist)));
        for l in lines {
            out.push_str(&format!(
                "<li><span class=\"weight\">{}</span> {} <span class=\"basis\">({})</span>",
                html_escape(&l.weight),
                html_escape(&l.text),
                html_escape(&l.basis)
            ));
            if let Some(other) = &l.other {
                out.push_str(&format!("<br><em>{}</em>", html_escape(other)));
            }
            if !l.note.is_empty() {
                out.push_str(&format!(
                    "<br><span class=\"note\">{}: {}</span>",
                    html_escape(&r.labels.note),
                    html_escape(&l.note)
                ));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<h2>{}</h2>\n", html_escape(&r.labels.contacts)));
    if r.contacts.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", html_escape(&r.labels.none)));
    }
    for (country, rows) in &r.contacts {
        out.push_str(&format!("<h3>{}</h3>\n<ul class=\"contacts\">\n", html_escape(country)));
        for row in rows {
            out.push_str(&format!("<li>{}</li>\n", row.iter().map(|c| html_escape(c)).collect::<Vec<_>>().join(" · ")));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<footer>{}</footer>\n</body>\n</html>\n", html_escape(&r.footer)));
    out
}

const STYLE: &str = "body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; line-height: 1.45; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999; }
h3 { font-size: 1em; margin-bottom: .3em; }
table.facts th { text-align: left; padding-right: 1em; font-weight: 600; vertical-align: top; }
ul { padding-left: 1.2em; }
li { margin: .3em 0; }
.weight { font-size: .8em; font-weight: 700; letter-spacing: .04em; border: 1px solid #777; padding: 0 .3em; }
.basis, .note { color: #444; }
ul.guidance li.urgent { color: #8a0010; }
footer { margin-top: 2em; font-size: .85em; color: #555; border-top: 1px solid #999; padding-top: .5em; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } li { break-inside: avoid; } }";

/// The referral summary as a PDF (A4), with the DejaVu fonts embedded so every language prints.
pub fn pdf(session: &Session, handbook: &Handbook, i18n: &I18n, bilingual: bool) -> Result<Vec<u8>, String> {
    let r = report(session, handbook, i18n, bilingual);
    let mut layout = crate::pdf::Layout::new()?;
    layout.text(&r.title, crate::pdf::Style::Title);
    for (k, v) in &r.facts {
        layout.text(&format!("{k}: {v}"), crate::pdf::Style::Body);
    }
    layout.text(&r.labels.guidance, crate::pdf::Style::Heading);
    for (_, title, text) in &r.guidance {
        layout.text(title, crate::pdf::Style::Strong);
        layout.text(text, crate::pdf::Style::Body);
    }
    layout.text(&r.labels.indicators, crate::pdf::Style::Heading);
    if r.indicators.is_empty() {
        layout.text(&r.labels.none, crate::pdf::Style::Body);
    }
    for (checklist, lines) in &r.indicators {
        layout.text(checklist, crate::pdf::Style::Strong);
        for l in lines {
            layout.bullet(&format!("[{}] {} ({})", l.weight, l.text, l.basis));
            if let Some(other) = &l.other {
                layout.indented(other);
            }
            if !l.note.is_empty() {
                layout.indented(&format!("{}: {}", r.labels.note, l.note));
            }
        }
    }
    layout.text(&r.labels.contacts, crate::pdf::Style::Heading);
    if r.contacts.is_empty() {
        layout.text(&r.labels.none, crate::pdf::Style::Body);
    }
    for (country, rows) in &r.contacts {
        layout.text(country, crate::pdf::Style::Strong);
        for row in rows {
            layout.bullet(&row.join(" · "));
        }
    }
    layout.finish(&r.footer)
}

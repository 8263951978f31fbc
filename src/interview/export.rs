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
fn html(text: &str) -> String {
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
        html(&session.officer_lang),
        html(&format!("{} — {}", r.title, session.case_ref)),
        STYLE
    ));
    out.push_str(&format!("<h1>{}</h1>\n<table class=\"facts\">\n", html(&r.title)));
    for (k, v) in &r.facts {
        out.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", html(k), html(v)));
    }
    out.push_str(&format!("</table>\n<h2>{}</h2>\n<ul class=\"guidance\">\n", html(&r.labels.guidance)));
    for (level, title, text) in &r.guidance {
        let class = format!("{level:?}").to_lowercase();
        out.push_str(&format!("<li class=\"{class}\"><strong>{}</strong> {}</li>\n", html(title), html(text)));
    }
    out.push_str(&format!("</ul>\n<h2>{}</h2>\n", html(&r.labels.indicators)));
    if r.indicators.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", html(&r.labels.none)));
    }
    for (checklist, lines) in &r.indicators {
        out.push_str(&format!("<h3>{}</h3>\n<ul class=\"indicators\">\n", html(checklist)));
        for l in lines {
            out.push_str(&format!(
                "<li><span class=\"weight\">{}</span> {} <span class=\"basis\">({})</span>",
                html(&l.weight),
                html(&l.text),
                html(&l.basis)
            ));
            if let Some(other) = &l.other {
                out.push_str(&format!("<br><em>{}</em>", html(other)));
            }
            if !l.note.is_empty() {
                out.push_str(&format!("<br><span class=\"note\">{}: {}</span>", html(&r.labels.note), html(&l.note)));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<h2>{}</h2>\n", html(&r.labels.contacts)));
    if r.contacts.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", html(&r.labels.none)));
    }
    for (country, rows) in &r.contacts {
        out.push_str(&format!("<h3>{}</h3>\n<ul class=\"contacts\">\n", html(country)));
        for row in rows {
            out.push_str(&format!("<li>{}</li>\n", row.iter().map(|c| html(c)).collect::<Vec<_>>().join(" · ")));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<footer>{}</footer>\n</body>\n</html>\n", html(&r.footer)));
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
    let mut layout = pdf_layout::Layout::new()?;
    layout.text(&r.title, pdf_layout::Style::Title);
    for (k, v) in &r.facts {
        layout.text(&format!("{k}: {v}"), pdf_layout::Style::Body);
    }
    layout.text(&r.labels.guidance, pdf_layout::Style::Heading);
    for (_, title, text) in &r.guidance {
        layout.text(title, pdf_layout::Style::Strong);
        layout.text(text, pdf_layout::Style::Body);
    }
    layout.text(&r.labels.indicators, pdf_layout::Style::Heading);
    if r.indicators.is_empty() {
        layout.text(&r.labels.none, pdf_layout::Style::Body);
    }
    for (checklist, lines) in &r.indicators {
        layout.text(checklist, pdf_layout::Style::Strong);
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
    layout.text(&r.labels.contacts, pdf_layout::Style::Heading);
    if r.contacts.is_empty() {
        layout.text(&r.labels.none, pdf_layout::Style::Body);
    }
    for (country, rows) in &r.contacts {
        layout.text(country, pdf_layout::Style::Strong);
        for row in rows {
            layout.bullet(&row.join(" · "));
        }
    }
    layout.finish(&r.footer)
}

/// A small line-layout engine for the PDF: A4 pages, word wrapping by the font's advance widths,
/// page breaks, and a footer on every page. krilla draws single lines; this decides where they go.
mod pdf_layout {
    use krilla::Document;
    use krilla::geom::Point;
    use krilla::page::PageSettings;
    use krilla::text::{Font, TextDirection};

    const PAGE_W: f32 = 595.0;
    const PAGE_H: f32 = 842.0;
    const MARGIN: f32 = 56.0;
    const INDENT: f32 = 14.0;

    #[derive(Clone, Copy)]
    pub enum Style {
        Title,
        Heading,
        Strong,
        Body,
    }

    impl Style {
        fn size(self) -> f32 {
            match self {
                Self::Title => 18.0,
                Self::Heading => 13.0,
                Self::Strong | Self::Body => 10.0,
            }
        }
        fn bold(self) -> bool {
            !matches!(self, Self::Body)
        }
        fn space_before(self) -> f32 {
            match self {
                Self::Title => 0.0,
                Self::Heading => 14.0,
                Self::Strong => 6.0,
                Self::Body => 2.0,
            }
        }
    }

    /// One line placed on a page.
    struct Line {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
    }

    pub struct Layout {
        pages: Vec<Vec<Line>>,
        y: f32,
        regular: ttf_parser::Face<'static>,
        bold: ttf_parser::Face<'static>,
    }

    impl Layout {
        pub fn new() -> Result<Self, String> {
            let face = |bytes: &'static [u8]| ttf_parser::Face::parse(bytes, 0).map_err(|e| format!("font: {e}"));
            Ok(Self {
                pages: vec![Vec::new()],
                y: MARGIN,
                regular: face(crate::fonts::REGULAR)?,
                bold: face(crate::fonts::BOLD)?,
            })
        }

        fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
            let face = if bold { &self.bold } else { &self.regular };
            let units = f32::from(face.units_per_em());
            let advance: f32 = text
                .chars()
                .map(|c| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or(units * 0.5, f32::from))
                .sum();
            advance * size / units
        }

        /// Breaks `text` into lines no wider than `max`; a word longer than a line is cut.
        fn wrap(&self, text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
            let mut lines = Vec::new();
            let mut current = String::new();
            for word in text.split_whitespace() {
                let candidate = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
                if self.width(&candidate, size, bold) <= max {
                    current = candidate;
                    continue;
                }
                if !current.is_empty() {
                    lines.push(std::mem::take(&mut current));
                }
                // A single word wider than the line: cut it where it no longer fits.
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.width(&piece, size, bold) > max {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                current = piece;
            }
            if !current.is_empty() {
                lines.push(current);
            }
            lines
        }

        fn place(&mut self, text: &str, style: Style, x: f32, prefix: Option<&str>) {
            let (size, bold) = (style.size(), style.bold());
            let line_height = size * 1.35;
            self.y += style.space_before();
            let max = PAGE_W - MARGIN - x;
            for (i, line) in self.wrap(text, size, bold, max).into_iter().enumerate() {
                if self.y + line_height > PAGE_H - MARGIN {
                    self.pages.push(Vec::new());
                    self.y = MARGIN;
                }
                self.y += line_height;
                let page = self.pages.last_mut().expect("there is always a page");
                if i == 0
                    && let Some(prefix) = prefix
                {
                    page.push(Line { x: x - INDENT, y: self.y, size, bold, text: prefix.to_owned() });
                }
                page.push(Line { x, y: self.y, size, bold, text: line });
            }
        }

        pub fn text(&mut self, text: &str, style: Style) {
            self.place(text, style, MARGIN, None);
        }

        pub fn bullet(&mut self, text: &str) {
            self.place(text, Style::Body, MARGIN + INDENT, Some("•"));
        }

        pub fn indented(&mut self, text: &str) {
            self.place(text, Style::Body, MARGIN + 2.0 * INDENT, None);
        }

        /// Draws every page with `footer` and the page number at the bottom.
        pub fn finish(self, footer: &str) -> Result<Vec<u8>, String> {
            let font =
                |bytes: &'static [u8]| Font::new(bytes.to_vec().into(), 0).ok_or("cannot load the embedded font");
            let (regular, bold) = (font(crate::fonts::REGULAR)?, font(crate::fonts::BOLD)?);
            let footer_lines = self.wrap(footer, 7.5, false, PAGE_W - 2.0 * MARGIN - 40.0);
            let total = self.pages.len();
            let mut document = Document::new();
            for (n, lines) in self.pages.into_iter().enumerate() {
                let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("invalid page size")?;
                let mut page = document.start_page_with(settings);
                let mut surface = page.surface();
                for line in lines {
                    let f = if line.bold { bold.clone() } else { regular.clone() };
                    surface.draw_text(
                        Point::from_xy(line.x, line.y),
                        f,
                        line.size,
                        &line.text,
                        false,
                        TextDirection::Auto,
                    );
                }
                let mut y = PAGE_H - MARGIN + 16.0;
                for l in &footer_lines {
                    surface.draw_text(Point::from_xy(MARGIN, y), regular.clone(), 7.5, l, false, TextDirection::Auto);
                    y += 10.0;
                }
                let number = format!("{}/{}", n + 1, total);
                surface.draw_text(
                    Point::from_xy(PAGE_W - MARGIN - 30.0, PAGE_H - MARGIN + 16.0),
                    regular.clone(),
                    7.5,
                    &number,
                    false,
                    TextDirection::Auto,
                );
                surface.finish();
                page.finish();
            }
            document.finish().map_err(|e| format!("cannot write the PDF: {e:?}"))
        }
    }
}

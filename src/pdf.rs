//! A small line-layout engine for PDFs: A4 pages, word wrapping by the font's advance widths,
//! page breaks, and a footer on every page. krilla draws single lines; this decides where they go.

use krilla::Document;
use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;
pub const INDENT: f32 = 14.0;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Subheading,
    Strong,
    Body,
    /// Small print, for pocket cards.
    Small,
    SmallStrong,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Self::Title => 18.0,
            Self::Heading => 13.0,
            Self::Subheading => 11.0,
            Self::Strong | Self::Body => 10.0,
            Self::Small | Self::SmallStrong => 7.8,
        }
    }
    fn bold(self) -> bool {
        !matches!(self, Self::Body | Self::Small)
    }
    fn space_before(self) -> f32 {
        match self {
            Self::Title => 0.0,
            Self::Heading => 14.0,
            Self::Subheading => 9.0,
            Self::Strong => 6.0,
            Self::Body => 2.0,
            Self::SmallStrong => 4.0,
            Self::Small => 0.8,
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
                page.push(Line {
                    x: MARGIN.max(x - INDENT - 8.0 * (prefix.chars().count() as f32 - 1.0).max(0.0)),
                    y: self.y,
                    size,
                    bold,
                    text: prefix.to_owned(),
                });
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

    /// A list item in `style` with its own marker (`•`, `3.`, `[S]`...), hanging in the left margin.
    pub fn item(&mut self, text: &str, style: Style, marker: &str, indent: f32) {
        self.place(text, style, MARGIN + indent, Some(marker));
    }

    /// Pages laid out so far.
    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    pub fn indented(&mut self, text: &str) {
        self.place(text, Style::Body, MARGIN + 2.0 * INDENT, None);
    }

    /// Draws every page with `footer` and the page number at the bottom.
    pub fn finish(self, footer: &str) -> Result<Vec<u8>, String> {
        let font = |bytes: &'static [u8]| Font::new(bytes.to_vec().into(), 0).ok_or("cannot load the embedded font");
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
                surface.draw_text(Point::from_xy(line.x, line.y), f, line.size, &line.text, false, TextDirection::Auto);
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

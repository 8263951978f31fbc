//! Colours and fonts in one place.

use std::sync::Arc;

use egui::{Color32, FontFamily, RichText};

use crate::content::model::{CalloutKind, Weight};
use crate::settings::ThemeChoice;

/// Widest a column of running text gets, in points, for a readable line length.
pub const READING_WIDTH: f32 = 760.0;

/// The family of the embedded bold face.
pub const BOLD: &str = "bold";

/// Bold text in the embedded bold face (egui's `strong()` only changes the colour).
pub trait Bold {
    fn bold(self) -> Self;
}

impl Bold for RichText {
    fn bold(self) -> Self {
        self.strong().family(FontFamily::Name(BOLD.into()))
    }
}

/// Installs the embedded fonts: DejaVu Sans for text (Latin with Baltic, Polish and Icelandic
/// letters, Cyrillic, arrows and symbols), DejaVu Sans Mono for numbers, egui's own icon and emoji
/// fonts as fallbacks.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in [
        ("DejaVuSans", crate::fonts::REGULAR),
        ("DejaVuSans-Bold", crate::fonts::BOLD),
        ("DejaVuSansMono", crate::fonts::MONO),
    ] {
        fonts.font_data.insert(name.to_owned(), Arc::new(egui::FontData::from_static(bytes)));
    }
    let fallbacks: Vec<String> = fonts.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    let family = |first: &str| std::iter::once(first.to_owned()).chain(fallbacks.iter().cloned()).collect::<Vec<_>>();
    fonts.families.insert(FontFamily::Proportional, family("DejaVuSans"));
    fonts.families.insert(FontFamily::Monospace, family("DejaVuSansMono"));
    fonts.families.insert(FontFamily::Name(BOLD.into()), family("DejaVuSans-Bold"));
    ctx.set_fonts(fonts);
}

/// Installs fonts and sets text styles for reading: larger body text than egui's default.
pub fn install(ctx: &egui::Context) {
    install_fonts(ctx);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            use egui::{FontId, TextStyle};
            style.text_styles = [
                (TextStyle::Heading, FontId::new(26.0, FontFamily::Proportional)),
                (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
                (TextStyle::Button, FontId::new(15.0, FontFamily::Proportional)),
                (TextStyle::Small, FontId::new(12.5, FontFamily::Proportional)),
                (TextStyle::Monospace, FontId::new(14.0, FontFamily::Monospace)),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            // Running text in a stronger contrast than egui's default grey (WCAG AA and better).
            style.visuals.widgets.noninteractive.fg_stroke.color = match theme {
                egui::Theme::Dark => Color32::from_gray(215),
                egui::Theme::Light => Color32::from_gray(25),
            };
            style.url_in_tooltip = true;
        });
    }
}

pub fn preference(choice: ThemeChoice) -> egui::ThemePreference {
    match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    }
}

/// The accent colour of a callout kind.
pub fn callout_accent(kind: CalloutKind, dark: bool) -> Color32 {
    match (kind, dark) {
        (CalloutKind::Note, false) => Color32::from_rgb(0x1f, 0x5f, 0xa8),
        (CalloutKind::Note, true) => Color32::from_rgb(0x6c, 0xa8, 0xf0),
        (CalloutKind::Warning, false) => Color32::from_rgb(0xa8, 0x5d, 0x00),
        (CalloutKind::Warning, true) => Color32::from_rgb(0xf0, 0xb0, 0x4c),
        (CalloutKind::Do, false) => Color32::from_rgb(0x1e, 0x7b, 0x34),
        (CalloutKind::Do, true) => Color32::from_rgb(0x6c, 0xd0, 0x82),
        (CalloutKind::Dont, false) => Color32::from_rgb(0xb0, 0x1e, 0x2a),
        (CalloutKind::Dont, true) => Color32::from_rgb(0xf0, 0x78, 0x78),
    }
}

/// A faint fill behind a box of the given accent.
pub fn tint(accent: Color32, dark: bool) -> Color32 {
    let alpha = if dark { 28 } else { 22 };
    Color32::from_rgba_unmultiplied(accent.r(), accent.g(), accent.b(), alpha)
}

/// The colour of an indicator weight badge.
pub fn weight_color(weight: Weight, dark: bool) -> Color32 {
    match weight {
        Weight::Strong => callout_accent(CalloutKind::Dont, dark),
        Weight::Medium => callout_accent(CalloutKind::Warning, dark),
        Weight::General => {
            if dark {
                Color32::from_gray(170)
            } else {
                Color32::from_gray(90)
            }
        }
    }
}

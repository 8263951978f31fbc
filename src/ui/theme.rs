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
            style.url_in_tooltip = true;
        });
    }
    ctx.style_mut_of(egui::Theme::Light, |style| style.visuals = visuals(egui::Theme::Light, false));
}

/// Applies a theme choice. High contrast is a dark theme with white text on black, strong
/// outlines on every control and a yellow focus ring.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    let high_contrast = choice == ThemeChoice::HighContrast;
    ctx.style_mut_of(egui::Theme::Dark, |style| style.visuals = visuals(egui::Theme::Dark, high_contrast));
    ctx.set_theme(match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::ThemePreference::Dark,
    });
}

/// The visuals of `theme`: egui's, with running text in a stronger contrast than its default
/// grey (WCAG AA and better), or the high-contrast variant of the dark theme.
pub fn visuals(theme: egui::Theme, high_contrast: bool) -> egui::Visuals {
    let mut v = match theme {
        egui::Theme::Dark => egui::Visuals::dark(),
        egui::Theme::Light => egui::Visuals::light(),
    };
    v.widgets.noninteractive.fg_stroke.color = match theme {
        egui::Theme::Dark => Color32::from_gray(215),
        egui::Theme::Light => Color32::from_gray(25),
    };
    if high_contrast {
        let (white, yellow) = (Color32::WHITE, HIGH_CONTRAST_FOCUS);
        v.panel_fill = Color32::BLACK;
        v.window_fill = Color32::BLACK;
        v.extreme_bg_color = Color32::BLACK;
        v.faint_bg_color = Color32::from_gray(24);
        v.code_bg_color = Color32::from_gray(32);
        v.window_stroke = egui::Stroke::new(2.0, white);
        v.weak_text_color = Some(Color32::from_gray(225));
        v.hyperlink_color = Color32::from_rgb(0x8c, 0xdc, 0xff);
        v.warn_fg_color = Color32::from_rgb(0xff, 0xd2, 0x4d);
        v.error_fg_color = Color32::from_rgb(0xff, 0x8a, 0x8a);
        v.selection.bg_fill = Color32::from_rgb(0x1a, 0x4d, 0xc4);
        v.selection.stroke = egui::Stroke::new(2.0, white);
        v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, white);
        v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(200));
        for (w, outline) in [
            (&mut v.widgets.inactive, egui::Stroke::new(1.5, white)),
            (&mut v.widgets.hovered, egui::Stroke::new(2.0, yellow)),
            (&mut v.widgets.active, egui::Stroke::new(2.5, yellow)),
            (&mut v.widgets.open, egui::Stroke::new(2.0, white)),
        ] {
            w.bg_fill = Color32::BLACK;
            w.weak_bg_fill = Color32::BLACK;
            w.bg_stroke = outline;
            w.fg_stroke = egui::Stroke::new(1.5, white);
        }
        v.widgets.hovered.weak_bg_fill = Color32::from_gray(40);
        v.widgets.active.weak_bg_fill = Color32::from_gray(60);
    }
    v
}

/// The focus ring's colour in the high-contrast theme.
const HIGH_CONTRAST_FOCUS: Color32 = Color32::from_rgb(0xff, 0xd4, 0x00);

/// Draws a thick ring around the widget that has keyboard focus, once the keyboard has been
/// used to move focus (Tab, Shift+Tab, arrow keys); a mouse click hides it again, like a browser's
/// focus-visible. egui's own hint (the active style) is too faint to follow from across a desk.
pub fn focus_ring(ctx: &egui::Context) {
    let id = egui::Id::unique("keyboard-focus-visible");
    let (tabbed, clicked) = ctx.input(|i| {
        let tabbed = i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::Key { key: egui::Key::Tab | egui::Key::ArrowDown | egui::Key::ArrowUp, pressed: true, .. }
            )
        });
        (tabbed, i.pointer.any_pressed())
    });
    let visible = ctx.data_mut(|d| {
        let v = d.get_temp_mut_or(id, false);
        if tabbed {
            *v = true;
        } else if clicked {
            *v = false;
        }
        *v
    });
    let Some(response) = visible.then(|| ctx.memory(|m| m.focused())).flatten().and_then(|f| ctx.read_response(f))
    else {
        return;
    };
    let visuals = ctx.global_style().visuals.clone();
    let color = if visuals.dark_mode { HIGH_CONTRAST_FOCUS } else { Color32::from_rgb(0x00, 0x4f, 0xd6) };
    let painter = ctx
        .layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("focus-ring")))
        .with_clip_rect(response.interact_rect.expand(4.0));
    painter.rect_stroke(response.rect.expand(2.0), 3.0, egui::Stroke::new(2.5, color), egui::StrokeKind::Outside);
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

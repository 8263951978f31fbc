//! What the app remembers between runs. Nothing about a person or an interview is stored here.

use serde::{Deserialize, Serialize};

use crate::navigation::Route;

/// Light, dark, high contrast, or follow the operating system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
    /// White text on black, strong outlines, a yellow focus ring.
    HighContrast,
}

/// Smallest and largest zoom, and the step of Ctrl + / Ctrl -.
pub const ZOOM_MIN: f32 = 0.5;
pub const ZOOM_MAX: f32 = 3.0;
pub const ZOOM_STEP: f32 = 0.1;

/// Persisted settings. Unknown or missing fields fall back to defaults, so an old
/// settings file never stops the app from starting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Where the reader was.
    pub route: Route,
    pub zoom: f32,
    pub theme: ThemeChoice,
    /// UI and content language; `None` means "follow the operating system".
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { route: Route::Home, zoom: 1.0, theme: ThemeChoice::System, language: None }
    }
}

/// Zoom after `steps` steps in or out, rounded to whole percent and kept in range.
pub fn zoom_by(zoom: f32, steps: i32) -> f32 {
    let z = zoom + steps as f32 * ZOOM_STEP;
    ((z * 100.0).round() / 100.0).clamp(ZOOM_MIN, ZOOM_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_stay_in_range() {
        assert_eq!(zoom_by(1.0, 1), 1.1);
        assert_eq!(zoom_by(1.0, -1), 0.9);
        assert_eq!(zoom_by(0.5, -1), ZOOM_MIN);
        assert_eq!(zoom_by(3.0, 1), ZOOM_MAX);
    }

    #[test]
    fn old_settings_without_new_fields_still_load() {
        let s: Settings = ron::from_str("(zoom: 1.5)").unwrap();
        assert_eq!(s.zoom, 1.5);
        assert_eq!(s.route, Route::Home);
    }
}

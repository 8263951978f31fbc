//! Diplomatic Handbook: an offline handbook for diplomatic and consular staff on identifying,
//! assisting and protecting victims of human trafficking.
//!
//! The core (content, validation, i18n, navigation, settings) has no UI dependency and is
//! tested without a window; [`ui`] only draws state and turns input into actions.

pub mod cli;
pub mod content;
pub mod date;
pub mod directory;
pub mod fonts;
pub mod i18n;
pub mod interview;
pub mod memory;
pub mod navigation;
pub mod pdf;
pub mod search;
pub mod settings;
pub mod storage;
pub mod training;
pub mod ui;

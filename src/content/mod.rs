//! The handbook content: model, loading, validation and statistics. No UI code here.

pub mod glossary;
pub mod inline;
mod load;
pub mod model;
mod problem;
mod stats;
mod validate;

pub use load::{ContentFile, Handbook, LanguageContent, embedded_files, read_dir};
pub use problem::Problem;
pub use stats::{Stats, block_texts, chapter_texts};
pub use validate::{validate, validate_local};

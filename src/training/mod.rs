//! Trainer mode, without a window: slides derived from chapters, quiz runs, and handouts.

pub mod handouts;
pub mod quiz;
pub mod slides;

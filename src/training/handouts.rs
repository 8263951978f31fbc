//! Handouts.

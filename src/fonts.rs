//! The embedded fonts, shared by the window and the PDF export (DejaVu, Bitstream Vera licence:
//! assets/fonts/LICENSE-DejaVu.txt).

/// DejaVu Sans: Latin with Baltic, Polish and Icelandic letters, Cyrillic, arrows and symbols.
pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub static BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
/// DejaVu Sans Mono.
pub static MONO: &[u8] = include_bytes!("../assets/fonts/DejaVuSansMono.ttf");

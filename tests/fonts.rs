//! Every character in every content and translation file has a glyph in the embedded fonts,
//! regular and bold, so nothing shows as a box on a PC without the right system fonts.

use std::collections::BTreeMap;

use diplomatic_handbook::content::embedded_files;
use diplomatic_handbook::i18n;
use egui::{FontFamily, FontId};

#[test]
fn every_character_of_content_and_locales_has_a_glyph() {
    let ctx = egui::Context::default();
    diplomatic_handbook::ui::install_style(&ctx);
    let mut output = ctx.run_ui(Default::default(), |_| {});
    output.textures_delta.clear();

    let mut texts: Vec<(String, String)> = embedded_files().into_iter().map(|f| (f.path, f.text)).collect();
    for lang in i18n::available() {
        for (file, text) in i18n::locale_files(&lang) {
            texts.push((format!("locales/{lang}/{file}"), text.to_owned()));
        }
    }
    assert!(texts.len() > 20);
    let mut missing: BTreeMap<char, String> = BTreeMap::new();
    ctx.fonts_mut(|fonts| {
        // The check can fail: a Tibetan letter is in none of the embedded fonts.
        assert!(!fonts.has_glyph(&FontId::new(14.0, FontFamily::Proportional), 'ༀ'));
        for (file, text) in &texts {
            for c in text.chars().filter(|c| !c.is_control() && !c.is_whitespace()) {
                for family in [FontFamily::Proportional, FontFamily::Name("bold".into())] {
                    if !fonts.has_glyph(&FontId::new(14.0, family), c) {
                        missing.entry(c).or_insert_with(|| file.clone());
                    }
                }
            }
        }
    });
    assert!(missing.is_empty(), "characters without a glyph (first file seen): {missing:?}");
}

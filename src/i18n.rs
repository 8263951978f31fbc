//! UI translations with Fluent. One owned [`I18n`] is passed to every view; no globals.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

static LOCALES_DIR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The language everything falls back to.
pub const FALLBACK: &str = "en";

/// The UI locales compiled in, as language codes, sorted.
pub fn available() -> Vec<String> {
    let mut langs: Vec<String> =
        LOCALES_DIR.dirs().filter_map(|d| d.path().file_name()?.to_str().map(str::to_owned)).collect();
    langs.sort();
    langs
}

/// Every `.ftl` file of a locale, as (file name, text).
pub fn locale_files(lang: &str) -> Vec<(String, &'static str)> {
    LOCALES_DIR
        .get_dir(lang)
        .map(|dir| {
            let mut files: Vec<_> = dir
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| Some((f.path().to_string_lossy().replace('\\', "/"), f.contents_utf8()?)))
                .collect();
            files.sort();
            files
        })
        .unwrap_or_default()
}

/// Picks the best available UI language for the requested ones (e.g. the OS locales),
/// falling back to English.
pub fn negotiate(requested: &[String]) -> String {
    let available: Vec<LanguageIdentifier> = available().iter().filter_map(|l| l.parse().ok()).collect();
    let requested = fluent_langneg::convert_vec_str_to_langids_lossy(requested);
    let default: LanguageIdentifier = FALLBACK.parse().expect("the fallback language id is valid");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().map_or_else(|| FALLBACK.to_owned(), |l| l.language.as_str().to_owned())
}

/// The OS's preferred languages, most preferred first.
pub fn system_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The handbook's languages, each named in itself.
const ENDONYMS: [(&str, &str); 13] = [
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("is", "Íslenska"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("nb", "Norsk bokmål"),
    ("pl", "Polski"),
    ("ru", "Русский"),
    ("sv", "Svenska"),
    ("uk", "Українська"),
];

/// Translated UI strings for one language, with English behind it.
pub struct I18n {
    lang: String,
    /// The chosen language first, then English.
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl I18n {
    /// UI strings in `lang` (or English if `lang` has no locale).
    pub fn new(lang: &str) -> Self {
        let lang = if available().iter().any(|l| l == lang) { lang.to_owned() } else { FALLBACK.to_owned() };
        let mut chain = vec![lang.clone()];
        if lang != FALLBACK {
            chain.push(FALLBACK.to_owned());
        }
        let bundles = chain.iter().map(|l| bundle(l)).collect();
        Self { lang, bundles }
    }

    /// The language code these strings are in.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The message `id`; the id itself if no language has it.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_owned()
    }

    /// Each language's name in its own language, by code: the `language-name` of every UI locale,
    /// and a built-in name for the handbook's other languages (content may exist before the UI locale).
    /// Computed once: the locales are compiled in.
    pub fn language_names() -> &'static BTreeMap<String, String> {
        static NAMES: std::sync::OnceLock<BTreeMap<String, String>> = std::sync::OnceLock::new();
        NAMES.get_or_init(|| {
            let mut names: BTreeMap<String, String> =
                ENDONYMS.iter().map(|(code, name)| ((*code).to_owned(), (*name).to_owned())).collect();
            for l in available() {
                let name = I18n::new(&l).tr("language-name");
                names.insert(l, name);
            }
            names
        })
    }
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (U+2068/U+2069) would end up in accessible labels and break lookups.
    bundle.set_use_isolating(false);
    for (_, text) in locale_files(lang) {
        // The locale test suite rejects files that do not parse; at run time keep what parsed.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_available_and_the_fallback() {
        assert!(available().contains(&"en".to_owned()));
        assert_eq!(negotiate(&["xx-YY".to_owned()]), "en");
        assert_eq!(negotiate(&["en-GB".to_owned()]), "en");
        assert_eq!(I18n::new("zz").lang(), "en");
    }

    #[test]
    fn every_handbook_language_has_a_name_even_without_a_ui_locale() {
        let names = I18n::language_names();
        assert_eq!(names["uk"], "Українська");
        assert_eq!(names["en"], "English");
    }

    #[test]
    fn arguments_are_formatted_without_isolation_marks() {
        let i18n = I18n::new("en");
        let text = i18n.tr_args("zoom-level", &[("percent", 120.into())]);
        assert_eq!(text, "120 %");
        assert_eq!(i18n.tr("no-such-message-id"), "no-such-message-id");
    }
}

//! The light inline markup used in every text field of the content:
//! `*emphasis*`, `**strong**`, `[label](target)`, and `\` to escape the next character.

use std::fmt;

/// How a run of text is styled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    Emphasis,
    Strong,
}

/// A run of text with one style, optionally a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
    /// Where the span links to, if it is a link.
    pub link: Option<LinkTarget>,
}

/// Where a link points.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinkTarget {
    Chapter(String),
    Section {
        chapter: String,
        section: String,
    },
    Checklist(String),
    Indicator(String),
    Country(String),
    Contact(String),
    Glossary(String),
    /// A web page, opened in the user's browser.
    External(String),
}

impl LinkTarget {
    /// Parses `chapter:ID`, `section:CHAPTER/SECTION`, `checklist:ID`, `indicator:ID`,
    /// `country:CC`, `contact:ID`, `glossary:ID` or an `https://` / `http://` URL.
    pub fn parse(target: &str) -> Result<Self, String> {
        let target = target.trim();
        if target.starts_with("https://") || target.starts_with("http://") {
            return Ok(Self::External(target.to_owned()));
        }
        let Some((scheme, rest)) = target.split_once(':') else {
            return Err(format!("link target `{target}` has no kind (expected e.g. `indicator:ID`)"));
        };
        if rest.is_empty() {
            return Err(format!("link target `{target}` has no id"));
        }
        let id = rest.to_owned();
        match scheme {
            "chapter" => Ok(Self::Chapter(id)),
            "section" => match rest.split_once('/') {
                Some((chapter, section)) if !chapter.is_empty() && !section.is_empty() => {
                    Ok(Self::Section { chapter: chapter.to_owned(), section: section.to_owned() })
                }
                _ => Err(format!("section link `{target}` must be `section:CHAPTER/SECTION`")),
            },
            "checklist" => Ok(Self::Checklist(id)),
            "indicator" => Ok(Self::Indicator(id)),
            "country" => Ok(Self::Country(id)),
            "contact" => Ok(Self::Contact(id)),
            "glossary" => Ok(Self::Glossary(id)),
            other => Err(format!(
                "unknown link kind `{other}` in `{target}` (expected chapter, section, checklist, indicator, country, contact, glossary or a URL)"
            )),
        }
    }
}

impl fmt::Display for LinkTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Chapter(id) => write!(f, "chapter:{id}"),
            Self::Section { chapter, section } => write!(f, "section:{chapter}/{section}"),
            Self::Checklist(id) => write!(f, "checklist:{id}"),
            Self::Indicator(id) => write!(f, "indicator:{id}"),
            Self::Country(id) => write!(f, "country:{id}"),
            Self::Contact(id) => write!(f, "contact:{id}"),
            Self::Glossary(id) => write!(f, "glossary:{id}"),
            Self::External(url) => f.write_str(url),
        }
    }
}

/// Parses inline markup into styled spans. Adjacent text with the same style is merged.
pub fn parse(text: &str) -> Result<Vec<Span>, String> {
    let mut spans: Vec<Span> = Vec::new();
    let mut style = Style::Plain;
    let mut current = String::new();
    let mut chars = text.char_indices().peekable();

    fn flush(spans: &mut Vec<Span>, current: &mut String, style: Style) {
        if current.is_empty() {
            return;
        }
        let text = std::mem::take(current);
        match spans.last_mut() {
            Some(last) if last.style == style && last.link.is_none() => last.text.push_str(&text),
            _ => spans.push(Span { text, style, link: None }),
        }
    }

    while let Some((pos, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, escaped)) => current.push(escaped),
                None => return Err("text ends with a lone `\\`".to_owned()),
            },
            '*' => {
                let double = chars.peek().is_some_and(|&(_, next)| next == '*');
                if double {
                    chars.next();
                }
                let marker = if double { Style::Strong } else { Style::Emphasis };
                flush(&mut spans, &mut current, style);
                style = match (style, marker) {
                    (Style::Plain, m) => m,
                    (s, m) if s == m => Style::Plain,
                    _ => {
                        return Err(format!(
                            "`{}` at character {pos} opens a style inside another; close the first one before",
                            if double { "**" } else { "*" }
                        ));
                    }
                };
            }
            '[' => {
                let rest = &text[pos + 1..];
                let Some(close) = find_unescaped(rest, ']') else {
                    return Err(format!("`[` at character {pos} is never closed with `]`"));
                };
                let label_src = &rest[..close];
                let after = &rest[close + 1..];
                if !after.starts_with('(') {
                    return Err(format!(
                        "`[{label_src}]` must be followed by `(target)`; write `\\[` for a literal bracket"
                    ));
                }
                let Some(target_end) = after.find(')') else {
                    return Err(format!("link `[{label_src}](` is never closed with `)`"));
                };
                let target = LinkTarget::parse(&after[1..target_end])?;
                let label = unescape(label_src);
                if label.trim().is_empty() {
                    return Err(format!("link to `{target}` has an empty label"));
                }
                flush(&mut spans, &mut current, style);
                spans.push(Span { text: label, style, link: Some(target) });
                // Skip past `label](target)`.
                let consumed = 1 + close + 1 + target_end + 1;
                let end = pos + consumed;
                while chars.peek().is_some_and(|&(i, _)| i < end) {
                    chars.next();
                }
            }
            _ => current.push(c),
        }
    }
    if style != Style::Plain {
        return Err(format!("`{}` is opened but never closed", if style == Style::Strong { "**" } else { "*" }));
    }
    flush(&mut spans, &mut current, style);
    Ok(spans)
}

/// The text without markup, for search, word counts and accessibility labels.
/// Invalid markup is returned as it is.
pub fn plain(text: &str) -> String {
    match parse(text) {
        Ok(spans) => spans.into_iter().map(|s| s.text).collect(),
        Err(_) => text.to_owned(),
    }
}

fn find_unescaped(s: &str, wanted: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == wanted {
            return Some(i);
        }
    }
    None
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(text: &str) -> Vec<(String, Style, Option<String>)> {
        parse(text).unwrap().into_iter().map(|s| (s.text, s.style, s.link.map(|l| l.to_string()))).collect()
    }

    #[test]
    fn emphasis_strong_and_links() {
        assert_eq!(
            styles("Ask *gently*, act **now**: see [the list](checklist:general)."),
            vec![
                ("Ask ".into(), Style::Plain, None),
                ("gently".into(), Style::Emphasis, None),
                (", act ".into(), Style::Plain, None),
                ("now".into(), Style::Strong, None),
                (": see ".into(), Style::Plain, None),
                ("the list".into(), Style::Plain, Some("checklist:general".into())),
                (".".into(), Style::Plain, None),
            ]
        );
    }

    #[test]
    fn escapes_are_literal() {
        assert_eq!(plain(r"5 \* 3 \[not a link\]"), "5 * 3 [not a link]");
    }

    #[test]
    fn section_links_need_both_parts() {
        assert!(LinkTarget::parse("section:chapter-only").is_err());
        assert_eq!(
            LinkTarget::parse("section:a/b").unwrap(),
            LinkTarget::Section { chapter: "a".into(), section: "b".into() }
        );
    }

    #[test]
    fn broken_markup_is_reported() {
        assert!(parse("an *unclosed emphasis").unwrap_err().contains("never closed"));
        assert!(parse("a [label without target]").unwrap_err().contains("(target)"));
        assert!(parse("[x](nowhere:1)").unwrap_err().contains("unknown link kind"));
        assert!(parse("[](chapter:a)").unwrap_err().contains("empty label"));
    }

    #[test]
    fn unicode_around_links_is_kept() {
        assert_eq!(plain("žmonės [prekyba](country:LT) – ok"), "žmonės prekyba – ok");
    }
}

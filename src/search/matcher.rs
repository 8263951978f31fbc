//! Which words of a text match a query, with the same forgiveness as the search itself
//! (stems, typos, the word being typed, synonyms); used for snippets and for highlighting
//! the match in the page a result opens.

use std::ops::Range;

use serde::Serialize;
use tantivy::tokenizer::TextAnalyzer;

use super::tokens;

/// How one query word matches.
#[derive(Clone, Debug)]
pub struct WordMatch {
    /// Analyzed term (stemmed, folded).
    pub term: String,
    /// As typed, folded, not stemmed.
    pub raw: String,
    /// The word is still being typed: match words that start with it.
    pub prefix: bool,
    /// Other analyzed terms that count as this word: synonyms, spelling corrections, completions.
    pub also: Vec<String>,
}

/// Finds the words of a text that a query matches.
#[derive(Clone)]
pub struct Matcher {
    words: Vec<WordMatch>,
    analyzer: TextAnalyzer,
    raw_analyzer: TextAnalyzer,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher").field("words", &self.words).finish()
    }
}

/// A piece of text with the matched words marked (byte ranges into `text`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

impl Matcher {
    /// A matcher for `words`, analyzing text with the index's own analyzers.
    pub fn new(words: Vec<WordMatch>, analyzer: TextAnalyzer, raw_analyzer: TextAnalyzer) -> Self {
        Self { words, analyzer, raw_analyzer }
    }

    /// Byte ranges of the matching words in `text`, in order.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.scan(text, usize::MAX)
    }

    /// Matching ranges, stopping after `max` of them.
    fn scan(&self, text: &str, max: usize) -> Vec<Range<usize>> {
        let needs_raw = self.words.iter().any(|w| w.prefix);
        let mut analyzer = self.analyzer.clone();
        let mut raw_analyzer = self.raw_analyzer.clone();
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while out.len() < max && stream.advance() {
            let token = stream.token();
            let raw = if needs_raw {
                tokens(&mut raw_analyzer, &text[token.offset_from..token.offset_to])
                    .into_iter()
                    .map(|t| t.text)
                    .collect()
            } else {
                String::new()
            };
            if self.words.iter().any(|w| w.matches(&token.text, &raw)) {
                out.push(token.offset_from..token.offset_to);
            }
        }
        out
    }

    /// Up to about `max_chars` characters around the first match (or the start), cut at word
    /// boundaries, with the matches in it marked. Only the text up to the first match and the
    /// window itself are analyzed.
    pub fn snippet(&self, text: &str, max_chars: usize) -> Snippet {
        let first = self.scan(text, 1).first().map_or(0, |r| r.start);
        // Start at the beginning of the line holding the first match if that is close enough,
        // otherwise a few words before the match.
        let line_start = text[..first].rfind('\n').map_or(0, |i| i + 1);
        let lead = text[line_start..first].chars().count();
        let mut start = if lead <= max_chars / 3 {
            line_start
        } else {
            let back: usize = text[..first].chars().rev().take(max_chars / 4).map(char::len_utf8).sum();
            let candidate = first - back;
            text[candidate..first].find(' ').map_or(candidate, |i| candidate + i + 1)
        };
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let mut end = start + text[start..].chars().take(max_chars).map(char::len_utf8).sum::<usize>();
        if end < text.len()
            && let Some(space) = text[start..end].rfind([' ', '\n'])
            && space > 0
        {
            end = start + space;
        }
        let window = &text[start..end];
        let prefix = if start > 0 { "… " } else { "" };
        let suffix = if end < text.len() { " …" } else { "" };
        let offset = prefix.len();
        let highlights = self.ranges(window).into_iter().map(|r| (r.start + offset)..(r.end + offset)).collect();
        Snippet { text: format!("{prefix}{}{suffix}", window.replace('\n', " ")), highlights }
    }
}

impl WordMatch {
    fn matches(&self, term: &str, raw: &str) -> bool {
        term == self.term
            || self.also.iter().any(|s| s == term)
            || (self.prefix && self.raw.chars().count() >= 3 && raw.starts_with(&self.raw))
    }
}

/// Damerau-Levenshtein (optimal string alignment) distance of `a` and `b` is at most `max`.
pub fn within_distance(a: &str, b: &str, max: u8) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let max = usize::from(max);
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let width = b.len() + 1;
    let mut prev2 = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_transpositions_as_one() {
        assert!(within_distance("pasport", "passport", 1));
        assert!(within_distance("pasprot", "passport", 2));
        assert!(!within_distance("visa", "debt", 2));
        assert!(within_distance("salray", "salary", 1));
    }
}

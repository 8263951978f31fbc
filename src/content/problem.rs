use std::fmt;

/// One thing wrong with the content, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path relative to the content folder, with `/` separators.
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    pub message: String,
}

impl Problem {
    /// A problem about a whole file.
    pub fn in_file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.into(), line: 0, column: 0, message: message.into() }
    }

    /// A problem located at the first place `needle` occurs in `text`,
    /// or at the whole file if it does not occur.
    pub fn near(file: &str, text: &str, needle: &str, message: impl Into<String>) -> Self {
        Self::near_nth(file, text, needle, 0, message)
    }

    /// Like [`Problem::near`], at the `nth` (0-based) occurrence of `needle`, or the last one
    /// if there are fewer.
    pub fn near_nth(file: &str, text: &str, needle: &str, nth: usize, message: impl Into<String>) -> Self {
        let (line, column) = locate_nth(text, needle, nth).unwrap_or((0, 0));
        Self { file: file.to_owned(), line, column, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "{}: {}", self.file, self.message),
            (line, 0) => write!(f, "{}:{line}: {}", self.file, self.message),
            (line, column) => write!(f, "{}:{line}:{column}: {}", self.file, self.message),
        }
    }
}

/// 1-based line and column (in characters) of the `nth` (0-based) occurrence of `needle`,
/// or of its last occurrence if there are fewer.
pub(crate) fn locate_nth(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let offsets: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    let offset = *offsets.get(nth).or(offsets.last())?;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    Some((line, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_line_and_column() {
        let text = "a\nbc \"id\"\n";
        assert_eq!(locate_nth(text, "\"id\"", 0), Some((2, 4)));
        assert_eq!(locate_nth("x\n x x", "x", 2), Some((2, 4)));
        assert_eq!(locate_nth("x", "x", 5), Some((1, 1)), "past the last: the last");
        assert_eq!(Problem::near("x.ron", text, "\"id\"", "dup").to_string(), "x.ron:2:4: dup");
        assert_eq!(Problem::near("x.ron", text, "missing", "m").to_string(), "x.ron: m");
    }
}

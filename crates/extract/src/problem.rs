//! Errors that stop extraction, each pointing at the file, line and column it concerns.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    pub reason: String,
}

impl Problem {
    /// A problem at a byte offset of a file's text.
    pub fn at(file: &str, text: &str, offset: usize, reason: impl Into<String>) -> Problem {
        let (line, column) = line_and_column(text, offset);
        Problem { file: file.to_string(), line, column, reason: reason.into() }
    }

    /// A problem with a file as a whole (missing, unreadable).
    pub fn in_file(file: &str, reason: impl Into<String>) -> Problem {
        Problem { file: file.to_string(), line: 0, column: 0, reason: reason.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.reason)
        }
    }
}

/// Every problem found in one run, so that a user can fix them all at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        write!(f, "{} problem(s) found", self.0.len())
    }
}

impl std::error::Error for Problems {}

/// 1-based line and character column of a byte offset (clamped to the text).
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_character_columns() {
        let text = "first\nsecond é line\nthird";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 6), (2, 1));
        let e_acute = text.find('é').unwrap();
        assert_eq!(line_and_column(text, e_acute + 2), (2, 9));
        assert_eq!(line_and_column(text, 10_000), (3, 6));
    }

    #[test]
    fn displays_file_line_column_reason() {
        let problem = Problem::at("a.txt", "x\ny", 2, "bad");
        assert_eq!(problem.to_string(), "a.txt:2:1: bad");
        assert_eq!(Problem::in_file("b.txt", "missing").to_string(), "b.txt: missing");
    }
}

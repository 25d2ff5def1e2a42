//! A parse error located as protoc locates it.

/// The first error protoc's parser would report for a file. `line` and `column` are 0-based
/// and counted like protoc: bytes, with tabs advancing to the next multiple of 8.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{}:{}: {message}", line + 1, column + 1)]
pub struct ParseError {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// Further located lines protoc prints with the error (e.g. where a comment started).
    pub notes: Vec<(u32, u32, String)>,
}

impl ParseError {
    pub fn new(file: &str, line: u32, column: u32, message: impl Into<String>) -> Self {
        ParseError { file: file.to_string(), line, column, message: message.into(), notes: Vec::new() }
    }

    pub fn with_note(mut self, line: u32, column: u32, message: impl Into<String>) -> Self {
        self.notes.push((line, column, message.into()));
        self
    }
}

/// The character index in `line` at which protoc's `column` (bytes, tabs to multiples of 8)
/// falls, for placing a caret under it.
pub fn char_index_of_column(line: &str, column: u32) -> usize {
    let mut col = 0u32;
    for (index, c) in line.chars().enumerate() {
        if col >= column {
            return index;
        }
        col = if c == '\t' { col + 8 - col % 8 } else { col + c.len_utf8() as u32 };
    }
    line.chars().count()
}

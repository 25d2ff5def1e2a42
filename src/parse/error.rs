//! A parse error located as protoc locates it.

/// An error protoc's parser would report for a file (the first, with the others in `further`). `line` and `column` are 0-based
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
    /// The errors protoc reports after this one for the same file, in order.
    pub further: Vec<ParseError>,
}

impl ParseError {
    pub fn new(file: &str, line: u32, column: u32, message: impl Into<String>) -> Self {
        ParseError { file: file.to_string(), line, column, message: message.into(), notes: Vec::new(), further: Vec::new() }
    }

    pub fn with_note(mut self, line: u32, column: u32, message: impl Into<String>) -> Self {
        self.notes.push((line, column, message.into()));
        self
    }
}


/// A source line as it can be shown on a terminal (control characters and bytes that are not
/// UTF-8 become U+FFFD, one per byte, tabs kept) and the index of the character at protoc's
/// `column` in it, for the caret.
pub fn display_line(line: &[u8], column: u32) -> (String, usize) {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut out = String::with_capacity(line.len());
    let (mut col, mut caret, mut chars, mut rest) = (0u32, None, 0usize, line);
    while !rest.is_empty() {
        let (c, len) = match std::str::from_utf8(&rest[..utf8_len(rest[0]).min(rest.len())]) {
            Ok(s) => (s.chars().next().unwrap_or('\u{FFFD}'), s.len()),
            Err(_) => ('\u{FFFD}', 1),
        };
        if caret.is_none() && col >= column {
            caret = Some(chars);
        }
        let shown = if c != '\t' && c.is_control() { '\u{FFFD}' } else { c };
        out.push(shown);
        chars += 1;
        col = if c == '\t' { col + 8 - col % 8 } else { col + len as u32 };
        rest = &rest[len..];
    }
    (out, caret.unwrap_or(chars))
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

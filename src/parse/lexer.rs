//! The `.proto` tokenizer, following the rules of protoc's `io::Tokenizer`: it works on bytes,
//! counts columns in bytes with tab stops every 8 columns (protoc's source info and error
//! columns), and hands out comments the way protoc attaches them (`next_with_comments`).

use super::error::ParseError;

/// protoc's tab width for column counting.
const TAB_WIDTH: u32 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Start,
    End,
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
    Whitespace,
    Newline,
}

#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a [u8],
    pub line: u32,
    pub column: u32,
    pub end_column: u32,
}

impl<'a> Token<'a> {
    fn start() -> Self {
        Token { kind: Kind::Start, text: b"", line: 0, column: 0, end_column: 0 }
    }

    pub fn is(&self, text: &str) -> bool {
        self.text == text.as_bytes()
    }

    /// The token's text; tokens outside string literals are ASCII, so this is lossless there.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(self.text).into_owned()
    }
}

/// Comments found around one token: trailing (of the previous declaration), detached and
/// leading (of the next one), as protoc's `NextWithComments` splits them.
#[derive(Debug, Default)]
pub struct Comments {
    pub trailing: String,
    pub detached: Vec<String>,
    pub leading: String,
}

pub struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    column: u32,
    pub current: Token<'a>,
    pub previous: Token<'a>,
    /// Inside an aggregate option value protoc asks for whitespace and newline tokens.
    report_whitespace: bool,
    file: &'a str,
    /// Errors protoc's tokenizer reports and reads on after, in the order met; the parser
    /// adds its own errors here too, so the file's list keeps protoc's order.
    pub errors: Vec<ParseError>,
}

/// Comment bytes in progress: protoc's comment collector, which decides between trailing,
/// detached and leading once it knows what follows.
struct Collector {
    buffer: Vec<u8>,
    has_comment: bool,
    is_line: bool,
    can_attach_to_prev: bool,
    has_trailing: bool,
    count: usize,
    trailing: Vec<u8>,
    detached: Vec<Vec<u8>>,
}

impl Collector {
    fn new() -> Self {
        Collector {
            buffer: Vec::new(),
            has_comment: false,
            is_line: false,
            can_attach_to_prev: true,
            has_trailing: false,
            count: 0,
            trailing: Vec::new(),
            detached: Vec::new(),
        }
    }

    fn for_line_comment(&mut self) {
        // Consecutive line comments join; a block comment before them is finished.
        if self.has_comment && !self.is_line {
            self.flush();
        }
        self.has_comment = true;
        self.is_line = true;
    }

    fn for_block_comment(&mut self) {
        if self.has_comment {
            self.flush();
        }
        self.has_comment = true;
        self.is_line = false;
    }

    fn flush(&mut self) {
        if !self.has_comment {
            return;
        }
        let text = std::mem::take(&mut self.buffer);
        if self.can_attach_to_prev {
            self.trailing.extend_from_slice(&text);
            self.has_trailing = true;
            self.can_attach_to_prev = false;
        } else {
            self.detached.push(text);
        }
        self.has_comment = false;
        self.count += 1;
    }

    fn maybe_detach(&mut self) {
        let count = self.count + usize::from(self.has_comment);
        if count == 1 {
            if self.has_trailing {
                let trail = std::mem::take(&mut self.trailing);
                self.detached.insert(0, trail);
            }
            self.flush();
        }
    }

    fn finish(self) -> Comments {
        let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
        let leading = if self.has_comment { text(self.buffer) } else { String::new() };
        Comments { trailing: text(self.trailing), detached: self.detached.into_iter().map(text).collect(), leading }
    }
}

enum CommentStart {
    Line,
    Block,
    Slash,
    None,
}

fn is_whitespace(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\t' | b'\r' | 0x0b | 0x0c)
}

fn is_letter(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_alnum(c: u8) -> bool {
    is_letter(c) || c.is_ascii_digit()
}

impl<'a> Lexer<'a> {
    pub fn new(file: &'a str, src: &'a [u8]) -> Self {
        Lexer {
            src,
            pos: 0,
            line: 0,
            column: 0,
            current: Token::start(),
            previous: Token::start(),
            report_whitespace: false,
            file,
            errors: Vec::new(),
        }
    }

    pub fn set_report_whitespace(&mut self, on: bool) {
        self.report_whitespace = on;
    }

    pub fn error_at(&self, line: u32, column: u32, message: impl Into<String>) -> ParseError {
        ParseError::new(self.file, line, column, message)
    }

    fn error_here(&self, message: impl Into<String>) -> ParseError {
        self.error_at(self.line, self.column, message)
    }

    /// An error after which protoc's tokenizer goes on reading.
    fn record(&mut self, message: impl Into<String>) {
        let err = self.error_here(message);
        self.errors.push(err);
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// The current byte; NUL at the end of input (protoc does the same, so a NUL byte in the
    /// source ends a comment just like the end of the file does).
    fn cur(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn next_char(&mut self) {
        match self.cur() {
            b'\n' => {
                self.line += 1;
                self.column = 0;
            }
            b'\t' => self.column += TAB_WIDTH - self.column % TAB_WIDTH,
            _ => self.column += 1,
        }
        if !self.at_eof() {
            self.pos += 1;
        }
    }

    fn try_consume(&mut self, c: u8) -> bool {
        if !self.at_eof() && self.cur() == c {
            self.next_char();
            true
        } else {
            false
        }
    }

    fn try_consume_if(&mut self, f: impl Fn(u8) -> bool) -> bool {
        if !self.at_eof() && f(self.cur()) {
            self.next_char();
            true
        } else {
            false
        }
    }

    fn consume_while(&mut self, f: impl Fn(u8) -> bool) {
        while self.try_consume_if(&f) {}
    }

    fn consume_one_or_more(&mut self, f: impl Fn(u8) -> bool, error: &str) {
        if !self.try_consume_if(&f) {
            return self.record(error);
        }
        self.consume_while(f);
    }

    fn consume_string(&mut self, delimiter: u8) {
        loop {
            if self.at_eof() || self.cur() == 0 {
                return self.record("Unexpected end of string.");
            }
            match self.cur() {
                b'\n' => return self.record("Multiline strings are not allowed. Did you miss a \"?."),
                b'\\' => {
                    self.next_char();
                    if self.try_consume_if(|c| b"abfnrtv\\?'\"".contains(&c)) || self.try_consume_if(|c| (b'0'..=b'7').contains(&c)) {
                    } else if self.try_consume(b'x') || self.try_consume(b'X') {
                        if !self.try_consume_if(|c| c.is_ascii_hexdigit()) {
                            self.record("Expected hex digits for escape sequence.");
                        }
                    } else if self.try_consume(b'u') {
                        if !(0..4).all(|_| self.try_consume_if(|c| c.is_ascii_hexdigit())) {
                            self.record("Expected four hex digits for \\u escape sequence.");
                        }
                    } else if self.try_consume(b'U') {
                        let ok = self.try_consume(b'0')
                            && self.try_consume(b'0')
                            && (self.try_consume(b'0') || self.try_consume(b'1'))
                            && (0..5).all(|_| self.try_consume_if(|c| c.is_ascii_hexdigit()));
                        if !ok {
                            self.record("Expected eight hex digits up to 10ffff for \\U escape sequence");
                        }
                    } else {
                        self.record("Invalid escape sequence in string literal.");
                    }
                }
                c => {
                    self.next_char();
                    if c == delimiter {
                        return;
                    }
                }
            }
        }
    }

    fn consume_number(&mut self, started_with_zero: bool, started_with_dot: bool) -> Kind {
        let mut is_float = false;
        if started_with_zero && (self.try_consume(b'x') || self.try_consume(b'X')) {
            self.consume_one_or_more(|c| c.is_ascii_hexdigit(), "\"0x\" must be followed by hex digits.");
        } else if started_with_zero && self.cur().is_ascii_digit() {
            self.consume_while(|c| (b'0'..=b'7').contains(&c));
            if self.cur().is_ascii_digit() {
                self.record("Numbers starting with leading zero must be in octal.");
                self.consume_while(|c| c.is_ascii_digit());
            }
        } else {
            if started_with_dot {
                is_float = true;
                self.consume_while(|c| c.is_ascii_digit());
            } else {
                self.consume_while(|c| c.is_ascii_digit());
                if self.try_consume(b'.') {
                    is_float = true;
                    self.consume_while(|c| c.is_ascii_digit());
                }
            }
            if self.try_consume(b'e') || self.try_consume(b'E') {
                is_float = true;
                let _ = self.try_consume(b'-') || self.try_consume(b'+');
                self.consume_one_or_more(|c| c.is_ascii_digit(), "\"e\" must be followed by exponent.");
            }
        }
        if !self.at_eof() && is_letter(self.cur()) {
            self.record("Need space between number and identifier.");
        } else if !self.at_eof() && self.cur() == b'.' {
            let message = if is_float {
                "Already saw decimal point or exponent; can't have another one."
            } else {
                "Hex and octal numbers must be integers."
            };
            self.record(message);
        }
        if is_float { Kind::Float } else { Kind::Integer }
    }

    fn consume_line_comment(&mut self, out: Option<&mut Vec<u8>>) {
        let start = self.pos;
        // Comments are most of many files: jump to the line's end (a NUL byte ends a comment
        // too, as in protoc). Columns within the line only matter when the file ends there.
        match memchr::memchr2(b'\n', 0, &self.src[self.pos..]) {
            Some(offset) if self.src[self.pos + offset] == b'\n' => {
                self.column += offset as u32;
                self.pos += offset;
            }
            Some(offset) => {
                let end = self.pos + offset;
                while self.pos < end {
                    self.next_char();
                }
            }
            None => {
                while !self.at_eof() {
                    self.next_char();
                }
            }
        }
        self.try_consume(b'\n');
        if let Some(out) = out {
            out.extend_from_slice(&self.src[start..self.pos]);
        }
    }

    /// Reads a block comment after its `/*`; protoc drops each continuation line's leading
    /// whitespace and `*`.
    fn consume_block_comment(&mut self, mut out: Option<&mut Vec<u8>>) -> Result<(), ParseError> {
        let (start_line, start_column) = (self.line, self.column.saturating_sub(2));
        let mut record_from = Some(self.pos);
        let record = |from: &mut Option<usize>, to: usize, src: &[u8], out: &mut Option<&mut Vec<u8>>| {
            if let (Some(from), Some(out)) = (from.take(), out.as_deref_mut()) {
                out.extend_from_slice(&src[from..to]);
            }
        };
        loop {
            while !self.at_eof() && !matches!(self.cur(), 0 | b'*' | b'/' | b'\n') {
                self.next_char();
            }
            if self.try_consume(b'\n') {
                record(&mut record_from, self.pos, self.src, &mut out);
                self.consume_while(|c| is_whitespace(c) && c != b'\n');
                if self.try_consume(b'*') && self.try_consume(b'/') {
                    return Ok(());
                }
                record_from = Some(self.pos);
            } else if self.try_consume(b'*') && self.try_consume(b'/') {
                record(&mut record_from, self.pos - 2, self.src, &mut out);
                return Ok(());
            } else if self.try_consume(b'/') && self.cur() == b'*' && !self.at_eof() {
                return Err(self.error_here("\"/*\" inside block comment.  Block comments cannot be nested."));
            } else if self.at_eof() || self.cur() == 0 {
                return Err(self.error_here("End-of-file inside block comment.").with_note(
                    start_line,
                    start_column,
                    "  Comment started here.",
                ));
            }
        }
    }

    fn try_comment_start(&mut self) -> CommentStart {
        if self.try_consume(b'/') {
            if self.try_consume(b'/') {
                CommentStart::Line
            } else if self.try_consume(b'*') {
                CommentStart::Block
            } else {
                self.current = Token {
                    kind: Kind::Symbol,
                    text: &self.src[self.pos - 1..self.pos],
                    line: self.line,
                    column: self.column - 1,
                    end_column: self.column,
                };
                CommentStart::Slash
            }
        } else {
            CommentStart::None
        }
    }

    /// Advances to the next token (protoc's `Tokenizer::Next`); returns false at the end.
    pub fn next(&mut self) -> Result<bool, ParseError> {
        self.previous = self.current.clone();
        while !self.at_eof() {
            let (start, line, column) = (self.pos, self.line, self.column);
            if self.report_whitespace {
                if self.try_consume_if(|c| is_whitespace(c) && c != b'\n') {
                    self.consume_while(|c| is_whitespace(c) && c != b'\n');
                    self.set_current(Kind::Whitespace, start, line, column);
                    return Ok(true);
                }
                if self.try_consume(b'\n') {
                    self.set_current(Kind::Newline, start, line, column);
                    return Ok(true);
                }
            } else {
                self.consume_while(is_whitespace);
            }
            match self.try_comment_start() {
                CommentStart::Line => {
                    self.consume_line_comment(None);
                    continue;
                }
                CommentStart::Block => {
                    self.consume_block_comment(None)?;
                    continue;
                }
                CommentStart::Slash => return Ok(true),
                CommentStart::None => {}
            }
            if self.at_eof() {
                break;
            }
            let c = self.cur();
            if c < b' ' {
                // Skipped, with every control character (whitespace and NUL included) right after it.
                self.record("Invalid control characters encountered in text.");
                self.next_char();
                self.consume_while(|c| c < b' ');
                continue;
            }
            let (start, line, column) = (self.pos, self.line, self.column);
            let kind = if self.try_consume_if(is_letter) {
                self.consume_while(is_alnum);
                Kind::Identifier
            } else if self.try_consume(b'0') {
                self.consume_number(true, false)
            } else if self.try_consume(b'.') {
                if self.try_consume_if(|c| c.is_ascii_digit()) {
                    if self.previous.kind == Kind::Identifier
                        && line == self.previous.line
                        && column == self.previous.end_column
                    {
                        let err = self.error_at(self.line, self.column - 2, "Need space between identifier and decimal point.");
                        self.errors.push(err);
                    }
                    self.consume_number(false, true)
                } else {
                    Kind::Symbol
                }
            } else if self.try_consume_if(|c| c.is_ascii_digit()) {
                self.consume_number(false, false)
            } else if self.try_consume(b'"') {
                self.consume_string(b'"');
                Kind::String
            } else if self.try_consume(b'\'') {
                self.consume_string(b'\'');
                Kind::String
            } else {
                if c & 0x80 != 0 {
                    // Read as a one-byte symbol, which the parser then refuses where it stands.
                    self.record(format!("Interpreting non ascii codepoint {c}."));
                }
                self.next_char();
                Kind::Symbol
            };
            self.set_current(kind, start, line, column);
            return Ok(true);
        }
        self.current = Token { kind: Kind::End, text: b"", line: self.line, column: self.column, end_column: self.column };
        Ok(false)
    }

    fn set_current(&mut self, kind: Kind, start: usize, line: u32, column: u32) {
        self.current = Token { kind, text: &self.src[start..self.pos], line, column, end_column: self.column };
    }

    /// Advances like `next`, also collecting the comments between the previous token and the
    /// new one (protoc's `Tokenizer::NextWithComments`).
    pub fn next_with_comments(&mut self) -> Result<(bool, Comments), ParseError> {
        let mut collector = Collector::new();
        let mut prev_line = Some(self.line);
        let mut trailing_end_line = None;
        if self.current.kind == Kind::Start {
            // A UTF-8 byte order mark is skipped (and counted in the first line's columns).
            if self.try_consume(0xEF) && !(self.try_consume(0xBB) && self.try_consume(0xBF)) {
                // protoc stays before the first token: its parser refuses that, then reads on.
                self.record("Proto file starts with 0xEF but not UTF-8 BOM. Only UTF-8 is accepted for proto file.");
                return Ok((false, collector.finish()));
            }
            collector.can_attach_to_prev = false;
            prev_line = None;
        } else {
            // A comment on the same line belongs to the previous declaration.
            self.consume_while(|c| is_whitespace(c) && c != b'\n');
            match self.try_comment_start() {
                CommentStart::Line => {
                    trailing_end_line = Some(self.line);
                    collector.for_line_comment();
                    self.consume_line_comment(Some(&mut collector.buffer));
                    collector.flush();
                }
                CommentStart::Block => {
                    collector.for_block_comment();
                    self.consume_block_comment(Some(&mut collector.buffer))?;
                    trailing_end_line = Some(self.line);
                    self.consume_while(|c| is_whitespace(c) && c != b'\n');
                    collector.flush();
                }
                CommentStart::Slash => return Ok((true, collector.finish())),
                CommentStart::None => {
                    if !self.try_consume(b'\n') {
                        let more = self.next()?;
                        return Ok((more, collector.finish()));
                    }
                }
            }
        }
        loop {
            self.consume_while(|c| is_whitespace(c) && c != b'\n');
            match self.try_comment_start() {
                CommentStart::Line => {
                    collector.for_line_comment();
                    self.consume_line_comment(Some(&mut collector.buffer));
                }
                CommentStart::Block => {
                    collector.for_block_comment();
                    self.consume_block_comment(Some(&mut collector.buffer))?;
                    self.consume_while(|c| is_whitespace(c) && c != b'\n');
                    self.try_consume(b'\n');
                }
                CommentStart::Slash => return Ok((true, collector.finish())),
                CommentStart::None => {
                    if self.try_consume(b'\n') {
                        // A blank line: what came before belongs to nobody that follows.
                        collector.flush();
                        collector.can_attach_to_prev = false;
                    } else {
                        let more = self.next()?;
                        if !more || self.current.is("}") || self.current.is("]") || self.current.is(")") {
                            collector.flush();
                        }
                        if more && (prev_line == Some(self.line) || trailing_end_line == Some(self.line)) {
                            collector.maybe_detach();
                        }
                        return Ok((more, collector.finish()));
                    }
                }
            }
        }
    }
}

//! Recursive-descent `.proto` parser with protoc's grammar, error wording and source
//! locations (`compiler/parser.cc`): it produces the unresolved descriptor protoc's parser
//! produces, options left uninterpreted for the compiler. It stops at the first error.

use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::uninterpreted_option::NamePart;
use prost_types::{
    descriptor_proto::{ExtensionRange, ReservedRange},
    enum_descriptor_proto::EnumReservedRange,
    DescriptorProto, EnumDescriptorProto, EnumOptions, EnumValueDescriptorProto, EnumValueOptions,
    ExtensionRangeOptions, FieldDescriptorProto, FieldOptions, FileDescriptorProto, FileOptions, MessageOptions,
    MethodDescriptorProto, MethodOptions, OneofDescriptorProto, OneofOptions, ServiceDescriptorProto, ServiceOptions,
    SourceCodeInfo, UninterpretedOption,
};

use super::error::ParseError;
use super::lexer::{Kind, Lexer, Token};
use super::source_info::{LocId, Locations};

/// Field numbers of descriptor.proto used in source paths.
mod tag {
    pub const FILE_PACKAGE: i32 = 2;
    pub const FILE_DEPENDENCY: i32 = 3;
    pub const FILE_MESSAGE: i32 = 4;
    pub const FILE_ENUM: i32 = 5;
    pub const FILE_SERVICE: i32 = 6;
    pub const FILE_EXTENSION: i32 = 7;
    pub const FILE_OPTIONS: i32 = 8;
    pub const FILE_PUBLIC_DEPENDENCY: i32 = 10;
    pub const FILE_WEAK_DEPENDENCY: i32 = 11;
    pub const FILE_SYNTAX: i32 = 12;
    pub const FILE_OPTION_DEPENDENCY: i32 = 15;
    pub const MESSAGE_NAME: i32 = 1;
    pub const MESSAGE_FIELD: i32 = 2;
    pub const MESSAGE_NESTED: i32 = 3;
    pub const MESSAGE_ENUM: i32 = 4;
    pub const MESSAGE_EXTENSION_RANGE: i32 = 5;
    pub const MESSAGE_EXTENSION: i32 = 6;
    pub const MESSAGE_OPTIONS: i32 = 7;
    pub const MESSAGE_ONEOF: i32 = 8;
    pub const MESSAGE_RESERVED_RANGE: i32 = 9;
    pub const MESSAGE_RESERVED_NAME: i32 = 10;
    pub const RANGE_START: i32 = 1;
    pub const RANGE_END: i32 = 2;
    pub const EXTENSION_RANGE_OPTIONS: i32 = 3;
    pub const FIELD_NAME: i32 = 1;
    pub const FIELD_EXTENDEE: i32 = 2;
    pub const FIELD_NUMBER: i32 = 3;
    pub const FIELD_LABEL: i32 = 4;
    pub const FIELD_TYPE: i32 = 5;
    pub const FIELD_TYPE_NAME: i32 = 6;
    pub const FIELD_DEFAULT: i32 = 7;
    pub const FIELD_OPTIONS: i32 = 8;
    pub const FIELD_JSON_NAME: i32 = 10;
    pub const ONEOF_NAME: i32 = 1;
    pub const ONEOF_OPTIONS: i32 = 2;
    pub const ENUM_NAME: i32 = 1;
    pub const ENUM_VALUE: i32 = 2;
    pub const ENUM_OPTIONS: i32 = 3;
    pub const ENUM_RESERVED_RANGE: i32 = 4;
    pub const ENUM_RESERVED_NAME: i32 = 5;
    pub const VALUE_NAME: i32 = 1;
    pub const VALUE_NUMBER: i32 = 2;
    pub const VALUE_OPTIONS: i32 = 3;
    pub const SERVICE_NAME: i32 = 1;
    pub const SERVICE_METHOD: i32 = 2;
    pub const SERVICE_OPTIONS: i32 = 3;
    pub const METHOD_NAME: i32 = 1;
    pub const METHOD_INPUT: i32 = 2;
    pub const METHOD_OUTPUT: i32 = 3;
    pub const METHOD_OPTIONS: i32 = 4;
    pub const METHOD_CLIENT_STREAMING: i32 = 5;
    pub const METHOD_SERVER_STREAMING: i32 = 6;
    pub const UNINTERPRETED_OPTION: i32 = 999;
    pub const OPTION_NAME: i32 = 2;
    pub const OPTION_IDENTIFIER: i32 = 3;
    pub const OPTION_POSITIVE_INT: i32 = 4;
    pub const OPTION_NEGATIVE_INT: i32 = 5;
    pub const OPTION_DOUBLE: i32 = 6;
    pub const OPTION_STRING: i32 = 7;
    pub const OPTION_AGGREGATE: i32 = 8;
    pub const NAME_PART: i32 = 1;
}

/// protoc's limit on message nesting (`MaxMessageDeclarationNestingDepth`); also keeps the
/// recursion here far from the stack's end.
const MAX_NESTING: i32 = 32;

/// Editions protoc's parser knows by name (`Edition` in descriptor.proto, without `EDITION_`;
/// `PROTO2`, `PROTO3` and `UNKNOWN` are refused there as unknown). Which of them protoc
/// compiles is decided after parsing (`compile::editions`), as protoc's descriptor builder does.
const KNOWN_EDITIONS: &[&str] =
    &["LEGACY", "2023", "2024", "2026", "UNSTABLE", "1_TEST_ONLY", "2_TEST_ONLY", "99997_TEST_ONLY", "99998_TEST_ONLY", "99999_TEST_ONLY", "MAX"];

/// What the file declares about its dialect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    Proto2,
    Proto3,
    /// `edition = "..."`, the name as written (one of `KNOWN_EDITIONS`).
    Edition(String),
}

impl Syntax {
    fn is_editions(&self) -> bool {
        matches!(self, Syntax::Edition(_))
    }

    /// Edition 2024 or later (protoc compares edition numbers; 2023 and the legacy ones are below).
    fn is_2024_or_later(&self) -> bool {
        matches!(self, Syntax::Edition(e) if !matches!(e.as_str(), "LEGACY" | "2023" | "1_TEST_ONLY" | "2_TEST_ONLY"))
    }
}

/// `export` / `local` written before a message or enum (edition 2024), descriptor.proto's
/// `SymbolVisibility` numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Local = 1,
    Export = 2,
}

/// What the parser reads that `FileDescriptorProto` (prost-types, descriptor.proto before
/// editions) has no field for: the edition, `import option` files, and visibility keywords by
/// the source path of their message or enum.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditionsSyntax {
    /// The edition's name as written (`"2023"`), when the file starts with `edition = ...`.
    pub edition: Option<String>,
    /// 0-based line and protoc column of the `edition` keyword, where protoc reports an
    /// edition it cannot compile.
    pub edition_at: (u32, u32),
    pub option_dependencies: Vec<String>,
    pub visibility: Vec<(Vec<i32>, Visibility)>,
}

fn scalar_type(text: &[u8]) -> Option<Type> {
    Some(match text {
        b"double" => Type::Double,
        b"float" => Type::Float,
        b"uint64" => Type::Uint64,
        b"fixed64" => Type::Fixed64,
        b"fixed32" => Type::Fixed32,
        b"bool" => Type::Bool,
        b"string" => Type::String,
        b"group" => Type::Group,
        b"bytes" => Type::Bytes,
        b"uint32" => Type::Uint32,
        b"sfixed32" => Type::Sfixed32,
        b"sfixed64" => Type::Sfixed64,
        b"int32" => Type::Int32,
        b"int64" => Type::Int64,
        b"sint32" => Type::Sint32,
        b"sint64" => Type::Sint64,
        _ => return None,
    })
}

/// protoc's `Tokenizer::ParseInteger`: decimal, `0x` hex or leading-zero octal, at most `max`.
fn parse_integer(text: &[u8], max: u64) -> Option<u64> {
    let (digits, base) = match text {
        [b'0', b'x' | b'X', rest @ ..] => (rest, 16),
        [b'0', ..] => (text, 8),
        _ => (text, 10),
    };
    let mut value: u64 = 0;
    for &c in digits {
        let digit = (c as char).to_digit(36)? as u64;
        if digit >= base {
            return None;
        }
        value = value.checked_mul(base)?.checked_add(digit)?;
    }
    (value <= max).then_some(value)
}

/// protoc's `Tokenizer::TryParseFloat` on a token the tokenizer produced.
fn parse_float(text: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(text).ok()?;
    let mut t = text.to_string();
    if t.starts_with('.') {
        t.insert(0, '0');
    }
    t = t.replace(".e", ".0e").replace(".E", ".0E");
    if t.ends_with('.') {
        t.push('0');
    }
    t.parse().ok()
}

/// protoc's `Tokenizer::ParseStringAppend`: the bytes a string literal token stands for.
fn unescape(text: &[u8], out: &mut Vec<u8>) {
    let Some((&quote, body)) = text.split_first() else { return };
    let body = body.strip_suffix(&[quote]).unwrap_or(body);
    let hex = |c: u8| (c as char).to_digit(16);
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != b'\\' || i + 1 >= body.len() {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let e = body[i];
        match e {
            b'0'..=b'7' => {
                let mut code = u32::from(e - b'0');
                for _ in 0..2 {
                    match body.get(i + 1) {
                        Some(&d @ b'0'..=b'7') => {
                            code = code * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(code as u8);
            }
            b'x' | b'X' => {
                let mut code = 0;
                for _ in 0..2 {
                    match body.get(i + 1).and_then(|&d| hex(d)) {
                        Some(d) => {
                            code = code * 16 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push(code as u8);
            }
            b'u' | b'U' => {
                let len = if e == b'u' { 4 } else { 8 };
                let read = |at: usize, n: usize| -> Option<u32> {
                    let digits = body.get(at..at + n)?;
                    digits.iter().try_fold(0u32, |acc, &d| Some(acc.checked_mul(16)? + hex(d)?))
                };
                match read(i + 1, len) {
                    None => out.push(e),
                    Some(mut code) => {
                        i += len;
                        if (0xD800..0xDC00).contains(&code) && body.get(i + 1) == Some(&b'\\') && body.get(i + 2) == Some(&b'u') {
                            if let Some(trail) = read(i + 3, 4).filter(|t| (0xDC00..0xE000).contains(t)) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (trail - 0xDC00);
                                i += 6;
                            }
                        }
                        append_utf8(code, out);
                    }
                }
            }
            _ => out.push(match e {
                b'a' => 0x07,
                b'b' => 0x08,
                b'f' => 0x0c,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                b'v' => 0x0b,
                b'\\' => b'\\',
                b'?' => b'?',
                b'\'' => b'\'',
                b'"' => b'"',
                _ => b'?',
            }),
        }
        i += 1;
    }
}

/// UTF-8 bytes of a code point, surrogates included (as protoc writes them).
fn append_utf8(code: u32, out: &mut Vec<u8>) {
    match code {
        0..=0x7f => out.push(code as u8),
        0x80..=0x7ff => out.extend_from_slice(&[0xC0 | (code >> 6) as u8, 0x80 | (code & 0x3F) as u8]),
        0x800..=0xffff => out.extend_from_slice(&[
            0xE0 | (code >> 12) as u8,
            0x80 | ((code >> 6) & 0x3F) as u8,
            0x80 | (code & 0x3F) as u8,
        ]),
        0x10000..=0x1fffff => out.extend_from_slice(&[
            0xF0 | (code >> 18) as u8,
            0x80 | ((code >> 12) & 0x3F) as u8,
            0x80 | ((code >> 6) & 0x3F) as u8,
            0x80 | (code & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(format!("\\U{code:08x}").as_bytes()),
    }
}

/// protoc's `absl::CEscape`, for `bytes` defaults.
fn c_escape(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'"' => out.push_str("\\\""),
            b'\'' => out.push_str("\\'"),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out
}

/// `foo_bar` -> `FooBarEntry`, protoc's name for a map field's entry message.
fn map_entry_name(field: &str) -> String {
    let mut out = String::with_capacity(field.len() + 5);
    let mut upper_next = true;
    for c in field.chars() {
        if c == '_' {
            upper_next = true;
        } else if upper_next {
            out.push(c.to_ascii_uppercase());
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out.push_str("Entry");
    out
}

fn has_option(options: &[UninterpretedOption], name: &str) -> bool {
    options.iter().any(|o| o.name.len() == 1 && !o.name[0].is_extension && o.name[0].name_part == name && o.identifier_value() == "true")
}

#[derive(Default)]
struct MapTypes {
    key: (Option<Type>, String),
    value: (Option<Type>, String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OptionStyle {
    Statement,
    Assignment,
}

pub struct Parser<'a> {
    lex: Lexer<'a>,
    locs: Locations,
    upcoming_doc: String,
    upcoming_detached: Vec<String>,
    syntax: Syntax,
    depth: i32,
    file: &'a str,
    extra: EditionsSyntax,
    /// Set by an error after which nothing can be read reliably (an unterminated or nested
    /// block comment, too deep a nesting): the file's errors end there. The tokenizer's other
    /// errors go to `lex.errors` and reading goes on, as in protoc.
    fatal: bool,
}

type Result<T> = std::result::Result<T, ParseError>;

impl<'a> Parser<'a> {
    pub fn new(file: &'a str, src: &'a [u8]) -> Self {
        Parser {
            lex: Lexer::new(file, src),
            locs: Locations::default(),
            upcoming_doc: String::new(),
            upcoming_detached: Vec::new(),
            syntax: Syntax::Proto2,
            depth: MAX_NESTING,
            file,
            extra: EditionsSyntax::default(),
            fatal: false,
        }
    }

    // ---- token helpers -------------------------------------------------------------------

    fn cur(&self) -> &Token<'a> {
        &self.lex.current
    }

    fn looking_at(&self, text: &str) -> bool {
        self.lex.current.is(text)
    }

    fn looking_at_kind(&self, kind: Kind) -> bool {
        self.lex.current.kind == kind
    }

    fn at_end(&self) -> bool {
        self.looking_at_kind(Kind::End)
    }

    fn error(&self, message: impl Into<String>) -> ParseError {
        self.error_at_token(&self.lex.current.clone(), message)
    }

    fn error_at_token(&self, token: &Token, message: impl Into<String>) -> ParseError {
        ParseError::new(self.file, token.line, token.column, message)
    }

    fn next(&mut self) -> Result<()> {
        let next = self.lex.next().map(|_| ());
        self.fatal |= next.is_err();
        next
    }

    /// An error that ends the file's errors (see `fatal`).
    fn fatal_error(&mut self, message: &str) -> ParseError {
        self.fatal = true;
        self.error(message)
    }

    /// After a statement failed with `err`: records it and skips the rest of the statement as
    /// protoc's `SkipStatement` does (to a `;`, past a `{ ... }` block, or up to a `}`), so the
    /// next statement is parsed; a fatal error is handed back instead.
    fn recover(&mut self, err: ParseError) -> Result<()> {
        if self.fatal {
            return Err(err);
        }
        self.lex.errors.push(err);
        loop {
            if self.at_end() {
                return Ok(());
            }
            if self.looking_at_kind(Kind::Symbol) {
                if self.try_consume_end_of_declaration(";", None)? {
                    return Ok(());
                }
                if self.try_consume("{")? {
                    return self.skip_rest_of_block();
                }
                if self.looking_at("}") {
                    return Ok(());
                }
            }
            self.next()?;
        }
    }

    /// protoc's `SkipRestOfBlock`: up to the `}` closing the block just opened (a counter, not
    /// recursion, so deep nesting cannot exhaust the stack).
    fn skip_rest_of_block(&mut self) -> Result<()> {
        let mut open = 1usize;
        loop {
            if self.at_end() {
                return Ok(());
            }
            if self.looking_at_kind(Kind::Symbol) {
                if self.try_consume_end_of_declaration("}", None)? {
                    open -= 1;
                    if open == 0 {
                        return Ok(());
                    }
                    continue;
                }
                if self.try_consume("{")? {
                    open += 1;
                    continue;
                }
            }
            self.next()?;
        }
    }

    fn try_consume(&mut self, text: &str) -> Result<bool> {
        if self.looking_at(text) {
            self.next()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn consume(&mut self, text: &str) -> Result<()> {
        self.consume_or(text, &format!("Expected \"{text}\"."))
    }

    fn consume_or(&mut self, text: &str, error: &str) -> Result<()> {
        if self.try_consume(text)? {
            Ok(())
        } else {
            Err(self.error(error))
        }
    }

    fn consume_identifier(&mut self, error: &str) -> Result<String> {
        if self.looking_at_kind(Kind::Identifier) {
            let text = self.cur().text();
            self.next()?;
            Ok(text)
        } else {
            Err(self.error(error))
        }
    }

    fn consume_integer64(&mut self, max: u64, error: &str) -> Result<u64> {
        if !self.looking_at_kind(Kind::Integer) {
            return Err(self.error(error));
        }
        let Some(value) = parse_integer(self.cur().text, max) else {
            return Err(self.error("Integer out of range."));
        };
        self.next()?;
        Ok(value)
    }

    fn consume_integer(&mut self, error: &str) -> Result<i32> {
        Ok(self.consume_integer64(i32::MAX as u64, error)? as i32)
    }

    fn consume_signed_integer(&mut self, error: &str) -> Result<i32> {
        let negative = self.try_consume("-")?;
        let max = i32::MAX as u64 + u64::from(negative);
        let value = self.consume_integer64(max, error)?;
        Ok(if negative { value.wrapping_neg() as i32 } else { value as i32 })
    }

    fn consume_number(&mut self, error: &str) -> Result<f64> {
        let token = self.cur().clone();
        let value = match token.kind {
            Kind::Float => parse_float(token.text).unwrap_or(0.0),
            Kind::Integer => match parse_integer(token.text, u64::MAX) {
                Some(v) => v as f64,
                None if token.text.first() == Some(&b'0') => return Err(self.error("Integer out of range.")),
                None => match parse_float(token.text) {
                    Some(v) => v,
                    None => return Err(self.error("Integer out of range.")),
                },
            },
            _ if token.is("inf") => f64::INFINITY,
            _ if token.is("nan") => f64::NAN,
            _ => return Err(self.error(error)),
        };
        self.next()?;
        Ok(value)
    }

    /// One string literal or several adjacent ones, concatenated (as bytes).
    fn consume_string_bytes(&mut self, error: &str) -> Result<Vec<u8>> {
        if !self.looking_at_kind(Kind::String) {
            return Err(self.error(error));
        }
        let mut out = Vec::new();
        while self.looking_at_kind(Kind::String) {
            unescape(self.cur().text, &mut out);
            self.next()?;
        }
        Ok(out)
    }

    /// A string literal where descriptor.proto holds a `string`: it must be UTF-8.
    fn consume_string(&mut self, error: &str) -> Result<String> {
        let token = self.cur().clone();
        let bytes = self.consume_string_bytes(error)?;
        String::from_utf8(bytes).map_err(|_| self.error_at_token(&token, "String literal is not valid UTF-8."))
    }

    fn try_consume_end_of_declaration(&mut self, text: &str, location: Option<LocId>) -> Result<bool> {
        if !self.looking_at(text) {
            return Ok(false);
        }
        let next = self.lex.next_with_comments();
        self.fatal |= next.is_err();
        let (_, comments) = next?;
        // This declaration gets the comments read before it; the new leading ones wait for the next.
        let leading = std::mem::replace(&mut self.upcoming_doc, comments.leading);
        match location {
            Some(id) => {
                let detached = std::mem::replace(&mut self.upcoming_detached, comments.detached);
                self.locs.attach_comments(id, leading, comments.trailing, detached);
            }
            None if text == "}" => self.upcoming_detached = comments.detached,
            None => self.upcoming_detached.extend(comments.detached),
        }
        Ok(true)
    }

    fn consume_end_of_declaration(&mut self, text: &str, location: Option<LocId>) -> Result<()> {
        if self.try_consume_end_of_declaration(text, location)? {
            Ok(())
        } else {
            Err(self.error(format!("Expected \"{text}\".")))
        }
    }

    fn open(&mut self, parent: LocId, more: &[i32]) -> LocId {
        let at = self.lex.current.clone();
        self.locs.child(parent, more, &at)
    }

    fn close(&mut self, id: LocId) {
        let previous = self.lex.previous.clone();
        self.locs.close(id, &previous);
    }

    // ---- file ----------------------------------------------------------------------------

    /// The file's descriptor, or every error protoc's parser reports for it (the first one
    /// carries the others in `further`).
    pub fn parse_file(mut self, name: &str) -> Result<(FileDescriptorProto, EditionsSyntax)> {
        let result = self.parse_statements(name);
        let mut errors = std::mem::take(&mut self.lex.errors);
        match result {
            Ok(file) if errors.is_empty() => return Ok((file, std::mem::take(&mut self.extra))),
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
        let mut first = errors.remove(0);
        first.further = errors;
        Err(first)
    }

    fn parse_statements(&mut self, name: &str) -> Result<FileDescriptorProto> {
        let mut file = FileDescriptorProto { name: Some(name.to_string()), ..Default::default() };
        let (_, comments) = self.lex.next_with_comments()?;
        self.upcoming_detached = comments.detached;
        self.upcoming_doc = comments.leading;

        let at = self.lex.current.clone();
        let root = self.locs.open(Vec::new(), &at);
        if self.looking_at("syntax") || self.looking_at("edition") {
            self.parse_syntax(root)?;
            // protoc's parser also records "proto2", but the descriptor it hands on (`CopyTo`)
            // names only proto3; the pool keeps what it is given, so proto2 stays unnamed.
            if self.syntax == Syntax::Proto3 {
                file.syntax = Some("proto3".into());
            }
            if let Syntax::Edition(edition) = &self.syntax {
                file.syntax = Some("editions".into());
                self.extra.edition = Some(edition.clone());
            }
        }
        let mut file_options = None;
        while !self.at_end() {
            if let Err(err) = self.parse_top_level(&mut file, &mut file_options, root) {
                self.recover(err)?;
                if self.looking_at("}") {
                    self.lex.errors.push(self.error("Unmatched \"}\"."));
                    self.next()?;
                }
            }
        }
        self.close(root);
        file.options = file_options.map(|o| FileOptions { uninterpreted_option: o, ..Default::default() });
        file.source_code_info = Some(SourceCodeInfo { location: std::mem::take(&mut self.locs.list) });
        Ok(file)
    }

    fn parse_syntax(&mut self, root: LocId) -> Result<()> {
        let location = self.open(root, &[tag::FILE_SYNTAX]);
        let keyword = self.cur().clone();
        let is_edition = self.try_consume("edition")?;
        if !is_edition {
            self.consume_or("syntax", "File must begin with an edition or syntax statement, e.g. 'edition = \"2023\";'.")?;
        }
        self.consume("=")?;
        let value_token = self.cur().clone();
        let value = self.consume_string("Expected syntax identifier.")?;
        self.consume_end_of_declaration(";", Some(location))?;
        self.close(location);
        if is_edition {
            if !KNOWN_EDITIONS.contains(&value.as_str()) {
                return Err(self.error_at_token(&value_token, format!("Unknown edition \"{value}\".")));
            }
            self.syntax = Syntax::Edition(value);
            self.extra.edition_at = (keyword.line, keyword.column);
            return Ok(());
        }
        self.syntax = match value.as_str() {
            "proto2" => Syntax::Proto2,
            "proto3" => Syntax::Proto3,
            _ => {
                return Err(self.error_at_token(
                    &value_token,
                    format!("Unrecognized syntax identifier \"{value}\".  This parser only recognizes \"proto2\" and \"proto3\"."),
                ))
            }
        };
        Ok(())
    }

    fn parse_top_level(
        &mut self,
        file: &mut FileDescriptorProto,
        options: &mut Option<Vec<UninterpretedOption>>,
        root: LocId,
    ) -> Result<()> {
        self.depth = MAX_NESTING;
        if self.try_consume_end_of_declaration(";", None)? {
            return Ok(());
        }
        let visibility = self.parse_visibility()?;
        if self.looking_at("message") {
            let location = self.open(root, &[tag::FILE_MESSAGE, file.message_type.len() as i32]);
            self.record_visibility(visibility, location);
            let message = self.parse_message_definition(location)?;
            file.message_type.push(message);
            self.close(location);
        } else if self.looking_at("enum") {
            let location = self.open(root, &[tag::FILE_ENUM, file.enum_type.len() as i32]);
            self.record_visibility(visibility, location);
            let e = self.parse_enum_definition(location)?;
            file.enum_type.push(e);
            self.close(location);
        } else if self.looking_at("service") {
            let location = self.open(root, &[tag::FILE_SERVICE, file.service.len() as i32]);
            let service = self.parse_service(location)?;
            file.service.push(service);
            self.close(location);
        } else if self.looking_at("extend") {
            let location = self.open(root, &[tag::FILE_EXTENSION]);
            self.parse_extend(&mut file.extension, &mut file.message_type, root, tag::FILE_MESSAGE, location)?;
            self.close(location);
        } else if self.looking_at("import") {
            self.parse_import(file, root)?;
        } else if self.looking_at("package") {
            self.parse_package(file, root)?;
        } else if self.looking_at("option") {
            let location = self.open(root, &[tag::FILE_OPTIONS]);
            self.parse_option(options.get_or_insert_with(Vec::new), location, OptionStyle::Statement)?;
            self.close(location);
        } else {
            return Err(self.error("Expected top-level statement (e.g. \"message\")."));
        }
        Ok(())
    }

    /// protoc's `ParseVisibility`: `export` / `local` before a message or enum, from edition
    /// 2024 on (before it the words are left to be read as whatever follows makes them).
    fn parse_visibility(&mut self) -> Result<Option<Visibility>> {
        if !self.syntax.is_2024_or_later() {
            return Ok(None);
        }
        let visibility = if self.try_consume("export")? {
            Visibility::Export
        } else if self.try_consume("local")? {
            Visibility::Local
        } else {
            return Ok(None);
        };
        if !self.looking_at("message") && !self.looking_at("enum") {
            return Err(self.error("'local' and 'export' visibility modifiers are valid only on 'message' and 'enum'"));
        }
        Ok(Some(visibility))
    }

    fn record_visibility(&mut self, visibility: Option<Visibility>, location: LocId) {
        if let Some(visibility) = visibility {
            self.extra.visibility.push((self.locs.list[location].path.clone(), visibility));
        }
    }

    fn parse_package(&mut self, file: &mut FileDescriptorProto, root: LocId) -> Result<()> {
        if file.package.is_some() {
            return Err(self.error("Multiple package definitions."));
        }
        let location = self.open(root, &[tag::FILE_PACKAGE]);
        self.consume("package")?;
        let mut package = String::new();
        loop {
            package.push_str(&self.consume_identifier("Expected identifier.")?);
            if !self.try_consume(".")? {
                break;
            }
            package.push('.');
        }
        file.package = Some(package);
        self.consume_end_of_declaration(";", Some(location))?;
        self.close(location);
        Ok(())
    }

    fn parse_import(&mut self, file: &mut FileDescriptorProto, root: LocId) -> Result<()> {
        let start = self.cur().clone();
        self.consume("import")?;
        if self.looking_at("option") {
            if !self.syntax.is_2024_or_later() {
                return Err(self.error("option import is not supported before edition 2024."));
            }
            // Recorded apart (descriptor.proto's `option_dependency`, field 15); the file is
            // loaded for its options like any import.
            let location = self.open(root, &[tag::FILE_OPTION_DEPENDENCY, self.extra.option_dependencies.len() as i32]);
            self.locs.start_at(location, &start);
            self.consume("option")?;
            let name = self.consume_string("Expected a string naming the file to import.")?;
            self.extra.option_dependencies.push(name);
            self.consume_end_of_declaration(";", Some(location))?;
            self.close(location);
            return Ok(());
        }
        if !self.extra.option_dependencies.is_empty() {
            return Err(self.error("imports should precede any option imports to ensure proto files can roundtrip."));
        }
        let location = self.open(root, &[tag::FILE_DEPENDENCY, file.dependency.len() as i32]);
        self.locs.start_at(location, &start);
        if self.looking_at("public") {
            let public = self.open(root, &[tag::FILE_PUBLIC_DEPENDENCY, file.public_dependency.len() as i32]);
            self.consume("public")?;
            self.close(public);
            file.public_dependency.push(file.dependency.len() as i32);
        } else if self.looking_at("weak") {
            if self.syntax.is_2024_or_later() {
                return Err(self.error("weak import is not supported in edition 2024 and above. Consider using option import instead."));
            }
            let weak = self.open(root, &[tag::FILE_WEAK_DEPENDENCY, file.weak_dependency.len() as i32]);
            self.consume("weak")?;
            self.close(weak);
            file.weak_dependency.push(file.dependency.len() as i32);
        }
        let name = self.consume_string("Expected a string naming the file to import.")?;
        file.dependency.push(name);
        self.consume_end_of_declaration(";", Some(location))?;
        self.close(location);
        Ok(())
    }

    // ---- options -------------------------------------------------------------------------

    fn parse_option(&mut self, options: &mut Vec<UninterpretedOption>, options_location: LocId, style: OptionStyle) -> Result<()> {
        let location = self.open(options_location, &[tag::UNINTERPRETED_OPTION, options.len() as i32]);
        if style == OptionStyle::Statement {
            self.consume("option")?;
        }
        let mut option = UninterpretedOption::default();
        let name_location = self.open(location, &[tag::OPTION_NAME]);
        let part = self.open(name_location, &[0]);
        self.parse_option_name_part(&mut option, part)?;
        self.close(part);
        while self.looking_at(".") {
            self.consume(".")?;
            let part = self.open(name_location, &[option.name.len() as i32]);
            self.parse_option_name_part(&mut option, part)?;
            self.close(part);
        }
        self.close(name_location);
        self.consume("=")?;

        let value_location = self.open(location, &[]);
        let negative = self.try_consume("-")?;
        match self.cur().kind {
            Kind::End => return Err(self.error("Unexpected end of stream while parsing option value.")),
            Kind::Identifier => {
                self.locs.add_path(value_location, tag::OPTION_IDENTIFIER);
                let value = self.consume_identifier("Expected identifier.")?;
                if negative {
                    option.double_value = Some(match value.as_str() {
                        "inf" => f64::NEG_INFINITY,
                        "nan" => f64::NAN,
                        _ => return Err(self.error("Identifier after '-' symbol must be inf or nan.")),
                    });
                } else {
                    option.identifier_value = Some(value);
                }
            }
            Kind::Integer | Kind::Float => {
                let max = if negative { i64::MAX as u64 + 1 } else { u64::MAX };
                let integer = match self.cur().kind {
                    Kind::Integer => parse_integer(self.cur().text, max),
                    _ => None,
                };
                match integer {
                    Some(value) => {
                        self.next()?;
                        if negative {
                            self.locs.add_path(value_location, tag::OPTION_NEGATIVE_INT);
                            option.negative_int_value = Some(0i64.wrapping_sub(value as i64));
                        } else {
                            self.locs.add_path(value_location, tag::OPTION_POSITIVE_INT);
                            option.positive_int_value = Some(value);
                        }
                    }
                    None => {
                        // Too large for an integer: read as a floating-point number.
                        self.locs.add_path(value_location, tag::OPTION_DOUBLE);
                        let value = self.consume_number("Expected number.")?;
                        option.double_value = Some(if negative { -value } else { value });
                    }
                }
            }
            Kind::String => {
                self.locs.add_path(value_location, tag::OPTION_STRING);
                if negative {
                    return Err(self.error("Invalid '-' symbol before string."));
                }
                option.string_value = Some(self.consume_string_bytes("Expected string.")?);
            }
            _ => {
                if self.looking_at("{") {
                    self.locs.add_path(value_location, tag::OPTION_AGGREGATE);
                    option.aggregate_value = Some(self.parse_aggregate()?);
                } else {
                    return Err(self.error("Expected option value."));
                }
            }
        }
        self.close(value_location);
        options.push(option);
        if style == OptionStyle::Statement {
            self.consume_end_of_declaration(";", Some(location))?;
        }
        self.close(location);
        Ok(())
    }

    fn parse_option_name_part(&mut self, option: &mut UninterpretedOption, part: LocId) -> Result<()> {
        let mut name = String::new();
        if self.looking_at("(") {
            self.consume("(")?;
            let location = self.open(part, &[tag::NAME_PART]);
            if self.looking_at_kind(Kind::Identifier) {
                name.push_str(&self.consume_identifier("Expected identifier.")?);
            }
            while self.looking_at(".") {
                self.consume(".")?;
                name.push('.');
                name.push_str(&self.consume_identifier("Expected identifier.")?);
            }
            self.close(location);
            self.consume(")")?;
            option.name.push(NamePart { name_part: name, is_extension: true });
        } else {
            let location = self.open(part, &[tag::NAME_PART]);
            name.push_str(&self.consume_identifier("Expected identifier.")?);
            self.close(location);
            option.name.push(NamePart { name_part: name, is_extension: false });
        }
        Ok(())
    }

    /// The text between `{` and `}` of an aggregate option value, tokens re-spaced to their
    /// original lines and columns with comments dropped (protoc's `ParseUninterpretedBlock`).
    fn parse_aggregate(&mut self) -> Result<String> {
        let mut value: Vec<u8> = Vec::new();
        let mut depth = 1;
        self.lex.set_report_whitespace(true);
        let result = (|| -> Result<()> {
            self.next()?;
            while !self.at_end() {
                if self.looking_at("{") {
                    depth += 1;
                } else if self.looking_at("}") {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                let (cur, prev) = (&self.lex.current, &self.lex.previous);
                let prev_end_line = if prev.kind == Kind::Newline { prev.line + 1 } else { prev.line };
                if cur.line > prev_end_line {
                    value.extend(std::iter::repeat_n(b'\n', (cur.line - prev_end_line) as usize));
                    value.extend(std::iter::repeat_n(b' ', cur.column as usize));
                } else if cur.line == prev_end_line && cur.column > prev.end_column {
                    value.extend(std::iter::repeat_n(b' ', (cur.column - prev.end_column) as usize));
                }
                value.extend_from_slice(cur.text);
                self.next()?;
            }
            Ok(())
        })();
        self.lex.set_report_whitespace(false);
        result?;
        if depth != 0 {
            return Err(self.error("Unexpected end of stream while parsing aggregate value."));
        }
        self.next()?;
        Ok(String::from_utf8_lossy(&value).into_owned())
    }

    // ---- messages ------------------------------------------------------------------------

    fn parse_message_definition(&mut self, location: LocId) -> Result<DescriptorProto> {
        self.depth -= 1;
        if self.depth <= 0 {
            return Err(self.fatal_error("Reached maximum recursion limit for nested messages."));
        }
        self.consume("message")?;
        let mut message = DescriptorProto::default();
        let name = self.open(location, &[tag::MESSAGE_NAME]);
        message.name = Some(self.consume_identifier("Expected message name.")?);
        self.close(name);
        self.parse_message_block(&mut message, location)?;
        if self.syntax == Syntax::Proto3 {
            synthetic_oneofs(&mut message);
        }
        self.depth += 1;
        Ok(message)
    }

    fn parse_message_block(&mut self, message: &mut DescriptorProto, location: LocId) -> Result<()> {
        self.consume_end_of_declaration("{", Some(location))?;
        let mut options: Option<Vec<UninterpretedOption>> = message.options.take().map(|o| o.uninterpreted_option);
        while !self.try_consume_end_of_declaration("}", None)? {
            if self.at_end() {
                return Err(self.error("Reached end of input in message definition (missing '}')."));
            }
            if let Err(err) = self.parse_message_statement(message, &mut options, location) {
                self.recover(err)?;
            }
        }
        if let Some(options) = &options {
            if let Some(option) = options.iter().find(|o| !o.name.is_empty() && !o.name[0].is_extension && o.name[0].name_part == "map_entry") {
                let _ = option;
                return Err(self.error("map_entry should not be set explicitly. Use map<KeyType, ValueType> instead."));
            }
        }
        let is_message_set = options.as_deref().is_some_and(|o| has_option(o, "message_set_wire_format"));
        let max = if is_message_set { i32::MAX } else { 536_870_911 + 1 };
        for range in &mut message.extension_range {
            if range.end == Some(-1) {
                range.end = Some(max);
            }
        }
        for range in &mut message.reserved_range {
            if range.end == Some(-1) {
                range.end = Some(max);
            }
        }
        message.options = options.map(|o| MessageOptions { uninterpreted_option: o, ..Default::default() });
        Ok(())
    }

    fn parse_message_statement(
        &mut self,
        message: &mut DescriptorProto,
        options: &mut Option<Vec<UninterpretedOption>>,
        location: LocId,
    ) -> Result<()> {
        if self.try_consume_end_of_declaration(";", None)? {
            return Ok(());
        }
        let visibility = self.parse_visibility()?;
        if self.looking_at("message") {
            let loc = self.open(location, &[tag::MESSAGE_NESTED, message.nested_type.len() as i32]);
            self.record_visibility(visibility, loc);
            let nested = self.parse_message_definition(loc)?;
            message.nested_type.push(nested);
            self.close(loc);
        } else if self.looking_at("enum") {
            let loc = self.open(location, &[tag::MESSAGE_ENUM, message.enum_type.len() as i32]);
            self.record_visibility(visibility, loc);
            let e = self.parse_enum_definition(loc)?;
            message.enum_type.push(e);
            self.close(loc);
        } else if self.looking_at("extensions") {
            let loc = self.open(location, &[tag::MESSAGE_EXTENSION_RANGE]);
            self.parse_extensions(message, loc)?;
            self.close(loc);
        } else if self.looking_at("reserved") {
            self.parse_message_reserved(message, location)?;
        } else if self.looking_at("extend") {
            let loc = self.open(location, &[tag::MESSAGE_EXTENSION]);
            self.parse_extend(&mut message.extension, &mut message.nested_type, location, tag::MESSAGE_NESTED, loc)?;
            self.close(loc);
        } else if self.looking_at("option") {
            let loc = self.open(location, &[tag::MESSAGE_OPTIONS]);
            self.parse_option(options.get_or_insert_with(Vec::new), loc, OptionStyle::Statement)?;
            self.close(loc);
        } else if self.looking_at("oneof") {
            let index = message.oneof_decl.len() as i32;
            let loc = self.open(location, &[tag::MESSAGE_ONEOF, index]);
            message.oneof_decl.push(OneofDescriptorProto::default());
            self.parse_oneof(message, index, loc, location)?;
            self.close(loc);
        } else {
            let loc = self.open(location, &[tag::MESSAGE_FIELD, message.field.len() as i32]);
            let field = self.parse_message_field(FieldDescriptorProto::default(), &mut message.nested_type, location, tag::MESSAGE_NESTED, loc)?;
            message.field.push(field);
            self.close(loc);
        }
        Ok(())
    }

    fn parse_message_field(
        &mut self,
        mut field: FieldDescriptorProto,
        messages: &mut Vec<DescriptorProto>,
        parent: LocId,
        nested_tag: i32,
        location: LocId,
    ) -> Result<FieldDescriptorProto> {
        if self.looking_at("optional") || self.looking_at("repeated") || self.looking_at("required") {
            if self.syntax.is_editions() && self.looking_at("optional") {
                return Err(self.error("Label \"optional\" is not supported in editions. By default, all singular fields have presence unless features.field_presence is set."));
            }
            if self.syntax.is_editions() && self.looking_at("required") {
                return Err(self.error("Label \"required\" is not supported in editions, use features.field_presence = LEGACY_REQUIRED."));
            }
            let label_location = self.open(location, &[tag::FIELD_LABEL]);
            let label = if self.try_consume("optional")? {
                Label::Optional
            } else if self.try_consume("repeated")? {
                Label::Repeated
            } else {
                self.consume("required")?;
                Label::Required
            };
            self.close(label_location);
            field.set_label(label);
            if label == Label::Optional && self.syntax == Syntax::Proto3 {
                field.proto3_optional = Some(true);
            }
        }
        self.parse_message_field_no_label(field, messages, parent, nested_tag, location)
    }

    fn parse_message_field_no_label(
        &mut self,
        mut field: FieldDescriptorProto,
        messages: &mut Vec<DescriptorProto>,
        parent: LocId,
        nested_tag: i32,
        location: LocId,
    ) -> Result<FieldDescriptorProto> {
        let mut map: Option<MapTypes> = None;
        {
            let type_location = self.open(location, &[]);
            let mut type_name = String::new();
            let mut ty = None;
            let mut type_parsed = false;
            if self.try_consume("map")? {
                if self.looking_at("<") {
                    map = Some(self.parse_map_type(&mut field)?);
                    self.locs.add_path(type_location, tag::FIELD_TYPE_NAME);
                } else {
                    type_parsed = true;
                    type_name = "map".into();
                }
            }
            if map.is_none() {
                if field.label.is_none() && (self.syntax == Syntax::Proto3 || self.syntax.is_editions()) {
                    field.set_label(Label::Optional);
                }
                if field.label.is_none() {
                    return Err(self.error("Expected \"required\", \"optional\", or \"repeated\"."));
                }
                if !type_parsed {
                    (ty, type_name) = self.parse_type()?;
                }
                match ty {
                    Some(ty) if type_name.is_empty() => {
                        self.locs.add_path(type_location, tag::FIELD_TYPE);
                        field.set_type(ty);
                    }
                    _ => {
                        self.locs.add_path(type_location, tag::FIELD_TYPE_NAME);
                        field.type_name = Some(type_name);
                    }
                }
            }
            self.close(type_location);
        }

        let name_token = self.cur().clone();
        let name_location = self.open(location, &[tag::FIELD_NAME]);
        field.name = Some(self.consume_identifier("Expected field name.")?);
        self.close(name_location);
        self.consume_or("=", "Missing field number.")?;
        let number_location = self.open(location, &[tag::FIELD_NUMBER]);
        field.number = Some(self.consume_integer("Expected field number.")?);
        self.close(number_location);

        self.parse_field_options(&mut field, location)?;

        if field.r#type == Some(Type::Group as i32) {
            // A group declares a message and a field at once; their locations overlap.
            let group_location = self.open(parent, &[]);
            self.locs.start_at_location(group_location, location);
            self.locs.add_path(group_location, nested_tag);
            self.locs.add_path(group_location, messages.len() as i32);
            let mut group = DescriptorProto { name: field.name.clone(), ..Default::default() };
            let group_name = self.open(group_location, &[tag::MESSAGE_NAME]);
            self.locs.start_at(group_name, &name_token);
            self.locs.end_at(group_name, &name_token);
            let type_name = self.open(location, &[tag::FIELD_TYPE_NAME]);
            self.locs.start_at(type_name, &name_token);
            self.locs.end_at(type_name, &name_token);
            let name = field.name().to_string();
            if !name.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
                return Err(self.error_at_token(&name_token, "Group names must start with a capital letter."));
            }
            field.name = Some(name.to_ascii_lowercase());
            field.type_name = Some(name);
            if !self.looking_at("{") {
                return Err(self.error("Missing group body."));
            }
            self.depth -= 1;
            if self.depth <= 0 {
                return Err(self.fatal_error("Reached maximum recursion limit for nested messages."));
            }
            // The group's message sits before the field's later siblings: reserve its slot now.
            let slot = messages.len();
            messages.push(DescriptorProto::default());
            self.parse_message_block(&mut group, group_location)?;
            self.depth += 1;
            messages[slot] = group;
            self.close(group_location);
        } else {
            self.consume_end_of_declaration(";", Some(location))?;
        }

        if let Some(map) = map {
            messages.push(map_entry(&mut field, map));
        }
        Ok(field)
    }

    fn parse_map_type(&mut self, field: &mut FieldDescriptorProto) -> Result<MapTypes> {
        if field.oneof_index.is_some() {
            return Err(self.error("Map fields are not allowed in oneofs."));
        }
        if field.label.is_some() {
            return Err(self.error("Field labels (required/optional/repeated) are not allowed on map fields."));
        }
        if field.extendee.is_some() {
            return Err(self.error("Map fields are not allowed to be extensions."));
        }
        field.set_label(Label::Repeated);
        self.consume("<")?;
        let key = self.parse_type()?;
        self.consume(",")?;
        let value = self.parse_type()?;
        self.consume(">")?;
        Ok(MapTypes { key, value })
    }

    /// A scalar type or a (possibly qualified) type name.
    fn parse_type(&mut self) -> Result<(Option<Type>, String)> {
        if let Some(ty) = scalar_type(self.cur().text) {
            if ty == Type::Group && self.syntax.is_editions() {
                return Err(self.error("Group syntax is no longer supported in editions. To get group behavior you can specify features.message_encoding = DELIMITED on a message field."));
            }
            self.next()?;
            return Ok((Some(ty), String::new()));
        }
        Ok((None, self.parse_user_defined_type()?))
    }

    fn parse_user_defined_type(&mut self) -> Result<String> {
        if scalar_type(self.cur().text).is_some() {
            return Err(self.error("Expected message type."));
        }
        let mut name = String::new();
        if self.try_consume(".")? {
            name.push('.');
        }
        name.push_str(&self.consume_identifier("Expected type name.")?);
        while self.try_consume(".")? {
            name.push('.');
            name.push_str(&self.consume_identifier("Expected identifier.")?);
        }
        Ok(name)
    }

    fn parse_field_options(&mut self, field: &mut FieldDescriptorProto, field_location: LocId) -> Result<()> {
        if !self.looking_at("[") {
            return Ok(());
        }
        let location = self.open(field_location, &[tag::FIELD_OPTIONS]);
        self.consume("[")?;
        let mut options: Option<Vec<UninterpretedOption>> = None;
        loop {
            if self.looking_at("default") {
                self.parse_default(field, field_location)?;
            } else if self.looking_at("json_name") {
                if field.json_name.is_some() {
                    return Err(self.error("Already set option \"json_name\"."));
                }
                let json = self.open(field_location, &[tag::FIELD_JSON_NAME]);
                self.consume("json_name")?;
                self.consume("=")?;
                let value = self.open(json, &[]);
                field.json_name = Some(self.consume_string("Expected string for JSON name.")?);
                self.close(value);
                self.close(json);
            } else {
                self.parse_option(options.get_or_insert_with(Vec::new), location, OptionStyle::Assignment)?;
            }
            if !self.try_consume(",")? {
                break;
            }
        }
        self.consume("]")?;
        self.close(location);
        if let Some(options) = options {
            field.options = Some(FieldOptions { uninterpreted_option: options, ..Default::default() });
        }
        Ok(())
    }

    fn parse_default(&mut self, field: &mut FieldDescriptorProto, field_location: LocId) -> Result<()> {
        if field.default_value.is_some() {
            return Err(self.error("Already set option \"default\"."));
        }
        self.consume("default")?;
        self.consume("=")?;
        let location = self.open(field_location, &[tag::FIELD_DEFAULT]);
        let Some(ty) = field.r#type.and_then(|t| Type::try_from(t).ok()) else {
            // A named type: enum or message is decided later, so the token is taken as written.
            field.default_value = Some(self.cur().text());
            self.next()?;
            self.close(location);
            return Ok(());
        };
        let mut value = String::new();
        match ty {
            Type::Int32 | Type::Int64 | Type::Sint32 | Type::Sint64 | Type::Sfixed32 | Type::Sfixed64 => {
                let mut max = if matches!(ty, Type::Int32 | Type::Sint32 | Type::Sfixed32) { i32::MAX as u64 } else { i64::MAX as u64 };
                if self.try_consume("-")? {
                    value.push('-');
                    max += 1;
                }
                let n = self.consume_integer64(max, "Expected integer for field default value.")?;
                value.push_str(&n.to_string());
            }
            Type::Uint32 | Type::Uint64 | Type::Fixed32 | Type::Fixed64 => {
                let max = if matches!(ty, Type::Uint32 | Type::Fixed32) { u32::MAX as u64 } else { u64::MAX };
                if self.looking_at("-") {
                    return Err(self.error("Unsigned field can't have negative default value."));
                }
                let n = self.consume_integer64(max, "Expected integer for field default value.")?;
                value.push_str(&n.to_string());
            }
            Type::Float | Type::Double => {
                if self.try_consume("-")? {
                    value.push('-');
                }
                let n = self.consume_number("Expected number.")?;
                value.push_str(&crate::cfloat::simple_dtoa(n));
            }
            Type::Bool => {
                if self.try_consume("true")? {
                    value.push_str("true");
                } else if self.try_consume("false")? {
                    value.push_str("false");
                } else {
                    return Err(self.error("Expected \"true\" or \"false\"."));
                }
            }
            Type::String => value = self.consume_string("Expected string for field default value.")?,
            Type::Bytes => value = c_escape(&self.consume_string_bytes("Expected string.")?),
            Type::Enum => value = self.consume_identifier("Expected enum identifier for field default value.")?,
            Type::Message | Type::Group => return Err(self.error("Messages can't have default values.")),
        }
        field.default_value = Some(value);
        self.close(location);
        Ok(())
    }

    fn parse_extensions(&mut self, message: &mut DescriptorProto, extensions_location: LocId) -> Result<()> {
        self.consume("extensions")?;
        let first_new = message.extension_range.len();
        loop {
            let location = self.open(extensions_location, &[message.extension_range.len() as i32]);
            let (start, end) = self.parse_range(location, false)?;
            message.extension_range.push(ExtensionRange { start: Some(start), end: Some(end), options: None });
            self.close(location);
            if !self.try_consume(",")? {
                break;
            }
        }
        if self.looking_at("[") {
            // Options written once apply to every range of the statement; protoc records their
            // locations once per range.
            let range_index_at = self.locs.path_len(extensions_location);
            let mark = self.locs.list.len();
            let index_location = self.open(extensions_location, &[0]);
            let location = self.open(index_location, &[tag::EXTENSION_RANGE_OPTIONS]);
            self.consume("[")?;
            let mut options = Vec::new();
            loop {
                self.parse_option(&mut options, location, OptionStyle::Assignment)?;
                if !self.try_consume(",")? {
                    break;
                }
            }
            self.consume("]")?;
            self.close(location);
            self.close(index_location);
            let recorded: Vec<_> = self.locs.list.drain(mark..).collect();
            let options = ExtensionRangeOptions { uninterpreted_option: options, ..Default::default() };
            for (i, range) in message.extension_range.iter_mut().enumerate().skip(first_new) {
                range.options = Some(options.clone());
                for loc in &recorded {
                    if loc.path.len() == range_index_at + 1 {
                        continue;
                    }
                    let mut loc = loc.clone();
                    loc.path[range_index_at] = i as i32;
                    self.locs.list.push(loc);
                }
            }
        }
        self.consume_end_of_declaration(";", Some(extensions_location))?;
        Ok(())
    }

    /// `N`, `N to M` or `N to max` of a message's extension or reserved range: (start, end
    /// exclusive), `max` as -1 until the message's options are known.
    fn parse_range(&mut self, location: LocId, first_reserved: bool) -> Result<(i32, i32)> {
        let start_location = self.open(location, &[tag::RANGE_START]);
        let start_token = self.cur().clone();
        let error = match first_reserved {
            true => "Expected field name or number range.",
            false => "Expected field number range.",
        };
        let start = self.consume_integer(error)?;
        if start == i32::MAX {
            return Err(self.error("Field number out of bounds."));
        }
        self.close(start_location);
        let end = if self.try_consume("to")? {
            let end_location = self.open(location, &[tag::RANGE_END]);
            let end = if self.try_consume("max")? {
                -2
            } else {
                let end = self.consume_integer("Expected integer.")?;
                if end == i32::MAX {
                    return Err(self.error("Field number out of bounds."));
                }
                end
            };
            self.close(end_location);
            end
        } else {
            let end_location = self.open(location, &[tag::RANGE_END]);
            self.locs.start_at(end_location, &start_token);
            self.locs.end_at(end_location, &start_token);
            start
        };
        Ok((start, end + 1))
    }

    fn parse_message_reserved(&mut self, message: &mut DescriptorProto, message_location: LocId) -> Result<()> {
        let start = self.cur().clone();
        self.consume("reserved")?;
        let editions = self.syntax.is_editions();
        if self.looking_at_kind(Kind::String) && editions {
            return Err(self.error("Reserved names must be identifiers in editions, not string literals."));
        }
        if self.looking_at_kind(Kind::String) || (editions && self.looking_at_kind(Kind::Identifier)) {
            let location = self.open(message_location, &[tag::MESSAGE_RESERVED_NAME]);
            self.locs.start_at(location, &start);
            loop {
                let name = self.open(location, &[message.reserved_name.len() as i32]);
                message.reserved_name.push(if editions {
                    self.consume_identifier("Expected field name identifier.")?
                } else {
                    self.consume_string("Expected field name string literal.")?
                });
                self.close(name);
                if !self.try_consume(",")? {
                    break;
                }
            }
            self.consume_end_of_declaration(";", Some(location))?;
            self.close(location);
        } else if self.looking_at_kind(Kind::Identifier) {
            return Err(self.error("Reserved names must be string literals. (Only editions supports identifiers.)"));
        } else {
            let location = self.open(message_location, &[tag::MESSAGE_RESERVED_RANGE]);
            self.locs.start_at(location, &start);
            let mut first = true;
            loop {
                let range = self.open(location, &[message.reserved_range.len() as i32]);
                let (start, end) = self.parse_range(range, first)?;
                message.reserved_range.push(ReservedRange { start: Some(start), end: Some(end) });
                self.close(range);
                first = false;
                if !self.try_consume(",")? {
                    break;
                }
            }
            self.consume_end_of_declaration(";", Some(location))?;
            self.close(location);
        }
        Ok(())
    }

    fn parse_extend(
        &mut self,
        extensions: &mut Vec<FieldDescriptorProto>,
        messages: &mut Vec<DescriptorProto>,
        parent: LocId,
        nested_tag: i32,
        extend_location: LocId,
    ) -> Result<()> {
        self.consume("extend")?;
        let extendee_start = self.cur().clone();
        let extendee = self.parse_user_defined_type()?;
        let extendee_end = self.lex.previous.clone();
        self.consume_end_of_declaration("{", Some(extend_location))?;
        loop {
            if self.at_end() {
                return Err(self.error("Reached end of input in extend definition (missing '}')."));
            }
            let location = self.open(extend_location, &[extensions.len() as i32]);
            let extendee_location = self.open(location, &[tag::FIELD_EXTENDEE]);
            self.locs.start_at(extendee_location, &extendee_start);
            self.locs.end_at(extendee_location, &extendee_end);
            let field = FieldDescriptorProto { extendee: Some(extendee.clone()), ..Default::default() };
            match self.parse_message_field(field, messages, parent, nested_tag, location) {
                Ok(field) => {
                    extensions.push(field);
                    self.close(location);
                }
                Err(err) => self.recover(err)?,
            }
            if self.try_consume_end_of_declaration("}", None)? {
                return Ok(());
            }
        }
    }

    fn parse_oneof(&mut self, message: &mut DescriptorProto, index: i32, oneof_location: LocId, message_location: LocId) -> Result<()> {
        self.consume("oneof")?;
        let name = self.open(oneof_location, &[tag::ONEOF_NAME]);
        let oneof_name = self.consume_identifier("Expected oneof name.")?;
        self.close(name);
        self.consume_end_of_declaration("{", Some(oneof_location))?;
        let mut options: Option<Vec<UninterpretedOption>> = None;
        loop {
            if self.at_end() {
                return Err(self.error("Reached end of input in oneof definition (missing '}')."));
            }
            if self.looking_at("option") {
                let location = self.open(oneof_location, &[tag::ONEOF_OPTIONS]);
                self.parse_option(options.get_or_insert_with(Vec::new), location, OptionStyle::Statement)?;
                self.close(location);
            } else {
                if self.looking_at("required") || self.looking_at("optional") || self.looking_at("repeated") {
                    // protoc reports it and reads on, as if the label were not there.
                    self.lex.errors.push(self.error("Fields in oneofs must not have labels (required / optional / repeated)."));
                    self.next()?;
                }
                let location = self.open(message_location, &[tag::MESSAGE_FIELD, message.field.len() as i32]);
                let mut field = FieldDescriptorProto { oneof_index: Some(index), ..Default::default() };
                field.set_label(Label::Optional);
                match self.parse_message_field_no_label(field, &mut message.nested_type, message_location, tag::MESSAGE_NESTED, location) {
                    Ok(field) => {
                        message.field.push(field);
                        self.close(location);
                    }
                    Err(err) => self.recover(err)?,
                }
            }
            if self.try_consume_end_of_declaration("}", None)? {
                break;
            }
        }
        let oneof = &mut message.oneof_decl[index as usize];
        oneof.name = Some(oneof_name);
        oneof.options = options.map(|o| OneofOptions { uninterpreted_option: o, ..Default::default() });
        Ok(())
    }

    // ---- enums ---------------------------------------------------------------------------

    fn parse_enum_definition(&mut self, location: LocId) -> Result<EnumDescriptorProto> {
        self.consume("enum")?;
        let mut e = EnumDescriptorProto::default();
        let name = self.open(location, &[tag::ENUM_NAME]);
        e.name = Some(self.consume_identifier("Expected enum name.")?);
        self.close(name);
        self.consume_end_of_declaration("{", Some(location))?;
        let mut options: Option<Vec<UninterpretedOption>> = None;
        while !self.try_consume_end_of_declaration("}", None)? {
            if self.at_end() {
                return Err(self.error("Reached end of input in enum definition (missing '}')."));
            }
            if let Err(err) = self.parse_enum_statement(&mut e, &mut options, location) {
                self.recover(err)?;
            }
        }
        self.validate_enum(&e, options.as_deref().unwrap_or_default())?;
        e.options = options.map(|o| EnumOptions { uninterpreted_option: o, ..Default::default() });
        Ok(e)
    }

    fn parse_enum_statement(
        &mut self,
        e: &mut EnumDescriptorProto,
        options: &mut Option<Vec<UninterpretedOption>>,
        location: LocId,
    ) -> Result<()> {
        if self.try_consume_end_of_declaration(";", None)? {
            return Ok(());
        } else if self.looking_at("option") {
            self.parse_option_statement(options, location, tag::ENUM_OPTIONS)?;
        } else if self.looking_at("reserved") {
            self.parse_enum_reserved(e, location)?;
        } else {
            let loc = self.open(location, &[tag::ENUM_VALUE, e.value.len() as i32]);
            let value = self.parse_enum_constant(loc)?;
            e.value.push(value);
            self.close(loc);
        }
        Ok(())
    }

    fn validate_enum(&self, e: &EnumDescriptorProto, options: &[UninterpretedOption]) -> Result<()> {
        let allow_alias = options
            .iter()
            .filter(|o| o.name.len() <= 1)
            .find(|o| o.name.first().is_some_and(|n| !n.is_extension && n.name_part == "allow_alias"));
        let Some(allow_alias) = allow_alias else { return Ok(()) };
        if allow_alias.identifier_value() != "true" {
            return Err(self.error(format!(
                "\"{}\" declares 'option allow_alias = false;' which has no effect. Please remove the declaration.",
                e.name()
            )));
        }
        let mut seen = std::collections::HashSet::new();
        if e.value.iter().all(|v| seen.insert(v.number())) {
            return Err(self.error(format!(
                "\"{}\" declares support for enum aliases but no enum values share field numbers. Please remove the unnecessary 'option allow_alias = true;' declaration.",
                e.name()
            )));
        }
        Ok(())
    }

    fn parse_enum_constant(&mut self, location: LocId) -> Result<EnumValueDescriptorProto> {
        let mut value = EnumValueDescriptorProto::default();
        let name = self.open(location, &[tag::VALUE_NAME]);
        value.name = Some(self.consume_identifier("Expected enum constant name.")?);
        self.close(name);
        self.consume_or("=", "Missing numeric value for enum constant.")?;
        let number = self.open(location, &[tag::VALUE_NUMBER]);
        value.number = Some(self.consume_signed_integer("Expected integer.")?);
        self.close(number);
        if self.looking_at("[") {
            let options_location = self.open(location, &[tag::VALUE_OPTIONS]);
            self.consume("[")?;
            let mut options = Vec::new();
            loop {
                self.parse_option(&mut options, options_location, OptionStyle::Assignment)?;
                if !self.try_consume(",")? {
                    break;
                }
            }
            self.consume("]")?;
            self.close(options_location);
            value.options = Some(EnumValueOptions { uninterpreted_option: options, ..Default::default() });
        }
        self.consume_end_of_declaration(";", Some(location))?;
        Ok(value)
    }

    fn parse_enum_reserved(&mut self, e: &mut EnumDescriptorProto, enum_location: LocId) -> Result<()> {
        let start = self.cur().clone();
        self.consume("reserved")?;
        let editions = self.syntax.is_editions();
        if self.looking_at_kind(Kind::String) && editions {
            return Err(self.error("Reserved names must be identifiers in editions, not string literals."));
        }
        if self.looking_at_kind(Kind::String) || (editions && self.looking_at_kind(Kind::Identifier)) {
            let location = self.open(enum_location, &[tag::ENUM_RESERVED_NAME]);
            self.locs.start_at(location, &start);
            loop {
                let name = self.open(location, &[e.reserved_name.len() as i32]);
                e.reserved_name.push(if editions {
                    self.consume_identifier("Expected enum value identifier.")?
                } else {
                    self.consume_string("Expected enum value string literal.")?
                });
                self.close(name);
                if !self.try_consume(",")? {
                    break;
                }
            }
            self.consume_end_of_declaration(";", Some(location))?;
            self.close(location);
        } else if self.looking_at_kind(Kind::Identifier) {
            return Err(self.error("Reserved names must be string literals. (Only editions supports identifiers.)"));
        } else {
            let location = self.open(enum_location, &[tag::ENUM_RESERVED_RANGE]);
            self.locs.start_at(location, &start);
            let mut first = true;
            loop {
                let range = self.open(location, &[e.reserved_range.len() as i32]);
                let start_location = self.open(range, &[tag::RANGE_START]);
                let start_token = self.cur().clone();
                let error = if first { "Expected enum value or number range." } else { "Expected enum number range." };
                let start = self.consume_signed_integer(error)?;
                self.close(start_location);
                let end = if self.try_consume("to")? {
                    let end_location = self.open(range, &[tag::RANGE_END]);
                    let end = if self.try_consume("max")? { i32::MAX } else { self.consume_signed_integer("Expected integer.")? };
                    self.close(end_location);
                    end
                } else {
                    let end_location = self.open(range, &[tag::RANGE_END]);
                    self.locs.start_at(end_location, &start_token);
                    self.locs.end_at(end_location, &start_token);
                    start
                };
                e.reserved_range.push(EnumReservedRange { start: Some(start), end: Some(end) });
                self.close(range);
                first = false;
                if !self.try_consume(",")? {
                    break;
                }
            }
            self.consume_end_of_declaration(";", Some(location))?;
            self.close(location);
        }
        Ok(())
    }

    // ---- services ------------------------------------------------------------------------

    fn parse_service(&mut self, location: LocId) -> Result<ServiceDescriptorProto> {
        self.consume("service")?;
        let mut service = ServiceDescriptorProto::default();
        let name = self.open(location, &[tag::SERVICE_NAME]);
        service.name = Some(self.consume_identifier("Expected service name.")?);
        self.close(name);
        self.consume_end_of_declaration("{", Some(location))?;
        let mut options: Option<Vec<UninterpretedOption>> = None;
        while !self.try_consume_end_of_declaration("}", None)? {
            if self.at_end() {
                return Err(self.error("Reached end of input in service definition (missing '}')."));
            }
            if let Err(err) = self.parse_service_statement(&mut service, &mut options, location) {
                self.recover(err)?;
            }
        }
        service.options = options.map(|o| ServiceOptions { uninterpreted_option: o, ..Default::default() });
        Ok(service)
    }

    /// `option ...;` in a block, recorded at `[tag]` under the block's `location`.
    fn parse_option_statement(&mut self, options: &mut Option<Vec<UninterpretedOption>>, location: LocId, tag: i32) -> Result<()> {
        let loc = self.open(location, &[tag]);
        self.parse_option(options.get_or_insert_with(Vec::new), loc, OptionStyle::Statement)?;
        self.close(loc);
        Ok(())
    }

    fn parse_service_statement(
        &mut self,
        service: &mut ServiceDescriptorProto,
        options: &mut Option<Vec<UninterpretedOption>>,
        location: LocId,
    ) -> Result<()> {
        if self.try_consume_end_of_declaration(";", None)? {
            return Ok(());
        } else if self.looking_at("option") {
            self.parse_option_statement(options, location, tag::SERVICE_OPTIONS)?;
        } else {
            let loc = self.open(location, &[tag::SERVICE_METHOD, service.method.len() as i32]);
            let method = self.parse_method(loc)?;
            service.method.push(method);
            self.close(loc);
        }
        Ok(())
    }

    fn parse_method(&mut self, location: LocId) -> Result<MethodDescriptorProto> {
        let mut method = MethodDescriptorProto::default();
        self.consume("rpc")?;
        let name = self.open(location, &[tag::METHOD_NAME]);
        method.name = Some(self.consume_identifier("Expected method name.")?);
        self.close(name);
        for (input, stream_tag, type_tag) in
            [(true, tag::METHOD_CLIENT_STREAMING, tag::METHOD_INPUT), (false, tag::METHOD_SERVER_STREAMING, tag::METHOD_OUTPUT)]
        {
            if !input {
                self.consume("returns")?;
            }
            self.consume("(")?;
            if self.looking_at("stream") {
                let stream = self.open(location, &[stream_tag]);
                self.consume("stream")?;
                self.close(stream);
                if input {
                    method.client_streaming = Some(true);
                } else {
                    method.server_streaming = Some(true);
                }
            }
            let type_location = self.open(location, &[type_tag]);
            let name = self.parse_user_defined_type()?;
            self.close(type_location);
            if input {
                method.input_type = Some(name);
            } else {
                method.output_type = Some(name);
            }
            self.consume(")")?;
        }
        if self.looking_at("{") {
            // A body, even an empty one, gives the method an options message (protoc does so).
            let mut options = Vec::new();
            self.consume_end_of_declaration("{", Some(location))?;
            while !self.try_consume_end_of_declaration("}", None)? {
                if self.at_end() {
                    return Err(self.error("Reached end of input in method options (missing '}')."));
                }
                if self.try_consume_end_of_declaration(";", None)? {
                    continue;
                }
                let loc = self.open(location, &[tag::METHOD_OPTIONS]);
                match self.parse_option(&mut options, loc, OptionStyle::Statement) {
                    Ok(()) => self.close(loc),
                    Err(err) => self.recover(err)?,
                }
            }
            method.options = Some(MethodOptions { uninterpreted_option: options, ..Default::default() });
        } else {
            self.consume_end_of_declaration(";", Some(location))?;
        }
        Ok(method)
    }
}

/// proto3 `optional` fields each get a one-field oneof named `_name` (prefixed with `X` until
/// unique), after the declared oneofs.
fn synthetic_oneofs(message: &mut DescriptorProto) {
    if !message.field.iter().any(|f| f.proto3_optional()) {
        return;
    }
    let mut names: std::collections::HashSet<String> =
        message.field.iter().map(|f| f.name().to_string()).chain(message.oneof_decl.iter().map(|o| o.name().to_string())).collect();
    for i in 0..message.field.len() {
        if !message.field[i].proto3_optional() {
            continue;
        }
        let mut name = message.field[i].name().to_string();
        if !name.starts_with('_') {
            name.insert(0, '_');
        }
        while names.contains(&name) {
            name.insert(0, 'X');
        }
        names.insert(name.clone());
        message.field[i].oneof_index = Some(message.oneof_decl.len() as i32);
        message.oneof_decl.push(OneofDescriptorProto { name: Some(name), options: None });
    }
}

/// The entry message of a map field; the field is pointed at it.
fn map_entry(field: &mut FieldDescriptorProto, map: MapTypes) -> DescriptorProto {
    let name = map_entry_name(field.name());
    field.type_name = Some(name.clone());
    let make = |field_name: &str, number: i32, (ty, type_name): (Option<Type>, String)| {
        let mut f = FieldDescriptorProto { name: Some(field_name.into()), number: Some(number), ..Default::default() };
        f.set_label(Label::Optional);
        match ty {
            Some(ty) if type_name.is_empty() => f.set_type(ty),
            _ => f.type_name = Some(type_name),
        }
        f
    };
    let mut key = make("key", 1, map.key);
    let mut value = make("value", 2, map.value);
    // `features` and the legacy `enforce_utf8` carry over to the entry's fields.
    if let Some(options) = &field.options {
        for option in &options.uninterpreted_option {
            let Some(first) = option.name.first() else { continue };
            if first.is_extension {
                continue;
            }
            let enforce_utf8 = option.name.len() == 1 && first.name_part == "enforce_utf8";
            let features = first.name_part == "features";
            for f in [&mut key, &mut value] {
                if features || (enforce_utf8 && f.r#type == Some(Type::String as i32)) {
                    f.options.get_or_insert_with(Default::default).uninterpreted_option.push(option.clone());
                }
            }
        }
    }
    DescriptorProto {
        name: Some(name),
        field: vec![key, value],
        options: Some(MessageOptions { map_entry: Some(true), ..Default::default() }),
        ..Default::default()
    }
}

//! prettyplease prints almost every line of prost-build's code as prost-build wrote it: prost
//! writes one item, field, variant or match arm per line, indented four spaces a level, with
//! prettyplease's spacing. Such a line comes out unchanged when it has no line break to take
//! (prettyplease breaks a line only where its content does not fit the width left after the
//! indentation). So the lines of known shapes that fit are kept as they are, and only the items
//! holding another line (too long, an unknown shape, a doc comment prettyplease would trim) are
//! parsed and printed, at their depth; parsing is most of the cost of formatting.
//!
//! Anything this reader does not recognise (a string or comment spanning lines, a lifetime, an
//! item it cannot delimit) leaves the whole text to the parser.

use std::ops::Range;

/// prettyplease's width and the least room it leaves after deep indentation (its `MARGIN` and
/// `MIN_SPACE`): a line's content fits when it is no wider than `max(MARGIN - indent, MIN_SPACE)`.
const MARGIN: usize = 89;
const MIN_SPACE: usize = 60;

/// Prints whole items (at the left margin) with `parse_and_print`, what prettyplease's print of
/// `code` would be.
pub(super) type ParseAndPrint<'p> = &'p dyn Fn(&str) -> Result<String, syn::Error>;

/// prettyplease's print of `code` (whole items at the left margin): the items prost-build
/// wrote as prettyplease prints them are kept, the others go through `parse_and_print` at
/// their depth. `None` when the text's lines are not prost-build's item layout.
pub(super) fn print(code: &str, parse_and_print: ParseAndPrint) -> Option<Result<String, syn::Error>> {
    let lines: Vec<Line> = code.split_inclusive('\n').map(Line::new).collect();
    if !lines.iter().all(Line::lexically_whole) || !code.ends_with('\n') {
        return None;
    }
    let mut at = 0;
    let items = items(&lines, &mut at, 0)?;
    if at != lines.len() {
        return None;
    }
    let mut out = String::with_capacity(code.len());
    match emit(&lines, &items, 0, parse_and_print, &mut out) {
        Ok(true) => Some(Ok(out)),
        Ok(false) => None,
        Err(e) => Some(Err(e)),
    }
}

struct Line<'a> {
    indent: usize,
    /// Without the indentation and the line break.
    text: &'a str,
    /// As written, line break included.
    whole: &'a str,
}

impl<'a> Line<'a> {
    fn new(whole: &'a str) -> Self {
        let line = whole.strip_suffix('\n').unwrap_or(whole);
        let text = line.trim_start_matches(' ');
        Line { indent: line.len() - text.len(), text, whole }
    }

    /// A line prettyplease does not print: blank, or a plain comment (the lexer drops them).
    fn dropped(&self) -> bool {
        let t = self.text.trim_end();
        t.is_empty() || (t.starts_with("//") && !t.starts_with("///") && !t.starts_with("//!")) || t.starts_with("////")
    }

    fn is_doc(&self) -> bool {
        self.text.starts_with("///") && !self.text.starts_with("////")
    }

    /// No token of the line continues on another one: every string closes on it, and it
    /// holds no block comment, raw string, character literal or lifetime but `&'static`.
    fn lexically_whole(&self) -> bool {
        let text = self.text;
        if text.starts_with("//") {
            return !text.starts_with("//!");
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut in_string = false;
        while i < bytes.len() {
            let b = bytes[i];
            if in_string {
                match b {
                    b'\\' => i += 1,
                    b'"' => in_string = false,
                    _ => {}
                }
            } else {
                match b {
                    b'"' => {
                        if i > 0 && (bytes[i - 1] == b'r' || bytes[i - 1] == b'#') {
                            return false;
                        }
                        in_string = true;
                    }
                    b'/' if bytes.get(i + 1) == Some(&b'*') => return false,
                    b'/' if bytes.get(i + 1) == Some(&b'/') => return true,
                    b'\'' if !text[i..].starts_with("'static ") => return false,
                    b'\t' | b'\r' => return false,
                    _ => {}
                }
            }
            i += 1;
        }
        !in_string
    }

    /// Its content fits on its line, so prettyplease takes none of its breaks.
    fn fits(&self) -> bool {
        self.text.is_ascii() && self.text.len() <= (MARGIN.saturating_sub(self.indent)).max(MIN_SPACE)
    }
}

/// An item: its outer attributes and doc comments, its head line, and for a block its body up
/// to the closing line; a module's body is items again.
struct Item {
    lines: Range<usize>,
    /// The head line's index.
    head: usize,
    kind: Kind,
}

enum Kind {
    /// `...;` on one line.
    Line,
    /// `pub mod name {` and its items.
    Module(Vec<Item>),
    /// A struct, enum or impl block: its body's lines.
    Block,
}

/// The items at `depth` from line `at` up to the end or to the line closing the enclosing
/// block (left at `at`). `None` when the lines are not items laid out at this depth.
fn items(lines: &[Line], at: &mut usize, depth: usize) -> Option<Vec<Item>> {
    let indent = depth * 4;
    let mut found = Vec::new();
    loop {
        while *at < lines.len() && lines[*at].dropped() {
            *at += 1;
        }
        if *at == lines.len() {
            return Some(found);
        }
        if depth > 0 && lines[*at].indent == indent - 4 && lines[*at].text == "}" {
            return Some(found);
        }
        let start = *at;
        // Outer attributes and doc comments, then the head.
        while *at < lines.len() && (lines[*at].dropped() || lines[*at].indent == indent && (lines[*at].is_doc() || lines[*at].text.starts_with("#["))) {
            *at += 1;
        }
        let head = *at;
        let line = lines.get(head)?;
        if line.indent != indent {
            return None;
        }
        *at += 1;
        let kind = if line.text.ends_with(';') {
            Kind::Line
        } else if line.text.ends_with(" {") || line.text == "{" {
            if line.text.starts_with("pub mod ") || line.text.starts_with("mod ") {
                let inner = items(lines, at, depth + 1)?;
                Kind::Module(inner)
            } else {
                while lines.get(*at).is_some_and(|l| l.dropped() || l.indent > indent) {
                    *at += 1;
                }
                Kind::Block
            }
        } else {
            return None;
        };
        if matches!(kind, Kind::Module(_) | Kind::Block) {
            let close = lines.get(*at)?;
            if close.indent != indent || close.text != "}" {
                return None;
            }
            *at += 1;
        }
        found.push(Item { lines: start..*at, head, kind });
    }
}

/// Writes `items` (at `depth`) as prettyplease prints them, the ones with a line it might
/// print otherwise through `parse_and_print`, neighbours together. `Ok(false)` when a printed
/// item does not come back at its depth.
fn emit(lines: &[Line], items: &[Item], depth: usize, parse_and_print: ParseAndPrint, out: &mut String) -> Result<bool, syn::Error> {
    let mut pending: Option<Range<usize>> = None;
    for item in items {
        let kept = kept_as_written(lines, item, depth);
        if kept == Kept::No {
            pending = Some(pending.map_or(item.lines.clone(), |p| p.start..item.lines.end));
            continue;
        }
        if let Some(range) = pending.take() {
            if !print_parsed(lines, range, depth, parse_and_print, out)? {
                return Ok(false);
            }
        }
        match &item.kind {
            Kind::Module(children) => {
                for line in &lines[item.lines.start..=item.head] {
                    if !line.dropped() {
                        out.push_str(line.whole);
                    }
                }
                if !emit(lines, children, depth + 1, parse_and_print, out)? {
                    return Ok(false);
                }
                out.push_str(lines[item.lines.end - 1].whole);
            }
            _ => write_kept(lines, item, out),
        }
    }
    if let Some(range) = pending {
        if !print_parsed(lines, range, depth, parse_and_print, out)? {
            return Ok(false);
        }
    }
    Ok(true)
}

#[derive(PartialEq, Clone, Copy)]
enum Kept {
    /// Every line as written.
    Whole,
    /// A module whose attributes and head are kept, its items each decided alone.
    Head,
    No,
}

fn kept_as_written(lines: &[Line], item: &Item, depth: usize) -> Kept {
    let outer = &lines[item.lines.start..item.head];
    if !outer.iter().all(|l| l.dropped() || kept_attribute(l)) || !lines[item.head].fits() {
        return Kept::No;
    }
    let head = lines[item.head].text;
    match &item.kind {
        Kind::Line => Kept::No,
        Kind::Module(children) => {
            if head.strip_prefix("pub mod ").and_then(|h| h.strip_suffix(" {")).is_some_and(is_ident) && !children.is_empty() {
                Kept::Head
            } else {
                Kept::No
            }
        }
        Kind::Block => {
            let body = &lines[item.head + 1..item.lines.end - 1];
            let block_ok = if let Some(name) = head.strip_prefix("pub struct ").and_then(|h| h.strip_suffix(" {")) {
                is_ident(name) && body.iter().all(|l| l.dropped() || l.indent == depth * 4 + 4 && (kept_attribute(l) || l.fits() && is_field(l.text)))
            } else if let Some(name) = head.strip_prefix("pub enum ").and_then(|h| h.strip_suffix(" {")) {
                is_ident(name)
                    && body.iter().any(|l| !l.dropped())
                    && body.iter().all(|l| l.dropped() || l.indent == depth * 4 + 4 && (kept_attribute(l) || l.fits() && is_variant(l.text)))
            } else if let Some(name) = head.strip_prefix("impl ").and_then(|h| h.strip_suffix(" {")) {
                is_ident(name) && kept_impl_body(body, depth * 4 + 4)
            } else {
                false
            };
            if block_ok { Kept::Whole } else { Kept::No }
        }
    }
}

/// Writes a kept item: its lines without the dropped ones, an empty struct's braces together.
fn write_kept(lines: &[Line], item: &Item, out: &mut String) {
    let empty = matches!(item.kind, Kind::Block) && lines[item.head + 1..item.lines.end - 1].iter().all(Line::dropped);
    for (i, line) in lines[item.lines.clone()].iter().enumerate() {
        let i = item.lines.start + i;
        if line.dropped() || (empty && i == item.lines.end - 1) {
            continue;
        }
        if empty && i == item.head {
            out.push_str(&line.whole[..line.indent]);
            out.push_str(line.text);
            out.push_str("}\n");
        } else {
            out.push_str(line.whole);
        }
    }
}

/// Parses and prints `range` (whole items at `depth`) inside `depth` modules, so its breaks
/// are taken at the width left at that depth, and keeps what is inside them.
fn print_parsed(lines: &[Line], range: Range<usize>, depth: usize, parse_and_print: ParseAndPrint, out: &mut String) -> Result<bool, syn::Error> {
    let mut code = String::new();
    for _ in 0..depth {
        code.push_str("mod m {\n");
    }
    for line in &lines[range] {
        code.push_str(line.whole);
    }
    for _ in 0..depth {
        code.push_str("}\n");
    }
    let printed = parse_and_print(&code)?;
    let printed: Vec<&str> = printed.split_inclusive('\n').collect();
    if printed.len() < 2 * depth {
        return Ok(false);
    }
    let (open, rest) = printed.split_at(depth);
    let (inner, close) = rest.split_at(rest.len() - depth);
    let wrapped = open.iter().enumerate().all(|(d, l)| l.strip_suffix("mod m {\n").is_some_and(|pad| pad.len() == d * 4 && pad.bytes().all(|b| b == b' ')))
        && close.iter().enumerate().all(|(d, l)| l.strip_suffix("}\n").is_some_and(|pad| pad.len() == (depth - 1 - d) * 4 && pad.bytes().all(|b| b == b' ')));
    if !wrapped {
        return Ok(false);
    }
    for line in inner {
        out.push_str(line);
    }
    Ok(true)
}

/// An outer attribute or doc comment line printed as written.
fn kept_attribute(line: &Line) -> bool {
    if line.is_doc() {
        return super::plain_doc(line.whole.strip_suffix('\n').unwrap_or(line.whole)).is_some();
    }
    line.fits() && line.text.strip_prefix("#[").and_then(|t| t.strip_suffix(']')).is_some_and(|meta| Cursor::whole(meta, Cursor::meta))
}

/// `pub name: Type,`
fn is_field(text: &str) -> bool {
    Cursor::whole(text, |c| c.eat("pub ") && c.ident() && c.eat(": ") && c.ty() && c.eat(","))
}

/// `Name = 1,` (an enumeration's) or `Name(Type),` (a oneof's).
fn is_variant(text: &str) -> bool {
    Cursor::whole(text, |c| c.ident() && (c.eat(" = ") && c.integer() || c.eat("(") && c.ty() && c.eat(")")) && c.eat(","))
}

/// The body of prost's `impl Enum { as_str_name .. from_str_name }`, line by line, at the
/// indentation its braces give, every line fitting.
fn kept_impl_body(body: &[Line], indent: usize) -> bool {
    let mut level = indent;
    let mut last_opened = false;
    for line in body.iter().filter(|l| !l.dropped()) {
        let text = line.text;
        if text == "}" {
            if last_opened || level == indent {
                return false;
            }
            level -= 4;
        }
        if line.indent != level || !(line.is_doc() && kept_attribute(line) || line.fits() && impl_line(text)) {
            return false;
        }
        last_opened = text.ends_with(" {");
        if last_opened {
            level += 4;
        }
    }
    level == indent && !last_opened
}

fn impl_line(text: &str) -> bool {
    matches!(
        text,
        "}" | "pub fn as_str_name(&self) -> &'static str {"
            | "pub fn from_str_name(value: &str) -> ::core::option::Option<Self> {"
            | "match self {"
            | "match value {"
            | "_ => None,"
    ) || Cursor::whole(text, |c| c.eat("Self::") && c.ident() && c.eat(" => ") && c.string() && c.eat(","))
        || Cursor::whole(text, |c| c.string() && c.eat(" => Some(Self::") && c.ident() && c.eat("),"))
}

fn is_ident(text: &str) -> bool {
    Cursor::whole(text, Cursor::ident)
}

/// A reader of one line's tokens in prettyplease's spacing.
struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    /// `text` is exactly one `shape`.
    fn whole(text: &'a str, shape: impl FnOnce(&mut Cursor<'a>) -> bool) -> bool {
        let mut cursor = Cursor { rest: text };
        shape(&mut cursor) && cursor.rest.is_empty()
    }

    fn eat(&mut self, token: &str) -> bool {
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// An identifier, raw (`r#type`) or not.
    fn ident(&mut self) -> bool {
        let raw = self.rest.starts_with("r#");
        let from = if raw { 2 } else { 0 };
        let bytes = self.rest.as_bytes();
        if !bytes.get(from).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_') {
            return false;
        }
        let end = from + bytes[from..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'_').count();
        if &self.rest[from..end] == "_" {
            return false;
        }
        self.rest = &self.rest[end..];
        true
    }

    /// `1`, `-1`
    fn integer(&mut self) -> bool {
        self.eat("-");
        let n = self.rest.bytes().take_while(u8::is_ascii_digit).count();
        self.rest = &self.rest[n..];
        n > 0
    }

    /// A string literal without escapes.
    fn string(&mut self) -> bool {
        let Some(body) = self.rest.strip_prefix('"') else { return false };
        let Some(end) = body.find('"') else { return false };
        if body[..end].contains('\\') {
            return false;
        }
        self.rest = &body[end + 1..];
        true
    }

    /// A path without generic arguments (`::a::b::C`, `super::X`).
    fn path(&mut self) -> bool {
        self.eat("::");
        if !self.ident() {
            return false;
        }
        while self.eat("::") {
            if !self.ident() {
                return false;
            }
        }
        true
    }

    /// A type: a path, its last segment with generic arguments (`Option<Box<super::X>>`).
    fn ty(&mut self) -> bool {
        if !self.path() {
            return false;
        }
        if self.eat("<") {
            if !self.ty() {
                return false;
            }
            while self.eat(", ") {
                if !self.ty() {
                    return false;
                }
            }
            return self.eat(">");
        }
        true
    }

    /// An attribute's meta: `path`, `path(arg, ..)` with `arg` a path or `name = "string"`.
    fn meta(&mut self) -> bool {
        if !self.path() {
            return false;
        }
        if !self.eat("(") {
            return true;
        }
        loop {
            if !self.path() {
                return false;
            }
            if self.eat(" = ") && !self.string() {
                return false;
            }
            if self.eat(")") {
                return true;
            }
            if !self.eat(", ") {
                return false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn parsed(code: &str) -> String {
        prettyplease::unparse(&syn::parse_file(code).unwrap())
    }

    /// prost-build's shapes at every depth and around the width where prettyplease starts
    /// breaking them: the text comes out as parsing and printing gives, and only the items with
    /// a line that does not fit (or of a shape not known) are parsed.
    #[test]
    fn kept_lines_are_the_lines_prettyplease_prints() {
        let mut kept_some = false;
        for depth in 0..9 {
            for width in 40usize..110 {
                let pad = |d: usize| " ".repeat(4 * d);
                let name = "n".repeat(width.saturating_sub(4 * depth + 40).max(1));
                let field = format!("pub {name}: ::core::option::Option<super::Abcdefghij>,");
                let mut code = String::new();
                for d in 0..depth {
                    code.push_str(&format!("{}/// Nested.\n{}pub mod m{d} {{\n", pad(d), pad(d)));
                }
                let p = pad(depth);
                let q = pad(depth + 1);
                let r = pad(depth + 2);
                let s = pad(depth + 3);
                code.push_str(&format!("{p}/// A message.\n{p}#[derive(Clone, PartialEq, ::prost::Message)]\n{p}pub struct Msg{width} {{\n{q}/// Doc.\n{q}#[prost(message, optional, tag = \"1\")]\n{q}{field}\n{q}#[prost(map = \"string, string\", tag = \"2\")]\n{q}pub {name}_map: ::std::collections::HashMap<::prost::alloc::string::String, i32>,\n{p}}}\n"));
                code.push_str(&format!("{p}#[derive(Clone, PartialEq, ::prost::Message)]\n{p}pub struct Empty {{\n{p}}}\n"));
                code.push_str(&format!("{p}#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::prost::Enumeration)]\n{p}#[repr(i32)]\n{p}pub enum E{name} {{\n{q}Unspecified = 0,\n{q}{name}Neg = -1,\n{p}}}\n"));
                code.push_str(&format!("{p}impl E{name} {{\n{q}/// String value.\n{q}pub fn as_str_name(&self) -> &'static str {{\n{r}match self {{\n{s}Self::Unspecified => \"E_UNSPECIFIED\",\n{s}Self::{name}Neg => \"E_{name}_NEG\",\n{r}}}\n{q}}}\n{q}pub fn from_str_name(value: &str) -> ::core::option::Option<Self> {{\n{r}match value {{\n{s}\"E_UNSPECIFIED\" => Some(Self::Unspecified),\n{s}\"E_{name}_NEG\" => Some(Self::{name}Neg),\n{s}_ => None,\n{r}}}\n{q}}}\n{p}}}\n"));
                code.push_str(&format!("{p}#[derive(Clone, PartialEq, ::prost::Oneof)]\n{p}pub enum Kind {{\n{q}#[prost(message, tag = \"3\")]\n{q}{name}(::prost::alloc::boxed::Box<super::super::Abc>),\n{p}}}\n"));
                for d in (0..depth).rev() {
                    code.push_str(&format!("{}}}\n", pad(d)));
                }
                let calls = Cell::new(0);
                let counting = |code: &str| {
                    calls.set(calls.get() + 1);
                    Ok(parsed(code))
                };
                let printed = print(&code, &counting).expect("prost-build's layout").unwrap();
                assert_eq!(printed, parsed(&code), "depth {depth}, width {width}:\n{code}");
                kept_some |= calls.get() == 0;
            }
        }
        assert!(kept_some, "no text was kept without parsing");
    }

    /// Text this reader cannot delimit safely is left to the parser whole.
    #[test]
    fn text_spanning_lines_is_left_to_the_parser() {
        let parse = |code: &str| Ok(parsed(code));
        for code in [
            "pub const S: &str = \"a\n}\nb\";\n",
            "pub const S: &str = r\"a\";\n",
            "/* x */\npub struct A {}\n",
            "pub struct A {\n    pub x: i32,\n",
            "impl<'a> A<'a> {}\n",
        ] {
            assert!(print(code, &parse).is_none(), "{code}");
        }
        // A comment line is dropped as the lexer drops it; a `#[doc = ..]` line and a field
        // off its indentation are parsed.
        for code in ["// plain\n#[doc = \"x\"]\npub struct A {\n    // inside\n    pub x: i32,\n}\n", "pub struct A {\n  pub x: i32,\n}\n"] {
            assert_eq!(print(code, &parse).unwrap().unwrap(), parsed(code));
        }
    }
}

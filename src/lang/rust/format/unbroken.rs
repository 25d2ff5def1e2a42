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
        self.text.is_ascii() && self.text.len() <= space(self.indent)
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

/// Writes `items` (at `depth`) as prettyplease prints them, the ones with a line this does not
/// know through `parse_and_print`, neighbours together. `Ok(false)` when a parsed item does not
/// come back at its depth.
fn emit(lines: &[Line], items: &[Item], depth: usize, parse_and_print: ParseAndPrint, out: &mut String) -> Result<bool, syn::Error> {
    let mut pending: Option<Range<usize>> = None;
    let mut text = String::new();
    for item in items {
        text.clear();
        let known = match &item.kind {
            Kind::Module(children) => module_head(lines, item, children, &mut text),
            Kind::Block => block(lines, item, depth, &mut text),
            Kind::Line => false,
        };
        if !known {
            pending = Some(pending.map_or(item.lines.clone(), |p| p.start..item.lines.end));
            continue;
        }
        if let Some(range) = pending.take() {
            if !print_parsed(lines, range, depth, parse_and_print, out)? {
                return Ok(false);
            }
        }
        out.push_str(&text);
        if let Kind::Module(children) = &item.kind {
            if !emit(lines, children, depth + 1, parse_and_print, out)? {
                return Ok(false);
            }
            out.push_str(lines[item.lines.end - 1].whole);
        }
    }
    if let Some(range) = pending {
        if !print_parsed(lines, range, depth, parse_and_print, out)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A module's outer attributes and `pub mod name {` as prettyplease prints them.
fn module_head(lines: &[Line], item: &Item, children: &[Item], out: &mut String) -> bool {
    let head = &lines[item.head];
    let named = head.text.strip_prefix("pub mod ").and_then(|h| h.strip_suffix(" {")).is_some_and(is_ident);
    named && !children.is_empty() && head.fits() && outer_attributes(lines, item, out) && {
        out.push_str(head.whole);
        true
    }
}

fn outer_attributes(lines: &[Line], item: &Item, out: &mut String) -> bool {
    lines[item.lines.start..item.head].iter().all(|l| l.dropped() || attribute(l, out))
}

/// A struct, enum or impl block item as prettyplease prints it, or `false` when one of its
/// lines is not of a shape this knows.
fn block(lines: &[Line], item: &Item, depth: usize, out: &mut String) -> bool {
    let head = &lines[item.head];
    let body: Vec<&Line> = lines[item.head + 1..item.lines.end - 1].iter().filter(|l| !l.dropped()).collect();
    let inner = depth * 4 + 4;
    if !head.fits() || !outer_attributes(lines, item, out) {
        return false;
    }
    let named = |prefix: &str| head.text.strip_prefix(prefix).and_then(|h| h.strip_suffix(" {")).is_some_and(is_ident);
    if named("pub struct ") {
        if body.is_empty() {
            // prettyplease closes an empty struct on its head line.
            out.push_str(&head.whole[..head.indent]);
            out.push_str(head.text);
            out.push_str("}\n");
            return true;
        }
        out.push_str(head.whole);
        if !body.iter().all(|l| l.indent == inner && (attribute(l, out) || field(l, out))) {
            return false;
        }
    } else if named("pub enum ") {
        out.push_str(head.whole);
        let variant = |l: &Line, out: &mut String| l.fits() && is_variant(l.text) && {
            out.push_str(l.whole);
            true
        };
        if body.is_empty() || !body.iter().all(|l| l.indent == inner && (attribute(l, out) || variant(l, out))) {
            return false;
        }
    } else if named("impl ") {
        out.push_str(head.whole);
        if !impl_body(&body, inner, out) {
            return false;
        }
    } else {
        return false;
    }
    out.push_str(lines[item.lines.end - 1].whole);
    true
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

/// The width prettyplease leaves for a line's content at `indent`.
fn space(indent: usize) -> usize {
    MARGIN.saturating_sub(indent).max(MIN_SPACE)
}

fn push_line(out: &mut String, indent: usize, parts: &[&str]) {
    out.extend(std::iter::repeat_n(' ', indent));
    for part in parts {
        out.push_str(part);
    }
    out.push('\n');
}

/// An outer attribute or doc comment line. An attribute too wide for its line is printed
/// with one argument a line, as prettyplease breaks an attribute's parentheses.
fn attribute(line: &Line, out: &mut String) -> bool {
    if line.is_doc() {
        if super::plain_doc(line.whole.strip_suffix('\n').unwrap_or(line.whole)).is_none() {
            return false;
        }
        out.push_str(line.whole);
        return true;
    }
    let Some(meta) = line.text.strip_prefix("#[").and_then(|t| t.strip_suffix(']')) else { return false };
    let mut args = Vec::new();
    let mut cursor = Cursor { rest: meta };
    let Some(path) = cursor.meta(&mut args) else { return false };
    if !cursor.rest.is_empty() || !line.text.is_ascii() {
        return false;
    }
    if line.fits() {
        out.push_str(line.whole);
        return true;
    }
    if args.is_empty() {
        return false;
    }
    push_line(out, line.indent, &["#[", path, "("]);
    for (i, arg) in args.iter().enumerate() {
        push_line(out, line.indent + 4, &[arg, if i + 1 < args.len() { "," } else { "" }]);
    }
    push_line(out, line.indent, &[")]"]);
    true
}

/// `pub name: Type,`, a type too wide for its line broken at its generic arguments as
/// prettyplease breaks them (one argument a line, each with a comma).
fn field(line: &Line, out: &mut String) -> bool {
    let mut cursor = Cursor { rest: line.text };
    let start = line.text;
    if !(cursor.eat("pub ") && cursor.ident() && cursor.eat(": ")) {
        return false;
    }
    let prefix = &start[..start.len() - cursor.rest.len()];
    let Some(ty) = cursor.ty() else { return false };
    if cursor.rest != "," || !line.text.is_ascii() {
        return false;
    }
    // On one line when it fits, as written.
    broken_type(out, line.indent, prefix, &ty, ",", true)
}

/// `ty` printed from a line holding `prefix` at `indent`, followed by `suffix`; `counted`:
/// whether `suffix` counts toward the width (the comma after a last generic argument is
/// written only because its list broke, and prettyplease does not measure it).
fn broken_type(out: &mut String, indent: usize, prefix: &str, ty: &Ty, suffix: &str, counted: bool) -> bool {
    let measured = prefix.len() + ty.text.len() + if counted { suffix.len() } else { 0 };
    if measured <= space(indent) {
        push_line(out, indent, &[prefix, ty.text, suffix]);
        return true;
    }
    if ty.args.is_empty() {
        return false;
    }
    push_line(out, indent, &[prefix, ty.head, "<"]);
    for (i, arg) in ty.args.iter().enumerate() {
        let last = i + 1 == ty.args.len();
        if !broken_type(out, indent + 4, "", arg, ",", !last) {
            return false;
        }
    }
    push_line(out, indent, &[">", suffix]);
    true
}

/// `Name = 1,` (an enumeration's) or `Name(Type),` (a oneof's).
fn is_variant(text: &str) -> bool {
    Cursor::whole(text, |c| c.ident() && (c.eat(" = ") && c.integer() || c.eat("(") && c.ty().is_some() && c.eat(")")) && c.eat(","))
}

/// The body of prost's `impl Enum { as_str_name .. from_str_name }`, line by line, at the
/// indentation its braces give.
fn impl_body(body: &[&Line], indent: usize, out: &mut String) -> bool {
    let mut level = indent;
    let mut last_opened = false;
    for line in body {
        let text = line.text;
        if text == "}" {
            if last_opened || level == indent {
                return false;
            }
            level -= 4;
        }
        if line.indent != level {
            return false;
        }
        let known = if line.is_doc() {
            attribute(line, out)
        } else if line.fits() && impl_line(text) {
            out.push_str(line.whole);
            true
        } else {
            arm(line, out)
        };
        if !known {
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
    )
}

/// A match arm of `as_str_name` (`Self::Name => "NAME",`) or `from_str_name`
/// (`"NAME" => Some(Self::Name),`); one too wide for its line has its body in a block, as
/// prettyplease prints it.
fn arm(line: &Line, out: &mut String) -> bool {
    let text = line.text;
    let mut cursor = Cursor { rest: text };
    let shaped = cursor.eat("Self::") && cursor.ident() && cursor.eat(" => ") && cursor.string() && cursor.eat(",")
        || { cursor = Cursor { rest: text }; cursor.string() && cursor.eat(" => Some(Self::") && cursor.ident() && cursor.eat("),") };
    if !shaped || !cursor.rest.is_empty() || !text.is_ascii() {
        return false;
    }
    // The comma after an arm is written only when the arm is not broken, unmeasured.
    if text.len() - 1 <= space(line.indent) {
        out.push_str(line.whole);
        return true;
    }
    let (pattern, body) = text.split_once(" => ").expect("an arm");
    let body = body.strip_suffix(',').expect("an arm");
    if body.len() > space(line.indent + 4) {
        return false;
    }
    push_line(out, line.indent, &[pattern, " => {"]);
    push_line(out, line.indent + 4, &[body]);
    push_line(out, line.indent, &["}"]);
    true
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
    fn ty(&mut self) -> Option<Ty<'a>> {
        let start = self.rest;
        if !self.path() {
            return None;
        }
        let head = &start[..start.len() - self.rest.len()];
        let mut args = Vec::new();
        if self.eat("<") {
            args.push(self.ty()?);
            while self.eat(", ") {
                args.push(self.ty()?);
            }
            if !self.eat(">") {
                return None;
            }
        }
        Some(Ty { text: &start[..start.len() - self.rest.len()], head, args })
    }

    /// An attribute's meta: `path`, or `path(arg, ..)` with `arg` a path or `name = "string"`;
    /// its path, its arguments into `args`.
    fn meta(&mut self, args: &mut Vec<&'a str>) -> Option<&'a str> {
        let start = self.rest;
        if !self.path() {
            return None;
        }
        let path = &start[..start.len() - self.rest.len()];
        if !self.eat("(") {
            return Some(path);
        }
        loop {
            let arg = self.rest;
            if !self.path() || self.eat(" = ") && !self.string() {
                return None;
            }
            args.push(&arg[..arg.len() - self.rest.len()]);
            if self.eat(")") {
                return Some(path);
            }
            if !self.eat(", ") {
                return None;
            }
        }
    }
}

/// A type as written, its path up to the generic arguments, and the arguments.
struct Ty<'a> {
    text: &'a str,
    head: &'a str,
    args: Vec<Ty<'a>>,
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
        let mut kept = 0;
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
                kept += usize::from(calls.get() == 0);
            }
        }
        // Everything but long enum and oneof variants is kept (or broken here) without parsing.
        assert!(kept >= 150, "only {kept} of 630 texts were kept without parsing");
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

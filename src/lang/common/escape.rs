//! Escaping of arbitrary text (comments, names, paths) into each target language's comments
//! and string literals. Every function here is the identity on the plain text a valid proto
//! produces (identifiers, dotted names, ordinary comments), so output stays byte-identical to
//! the reference tools there, and turns everything else into text that cannot end the comment
//! or literal it is written into.

use std::fmt::Write as _;

/// Python: one line of a `"""` docstring written by grpcio-tools' plugin. The plugin copies
/// the comment as it is; that breaks on `"""` (ends the docstring) and on a backslash that
/// starts an escape (`\x`, `\N{`, `\u` are syntax errors when malformed, others change the
/// text). Those backslashes are doubled and `"""` is written `\"\"\"`; a backslash before any
/// other character is kept (Python keeps it as written), so ordinary comments are unchanged.
pub fn python_docstring_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let starts_escape = match chars.peek() {
                None => true,
                Some(&next) => matches!(
                    next,
                    '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' | 'N' | 'u' | 'U' | '0'..='7' | '\n' | '\r'
                ),
            };
            out.push_str(if starts_escape { "\\\\" } else { "\\" });
        } else if c == '\0' {
            // Python source may not hold NUL at all; inside a string it can be an escape.
            out.push_str("\\x00");
        } else {
            out.push(c);
        }
    }
    out.replace("\"\"\"", "\\\"\\\"\\\"")
}

/// Python: the lines of a docstring as mypy-protobuf writes them (quotes included, not
/// indented): every backslash doubled, `"""` escaped, a one-line docstring ending in `"` or `\`
/// padded with a space before the closing quotes.
pub fn python_mypy_docstring(lines: &[String]) -> Vec<String> {
    let escaped: Vec<String> = lines.iter().map(|l| l.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"")).collect();
    if let [only] = escaped.as_slice() {
        let space = if only.ends_with('"') || only.ends_with('\\') { " " } else { "" };
        return vec![format!("\"\"\"{only}{space}\"\"\"")];
    }
    let mut out = Vec::with_capacity(escaped.len() + 1);
    for (i, l) in escaped.iter().enumerate() {
        out.push(if i == 0 { format!("\"\"\"{l}") } else { l.clone() });
    }
    out.push("\"\"\"".to_string());
    out
}

/// Python: the body of a `'...'` (or `"..."`) string literal holding `s`.
pub fn python_str(s: &str) -> String {
    quoted_body(s, Target::Python)
}

/// JavaScript: one line of a `//` comment. JS ends such a comment at `\r`, U+2028 and U+2029
/// as well as `\n`; the reference plugins copy them and the rest of the line becomes code. A
/// `\r` that ends the line (a CRLF source) is kept as the plugins keep it; the others are
/// written as the escapes `\r`, `\u2028`, `\u2029`.
pub fn js_line_comment(line: &str) -> String {
    let body = line.trim_end_matches('\r');
    let mut out = String::with_capacity(line.len());
    for c in body.chars() {
        match c {
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push_str(&line[body.len()..]);
    out
}

/// JavaScript / TypeScript: the body of a `'...'` or `"..."` string literal holding `s`.
pub fn js_str(s: &str) -> String {
    quoted_body(s, Target::Js)
}

/// TOML: the body of a basic (`"..."`) string holding `s`.
pub fn toml_str(s: &str) -> String {
    quoted_body(s, Target::Toml)
}

/// Rust: one line of a `//` or `///` comment (Rust ends them at `\n` only; a `\r` not followed
/// by `\n` is an error in doc comments, so it is written as `\r`).
pub fn rust_line_comment(line: &str) -> String {
    line.replace('\r', "\\r")
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Python,
    Js,
    Toml,
}

fn quoted_body(s: &str, target: Target) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' if target != Target::Toml => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' | '\u{2029}' if target == Target::Js => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if c.is_control() => {
                let _ = match target {
                    Target::Python if (c as u32) < 0x100 => write!(out, "\\x{:02x}", c as u32),
                    Target::Js if (c as u32) < 0x100 => write!(out, "\\x{:02x}", c as u32),
                    _ => write!(out, "\\u{:04x}", c as u32),
                };
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;

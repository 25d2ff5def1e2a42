//! Comments as mypy-protobuf turns them into docstrings and deprecation messages.

use crate::model::Comments;

/// Whether the element has any comment text. Empty strings count as no comment: protoc never
/// records one, a descriptor set may.
pub fn has_text(c: &Comments) -> bool {
    c.detached.iter().any(|d| !d.is_empty())
        || c.leading.as_deref().is_some_and(|t| !t.is_empty())
        || c.trailing.as_deref().is_some_and(|t| !t.is_empty())
}

/// Comment lines for an element: the last (non-empty) detached comment, a blank line, then the
/// leading and trailing comments; one leading space stripped from every line.
pub fn comment_lines(c: &Comments) -> Vec<String> {
    if !has_text(c) {
        return Vec::new();
    }
    let mut lines = c.detached.iter().rfind(|d| !d.is_empty()).map(|d| break_text(d)).unwrap_or_default();
    let leading = break_text(c.leading.as_deref().unwrap_or_default());
    let trailing = break_text(c.trailing.as_deref().unwrap_or_default());
    if !lines.is_empty() && (!leading.is_empty() || !trailing.is_empty()) {
        lines.push(String::new());
    }
    lines.extend(leading);
    lines.extend(trailing);
    lines
}

/// Python's `str.isspace` (which also counts the ASCII separators U+001C..U+001F).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn break_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.trim_end_matches(py_space)
        .split('\n')
        .map(|l| l.strip_prefix(' ').unwrap_or(l).to_string())
        .collect()
}

/// The lines of a docstring (quotes included, not indented).
pub use crate::lang::common::escape::python_mypy_docstring as docstring_lines;

/// Joins lines with `pad` in front of every non-empty one.
pub fn indent_lines(lines: &[String], pad: &str) -> String {
    lines.iter().map(|l| if l.is_empty() { String::new() } else { format!("{pad}{l}") }).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docstrings_escape_and_pad() {
        let one = docstring_lines(&["say \"hi\"".to_string()]);
        assert_eq!(one, ["\"\"\"say \"hi\" \"\"\""]);
        let many = docstring_lines(&["a \"\"\" b \\".to_string(), String::new(), "c".to_string()]);
        assert_eq!(indent_lines(&many, "    "), "    \"\"\"a \\\"\\\"\\\" b \\\\\n\n    c\n    \"\"\"");
    }

    #[test]
    fn break_text_keeps_inner_blank_lines() {
        assert_eq!(break_text(" a\n\n b  \n"), ["a", "", "b"]);
        assert_eq!(break_text("  \n"), [""]);
        assert!(break_text("").is_empty());
    }

    #[test]
    fn empty_comments_are_no_comments() {
        let c = Comments { leading: Some(String::new()), trailing: None, detached: vec![String::new()] };
        assert!(!has_text(&c));
        assert!(comment_lines(&c).is_empty());
        let c = Comments { leading: Some(" a\n".into()), trailing: Some(" b\n".into()), detached: vec![" d\n".into()] };
        assert_eq!(comment_lines(&c), ["d", "", "a", "b"]);
    }
}

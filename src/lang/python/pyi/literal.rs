//! Whether a deprecation comment can go into `"""..."""` as it is: a small lexer for Python
//! string literals (mypy-protobuf asks `ast.parse`).

/// Whether Python would accept `"""{body}"""` as an expression, the test mypy-protobuf applies to
/// deprecation comments. `None` when the answer would need a full Python parser (text after an
/// early `"""` that is neither a string literal nor a plain word, or a `\N{...}` escape).
pub fn triple_quoted_parses(body: &str) -> Option<bool> {
    let src: Vec<char> = format!("\"\"\"{body}\"\"\"").chars().collect();
    if src.contains(&'\0') {
        return Some(false);
    }
    let mut i = 0;
    let mut literals = 0;
    loop {
        while i < src.len() && matches!(src[i], ' ' | '\t' | '\x0c') {
            i += 1;
        }
        if i == src.len() {
            return Some(literals > 0);
        }
        // A string literal, possibly with prefix letters.
        let mut j = i;
        while j < src.len() && src[j].is_ascii_alphabetic() && j - i < 2 {
            j += 1;
        }
        if j < src.len() && src[j] == '"' {
            let prefix: String = src[i..j].iter().collect::<String>().to_ascii_lowercase();
            let raw = match prefix.as_str() {
                "" | "u" => false,
                "r" => true,
                _ => return None,
            };
            match scan_string(&src, j, raw) {
                Scan::End(next) => {
                    i = next;
                    literals += 1;
                    continue;
                }
                Scan::Invalid => return Some(false),
                Scan::Unknown => return None,
            }
        }
        // A word right after a string is a syntax error unless it is an operator keyword.
        if src[i].is_alphanumeric() || src[i] == '_' {
            let word: String = src[i..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').collect();
            return if ["and", "or", "not", "in", "is", "if", "else", "for", "async", "lambda"].contains(&word.as_str()) {
                None
            } else {
                Some(false)
            };
        }
        return None;
    }
}

enum Scan {
    End(usize),
    Invalid,
    Unknown,
}

/// Scans the string literal whose opening quote is at `start`.
fn scan_string(src: &[char], start: usize, raw: bool) -> Scan {
    let triple = src.len() >= start + 3 && src[start + 1] == '"' && src[start + 2] == '"';
    let mut i = if triple { start + 3 } else { start + 1 };
    while i < src.len() {
        match src[i] {
            '\\' => {
                if !raw {
                    match check_escape(src, i) {
                        Some(true) => {}
                        Some(false) => return Scan::Invalid,
                        None => return Scan::Unknown,
                    }
                }
                i += 2;
            }
            '"' if triple => {
                if src.len() >= i + 3 && src[i + 1] == '"' && src[i + 2] == '"' {
                    return Scan::End(i + 3);
                }
                i += 1;
            }
            '"' => return Scan::End(i + 1),
            '\n' if !triple => return Scan::Invalid,
            _ => i += 1,
        }
    }
    Scan::Invalid
}

/// Checks the escape sequence starting with the backslash at `at` (Python 3.11 rules).
fn check_escape(src: &[char], at: usize) -> Option<bool> {
    let hex = |n: usize| -> Option<u32> {
        let digits: String = src.get(at + 2..at + 2 + n)?.iter().collect();
        if digits.len() == n && digits.chars().all(|c| c.is_ascii_hexdigit()) {
            u32::from_str_radix(&digits, 16).ok()
        } else {
            None
        }
    };
    match src.get(at + 1) {
        None => Some(false),
        Some('x') => Some(hex(2).is_some()),
        Some('u') => Some(hex(4).is_some()),
        Some('U') => Some(hex(8).is_some_and(|v| v <= 0x10ffff)),
        Some('N') => None,
        Some(_) => Some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecation_text_must_be_a_python_string() {
        assert_eq!(triple_quoted_parses("Use Foo instead."), Some(true));
        assert_eq!(triple_quoted_parses("ends with a quote\""), Some(false));
        assert_eq!(triple_quoted_parses("ends with a backslash\\"), Some(false));
        assert_eq!(triple_quoted_parses("bad \\x1 escape"), Some(false));
        assert_eq!(triple_quoted_parses("good \\x41 \\u00e9 escape"), Some(true));
        assert_eq!(triple_quoted_parses("use \"\"\"Foo\"\"\" instead"), Some(false));
        assert_eq!(triple_quoted_parses("a\"\"\" \"\"\"b"), Some(true));
        assert_eq!(triple_quoted_parses("a\"\"\" + \"\"\"b"), None);
        assert_eq!(triple_quoted_parses("line one\\nline two"), Some(true));
    }
}

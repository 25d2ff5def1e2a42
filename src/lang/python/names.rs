//! Python naming rules shared by the Python generators, as protoc's python plugin applies them.

/// Python's reserved words: protoc quotes these where they would be syntax errors.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

fn strip_proto(file: &str) -> &str {
    file.strip_suffix(".protodevel").or_else(|| file.strip_suffix(".proto")).unwrap_or(file)
}

/// `pkg/file-name.proto` -> `pkg.file_name_pb2`.
pub fn module_name(file: &str) -> String {
    format!("{}_pb2", strip_proto(file).replace('-', "_").replace('/', "."))
}

/// `pkg/file.proto` -> `pkg_dot_file__pb2`: the alias other modules import it under.
pub fn module_alias(file: &str) -> String {
    module_name(file).replace('_', "__").replace('.', "_dot_")
}

/// Output path of a module: `pkg/file_pb2.py` (`suffix` = `.py`, `_grpc.py`, `.pyi` ...).
pub fn module_path(file: &str, suffix: &str) -> String {
    format!("{}{suffix}", module_name(file).replace('.', "/"))
}

pub fn contains_keyword(module: &str) -> bool {
    module.split('.').any(is_keyword)
}

/// protoc's `CHexEscape`: C escapes, other non-printables as `\xNN`, and a hex digit right after
/// a `\x` escape escaped too (so the reader cannot take it as part of the escape).
pub fn hex_escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut last_hex = false;
    for &b in bytes {
        let mut is_hex = false;
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'"' => out.push_str("\\\""),
            b'\'' => out.push_str("\\'"),
            b'\\' => out.push_str("\\\\"),
            _ if !(0x20..0x7f).contains(&b) || (last_hex && b.is_ascii_hexdigit()) => {
                out.push_str(&format!("\\x{b:02x}"));
                is_hex = true;
            }
            _ => out.push(b as char),
        }
        last_hex = is_hex;
    }
    out
}

/// protoc's `CEscape`: C escapes, other non-printables as three-digit octal.
pub fn octal_escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'"' => out.push_str("\\\""),
            b'\'' => out.push_str("\\'"),
            b'\\' => out.push_str("\\\\"),
            _ if !(0x20..0x7f).contains(&b) => out.push_str(&format!("\\{b:03o}")),
            _ => out.push(b as char),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names() {
        assert_eq!(module_name("pulumi/my-file.proto"), "pulumi.my_file_pb2");
        assert_eq!(module_alias("google/protobuf/empty.proto"), "google_dot_protobuf_dot_empty__pb2");
        assert_eq!(module_path("a/b.proto", ".py"), "a/b_pb2.py");
        assert!(contains_keyword("kw.import.x_pb2") && !contains_keyword("a.b_pb2"));
    }

    #[test]
    fn escapes_like_protoc() {
        assert_eq!(hex_escape(b"\x0e2\x16.a\"'\\\n"), "\\x0e\\x32\\x16.a\\\"\\'\\\\\\n");
        assert_eq!(hex_escape(b"\x01(z"), "\\x01(z");
        assert_eq!(octal_escape(b"8\x01\xff"), "8\\001\\377");
    }
}

//! Python naming rules shared by the Python generators, as protoc's python plugin applies them.

/// Python's reserved words: protoc quotes these where they would be syntax errors.
pub use crate::lang::common::keywords::is_python_keyword as is_keyword;

fn strip_proto(file: &str) -> &str {
    file.strip_suffix(".protodevel").or_else(|| file.strip_suffix(".proto")).unwrap_or(file)
}

/// `pkg/file-name.proto` -> `pkg.file_name_pb2`.
pub fn module_name(file: &str) -> String {
    format!("{}_pb2", strip_proto(file).replace('-', "_").replace('/', "."))
}

/// How grpc's python plugin names `X_pb2_grpc.py` in its version-check message: the proto
/// path with `-` made `_` and its dots kept (`a.b/c-d.proto` -> `a.b/c_d_pb2_grpc.py`), even
/// where the module itself lands elsewhere (`a/b/c_d_pb2_grpc.py`).
pub fn grpc_message_path(file: &str) -> String {
    format!("{}_pb2_grpc.py", strip_proto(file).replace('-', "_"))
}

/// `pkg/file.proto` -> `pkg_dot_file__pb2`: the alias other modules import it under.
pub fn module_alias(file: &str) -> String {
    module_name(file).replace('_', "__").replace('.', "_dot_")
}

/// Output path of a module: `pkg/file_pb2.py` (`suffix` = `.py`, `_grpc.py`, `.pyi` ...).
pub fn module_path(file: &str, suffix: &str) -> String {
    format!("{}{suffix}", module_name(file).replace('.', "/"))
}

/// How one generated module names another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportStyle {
    /// protoc's `from pkg import x_pb2`, optionally under a package prefix.
    Absolute { prefix: Option<String> },
    /// `from . import x_pb2`, `from ..pkg import y_pb2`: the tree works as a subpackage anywhere.
    Relative,
}

/// Well-known types always come from the protobuf runtime itself.
fn is_runtime_module(file: &str) -> bool {
    file.starts_with("google/protobuf/")
}

/// The module path `dep` is imported by from `from`: absolute (maybe prefixed) or relative.
pub fn import_path(from: &str, dep: &str, style: &ImportStyle) -> String {
    let module = module_name(dep);
    match style {
        _ if is_runtime_module(dep) => module,
        ImportStyle::Absolute { prefix: None } => module,
        ImportStyle::Absolute { prefix: Some(p) } => format!("{p}.{module}"),
        ImportStyle::Relative => {
            let here: Vec<&str> = from.split('/').collect();
            let there: Vec<&str> = module.split('.').collect();
            let (here_dir, there_dir) = (&here[..here.len() - 1], &there[..there.len() - 1]);
            let common = here_dir.iter().zip(there_dir).take_while(|(a, b)| a == b).count();
            let dots = ".".repeat(1 + here_dir.len() - common);
            let rest = there[common..].join(".");
            format!("{dots}{rest}")
        }
    }
}

/// `from <parent> import <leaf> as <alias>` (or the importlib form when a part is a keyword).
pub fn import_statement(from: &str, dep: &str, style: &ImportStyle) -> String {
    let path = import_path(from, dep, style);
    let alias = module_alias(dep);
    let relative = path.starts_with('.');
    if contains_keyword(path.trim_start_matches('.')) {
        return if relative {
            format!("import importlib\n{alias} = importlib.import_module('{path}', __package__)")
        } else {
            format!("import importlib\n{alias} = importlib.import_module('{path}')")
        };
    }
    let body = path.trim_start_matches('.');
    let dots = &path[..path.len() - body.len()];
    match body.rsplit_once('.') {
        Some((parent, leaf)) => format!("from {dots}{parent} import {leaf} as {alias}"),
        None if relative => format!("from {dots} import {body} as {alias}"),
        None => format!("import {body} as {alias}"),
    }
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
        let hex = c_escape(b).is_none() && (!(0x20..0x7f).contains(&b) || (last_hex && b.is_ascii_hexdigit()));
        if hex {
            // Digit by digit: a `format!` per escaped byte (every tag and length of a
            // descriptor) was most of this function's cost.
            out.push_str("\\x");
            out.push(char::from(HEX_DIGITS[usize::from(b >> 4)]));
            out.push(char::from(HEX_DIGITS[usize::from(b & 0xf)]));
        } else {
            push_c_char(&mut out, b);
        }
        last_hex = hex;
    }
    out
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// The C escapes both of protoc's escapers share.
fn c_escape(b: u8) -> Option<&'static str> {
    Some(match b {
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        b'"' => "\\\"",
        b'\'' => "\\'",
        b'\\' => "\\\\",
        _ => return None,
    })
}

/// A byte that needs no numeric escape: its C escape or itself.
fn push_c_char(out: &mut String, b: u8) {
    match c_escape(b) {
        Some(e) => out.push_str(e),
        None => out.push(b as char),
    }
}

/// protoc's `CEscape`: C escapes, other non-printables as three-digit octal.
pub fn octal_escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        if c_escape(b).is_none() && !(0x20..0x7f).contains(&b) {
            out.push('\\');
            for shift in [6, 3, 0] {
                out.push(char::from(b'0' + ((b >> shift) & 7)));
            }
        } else {
            push_c_char(&mut out, b);
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
    fn import_styles() {
        let abs = ImportStyle::Absolute { prefix: None };
        let pre = ImportStyle::Absolute { prefix: Some("myproj.proto".into()) };
        let rel = ImportStyle::Relative;
        assert_eq!(import_statement("a/x.proto", "a/y.proto", &abs), "from a import y_pb2 as a_dot_y__pb2");
        assert_eq!(import_statement("a/x.proto", "a/y.proto", &pre), "from myproj.proto.a import y_pb2 as a_dot_y__pb2");
        assert_eq!(import_statement("a/x.proto", "a/y.proto", &rel), "from . import y_pb2 as a_dot_y__pb2");
        assert_eq!(import_statement("a/b/x.proto", "a/c/y.proto", &rel), "from ..c import y_pb2 as a_dot_c_dot_y__pb2");
        assert_eq!(import_statement("x.proto", "a/y.proto", &rel), "from .a import y_pb2 as a_dot_y__pb2");
        assert_eq!(import_statement("a/x.proto", "y.proto", &rel), "from .. import y_pb2 as y__pb2");
        assert_eq!(import_statement("x.proto", "y.proto", &abs), "import y_pb2 as y__pb2");
        assert_eq!(
            import_statement("a/x.proto", "google/protobuf/empty.proto", &rel),
            "from google.protobuf import empty_pb2 as google_dot_protobuf_dot_empty__pb2"
        );
    }

    #[test]
    fn escapes_like_protoc() {
        assert_eq!(hex_escape(b"\x0e2\x16.a\"'\\\n"), "\\x0e\\x32\\x16.a\\\"\\'\\\\\\n");
        assert_eq!(hex_escape(b"\x01(z"), "\\x01(z");
        assert_eq!(octal_escape(b"8\x01\xff"), "8\\001\\377");
    }
}

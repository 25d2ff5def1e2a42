//! What counts as a name in each target: used to validate option values and names read from
//! descriptor sets before any of them reaches generated code.

use super::keywords::is_python_keyword;

/// A Python identifier (PEP 3131: XID_Start or `_`, then XID_Continue), not a keyword.
pub fn is_python_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return false };
    (first == '_' || unicode_ident::is_xid_start(first))
        && chars.all(unicode_ident::is_xid_continue)
        && !is_python_keyword(s)
}

/// `a.b.c`, each part a Python identifier: an importable package path.
pub fn is_dotted_python_name(s: &str) -> bool {
    s.split('.').all(is_python_identifier)
}

/// A Cargo package name as `cargo new` accepts it: ASCII letters, digits, `-` and `_`, not
/// starting with a digit or `-`, at most 64 characters.
pub fn is_cargo_package_name(s: &str) -> bool {
    let Some(first) = s.chars().next() else { return false };
    s.len() <= 64
        && (first.is_ascii_alphabetic() || first == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_names() {
        assert!(is_dotted_python_name("myproj.proto") && is_dotted_python_name("_x.été"));
        for bad in ["", "a b", "a..b", "a.class", "1a", "a;import os", ".a", "a."] {
            assert!(!is_dotted_python_name(bad), "{bad}");
        }
    }

    #[test]
    fn cargo_names() {
        assert!(is_cargo_package_name("protosmith-pulumirpc") && is_cargo_package_name("_a1"));
        for bad in ["", "a\"b", "1a", "-a", "a b", "a\n[x]", &"a".repeat(65)] {
            assert!(!is_cargo_package_name(bad), "{bad}");
        }
    }
}

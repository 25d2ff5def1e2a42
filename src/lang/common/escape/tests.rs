use super::*;

#[test]
fn python_docstring_doubles_only_escaping_backslashes() {
    assert_eq!(python_docstring_line("plain text, a \"quote\""), "plain text, a \"quote\"");
    assert_eq!(python_docstring_line("a backslash \\ stays"), "a backslash \\ stays");
    assert_eq!(python_docstring_line("C:\\xyz \\N{ \\u12 \\U"), "C:\\\\xyz \\\\N{ \\\\u12 \\\\U");
    assert_eq!(python_docstring_line("ends in \\"), "ends in \\\\");
    assert_eq!(python_docstring_line("\\\\"), "\\\\\\\\");
    assert_eq!(python_docstring_line("a \"\"\" b"), "a \\\"\\\"\\\" b");
    assert_eq!(python_docstring_line("\\\"\"\""), "\\\\\\\"\\\"\\\"");
    assert_eq!(python_docstring_line("nul\0"), "nul\\x00");
}

#[test]
fn python_mypy_docstring_pads_one_liners() {
    assert_eq!(python_mypy_docstring(&["a\\".into()]), ["\"\"\"a\\\\ \"\"\""]);
    assert_eq!(python_mypy_docstring(&["a".into(), "b".into()]), ["\"\"\"a", "b", "\"\"\""]);
}

#[test]
fn string_literals() {
    assert_eq!(python_str("pkg.Service/Method"), "pkg.Service/Method");
    assert_eq!(python_str("a'b\"c\\d\ne\0"), "a\\'b\\\"c\\\\d\\ne\\x00");
    assert_eq!(js_str("./x_pb.js"), "./x_pb.js");
    assert_eq!(js_str("a'\u{2028}\r"), "a\\'\\u2028\\r");
    assert_eq!(toml_str("my-crate"), "my-crate");
    assert_eq!(toml_str("a\"b\n[x]'"), "a\\\"b\\n[x]'");
    assert_eq!(toml_str("\u{1}"), "\\u0001");
}

#[test]
fn js_comments_end_only_at_the_newline() {
    assert_eq!(js_line_comment(" ordinary"), " ordinary");
    assert_eq!(js_line_comment(" crlf\r"), " crlf\r");
    assert_eq!(js_line_comment(" a\rb\r"), " a\\rb\r");
    assert_eq!(js_line_comment("a\u{2028}b\u{2029}"), "a\\u2028b\\u2029");
}

#[test]
fn rust_comments() {
    assert_eq!(rust_line_comment("a\rb"), "a\\rb");
}

use super::parse;

fn err(src: &str) -> String {
    parse("t.proto", src.as_bytes()).unwrap_err().to_string()
}

#[test]
fn simple_message() {
    let f = parse("t.proto", b"syntax = \"proto3\";\nmessage M { int32 a = 1; }\n").unwrap();
    assert_eq!(f.message_type[0].field[0].name(), "a");
}

#[test]
fn errors_have_protoc_wording() {
    assert_eq!(err("syntax = \"proto3\";\nmessage M { int32 \u{e9} = 1; }\n"), "t.proto:2:19: Interpreting non ascii codepoint 195.");
    assert_eq!(err("syntax = \"proto3\";\nmessage M {\tint32 \x01 = 2; }\n"), "t.proto:2:23: Invalid control characters encountered in text.");
    assert_eq!(err("syntax = \"proto3\";\nmessage A { reserved = 1; }\n"), "t.proto:2:22: Expected field name or number range.");
    assert_eq!(err("syntax = \"proto3\";\n/* abc\n"), "t.proto:3:1: End-of-file inside block comment.");
}

use super::*;
use crate::compile::compile_in_memory;
use prost_types::SourceCodeInfo;

const EVERYTHING: &str = r#"
// Detached comment before syntax.

// File comment on the syntax line.
syntax = "proto3";

package demo.v1;

import "google/protobuf/empty.proto";
import public "other.proto";

// Outer message.
message Outer {
  // A nested message.
  message Inner {
    message Deepest { int32 x = 1; }
    Deepest d = 1;
  }
  // Nested enum.
  enum Mode {
    option allow_alias = true;
    MODE_UNSPECIFIED = 0;
    MODE_ON = 1;
    MODE_ENABLED = 1; // alias
  }
  string name = 1; // trailing
  repeated int64 ids = 2;
  map<string, Inner> children = 3;
  optional int32 maybe = 4;
  oneof choice {
    string text = 5;
    Inner inner = 6;
  }
  Mode mode = 7;
  repeated string tags = 8;
  repeated int32 loose = 9 [packed = false];
  int64 big = 10 [jstype = JS_STRING];
  other.Shared shared = 11;
}

service Streams {
  // Unary call.
  rpc Unary(Outer) returns (google.protobuf.Empty);
  rpc ServerStream(Outer) returns (stream Outer);
  rpc ClientStream(stream Outer) returns (Outer);
  rpc Bidi(stream Outer) returns (stream Outer) { option deprecated = true; }
}
"#;

const OTHER: &str = r#"
syntax = "proto3";
package other;
message Shared { bool ok = 1; }
"#;

const PROTO2: &str = r#"
syntax = "proto2";
package legacy;
message Base {
  required string id = 1;
  optional int32 count = 2 [default = -5];
  optional group Extra = 3 { optional string note = 4; }
  repeated int32 nums = 5;
  extensions 100 to max;
}
extend Base { optional string tag = 100; }
message Scope { extend Base { repeated int32 marks = 101; } }
"#;

fn model() -> Model {
    let compiled = compile_in_memory(
        &[("demo.proto", EVERYTHING), ("other.proto", OTHER), ("legacy.proto", PROTO2)],
        &["demo.proto", "legacy.proto"],
    )
    .unwrap();
    Model::build(&compiled)
}

fn outer(m: &Model) -> &Message {
    m.message("demo.v1.Outer").unwrap()
}

fn field<'a>(msg: &'a Message, name: &str) -> &'a Field {
    msg.fields.iter().find(|f| f.name == name).unwrap()
}

#[test]
fn files_and_import_graph() {
    let m = model();
    let names: Vec<_> = m.files.iter().map(|f| f.name.as_str()).collect();
    let pos = |n: &str| names.iter().position(|x| *x == n).unwrap();
    assert!(pos("google/protobuf/empty.proto") < pos("demo.proto"));
    assert!(pos("other.proto") < pos("demo.proto"));
    let demo = m.file("demo.proto").unwrap();
    assert!(demo.generate && !m.file("other.proto").unwrap().generate);
    assert_eq!(demo.syntax, Syntax::Proto3);
    assert_eq!(demo.package, "demo.v1");
    assert_eq!(demo.dependencies, ["google/protobuf/empty.proto", "other.proto"]);
    assert_eq!(demo.public_dependencies, ["other.proto"]);
    assert_eq!(m.public_closure("demo.proto"), ["demo.proto", "other.proto"]);
    assert_eq!(m.files_to_generate().count(), 2);
}

#[test]
fn nested_types_and_index() {
    let m = model();
    let o = outer(&m);
    assert_eq!(o.messages.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ["Inner", "ChildrenEntry"]);
    let deepest = m.message("demo.v1.Outer.Inner.Deepest").unwrap();
    assert_eq!(deepest.source_path, [4, 0, 3, 0, 3, 0]);
    assert_eq!(m.types["demo.v1.Outer.Mode"].kind, TypeKind::Enum);
    assert_eq!(m.types["demo.v1.Outer.Inner"].relative_name, "Outer.Inner");
    assert!(m.message("demo.v1.Outer.ChildrenEntry").unwrap().is_map_entry);
}

#[test]
fn field_kinds_labels_presence() {
    let m = model();
    let o = outer(&m);
    let name = field(o, "name");
    assert_eq!((name.kind.clone(), name.label, name.presence), (FieldKind::String, Label::Optional, Presence::Implicit));
    assert_eq!(name.json_name, "name");
    let ids = field(o, "ids");
    assert_eq!((ids.label, ids.presence, ids.packed), (Label::Repeated, Presence::Repeated, true));
    assert!(!field(o, "loose").packed && field(o, "loose").packed_explicit == Some(false));
    assert!(!field(o, "tags").packed, "strings are never packed");
    let maybe = field(o, "maybe");
    assert!(maybe.proto3_optional);
    assert_eq!(maybe.presence, Presence::Explicit);
    assert_eq!(maybe.oneof_index, None, "synthetic oneof is hidden");
    assert_eq!(field(o, "mode").kind, FieldKind::Enum("demo.v1.Outer.Mode".into()));
    assert_eq!(field(o, "shared").kind, FieldKind::Message("other.Shared".into()));
    assert_eq!(field(o, "big").jstype, JsType::String);
    assert!(field(o, "big").kind.is_64bit());
}

#[test]
fn maps_and_oneofs() {
    let m = model();
    let o = outer(&m);
    let map = field(o, "children").map.as_ref().unwrap();
    assert_eq!(map.key, FieldKind::String);
    assert_eq!(map.value, FieldKind::Message("demo.v1.Outer.Inner".into()));
    assert_eq!(o.oneofs.len(), 1, "only the real oneof");
    let choice = &o.oneofs[0];
    assert_eq!(choice.name, "choice");
    let members: Vec<_> = choice.fields.iter().map(|&i| o.fields[i].name.as_str()).collect();
    assert_eq!(members, ["text", "inner"]);
    assert_eq!(field(o, "text").oneof_index, Some(0));
    assert_eq!(field(o, "inner").presence, Presence::Explicit);
}

#[test]
fn enums_with_aliases() {
    let m = model();
    let mode = m.enumeration("demo.v1.Outer.Mode").unwrap();
    assert!(mode.allow_alias);
    let values: Vec<_> = mode.values.iter().map(|v| (v.name.as_str(), v.number)).collect();
    assert_eq!(values, [("MODE_UNSPECIFIED", 0), ("MODE_ON", 1), ("MODE_ENABLED", 1)]);
    assert_eq!(mode.values[2].comments.trailing.as_deref(), Some(" alias\n"));
    assert_eq!(mode.comments.leading.as_deref(), Some(" Nested enum.\n"));
}

#[test]
fn services_and_streaming() {
    let m = model();
    let svc = &m.file("demo.proto").unwrap().services[0];
    assert_eq!(svc.full_name, "demo.v1.Streams");
    let kinds: Vec<_> = svc.methods.iter().map(|x| x.streaming).collect();
    assert_eq!(
        kinds,
        [Streaming::Unary, Streaming::ServerStreaming, Streaming::ClientStreaming, Streaming::BidiStreaming]
    );
    assert_eq!(svc.methods[0].input, "demo.v1.Outer");
    assert_eq!(svc.methods[0].output, "google.protobuf.Empty");
    assert_eq!(svc.methods[0].comments.leading.as_deref(), Some(" Unary call.\n"));
    assert!(svc.methods[3].deprecated && !svc.methods[0].deprecated);
}

#[test]
fn comments_leading_trailing_detached() {
    let m = model();
    let demo = m.file("demo.proto").unwrap();
    assert_eq!(demo.syntax_comments.leading.as_deref(), Some(" File comment on the syntax line.\n"));
    assert_eq!(demo.syntax_comments.detached, [" Detached comment before syntax.\n"]);
    let o = outer(&m);
    assert_eq!(o.comments.leading.as_deref(), Some(" Outer message.\n"));
    assert_eq!(field(o, "name").comments.trailing.as_deref(), Some(" trailing\n"));
    assert!(field(o, "ids").comments.is_empty());
}

#[test]
fn proto2_required_defaults_groups_extensions() {
    let m = model();
    let file = m.file("legacy.proto").unwrap();
    assert_eq!(file.syntax, Syntax::Proto2);
    let base = m.message("legacy.Base").unwrap();
    let id = field(base, "id");
    assert_eq!((id.label, id.presence), (Label::Required, Presence::Explicit));
    assert_eq!(field(base, "count").default_value.as_deref(), Some("-5"));
    assert_eq!(field(base, "extra").kind, FieldKind::Group("legacy.Base.Extra".into()));
    assert!(!field(base, "nums").packed, "proto2 repeated scalars are unpacked by default");
    assert_eq!(base.extension_ranges, [(100, 536870912)]);
    assert_eq!(file.extensions.len(), 1);
    assert_eq!(file.extensions[0].extendee.as_deref(), Some("legacy.Base"));
    assert_eq!(file.extensions[0].full_name, "legacy.tag");
    let scope = m.message("legacy.Scope").unwrap();
    assert_eq!(scope.extensions[0].full_name, "legacy.Scope.marks");
    assert_eq!(scope.extensions[0].label, Label::Repeated);
}

#[test]
fn json_names() {
    assert_eq!(default_json_name("foo_bar_baz"), "fooBarBaz");
    assert_eq!(default_json_name("_x"), "X");
    assert_eq!(default_json_name("a__b"), "aB");
    assert_eq!(default_json_name("already"), "already");
    // protoc upper-cases ASCII only.
    assert_eq!(default_json_name("a_\u{e9}t\u{e9}"), "a\u{e9}t\u{e9}");
}

#[test]
fn comment_lines_split_like_getline() {
    use super::comment_lines;
    assert_eq!(comment_lines(" a\n b\n"), [" a", " b"]);
    assert_eq!(comment_lines(" a\r\n b\r\n"), [" a\r", " b\r"]);
    assert_eq!(comment_lines("\n"), [""]);
    assert!(comment_lines("").is_empty());
}

const OPTIONS: &str = r#"
syntax = "proto2";
package opts;
import "google/protobuf/descriptor.proto";
option py_generic_services = true;
extend google.protobuf.FieldOptions {
  optional string note = 50001;
  repeated int32 marks = 50002;
}
message Set {
  option message_set_wire_format = true;
  extensions 4 to max;
}
message Plain {
  optional int32 a = 1 [(note) = "hi", (marks) = 1, (marks) = 2, deprecated = true];
  optional int32 b = 2;
  extensions 100 to 200;
  // Comment on the option.
  option deprecated = true;
}
extend Plain { optional int32 x = 100 [(note) = "ext"]; }
"#;

#[test]
fn options_the_generators_read() {
    let compiled = compile_in_memory(
        &[("opts.proto", OPTIONS), ("p3.proto", "syntax = \"proto3\"; message P { optional int32 x = 1; oneof o { int32 y = 2; } optional int32 z = 3; }")],
        &["opts.proto", "p3.proto"],
    )
    .unwrap();
    let m = Model::build(&compiled);
    let file = m.file("opts.proto").unwrap();
    assert!(file.py_generic_services && !m.file("p3.proto").unwrap().py_generic_services);
    assert!(m.message("opts.Set").unwrap().message_set_wire_format);
    let plain = m.message("opts.Plain").unwrap();
    assert!(!plain.message_set_wire_format);
    let a = field(plain, "a");
    let found: Vec<_> = a.extension_options.iter().map(|o| (o.name.as_str(), o.value.clone())).collect();
    assert!(found.contains(&("opts.note", OptionValue::String("hi".into()))), "{found:?}");
    assert!(found.contains(&("opts.marks", OptionValue::List(vec![OptionValue::Int(1), OptionValue::Int(2)]))), "{found:?}");
    assert!(a.deprecated && field(plain, "b").extension_options.is_empty());
    let x = &file.extensions.iter().find(|x| x.name == "x").unwrap().extension_options;
    assert_eq!(x.len(), 1);
    assert_eq!(x[0].value, OptionValue::String("ext".into()));
    // Comments on options are found by path: `Plain`'s `option deprecated`.
    let path = [&plain.source_path[..], &[sp::MESSAGE_OPTIONS, sp::MESSAGE_OPTIONS_DEPRECATED]].concat();
    assert_eq!(file.comments.get(&path).unwrap().leading.as_deref(), Some(" Comment on the option.\n"));

    let p = m.message("P").unwrap();
    let oneofs = |list: &[Oneof]| list.iter().map(|o| (o.name.clone(), o.index)).collect::<Vec<_>>();
    // protoc puts the synthetic oneofs after the real ones.
    assert_eq!(oneofs(&p.oneofs), [("o".to_string(), 0)]);
    assert_eq!(oneofs(&p.synthetic_oneofs), [("_x".to_string(), 1), ("_z".to_string(), 2)]);
    assert_eq!(p.synthetic_oneofs[1].fields, [2]);
}

#[test]
fn last_location_of_a_path_carries_its_comments() {
    use prost_types::source_code_info::Location;
    let loc = |path: Vec<i32>, leading: Option<&str>| Location {
        path,
        leading_comments: leading.map(str::to_string),
        ..Default::default()
    };
    let info = SourceCodeInfo {
        location: vec![
            loc(vec![4, 0], Some(" first\n")),
            loc(vec![4, 0], Some(" second\n")),
            loc(vec![4, 1], Some(" earlier\n")),
            loc(vec![4, 1], None),
        ],
    };
    let map = CommentMap::new(info.location.iter().map(Into::into).collect());
    assert_eq!(map.get(&[4, 0]).unwrap().leading.as_deref(), Some(" second\n"));
    assert!(map.get(&[4, 1]).is_none(), "a last location without comments is no comment");
}

//! The broken and unsupported inputs of the golden corpus: each names its expected location in
//! its first comment line (and, in an optional `// Message: ` second line, the exact message
//! after it), and must fail with exit 2, that location, and nothing written.

mod common;

use std::fs;

use common::{protosmith, repo, text};

#[test]
fn broken_inputs_fail_with_their_documented_location() {
    let dir = repo().join("tests/golden");
    let cases = common::protos_under(&dir.join("broken"));
    assert_eq!(cases.len(), 13, "expected the thirteen broken fixtures");
    for name in cases {
        let rel = format!("broken/{name}");
        let source = fs::read_to_string(dir.join(&rel)).unwrap();
        let mut lines = source.lines();
        let expected = lines
            .next()
            .and_then(|l| l.strip_prefix("// Expected: "))
            .and_then(|l| l.split(": ").next())
            .unwrap_or_else(|| panic!("{rel} lacks its `// Expected: file:line:col: ...` comment"))
            .to_string();
        let expected = match lines.next().and_then(|l| l.strip_prefix("// Message: ")) {
            Some(message) => format!("{expected}: {message}"),
            None => expected,
        };
        let out_dir = tempfile::tempdir().unwrap();
        let out = protosmith(&dir, &["gen", "-I", ".", "--out", out_dir.path().to_str().unwrap(), &rel]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{rel}: {err}");
        assert!(err.contains(&expected), "{rel}: expected `{expected}` in:\n{err}");
        assert!(err.contains('^'), "{rel}: expected a caret in:\n{err}");
        assert!(fs::read_dir(out_dir.path()).unwrap().next().is_none(), "{rel}: something was written");
    }
}

/// What protoc accepts next to the broken fixtures above (each checked with protoc 24.3 and
/// 35.1): same-number aliases and distinct PascalCase names, a proto2 enum that opts into the
/// legacy conflict rules (protoc only warns), `rpc Foo(FooRequest)`, a method type reached
/// through a qualified name whose first component is a method, fully qualified names, and a
/// same-named symbol in a file that is not imported.
#[test]
fn valid_lookalikes_of_the_broken_inputs_compile() {
    let files = [
        (
            "lookalikes.proto",
            r#"syntax = "proto3";
package look.alikes;
enum FooBar {
  option allow_alias = true;
  FOO_BAR_UNSPECIFIED = 0;
  UNSPECIFIED = 0;
  FOO_BAR_BAZ = 1;
  FOO_BAR_QUX = 2;
  FOO_BAR = 3;
  FOO_BAR_ = 3;
}
enum Qux {
  QUX_A_B = 0;
  QUX_AB = 1;
}
message Foo { message Inner {} }
message FooRequest {}
message Get {}
service Svc {
  rpc Foo(FooRequest) returns (.look.alikes.Foo);
  rpc Get(Foo.Inner) returns (look.alikes.Get);
  rpc Put(.look.alikes.Get) returns (Foo.Inner);
}
"#,
        ),
        (
            "legacy.proto",
            r#"syntax = "proto2";
package look.legacy;
enum Color {
  option deprecated_legacy_json_field_conflicts = true;
  COLOR_RED = 0;
  RED = 1;
}
"#,
        ),
        (
            "unimported.proto",
            r#"syntax = "proto3";
package look.alikes.inner;
enum Kind { KIND_UNSPECIFIED = 0; FooRequest = 1; }
"#,
        ),
        (
            "uses.proto",
            r#"syntax = "proto3";
package look.alikes.inner;
import "lookalikes.proto";
service Uses { rpc Call(FooRequest) returns (FooRequest); }
"#,
        ),
    ];
    // Python only: prost-build refuses the enum protoc merely warns about.
    let dir = python_from(&files);
    assert!(dir.path().join("out/python/uses_pb2.py").is_file());
}

/// Field options and types next to the refused ones (checked with protoc 24.3 and 35.1):
/// `[packed = false]` anywhere, `[packed = true]` on repeated numbers and enums, `lazy` on
/// messages and message extensions, `unverified_lazy` on a message field, and a proto3 message
/// using a proto3 enum and a proto2 message (only proto2 *enums* are refused there).
#[test]
fn valid_lookalikes_of_the_field_checks_compile() {
    let files = [
        (
            "closed.proto",
            r#"syntax = "proto2";
package look.fields;
enum Closed { CLOSED_A = 1; }
message Old {
  optional int32 a = 1 [packed = false];
  repeated Closed closed = 2 [packed = true];
  repeated int64 n = 3 [packed = true];
  optional Old child = 4 [lazy = true];
  optional Old other = 5 [unverified_lazy = true];
  extensions 100 to 199;
}
extend Old { optional Old lazy_ext = 100 [lazy = true]; }
"#,
        ),
        (
            "open.proto",
            r#"syntax = "proto3";
package look.fields;
import "closed.proto";
enum Open { OPEN_UNSPECIFIED = 0; }
message New {
  bytes b = 1 [packed = false];
  repeated Open open = 2 [packed = true];
  Old old = 3 [lazy = true];
  repeated double d = 4 [packed = true];
}
"#,
        ),
    ];
    let dir = python_from(&files);
    assert!(dir.path().join("out/python/open_pb2.py").is_file());
}

/// The legacy `_pb2.py` form (the default) is for protobuf runtimes older than editions: an
/// editions file is refused there, naming the option that generates it.
#[test]
fn editions_need_a_current_python_runtime() {
    let dir = repo().join("tests/golden");
    let out = protosmith(&dir, &["gen", "-I", ".", "--out", "/nonexistent/never-written", "--lang", "python", "unsupported/editions.proto"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("`python.runtime = \"legacy\"` (the default, for protobuf runtimes that predate editions)"), "{err}");
    assert!(err.contains("\n  unsupported/editions.proto: edition 2023"), "{err}");
    assert!(err.contains("`python.runtime=7.35.1`"), "{err}");
}

/// An enum value whose `feature_support` is removed in some edition without a `removal_error`
/// (protoc 35 refuses: `pb.VALUE_FUTURE has been removed but does not specify a removal
/// error.`, as in protobuf's own unittest_features.proto). protox's bundled descriptor.proto
/// predates `feature_support`, so the include root brings a descriptor.proto that has it
/// (trimmed to what the test uses), as trees shipping a current copy do.
#[test]
fn removed_enum_value_without_removal_error_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("google/protobuf")).unwrap();
    fs::write(
        dir.path().join("google/protobuf/descriptor.proto"),
        r#"syntax = "proto2";
package google.protobuf;
message EnumValueOptions {
  optional bool deprecated = 1 [default = false];
  message FeatureSupport {
    optional int32 edition_introduced = 1;
    optional int32 edition_removed = 4;
    optional string removal_error = 5;
  }
  optional FeatureSupport feature_support = 4;
  extensions 1000 to max;
}
"#,
    )
    .unwrap();
    let source = |removal: &str| {
        format!(
            "syntax = \"proto2\";\npackage feat;\nimport \"google/protobuf/descriptor.proto\";\nenum Feature {{\n  FEATURE_UNKNOWN = 0;\n  \
             VALUE_GONE = 1 [feature_support = {{ edition_introduced: 1000 edition_removed: 1001{removal} }}];\n}}\n"
        )
    };
    fs::write(dir.path().join("gone.proto"), source("")).unwrap();
    let out = protosmith(dir.path(), &["gen", "-I", ".", "--out", "out", "--lang", "python", "gone.proto"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("gone.proto:6:3: feat.VALUE_GONE has been removed but does not specify a removal error."),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
    fs::write(dir.path().join("gone.proto"), source(" removal_error: \"use VALUE_NEW\"")).unwrap();
    let out = protosmith(dir.path(), &["gen", "-I", ".", "--out", "out", "--lang", "python", "gone.proto"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// Writes `files` (name, source) into a temp dir and generates Python for them; must succeed.
fn python_from(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, source) in files {
        fs::write(dir.path().join(name), source).unwrap();
    }
    let mut args = vec!["gen", "-I", ".", "--out", "out", "--lang", "python"];
    args.extend(files.iter().map(|(name, _)| *name));
    let out = protosmith(dir.path(), &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir
}

//! Checks protoc makes that protox does not, run after protox compiled sources (never on a
//! `--descriptor-set-in` input, which is taken as given, as protoc takes it).
//!
//! Each rule was checked against protoc 24.3 (grpcio-tools 1.59.5) and protoc 35.1
//! (grpcio-tools 1.85.1), for proto2 and proto3; both versions decide the same way:
//!
//! * Enum value names must stay distinct once the enum's name is stripped from their front
//!   and they are PascalCased (`FOO_BAR_UNSPECIFIED` and `UNSPECIFIED` in `enum FooBar` both
//!   become `Unspecified`), unless the two values have the same number (an alias). Each value
//!   is compared with the first value that produced its stripped name. An error in proto3 and
//!   in proto2; only a warning (so no failure here) in a proto2 file whose enum sets
//!   `option deprecated_legacy_json_field_conflicts = true;`.
//! * A method's input and output type names are resolved relative to the method's full name
//!   with every kind of symbol in view, so a method (itself or a sibling), the service, an enum
//!   value, an extension or a package of that name, met in an inner scope before the message,
//!   is what the name means: `"foo" is not a message type.`. protox skips such symbols and finds
//!   the message further out. A qualified name (`foo.Bar`) whose first component is a method
//!   (or another symbol that cannot contain names) keeps searching outward, as protox does.
//! * Fields' JSON names (`json_names`): protoc's exact-name rule, which the pool does not make.
//! * Field options and types (`fields`): `packed`/`lazy` where they cannot apply, unverified
//!   lazy extensions, proto2 (closed) enums in proto3 messages.
//! * `message_set_wire_format` containers (`message_sets`): not in proto3, no fields, only
//!   optional message extensions.

use std::collections::HashMap;
use std::sync::OnceLock;

use prost_reflect::{DescriptorPool, ReflectMessage};
use prost_types::{DescriptorProto, EnumDescriptorProto, FileDescriptorProto};

use super::editions::EditionsFile;
use super::CompileError;

mod enum_names;
mod fields;
mod json_names;
mod message_sets;
mod method_types;

use enum_names::*;
use json_names::json_names;
use method_types::*;

use crate::model::source_path::{
    ENUM_VALUE, ENUM_VALUE_NAME, FILE_ENUM_TYPE, FILE_MESSAGE_TYPE, FILE_SERVICE, MESSAGE_ENUM_TYPE, MESSAGE_NESTED_TYPE,
    METHOD_INPUT_TYPE, METHOD_OUTPUT_TYPE, SERVICE_METHOD,
};

/// Runs every check on each file that has source text, in dependency order, and reports the
/// errors of the first file that has any (protoc stops building a file's dependents too).
pub(super) fn check(compiled: &super::Compiled, sources: &HashMap<String, String>) -> Result<(), CompileError> {
    use rayon::prelude::*;
    let (pool, editions) = (&compiled.pool, &compiled.editions);
    let files: Vec<&FileDescriptorProto> = compiled.files().collect();
    // Files are checked in parallel; the first file (in dependency order) with errors is the
    // one reported, whichever finished first. The table of every symbol the method types
    // are resolved against is built while the other checks run.
    let (symbols, mut errors) = rayon::join(
        || Symbols::new(&files),
        || {
            files
                .par_iter()
                .map(|&file| {
                    let mut errors = Vec::new();
                    if let Some(text) = sources.get(file.name()) {
                        let source = Source::new(compiled, file, text, editions);
                        fields::check(pool, file.name(), &source, &mut errors);
                        message_sets::check(pool, file.name(), &source, &mut errors);
                        json_names(pool, file, &source, &mut errors);
                        enum_value_names(pool, file, &source, &mut errors);
                    }
                    errors
                })
                .collect::<Vec<_>>()
        },
    );
    errors.par_iter_mut().enumerate().for_each(|(index, errors)| {
        let file = files[index];
        if let Some(text) = sources.get(file.name()) {
            method_types(&symbols, index, file, &Source::new(compiled, file, text, editions), errors);
        }
    });
    match errors.into_iter().find(|e| !e.is_empty()) {
        Some(errors) => Err(CompileError::Proto(errors.join("\n"))),
        None => Ok(()),
    }
}

/// One file's text and the spans of its source info, by path. Both are split up only when
/// asked (for an error, or a method's type as written): most files need neither.
struct Source<'a> {
    name: &'a str,
    /// Holds the file's source info, decoded only when a span is asked for.
    compiled: &'a super::Compiled,
    text: &'a str,
    lines: OnceLock<Vec<&'a str>>,
    spans: OnceLock<HashMap<Vec<i32>, Vec<i32>>>,
    /// Editions files are in the pool as proto2; whether their enums are closed is here.
    editions: &'a HashMap<String, EditionsFile>,
}

impl<'a> Source<'a> {
    fn new(
        compiled: &'a super::Compiled,
        file: &'a FileDescriptorProto,
        text: &'a str,
        editions: &'a HashMap<String, EditionsFile>,
    ) -> Self {
        Source { name: file.name(), compiled, text, lines: OnceLock::new(), spans: OnceLock::new(), editions }
    }

    fn lines(&self) -> &[&'a str] {
        // protox counts lines at `\n` and columns in bytes from the line start.
        self.lines.get_or_init(|| self.text.split('\n').collect())
    }

    /// `(line, column, end line, end column)`, 0-based, of the element at `path`.
    fn span(&self, path: &[i32]) -> Option<(usize, usize, usize, usize)> {
        let spans = self.spans.get_or_init(|| {
            let info = self.compiled.source_info(self.name);
            info.into_iter().flat_map(|info| info.location).map(|loc| (loc.path, loc.span)).collect()
        });
        let to = |v: i32| usize::try_from(v).ok();
        match spans.get(path)?[..] {
            [line, col, end_col] => Some((to(line)?, to(col)?, to(line)?, to(end_col)?)),
            [line, col, end_line, end_col] => Some((to(line)?, to(col)?, to(end_line)?, to(end_col)?)),
            _ => None,
        }
    }

    /// The source text of the element at `path`.
    fn text(&self, path: &[i32]) -> Option<String> {
        let (line, col, end_line, end_col) = self.span(path)?;
        let mut out = String::new();
        for n in line..=end_line {
            let text = self.lines().get(n)?.trim_end_matches('\r');
            let start = if n == line { col } else { 0 };
            let end = if n == end_line { end_col } else { text.len() };
            out.push_str(text.get(start..end.min(text.len()))?);
            out.push('\n');
        }
        Some(out)
    }

    /// `file:line:col: message`, the source line and a caret under the element at `path`
    /// (1-based, as `render_diagnostic` prints protox's errors); the bare message without a span.
    fn error(&self, path: &[i32], message: &str) -> String {
        let Some((line, col, _, _)) = self.span(path) else { return format!("{}: {message}", self.name) };
        let src_line = self.lines().get(line).map(|l| l.trim_end_matches('\r'));
        // Columns count bytes, as protox's do; the caret goes under the same character.
        let caret_at = src_line.map_or(col, |l| l.get(..col.min(l.len())).unwrap_or(l).chars().count());
        super::located_error(self.name, line + 1, col + 1, message, src_line, caret_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compiles in memory; the error text, or `None` when it compiles. The first file is the one
    /// generated, the others are there to be imported.
    fn compile(files: &[(&str, &str)]) -> Option<String> {
        match super::super::compile_in_memory(files, &[files[0].0]) {
            Ok(_) => None,
            Err(CompileError::Proto(text)) => Some(text),
            Err(e) => panic!("unexpected error: {e}"),
        }
    }

    const OUTER: (&str, &str) = ("outer.proto", "syntax = \"proto3\";\npackage p;\nmessage X {}\nmessage Req {}\n");

    #[test]
    fn enum_collisions_are_refused_where_protoc_refuses_them() {
        let err = compile(&[("e.proto", "syntax = \"proto3\";\nenum FooBar { FOO_BAR_UNSPECIFIED = 0; UNSPECIFIED = 1; }\n")]).unwrap();
        assert!(err.starts_with("e.proto:2:40: Enum name UNSPECIFIED has the same name as FOO_BAR_UNSPECIFIED if you ignore case"), "{err}");
        assert!(err.ends_with("\n  enum FooBar { FOO_BAR_UNSPECIFIED = 0; UNSPECIFIED = 1; }\n                                         ^"), "{err}");
        // proto2 too, and an enum nested in a message (the prefix is the enum's own name).
        let err = compile(&[("e.proto", "syntax = \"proto2\";\nmessage M { enum Foo { FOO_A = 0; A = 1; } }\n")]).unwrap();
        assert!(err.starts_with("e.proto:2:35: Enum name A has the same name as FOO_A "), "{err}");
        // Each value is compared with the first one that had its name: both later ones reported.
        let err = compile(&[("e.proto", "syntax = \"proto3\";\nenum Foo { X = 0; FOO_X = 1; FOOX = 2; }\n")]).unwrap();
        assert!(err.contains("e.proto:2:19: Enum name FOO_X has the same name as X "), "{err}");
        assert!(err.contains("\ne.proto:2:30: Enum name FOOX has the same name as X "), "{err}");
        // An explicit `false` is no opt-out.
        let src = "syntax = \"proto2\";\nenum Foo { option deprecated_legacy_json_field_conflicts = false; FOO_A = 0; A = 1; }\n";
        assert!(compile(&[("e.proto", src)]).is_some());
        // proto3 gets no opt-out at all.
        let src = "syntax = \"proto3\";\nenum Foo { option deprecated_legacy_json_field_conflicts = true; FOO_A = 0; A = 1; }\n";
        assert!(compile(&[("e.proto", src)]).is_some());
    }

    #[test]
    fn json_names_follow_protocs_exact_rule() {
        let err = compile(&[("j.proto", "syntax = \"proto3\";\nmessage M { int32 a_b = 1; int32 aB = 2; }\n")]).unwrap();
        assert!(err.starts_with("j.proto:2:34: The default JSON name of field \"aB\" (\"aB\") conflicts with the default JSON name of field \"a_b\"."), "{err}");
        // Two written names: refused in proto2 too.
        let src = "syntax = \"proto2\";\nmessage M { optional int32 a = 1 [json_name = \"z\"]; optional int32 b = 2 [json_name = \"z\"]; }\n";
        assert!(compile(&[("j.proto", src)]).unwrap().contains("The custom JSON name of field \"b\" (\"z\") conflicts with the custom JSON name of field \"a\"."));
        // A nested message is checked too.
        let src = "syntax = \"proto3\";\nmessage M { message N { int32 a_b = 1; int32 aB = 2; } }\n";
        assert!(compile(&[("j.proto", src)]).is_some());
        // Accepted: exact names differ, a default name involved in proto2, the legacy opt-out.
        for src in [
            "syntax = \"proto3\";\nmessage M { int32 foo = 1; int32 Foo = 2; int32 x = 3 [json_name = \"FOO\"]; }\n",
            "syntax = \"proto2\";\nmessage M { optional int32 a_b = 1; optional int32 aB = 2; optional int32 z = 3 [json_name = \"aB\"]; }\n",
            "syntax = \"proto3\";\nmessage M { option deprecated_legacy_json_field_conflicts = true; int32 a_b = 1; int32 aB = 2; }\n",
        ] {
            assert_eq!(compile(&[("j.proto", src)]), None, "{src}");
        }
    }

    /// Each error and location as protoc 35.1 reports it (grpcio-tools 1.85.1).
    #[test]
    fn message_sets_follow_protocs_rules() {
        const SET: &str = "syntax = \"proto2\";\nmessage S { option message_set_wire_format = true; extensions 4 to max; }\n";
        let refused = [
            (format!("{SET}extend S {{ optional int32 x = 5; }}\n"), "m.proto:3:21: Extensions of MessageSets must be optional messages."),
            (format!("{SET}message M {{}}\nextend S {{ repeated M x = 5; }}\n"), "m.proto:4:21: Extensions of MessageSets must be optional messages."),
            (format!("{SET}extend S {{ optional group G = 5 {{ optional int32 a = 1; }} }}\n"), "m.proto:3:21: Extensions of MessageSets must be optional messages."),
            (
                "syntax = \"proto2\";\nmessage S { option message_set_wire_format = true; extensions 4 to max; optional int32 f = 1; }\n".into(),
                "m.proto:2:88: MessageSets cannot have fields, only extensions.",
            ),
            ("syntax = \"proto3\";\nmessage S { option message_set_wire_format = true; }\n".into(), "m.proto:2:9: MessageSet is not supported in proto3."),
            (
                "edition = \"2023\";\nmessage S {\n  option message_set_wire_format = true;\n  extensions 4 to max;\n  extend S {\n    S d = 5 [features.message_encoding = DELIMITED];\n  }\n}\n".into(),
                "m.proto:6:5: Extensions of MessageSets must be optional messages.",
            ),
        ];
        for (src, want) in refused {
            let err = compile(&[("m.proto", &src)]).unwrap_or_else(|| panic!("accepted: {src}"));
            assert!(err.starts_with(want), "{src}\nwant {want}\ngot {err}");
        }
        let nested = "syntax = \"proto2\";\nmessage S { option message_set_wire_format = true; extensions 4 to max;\n  extend S { optional S s = 4; }\n}\n";
        assert_eq!(compile(&[("m.proto", nested)]), None);
        let edition = "edition = \"2024\";\nmessage S {\n  option message_set_wire_format = true;\n  extensions 4 to max;\n  extend S {\n    S s = 1111;\n  }\n}\n";
        assert_eq!(compile(&[("m.proto", edition)]), None);
    }

    #[test]
    fn enum_names_protoc_accepts_compile() {
        for body in [
            "enum Foo { FOO_BAR_BAZ = 0; FOO_BARBAZ = 1; }",
            "enum Foo { A_B = 0; AB = 1; }",
            "enum Foo { A1B = 0; A1_B = 1; }",
            "enum E { option allow_alias = true; E_X = 0; X = 0; }",
        ] {
            assert_eq!(compile(&[("e.proto", &format!("syntax = \"proto3\";\n{body}\n"))]), None, "{body}");
        }
        // The alias of the first value is not compared with the later value it also collides with.
        let src = "syntax = \"proto3\";\nenum E { option allow_alias = true; E_X = 0; X = 1; e_x = 0; }\n";
        let err = compile(&[("e.proto", src)]).unwrap();
        assert_eq!(err.matches("Enum name").count(), 1, "{err}");
        // A warning only in protoc: proto2 with the legacy option.
        let src = "syntax = \"proto2\";\nenum Foo { option deprecated_legacy_json_field_conflicts = true; FOO_A = 0; A = 1; }\n";
        assert_eq!(compile(&[("e.proto", src)]), None);
    }

    #[test]
    fn method_types_resolve_with_protoc_scoping() {
        let refused = [
            // The method itself, a sibling method.
            ("syntax = \"proto3\";\nmessage foo {}\nservice svc { rpc foo(foo) returns (.foo); }\n", "m.proto:3:23: \"foo\" is not a message type."),
            (
                "syntax = \"proto3\";\nmessage foo {}\nservice svc { rpc bar(foo) returns (.foo); rpc foo(.foo) returns (.foo); }\n",
                "m.proto:3:23: \"foo\" is not a message type.",
            ),
            // The service, an enum value, an extension and a package, each in an inner scope.
            ("syntax = \"proto3\";\npackage p.q;\nimport \"outer.proto\";\nservice X { rpc M(X) returns (Req); }\n", "m.proto:4:19: \"X\" is not a message type."),
            (
                "syntax = \"proto3\";\npackage p.q;\nimport \"outer.proto\";\nenum E { X = 0; }\nservice S { rpc M(Req) returns (X); }\n",
                "m.proto:5:33: \"X\" is not a message type.",
            ),
            (
                "syntax = \"proto3\";\npackage p.q;\nimport \"outer.proto\";\nimport \"google/protobuf/descriptor.proto\";\n\
                 extend google.protobuf.MethodOptions { int32 X = 50001; }\nservice S { rpc M(X) returns (Req); }\n",
                "m.proto:6:19: \"X\" is not a message type.",
            ),
            ("syntax = \"proto3\";\npackage x.q;\nimport \"top.proto\";\nservice S { rpc M(q) returns (q); }\n", "m.proto:4:19: \"q\" is not a message type."),
            // Spread over lines, after `stream`.
            (
                "syntax = \"proto3\";\nmessage foo {}\nservice svc {\n  rpc foo(stream .foo) returns (stream\n foo);\n}\n",
                "m.proto:5:2: \"foo\" is not a message type.\n   foo);\n   ^",
            ),
        ];
        let top = ("top.proto", "syntax = \"proto3\";\nmessage q {}\n");
        for (src, want) in refused {
            let err = compile(&[("m.proto", src), OUTER, top]).unwrap_or_else(|| panic!("accepted: {src}"));
            assert!(err.starts_with(want), "{src}\nwant {want}\ngot {err}");
        }
        let accepted = [
            "syntax = \"proto3\";\npackage p;\nmessage Foo {}\nmessage FooRequest {}\nservice S { rpc Foo(FooRequest) returns (.p.Foo); }\n",
            // A qualified name whose first component is a method keeps looking outward.
            "syntax = \"proto3\";\npackage p;\nmessage M { message N {} }\nservice S { rpc M(M.N) returns (M.N); }\n",
            "syntax = \"proto3\";\npackage p.q;\nimport \"outer.proto\";\nservice S { rpc X(p.X) returns (.p.X); }\n",
        ];
        for src in accepted {
            assert_eq!(compile(&[("m.proto", src), OUTER]), None, "{src}");
        }
    }

    #[test]
    fn only_visible_files_shadow_a_method_type() {
        let b = ("b.proto", "syntax = \"proto3\";\npackage p.q;\nenum E2 { X = 0; }\n");
        let c = ("c.proto", "syntax = \"proto3\";\npackage p.q;\nimport public \"b.proto\";\n");
        let d = ("d.proto", "syntax = \"proto3\";\npackage p.q;\nimport \"c.proto\";\n");
        let uses = |import: &str| {
            format!("syntax = \"proto3\";\npackage p.q;\nimport \"outer.proto\";\n{import}service S {{ rpc M(X) returns (Req); }}\n")
        };
        // Re-exported by a direct import: seen.
        let src = uses("import \"c.proto\";\n");
        assert!(compile(&[("m.proto", &src), OUTER, b, c]).is_some());
        // Only reachable through a plain import of an import: not seen, nor when not imported.
        let src = uses("import \"d.proto\";\n");
        assert_eq!(compile(&[("m.proto", &src), OUTER, b, c, d]), None);
        let src = uses("");
        assert_eq!(compile(&[("m.proto", &src), OUTER, b]), None);
    }

    #[test]
    fn enum_prefix_is_stripped_like_protoc() {
        assert_eq!(strip_enum_prefix("FooBar", "FOO_BAR_UNSPECIFIED"), "UNSPECIFIED");
        assert_eq!(strip_enum_prefix("FooBar", "FOOBAR_X"), "X");
        assert_eq!(strip_enum_prefix("FooBar", "FOO_BARX"), "X");
        assert_eq!(strip_enum_prefix("Foo", "F_O_O_A"), "A");
        assert_eq!(strip_enum_prefix("Foo2", "FOO_2_B"), "B");
        assert_eq!(strip_enum_prefix("foo_bar", "FOO_BAR_X"), "X");
        // Nothing left, or not the prefix: unchanged.
        assert_eq!(strip_enum_prefix("Foo", "FOO"), "FOO");
        assert_eq!(strip_enum_prefix("Foo", "FOO__"), "FOO__");
        assert_eq!(strip_enum_prefix("Foo", "FO"), "FO");
        assert_eq!(strip_enum_prefix("Foo", "BAR"), "BAR");
        assert_eq!(strip_enum_prefix("Foo", "_FOO_A"), "A");
    }

    #[test]
    fn enum_values_are_pascal_cased_like_protoc() {
        assert_eq!(pascal_case("UNSPECIFIED"), "Unspecified");
        assert_eq!(pascal_case("X_1"), "X1");
        assert_eq!(pascal_case("A__B"), "AB");
        assert_eq!(pascal_case("A_B"), "AB");
        assert_eq!(pascal_case("AB"), "Ab");
        assert_eq!(pascal_case("_1"), "1");
        assert_eq!(pascal_case("a1b"), "A1b");
        assert_eq!(pascal_case("A1_B"), "A1B");
    }
}

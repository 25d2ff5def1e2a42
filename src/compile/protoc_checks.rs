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
//! * Field options and types (`fields`): `packed`/`lazy` where they cannot apply, unverified
//!   lazy extensions, proto2 (closed) enums in proto3 messages.

use std::collections::HashMap;

use prost_reflect::{DescriptorPool, ReflectMessage};
use prost_types::{DescriptorProto, EnumDescriptorProto, FileDescriptorProto};

use super::CompileError;

mod fields;

use crate::model::source_path::{
    ENUM_VALUE, ENUM_VALUE_NAME, FILE_ENUM_TYPE, FILE_MESSAGE_TYPE, FILE_SERVICE, MESSAGE_ENUM_TYPE, MESSAGE_NESTED_TYPE,
    METHOD_INPUT_TYPE, METHOD_OUTPUT_TYPE, SERVICE_METHOD,
};

/// Runs every check on each file that has source text, in dependency order, and reports the
/// errors of the first file that has any (protoc stops building a file's dependents too).
pub(super) fn check(
    pool: &DescriptorPool,
    files: &[FileDescriptorProto],
    sources: &HashMap<String, String>,
) -> Result<(), CompileError> {
    let symbols = Symbols::new(files);
    for (index, file) in files.iter().enumerate() {
        let Some(text) = sources.get(file.name()) else { continue };
        let source = Source::new(file, text);
        let mut errors = Vec::new();
        fields::check(pool, file.name(), &source, &mut errors);
        enum_value_names(pool, file, &source, &mut errors);
        method_types(&symbols, index, file, &source, &mut errors);
        if !errors.is_empty() {
            return Err(CompileError::Proto(errors.join("\n")));
        }
    }
    Ok(())
}

/// One file's text and the spans of its source info, by path.
struct Source<'a> {
    name: &'a str,
    lines: Vec<&'a str>,
    spans: HashMap<&'a [i32], &'a [i32]>,
}

impl<'a> Source<'a> {
    fn new(file: &'a FileDescriptorProto, text: &'a str) -> Self {
        let spans = file
            .source_code_info
            .iter()
            .flat_map(|info| &info.location)
            .map(|loc| (loc.path.as_slice(), loc.span.as_slice()))
            .collect();
        // protox counts lines at `\n` and columns in bytes from the line start.
        let lines = text.split('\n').collect();
        Source { name: file.name(), lines, spans }
    }

    /// `(line, column, end line, end column)`, 0-based, of the element at `path`.
    fn span(&self, path: &[i32]) -> Option<(usize, usize, usize, usize)> {
        let to = |v: i32| usize::try_from(v).ok();
        match **self.spans.get(path)? {
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
            let text = self.lines.get(n)?.trim_end_matches('\r');
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
        let src_line = self.lines.get(line).map(|l| l.trim_end_matches('\r'));
        // Columns count bytes, as protox's do; the caret goes under the same character.
        let caret_at = src_line.map_or(col, |l| l.get(..col.min(l.len())).unwrap_or(l).chars().count());
        super::located_error(self.name, line + 1, col + 1, message, src_line, caret_at)
    }
}

// ---------------------------------------------------------------------------------------------
// Enum value names, prefix stripped and PascalCased.

fn enum_value_names(pool: &DescriptorPool, file: &FileDescriptorProto, source: &Source, errors: &mut Vec<String>) {
    let proto2 = matches!(file.syntax(), "" | "proto2");
    let package = file.package();
    // protoc builds a message's nested messages (and their enums) before its own enums, and
    // every message before the file's top-level enums.
    fn in_message(
        ctx: &(&DescriptorPool, bool, &Source),
        scope: &str,
        message: &DescriptorProto,
        path: &mut Vec<i32>,
        errors: &mut Vec<String>,
    ) {
        let full = join(scope, message.name());
        for (i, nested) in message.nested_type.iter().enumerate() {
            path.extend([MESSAGE_NESTED_TYPE, i as i32]);
            in_message(ctx, &full, nested, path, errors);
            path.truncate(path.len() - 2);
        }
        for (i, e) in message.enum_type.iter().enumerate() {
            path.extend([MESSAGE_ENUM_TYPE, i as i32]);
            one_enum(ctx, &full, e, path, errors);
            path.truncate(path.len() - 2);
        }
    }
    let ctx = (pool, proto2, source);
    let mut path = Vec::new();
    for (i, message) in file.message_type.iter().enumerate() {
        path.extend([FILE_MESSAGE_TYPE, i as i32]);
        in_message(&ctx, package, message, &mut path, errors);
        path.clear();
    }
    for (i, e) in file.enum_type.iter().enumerate() {
        path.extend([FILE_ENUM_TYPE, i as i32]);
        one_enum(&ctx, package, e, &mut path, errors);
        path.clear();
    }
}

fn one_enum(
    (pool, proto2, source): &(&DescriptorPool, bool, &Source),
    scope: &str,
    e: &EnumDescriptorProto,
    path: &mut Vec<i32>,
    errors: &mut Vec<String>,
) {
    let mut seen: HashMap<String, (&str, i32)> = HashMap::new();
    for (i, value) in e.value.iter().enumerate() {
        let key = pascal_case(strip_enum_prefix(e.name(), value.name()));
        let &mut (first_name, first_number) = seen.entry(key).or_insert((value.name(), value.number()));
        if first_name == value.name() || first_number == value.number() {
            continue;
        }
        // protoc only warns for a proto2 enum that opts into the legacy JSON conflict rules.
        if *proto2 && legacy_json_conflicts(pool, &join(scope, e.name())) {
            continue;
        }
        path.extend([ENUM_VALUE, i as i32, ENUM_VALUE_NAME]);
        errors.push(source.error(
            path,
            &format!(
                "Enum name {} has the same name as {first_name} if you ignore case and strip out the enum name \
                 prefix (if any). (If you are using allow_alias, please assign the same number to each enum value name.)",
                value.name()
            ),
        ));
        path.truncate(path.len() - 3);
    }
}

/// `option deprecated_legacy_json_field_conflicts = true;` on the enum.
fn legacy_json_conflicts(pool: &DescriptorPool, full_name: &str) -> bool {
    let Some(e) = pool.get_enum_by_name(full_name) else { return false };
    let options = e.options();
    let Some(field) = options.descriptor().get_field_by_name("deprecated_legacy_json_field_conflicts") else {
        return false;
    };
    options.get_field(&field).as_bool() == Some(true)
}

/// The value name with the enum name taken off its front, compared case-insensitively and
/// ignoring underscores in both, and with the underscores that follow it; the name unchanged if
/// it does not start with the enum name or nothing would be left.
fn strip_enum_prefix<'a>(enum_name: &str, value: &'a str) -> &'a str {
    let mut prefix = enum_name.bytes().filter(|&b| b != b'_').map(|b| b.to_ascii_lowercase()).peekable();
    let bytes = value.as_bytes();
    let mut at = 0;
    while prefix.peek().is_some() {
        let Some(&b) = bytes.get(at) else { return value };
        at += 1;
        if b == b'_' {
            continue;
        }
        if prefix.next() != Some(b.to_ascii_lowercase()) {
            return value;
        }
    }
    while bytes.get(at) == Some(&b'_') {
        at += 1;
    }
    if at == bytes.len() {
        value
    } else {
        &value[at..]
    }
}

/// Underscores dropped; the character after each underscore and the first one upper case,
/// every other one lower case.
fn pascal_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else {
            out.push(if upper { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
            upper = false;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Method input and output types, resolved the way protoc resolves them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Package,
    Message,
    Enum,
    EnumValue,
    Field,
    Oneof,
    Extension,
    Service,
    Method,
}

impl Kind {
    /// Symbols a qualified name can continue into (protoc's `IsAggregate`).
    fn is_aggregate(self) -> bool {
        matches!(self, Kind::Package | Kind::Message | Kind::Enum | Kind::Service)
    }
}

/// Every symbol of every file by full name (without the leading dot), with the file defining it.
/// A package name may be defined by many files.
struct Symbols<'a> {
    defs: HashMap<String, (Kind, usize)>,
    packages: HashMap<String, Vec<usize>>,
    files: &'a [FileDescriptorProto],
    by_name: HashMap<&'a str, usize>,
}

impl<'a> Symbols<'a> {
    fn new(files: &'a [FileDescriptorProto]) -> Self {
        let mut s = Symbols {
            defs: HashMap::new(),
            packages: HashMap::new(),
            files,
            by_name: files.iter().enumerate().map(|(i, f)| (f.name(), i)).collect(),
        };
        for (i, file) in files.iter().enumerate() {
            let package = file.package();
            if !package.is_empty() {
                // `a.b.c` defines the packages `a`, `a.b` and `a.b.c`.
                let ends = package.match_indices('.').map(|(dot, _)| dot).chain([package.len()]);
                for end in ends {
                    s.packages.entry(package[..end].to_string()).or_default().push(i);
                }
            }
            for m in &file.message_type {
                s.message(i, package, m);
            }
            for e in &file.enum_type {
                s.enumeration(i, package, e);
            }
            for x in &file.extension {
                s.add(i, join(package, x.name()), Kind::Extension);
            }
            for svc in &file.service {
                let full = join(package, svc.name());
                for m in &svc.method {
                    s.add(i, join(&full, m.name()), Kind::Method);
                }
                s.add(i, full, Kind::Service);
            }
        }
        s
    }

    fn add(&mut self, file: usize, name: String, kind: Kind) {
        self.defs.entry(name).or_insert((kind, file));
    }

    fn message(&mut self, file: usize, scope: &str, m: &DescriptorProto) {
        let full = join(scope, m.name());
        for f in &m.field {
            self.add(file, join(&full, f.name()), Kind::Field);
        }
        for o in &m.oneof_decl {
            self.add(file, join(&full, o.name()), Kind::Oneof);
        }
        for x in &m.extension {
            self.add(file, join(&full, x.name()), Kind::Extension);
        }
        for n in &m.nested_type {
            self.message(file, &full, n);
        }
        for e in &m.enum_type {
            self.enumeration(file, &full, e);
        }
        self.add(file, full, Kind::Message);
    }

    fn enumeration(&mut self, file: usize, scope: &str, e: &EnumDescriptorProto) {
        // Enum values are siblings of their enum, not children of it.
        for v in &e.value {
            self.add(file, join(scope, v.name()), Kind::EnumValue);
        }
        self.add(file, join(scope, e.name()), Kind::Enum);
    }

    /// The files whose symbols `file` sees: itself, its imports, and what those re-export with
    /// `import public`, transitively.
    fn visible_from(&self, file: usize) -> Vec<bool> {
        let mut seen = vec![false; self.files.len()];
        seen[file] = true;
        let mut public = Vec::new();
        for dep in &self.files[file].dependency {
            if let Some(&d) = self.by_name.get(dep.as_str()) {
                if !seen[d] {
                    seen[d] = true;
                    public.push(d);
                }
            }
        }
        while let Some(d) = public.pop() {
            let f = &self.files[d];
            for &p in &f.public_dependency {
                let Some(&dep) = usize::try_from(p).ok().and_then(|p| f.dependency.get(p)).and_then(|n| self.by_name.get(n.as_str()))
                else {
                    continue;
                };
                if !seen[dep] {
                    seen[dep] = true;
                    public.push(dep);
                }
            }
        }
        seen
    }

    /// protoc's `FindSymbol` from a file: a symbol counts only if a visible file defines it (a
    /// package, if the file or a visible file is in it).
    fn find(&self, visible: &[bool], name: &str) -> Option<Kind> {
        if let Some(&(kind, file)) = self.defs.get(name) {
            return visible[file].then_some(kind);
        }
        let files = self.packages.get(name)?;
        files.iter().any(|&f| visible[f]).then_some(Kind::Package)
    }

    /// protoc's `LookupSymbolNoPlaceholder` with every kind of symbol accepted: the first
    /// component of `name` is looked up in `relative_to`'s parent scope, then outward; a simple
    /// name resolves to whatever it finds first; a qualified name continues in what its first
    /// component found if that can hold names, and otherwise keeps looking outward.
    fn lookup(&self, visible: &[bool], name: &str, relative_to: &str) -> Option<Kind> {
        if let Some(full) = name.strip_prefix('.') {
            return self.find(visible, full);
        }
        let first = name.split('.').next().unwrap_or(name);
        let mut scope = relative_to;
        loop {
            let Some(dot) = scope.rfind('.') else { return self.find(visible, name) };
            scope = &scope[..dot];
            let Some(kind) = self.find(visible, &format!("{scope}.{first}")) else { continue };
            if first.len() == name.len() {
                return Some(kind);
            }
            if kind.is_aggregate() {
                return self.find(visible, &format!("{scope}.{name}"));
            }
        }
    }
}

fn method_types(symbols: &Symbols, index: usize, file: &FileDescriptorProto, source: &Source, errors: &mut Vec<String>) {
    if file.service.iter().all(|s| s.method.is_empty()) {
        return;
    }
    let visible = symbols.visible_from(index);
    for (s, service) in file.service.iter().enumerate() {
        let service_name = join(file.package(), service.name());
        for (m, method) in service.method.iter().enumerate() {
            let full = join(&service_name, method.name());
            for tag in [METHOD_INPUT_TYPE, METHOD_OUTPUT_TYPE] {
                let path = [FILE_SERVICE, s as i32, SERVICE_METHOD, m as i32, tag];
                // protox records the resolved name; the name as written is in the source.
                let Some(written) = source.text(&path).and_then(|t| type_name(&t)) else { continue };
                match symbols.lookup(&visible, &written, &full) {
                    Some(Kind::Message) | None => {}
                    Some(_) => errors.push(source.error(&path, &format!("\"{written}\" is not a message type."))),
                }
            }
        }
    }
}

/// A type name as protoc's parser joins it: identifiers and dots, whitespace between tokens
/// dropped; `None` for anything else (e.g. a comment inside the name).
fn type_name(text: &str) -> Option<String> {
    let name: String = text.split_whitespace().collect();
    let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    valid.then_some(name)
}

fn join(scope: &str, name: &str) -> String {
    if scope.is_empty() {
        name.to_string()
    } else {
        format!("{scope}.{name}")
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

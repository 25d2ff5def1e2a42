//! `X_pb.d.ts` and `X_grpc_pb.d.ts`: what grpc_tools_node_protoc_ts 5.3.x writes with
//! `--ts_out=grpc_js:`, byte for byte.
//!
//! The plugin names things its own way, independently of protoc-gen-js: module aliases replace
//! `/`, `.` and `-` with `_`; accessor names come from the lower-cased field name; enum and oneof
//! members are upper-cased object keys (so case-insensitive duplicates collapse into the first
//! one's slot with the last one's value). The helpers below reproduce those rules; the two
//! sibling modules build the views.

use super::dts_msg;
use super::dts_svc;
use super::grpc::{
    chained_imports, imported_type, options_only_import, reject_unsupported, relative_path, PACKAGED_WELL_KNOWN,
};
use super::{Imports, JsOptions};
use crate::lang::{GenError, Request};
use crate::model::{FieldKind, File, Model};
use crate::output::FileSet;

pub fn generate(req: &Request, opts: &JsOptions, out: &mut FileSet) -> Result<(), GenError> {
    let files: Vec<_> = req.model.files_to_generate().collect();
    out.add_each(&files, |file| {
        reject_unsupported(file)?;
        reject_reserved(file)?;
        let view = dts_msg::build(req.model, req.templates, file, opts.imports)?;
        let mut done = vec![(format!("{}.d.ts", pb_module(&file.name)), req.templates.render("js/pb.d.ts", &view)?.into())];
        if let Some(view) = dts_svc::build(req.model, file, opts.imports)? {
            let name = format!("{}.d.ts", file.name.replacen(".proto", "_grpc_pb", 1));
            done.push((name, req.templates.render("js/grpc_pb.d.ts", &view)?.into()));
        }
        Ok(done)
    })
}

/// A message or enum named by a word TypeScript reserves (`delete`, `number`) becomes
/// `export class delete` / `namespace number` in the plugin's output, which `tsc` rejects; a
/// method named `new` or `constructor` clashes with the client class's constructor. Refused,
/// located (`js.dts=false` skips the declarations and this check).
fn reject_reserved(file: &File) -> Result<(), GenError> {
    use crate::lang::common::keywords::is_ts_type_reserved;
    fn types(messages: &[crate::model::Message], enums: &[crate::model::Enum]) -> Option<String> {
        enums.iter().find(|e| is_ts_type_reserved(&e.name)).map(|e| e.full_name.clone()).or_else(|| {
            messages.iter().find_map(|m| {
                if is_ts_type_reserved(&m.name) { Some(m.full_name.clone()) } else { types(&m.messages, &m.enums) }
            })
        })
    }
    let refuse = |construct: String| GenError::Unsupported { lang: crate::lang::Lang::Js, file: file.name.clone(), construct };
    if let Some(name) = types(&file.messages, &file.enums) {
        return Err(refuse(format!("type `{name}`: a word TypeScript reserves cannot name a declared class (js.dts)")));
    }
    for s in &file.services {
        if let Some(m) = s.methods.iter().find(|m| matches!(m.name.as_str(), "new" | "constructor")) {
            return Err(refuse(format!("method `{}.{}`: clashes with the client class's constructor (js.dts)", s.full_name, m.name)));
        }
    }
    Ok(())
}

/// Imports the plugin leaves out (annotation-only files with no generated module).
const SKIPPED_IMPORTS: [&str; 1] = ["google/api/annotations.proto"];

/// `a/b.proto` -> `a/b_pb` (the plugin replaces the first `.proto`).
fn pb_module(proto: &str) -> String {
    proto.replacen(".proto", "_pb", 1)
}

/// The name a file's module is imported as: `a/b-c.proto` -> `a_b_c_pb`.
pub(super) fn pseudo_namespace(proto: &str) -> String {
    format!("{}_pb", proto.replacen(".proto", "", 1).replace(['/', '.', '-'], "_"))
}

/// `import * as alias from "path";` for every import of `file` the plugin keeps, then (a
/// deliberate fix) for the declaring files of `used` types that only `import public` chains
/// bring in: the plugin names those files' aliases without importing them (TS2503, "Cannot find
/// namespace").
pub(super) fn dependency_imports(
    model: &Model,
    file: &File,
    used: &std::collections::BTreeSet<String>,
    imports: Imports,
) -> Vec<TsImport> {
    let chained = chained_imports(model, file, used, &SKIPPED_IMPORTS);
    file.dependencies
        .iter()
        .filter(|d| !SKIPPED_IMPORTS.contains(&d.as_str()) && !options_only_import(file, d, used))
        .chain(&chained)
        .map(|d| TsImport { alias: pseudo_namespace(d), path: import_path(&file.name, d, imports) })
        .collect()
}

/// The files declaring the types `type_ref` names (where `dependency_imports` looks for
/// chained ones).
pub(super) type Used = std::cell::RefCell<std::collections::BTreeSet<String>>;

#[derive(serde::Serialize)]
pub(super) struct TsImport {
    pub alias: String,
    pub path: String,
}

/// Where `from`'s declaration file imports `to`'s from.
pub(super) fn import_path(from: &str, to: &str, imports: Imports) -> String {
    if PACKAGED_WELL_KNOWN.contains(&to) {
        return format!("google-protobuf/{}", pb_module(to));
    }
    match imports {
        Imports::Protoc => format!("{}{}", path_to_root(from), pb_module(to)),
        Imports::Relative => relative_path(from, &pb_module(to)),
    }
}

/// Where a service declaration file imports its own message declarations from (the plugin
/// makes no well-known-type exception here).
pub(super) fn own_import_path(file: &str, imports: Imports) -> String {
    match imports {
        Imports::Protoc => format!("{}{}", path_to_root(file), pb_module(file)),
        Imports::Relative => relative_path(file, &pb_module(file)),
    }
}

/// `./` for a top-level file, else `../` per directory level.
fn path_to_root(file: &str) -> String {
    match file.split('/').count() {
        1 => "./".to_string(),
        n => "../".repeat(n - 1),
    }
}

/// The TypeScript spelling of a message or enum type used in `file`: `Outer.Inner` when declared
/// in the same file (unless `always_qualify`, as the plugin does for service types),
/// `alias_pb.Outer.Inner` otherwise.
pub(super) fn type_ref(
    model: &Model,
    file: &File,
    full_name: &str,
    always_qualify: bool,
    used: &Used,
) -> Result<String, GenError> {
    let info = imported_type(model, file, full_name, &SKIPPED_IMPORTS)?;
    used.borrow_mut().insert(info.file.clone());
    Ok(if info.file == file.name && !always_qualify {
        info.relative_name.clone()
    } else {
        format!("{}.{}", pseudo_namespace(&info.file), info.relative_name)
    })
}

/// The plugin's TypeScript type of a non-message, non-enum field kind.
pub(super) fn scalar_type(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Bool => "boolean",
        FieldKind::String => "string",
        FieldKind::Bytes => "Uint8Array",
        FieldKind::Group(_) | FieldKind::Message(_) => "Object",
        _ => "number",
    }
}

/// The type of `kind` as the plugin's `getFieldType` spells it (no `jstype`).
pub(super) fn field_type(model: &Model, file: &File, kind: &FieldKind, used: &Used) -> Result<String, GenError> {
    match kind {
        FieldKind::Message(n) | FieldKind::Enum(n) => type_ref(model, file, n, false, used),
        other => Ok(scalar_type(other).to_string()),
    }
}

/// JavaScript's `/(_\w)/g` -> upper-cased second character.
pub(super) fn snake_to_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&n) if c == '_' && (n.is_ascii_alphanumeric() || n == '_') => {
                out.push(n.to_ascii_uppercase());
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

pub(super) fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

pub(super) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// `my_oneof` -> `MyOneof`: each `_` part camel-cased, lower-cased, first letter upper.
pub(super) fn oneof_name(name: &str) -> String {
    name.split('_').map(|p| upper_first(&snake_to_camel(p).to_lowercase())).collect()
}

/// Names protoc-gen-js already uses on every message get a `$`.
pub(super) fn occupied(name: &str) -> String {
    if name == "Extension" || name == "JsPbMessageId" {
        format!("{name}$")
    } else {
        name.to_string()
    }
}

/// JavaScript reserved words (protoc-gen-js's list); such property names get a `pb_` prefix.
pub(super) use crate::lang::common::keywords::is_js_reserved as is_reserved;

/// An object literal's keys in insertion order where a repeated key keeps its first slot and
/// takes the last value (how the plugin's `{[NAME]: number}` maps behave).
pub(super) fn object_keys(pairs: impl IntoIterator<Item = (String, i32)>) -> Vec<(String, i32)> {
    let mut out: Vec<(String, i32)> = Vec::new();
    for (k, v) in pairs {
        match out.iter_mut().find(|(key, _)| *key == k) {
            Some(slot) => slot.1 = v,
            None => out.push((k, v)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(pseudo_namespace("a/b-c.d.proto"), "a_b_c_d_pb");
        assert_eq!(snake_to_camel("snake__double"), "snake_double");
        assert_eq!(snake_to_camel("with_9digit"), "with9digit");
        assert_eq!(snake_to_camel("_leading"), "Leading");
        assert_eq!(snake_to_camel("trailing_"), "trailing_");
        assert_eq!(oneof_name("MixedCase_Oneof"), "MixedcaseOneof");
        assert_eq!(oneof_name("my_oneof"), "MyOneof");
        assert_eq!(occupied("Extension"), "Extension$");
        assert!(is_reserved("class") && !is_reserved("yield") && !is_reserved("Class"));
        assert_eq!(object_keys([("A".into(), 0), ("B".into(), 1), ("A".into(), 2)]), vec![("A".into(), 2), ("B".into(), 1)]);
    }

    #[test]
    fn import_paths() {
        assert_eq!(import_path("svc/all.proto", "svc/all.proto", Imports::Protoc), "../svc/all_pb");
        assert_eq!(import_path("svc/all.proto", "svc/all.proto", Imports::Relative), "./all_pb");
        assert_eq!(import_path("a.proto", "b/c.proto", Imports::Protoc), "./b/c_pb");
        assert_eq!(
            import_path("a/b/c.proto", "google/protobuf/empty.proto", Imports::Protoc),
            "google-protobuf/google/protobuf/empty_pb"
        );
        assert_eq!(import_path("a/b.proto", "google/protobuf/status.proto", Imports::Protoc), "../google/protobuf/status_pb");
    }
}

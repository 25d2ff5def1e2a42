//! The `CodeGeneratorRequest` protoc sends a plugin, built from the compiled input.
//!
//! protoc's rules (`command_line_interface.cc`, `retention.cc`):
//! - `file_to_generate`: the files named on the command line, in order;
//! - `parameter`: only when non-empty;
//! - `compiler_version`: always, with an empty `suffix`;
//! - `proto_file`: every file to generate and everything it imports, in topological order (a
//!   depth-first walk of each named file's imports in declaration order), with source info and
//!   every field's `json_name`; the files to generate have their source-retention options
//!   removed (and the source locations under them); imports keep theirs;
//! - `source_file_descriptors`: the files to generate with all their options, in the order
//!   they take in `proto_file`.

use std::collections::{HashMap, HashSet};

use prost::Message as _;
use prost_reflect::{DynamicMessage, ReflectMessage, Value};
use prost_types::FileDescriptorProto;

use crate::compile::{self, Compiled};

/// The protoc release protosmith claims in `compiler_version`: Debian 12's `protobuf-compiler`,
/// the protoc the plugin tests compare against. Plugins print it (protoc-gen-go writes
/// `protoc        v3.21.12` in its header), so output stays byte-identical to that protoc's.
pub const CLAIMED_PROTOC: (i32, i32, i32) = (3, 21, 12);

/// Tag numbers of `google.protobuf.compiler.CodeGeneratorRequest`.
mod tag {
    pub const FILE_TO_GENERATE: u32 = 1;
    pub const PARAMETER: u32 = 2;
    pub const COMPILER_VERSION: u32 = 3;
    pub const PROTO_FILE: u32 = 15;
    pub const SOURCE_FILE_DESCRIPTORS: u32 = 17;
}

/// `FieldOptions.OptionRetention.RETENTION_SOURCE`.
const RETENTION_SOURCE: i32 = 2;

/// The descriptors of a request, computed once and shared by every plugin of a run (only the
/// parameter differs between their requests).
#[derive(Debug, Clone)]
pub struct Descriptors {
    file_to_generate: Vec<String>,
    /// `proto_file`, in order.
    proto_file: Vec<Vec<u8>>,
    /// `source_file_descriptors`, in order.
    source_file_descriptors: Vec<Vec<u8>>,
}

impl Descriptors {
    pub fn new(compiled: &Compiled) -> Result<Descriptors, String> {
        let order = topological(compiled, &compiled.to_generate, true)?;
        let generate: HashSet<&str> = compiled.generated_set();
        let strip = has_source_retention(compiled);
        let mut proto_file = Vec::with_capacity(order.len());
        let mut source_file_descriptors = Vec::with_capacity(compiled.to_generate.len());
        for name in &order {
            let full = file_descriptor(compiled, name, true)?;
            if generate.contains(name.as_str()) {
                proto_file.push(if strip { strip_source_retention(compiled, &full)? } else { full.clone() });
                source_file_descriptors.push(full);
            } else {
                proto_file.push(full);
            }
        }
        Ok(Descriptors { file_to_generate: compiled.to_generate.clone(), proto_file, source_file_descriptors })
    }

    /// The serialized request for one plugin run.
    pub fn encode(&self, parameter: &str) -> Vec<u8> {
        let mut out = Vec::new();
        for name in &self.file_to_generate {
            prost::encoding::string::encode(tag::FILE_TO_GENERATE, name, &mut out);
        }
        if !parameter.is_empty() {
            prost::encoding::string::encode(tag::PARAMETER, &parameter.to_string(), &mut out);
        }
        let (major, minor, patch) = CLAIMED_PROTOC;
        let version = prost_types::compiler::Version {
            major: Some(major),
            minor: Some(minor),
            patch: Some(patch),
            suffix: Some(String::new()),
        };
        prost::encoding::message::encode(tag::COMPILER_VERSION, &version, &mut out);
        for file in &self.proto_file {
            prost::encoding::bytes::encode(tag::PROTO_FILE, file, &mut out);
        }
        for file in &self.source_file_descriptors {
            prost::encoding::bytes::encode(tag::SOURCE_FILE_DESCRIPTORS, file, &mut out);
        }
        out
    }
}

/// A serialized `FileDescriptorSet` as protoc's `-o` writes it: the files to generate (with
/// `include_imports`, everything they import too) in topological order, every `json_name`
/// filled in, source info only on request, source-retention options (features included) left
/// out as protoc leaves them out without `--retain_options`.
pub fn descriptor_set(compiled: &Compiled, include_imports: bool, include_source_info: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let strip = has_source_retention(compiled);
    for name in topological(compiled, &compiled.to_generate, include_imports)? {
        let mut bytes = file_descriptor(compiled, &name, include_source_info)?;
        if strip {
            bytes = strip_source_retention(compiled, &bytes)?;
        }
        if let Some(info) = compiled.editions.get(&name) {
            let mut msg = DynamicMessage::decode(file_proto_descriptor(compiled), bytes.as_slice()).map_err(|e| format!("{name}: {e}"))?;
            compile::editions::strip_source_features(&mut msg, info);
            bytes = msg.encode_to_vec();
        }
        prost::encoding::bytes::encode(1, &bytes, &mut out);
    }
    Ok(out)
}

/// protoc's `GetTransitiveDependencies` over the named files: each file after its imports,
/// imports visited in declaration order. Without `imports`, only the named files (still in
/// dependency order among themselves).
pub fn topological(compiled: &Compiled, roots: &[String], imports: bool) -> Result<Vec<String>, String> {
    fn visit(
        files: &HashMap<&str, &FileDescriptorProto>,
        name: &str,
        keep: &dyn Fn(&str) -> bool,
        seen: &mut HashSet<String>,
        out: &mut Vec<String>,
    ) -> Result<(), String> {
        if !seen.insert(name.to_string()) {
            return Ok(());
        }
        let file = files.get(name).ok_or_else(|| format!("{name} is not among the compiled files"))?;
        for dep in &file.dependency {
            if keep(dep) {
                visit(files, dep, keep, seen, out)?;
            }
        }
        out.push(name.to_string());
        Ok(())
    }
    let named: HashSet<&str> = roots.iter().map(String::as_str).collect();
    let keep = |n: &str| imports || named.contains(n);
    let files: HashMap<&str, &FileDescriptorProto> = compiled.files().map(|f| (f.name(), f)).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for name in roots {
        visit(&files, name, &keep, &mut seen, &mut out)?;
    }
    Ok(out)
}

/// The one accessor plugins use for descriptor bytes: a file's descriptor as protoc hands it
/// over, i.e. the pool's bytes (custom options kept) with protoc's source info (comments keep a
/// CRLF source's `\r`), an empty options message on methods written with `{ }`, and every
/// field's `json_name`.
pub fn file_descriptor(compiled: &Compiled, name: &str, source_info: bool) -> Result<Vec<u8>, String> {
    let bytes = compile::encoded_file(compiled, name).ok_or_else(|| format!("{name} is not compiled"))?;
    let bytes = compile::repack_options(&compiled.pool, &bytes).unwrap_or(bytes);
    let desc = file_proto_descriptor(compiled);
    let mut msg = DynamicMessage::decode(desc, bytes.as_slice()).map_err(|e| format!("{name}: {e}"))?;
    msg.clear_field_by_name("source_code_info");
    if source_info {
        if let Some(info) = compiled.source_info(name) {
            let mut dynamic = DynamicMessage::new(info.descriptor());
            dynamic.transcode_from(&info).map_err(|e| format!("{name}: {e}"))?;
            msg.set_field_by_name("source_code_info", Value::Message(dynamic));
        }
    }
    compile::mark_method_bodies(&compiled.method_bodies, name, &mut msg);
    if compiled.from_descriptor_set {
        fill_json_names(&mut msg);
    }
    Ok(msg.encode_to_vec())
}

/// `google.protobuf.FileDescriptorProto` as the compiled pool knows it (with the custom
/// options its files declare), else the bundled one (then there are no custom options).
fn file_proto_descriptor(compiled: &Compiled) -> prost_reflect::MessageDescriptor {
    compiled
        .pool
        .get_message_by_name("google.protobuf.FileDescriptorProto")
        .unwrap_or_else(|| FileDescriptorProto::default().descriptor())
}

/// protoc's `CopyJsonNameTo`: every field and extension gets its JSON name. Sources compiled
/// here already have them; a descriptor set may not.
fn fill_json_names(file: &mut DynamicMessage) {
    fn fields(parent: &mut DynamicMessage, key: &str) {
        let Some(Value::List(list)) = parent.get_field_by_name_mut(key) else { return };
        for field in list {
            let Value::Message(field) = field else { continue };
            if !field.has_field_by_name("json_name") {
                let name = field.get_field_by_name("name").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                field.set_field_by_name("json_name", Value::String(crate::model::default_json_name(&name)));
            }
        }
    }
    fn messages(parent: &mut DynamicMessage, key: &str) {
        let Some(Value::List(list)) = parent.get_field_by_name_mut(key) else { return };
        for msg in list {
            let Value::Message(msg) = msg else { continue };
            fields(msg, "field");
            fields(msg, "extension");
            messages(msg, "nested_type");
        }
    }
    messages(file, "message_type");
    fields(file, "extension");
}

/// protoc's `StripSourceRetentionOptions`: every field (options included, custom ones too)
/// declared with `retention = RETENTION_SOURCE` is cleared wherever it is set in the file, and
/// the source locations at or under a cleared field go with it.
fn strip_source_retention(compiled: &Compiled, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut msg = DynamicMessage::decode(file_proto_descriptor(compiled), bytes).map_err(|e| e.to_string())?;
    let info = if msg.has_field_by_name("source_code_info") { msg.take_field_by_name("source_code_info") } else { None };
    let mut stripped = Vec::new();
    strip_message(&mut msg, &mut Vec::new(), &mut stripped);
    if let Some(Value::Message(mut info)) = info {
        if !stripped.is_empty() {
            if let Some(Value::List(locations)) = info.get_field_by_name_mut("location") {
                locations.retain(|loc| {
                    let Value::Message(loc) = loc else { return true };
                    let path: Vec<i32> = match loc.get_field_by_name("path").as_deref() {
                        Some(Value::List(p)) => p.iter().filter_map(Value::as_i32).collect(),
                        _ => Vec::new(),
                    };
                    !stripped.iter().any(|s| path.starts_with(s))
                });
            }
        }
        msg.set_field_by_name("source_code_info", Value::Message(info));
    }
    Ok(msg.encode_to_vec())
}

fn is_source_retention(options: &DynamicMessage) -> bool {
    options.get_field_by_name("retention").and_then(|v| v.as_enum_number()) == Some(RETENTION_SOURCE)
}

/// Whether any field or extension the pool knows is source-retention (most trees have none,
/// and then the bytes pass through untouched).
fn has_source_retention(compiled: &Compiled) -> bool {
    compiled.pool.all_messages().any(|m| m.fields().any(|f| is_source_retention(&f.options())))
        || compiled.pool.all_extensions().any(|e| is_source_retention(&e.options()))
}

fn strip_message(msg: &mut DynamicMessage, path: &mut Vec<i32>, stripped: &mut Vec<Vec<i32>>) {
    let fields: Vec<_> = msg.fields().map(|(f, _)| f).collect();
    for field in fields {
        path.push(field.number() as i32);
        if is_source_retention(&field.options()) {
            msg.clear_field(&field);
            stripped.push(path.clone());
        } else {
            let before = stripped.len();
            let value = msg.get_field_mut(&field);
            strip_value(value, path, stripped);
            // An options message left empty by stripping goes too, as protoc leaves it out.
            if stripped.len() > before && field.name() == "options" && value.as_message().is_some_and(|m| m.encoded_len() == 0) {
                msg.clear_field(&field);
                stripped.push(path.clone());
            }
        }
        path.pop();
    }
    let extensions: Vec<_> = msg.extensions().map(|(e, _)| e).collect();
    for ext in extensions {
        path.push(ext.number() as i32);
        if is_source_retention(&ext.options()) {
            msg.clear_extension(&ext);
            stripped.push(path.clone());
        } else {
            strip_value(msg.get_extension_mut(&ext), path, stripped);
        }
        path.pop();
    }
}

fn strip_value(value: &mut Value, path: &mut Vec<i32>, stripped: &mut Vec<Vec<i32>>) {
    match value {
        Value::Message(m) => strip_message(m, path, stripped),
        Value::List(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                if let Value::Message(m) = item {
                    path.push(i as i32);
                    strip_message(m, path, stripped);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptor_sets_get_every_json_name() {
        use prost_types::{DescriptorProto, FieldDescriptorProto, FileDescriptorSet};
        let field = FieldDescriptorProto {
            name: Some("foo_bar".into()),
            number: Some(1),
            r#type: Some(prost_types::field_descriptor_proto::Type::Int32 as i32),
            label: Some(prost_types::field_descriptor_proto::Label::Optional as i32),
            ..Default::default()
        };
        let file = FileDescriptorProto {
            name: Some("a.proto".into()),
            syntax: Some("proto3".into()),
            message_type: vec![DescriptorProto { name: Some("A".into()), field: vec![field], ..Default::default() }],
            ..Default::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("set.binpb");
        std::fs::write(&path, FileDescriptorSet { file: vec![file] }.encode_to_vec()).unwrap();
        let compiled = compile::compile(&compile::Input::DescriptorSet { path, files: vec![] }).unwrap();
        let bytes = file_descriptor(&compiled, "a.proto", true).unwrap();
        let decoded = FileDescriptorProto::decode(bytes.as_slice()).unwrap();
        assert_eq!(decoded.message_type[0].field[0].json_name(), "fooBar");
    }

    #[test]
    fn imports_come_first_in_declaration_order() {
        let compiled = compile::compile_in_memory(
            &[
                ("a.proto", "syntax = \"proto3\"; import \"c.proto\"; import \"b.proto\"; message A { B b = 1; C c = 2; }"),
                ("b.proto", "syntax = \"proto3\"; import \"c.proto\"; message B { C c = 1; }"),
                ("c.proto", "syntax = \"proto3\"; message C {}"),
            ],
            &["a.proto"],
        )
        .unwrap();
        assert_eq!(topological(&compiled, &compiled.to_generate, true).unwrap(), ["c.proto", "b.proto", "a.proto"]);
        assert_eq!(topological(&compiled, &compiled.to_generate, false).unwrap(), ["a.proto"]);
    }

    #[test]
    fn source_retention_options_leave_the_files_to_generate_only() {
        let opts = "syntax = \"proto3\"; import \"google/protobuf/descriptor.proto\";
            extend google.protobuf.MessageOptions { string src = 50001 [retention = RETENTION_SOURCE]; string run = 50002; }";
        let compiled = compile::compile_in_memory(
            &[("opts.proto", opts), ("m.proto", "syntax = \"proto3\"; import \"opts.proto\"; message M { option (src) = \"s\"; option (run) = \"r\"; }")],
            &["m.proto"],
        )
        .unwrap();
        let full = file_descriptor(&compiled, "m.proto", true).unwrap();
        let stripped = strip_source_retention(&compiled, &full).unwrap();
        let has = |bytes: &[u8], s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
        // Option values are one-byte strings: look for the field's tag + length + value.
        let src = [0x8a, 0xb5, 0x18, 0x01, b's'];
        assert!(full.windows(src.len()).any(|w| w == src), "full descriptor keeps the source option");
        assert!(!stripped.windows(src.len()).any(|w| w == src), "stripped descriptor drops it");
        assert!(has(&stripped, "r"));
        let decoded = FileDescriptorProto::decode(stripped.as_slice()).unwrap();
        let paths: Vec<_> = decoded.source_code_info.unwrap().location.into_iter().map(|l| l.path).collect();
        assert!(!paths.iter().any(|p| p.starts_with(&[4, 0, 7, 50001])), "its source location goes too");
        assert!(paths.iter().any(|p| p.starts_with(&[4, 0, 7, 50002])));
    }
}

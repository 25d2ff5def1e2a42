//! A serialized `FileDescriptorSet` is input like any `.proto` source, but nobody's parser has
//! looked at it: every name in it is pasted into generated code. Before anything else reads
//! the set, it is checked the way protoc checks what it builds from sources (names are
//! identifiers, type references resolve, files are unique and import what exists, field
//! numbers and indexes are in range), plus what the generators need (relative file names
//! without quotes or control characters, no NUL in comments). Every refusal names the file
//! and the element.

use std::collections::{HashMap, HashSet};

use prost::Message as _;
use prost_types::field_descriptor_proto::Type;
use prost_types::{DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto};
use super::qualify;

/// The set's files, each still as its bytes, so one that does not decode is named by index.
#[derive(Clone, PartialEq, prost::Message)]
pub(super) struct RawSet {
    #[prost(bytes = "vec", repeated, tag = "1")]
    pub file: Vec<Vec<u8>>,
}

/// The two fields of `FileDescriptorProto` that say a file is an editions file
/// (`syntax = "editions"`, `edition = 14`); prost-types 0.14 does not know `edition`. Editions
/// files reach this check lowered (neither field set).
#[derive(Clone, PartialEq, prost::Message)]
struct EditionProbe {
    #[prost(string, optional, tag = "1")]
    name: Option<String>,
    #[prost(string, optional, tag = "12")]
    syntax: Option<String>,
    #[prost(int32, optional, tag = "14")]
    edition: Option<i32>,
}

/// Highest field number protobuf allows (2^29 - 1); 19000-19999 are reserved for itself.
const MAX_FIELD_NUMBER: i32 = 536_870_911;

/// Decodes and checks the set; the error is a message naming the file and element.
pub fn check(bytes: &[u8]) -> Result<Vec<FileDescriptorProto>, String> {
    let raw = RawSet::decode(bytes).map_err(|e| format!("not a serialized FileDescriptorSet: {e}"))?;
    let mut files = Vec::with_capacity(raw.file.len());
    for (i, file) in raw.file.iter().enumerate() {
        let probe = EditionProbe::decode(file.as_slice()).map_err(|e| format!("file #{}: not a FileDescriptorProto: {e}", i + 1))?;
        let label = probe.name.clone().unwrap_or_else(|| format!("file #{}", i + 1));
        // Editions files were lowered before this check (`compile::editions`); what is left
        // is a file that says both.
        if probe.edition.is_some() || probe.syntax.as_deref() == Some("editions") {
            return Err(format!("{label}: an `edition` on a file whose syntax is not \"editions\" (protoc writes both or neither)"));
        }
        let fd = FileDescriptorProto::decode(file.as_slice()).map_err(|e| format!("{label}: not a FileDescriptorProto: {e}"))?;
        files.push(fd);
    }
    let mut by_name: HashMap<&str, &FileDescriptorProto> = HashMap::new();
    for fd in &files {
        check_file_name(fd.name()).map_err(|m| format!("file name {:?}: {m}", fd.name()))?;
        if by_name.insert(fd.name(), fd).is_some() {
            return Err(format!("{}: the file appears twice in the descriptor set", fd.name()));
        }
    }
    let symbols = Symbols::collect(&files)?;
    for fd in &files {
        FileCheck { fd, symbols: &symbols, by_name: &by_name }.run().map_err(|m| format!("{}: {m}", fd.name()))?;
    }
    Ok(files)
}

/// Source-style paths of the fields of `fd` that carry a `json_name`.
pub fn json_name_paths(fd: &FileDescriptorProto) -> HashSet<Vec<i32>> {
    use crate::model::source_path::{FILE_EXTENSION, FILE_MESSAGE_TYPE, MESSAGE_EXTENSION, MESSAGE_FIELD, MESSAGE_NESTED_TYPE};
    fn fields(path: &[i32], list: &[FieldDescriptorProto], out: &mut HashSet<Vec<i32>>) {
        for (i, f) in list.iter().enumerate() {
            if f.json_name.is_some() {
                out.insert([path, &[i as i32]].concat());
            }
        }
    }
    fn messages(path: &[i32], list: &[DescriptorProto], out: &mut HashSet<Vec<i32>>) {
        for (i, m) in list.iter().enumerate() {
            let here = [path, &[i as i32]].concat();
            fields(&[&here[..], &[MESSAGE_FIELD]].concat(), &m.field, out);
            fields(&[&here[..], &[MESSAGE_EXTENSION]].concat(), &m.extension, out);
            messages(&[&here[..], &[MESSAGE_NESTED_TYPE]].concat(), &m.nested_type, out);
        }
    }
    let mut out = HashSet::new();
    messages(&[FILE_MESSAGE_TYPE], &fd.message_type, &mut out);
    fields(&[FILE_EXTENSION], &fd.extension, &mut out);
    out
}

/// A relative `/`-separated path whose parts are neither empty nor `.`/`..`, without
/// backslashes, quotes or control characters: it becomes output paths and import strings.
fn check_file_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("missing file name");
    }
    if name.starts_with('/') || name.split('/').any(|p| p.is_empty() || p == "." || p == "..") {
        return Err("not a relative path inside the include root");
    }
    if name.chars().any(|c| c.is_control() || matches!(c, '\\' | '\'' | '"' | '`')) {
        return Err("contains a backslash, quote or control character");
    }
    Ok(())
}

/// protoc's `ValidateSymbolName`, plus not starting with a digit (no target language accepts
/// such an identifier, and protoc's parser never produces one).
fn check_identifier(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("missing name".into());
    }
    let ok = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && !name.as_bytes()[0].is_ascii_digit();
    if ok { Ok(()) } else { Err(format!("{name:?} is not a valid identifier (Invalid symbol name)")) }
}

/// Every message and enum of the set by full name (`.pkg.Outer.Inner`), and whether it is an
/// enum; the messages with `message_set_wire_format`.
struct Symbols {
    types: HashMap<String, bool>,
    message_sets: HashSet<String>,
}

impl Symbols {
    fn collect(files: &[FileDescriptorProto]) -> Result<Symbols, String> {
        fn messages(scope: &str, list: &[DescriptorProto], out: &mut HashMap<String, bool>, sets: &mut HashSet<String>) -> Result<(), String> {
            for m in list {
                let full = format!("{scope}.{}", m.name());
                enums(&full, &m.enum_type, out)?;
                messages(&full, &m.nested_type, out, sets)?;
                if m.options.as_ref().is_some_and(|o| o.message_set_wire_format()) {
                    sets.insert(full.clone());
                }
                if out.insert(full.clone(), false).is_some() {
                    return Err(format!("{:?} is already defined", &full[1..]));
                }
            }
            Ok(())
        }
        fn enums(scope: &str, list: &[EnumDescriptorProto], out: &mut HashMap<String, bool>) -> Result<(), String> {
            for e in list {
                let full = format!("{scope}.{}", e.name());
                if out.insert(full.clone(), true).is_some() {
                    return Err(format!("{:?} is already defined", &full[1..]));
                }
            }
            Ok(())
        }
        let (mut types, mut message_sets) = (HashMap::new(), HashSet::new());
        for fd in files {
            let scope = if fd.package().is_empty() { String::new() } else { format!(".{}", fd.package()) };
            messages(&scope, &fd.message_type, &mut types, &mut message_sets).map_err(|m| format!("{}: {m}", fd.name()))?;
            enums(&scope, &fd.enum_type, &mut types).map_err(|m| format!("{}: {m}", fd.name()))?;
        }
        Ok(Symbols { types, message_sets })
    }
}

struct FileCheck<'a> {
    fd: &'a FileDescriptorProto,
    symbols: &'a Symbols,
    by_name: &'a HashMap<&'a str, &'a FileDescriptorProto>,
}

impl FileCheck<'_> {
    fn run(&self) -> Result<(), String> {
        let fd = self.fd;
        if !matches!(fd.syntax(), "" | "proto2" | "proto3") {
            return Err(format!("unknown syntax {:?} (proto2 or proto3)", fd.syntax()));
        }
        if !fd.package().is_empty() {
            for part in fd.package().split('.') {
                check_identifier(part).map_err(|m| format!("package {:?}: {m}", fd.package()))?;
            }
        }
        let mut seen = HashSet::new();
        for dep in &fd.dependency {
            if !self.by_name.contains_key(dep.as_str()) {
                return Err(format!("import {dep:?}: the file is not in the descriptor set"));
            }
            if dep == fd.name() || !seen.insert(dep) {
                return Err(format!("import {dep:?}: imported twice or by itself"));
            }
        }
        for &i in fd.public_dependency.iter().chain(&fd.weak_dependency) {
            if i < 0 || i as usize >= fd.dependency.len() {
                return Err(format!("public or weak import index {i} is out of range"));
            }
        }
        let scope = fd.package().to_string();
        for m in &fd.message_type {
            self.message(&scope, m)?;
        }
        for e in &fd.enum_type {
            self.enumeration(&scope, e)?;
        }
        for f in &fd.extension {
            self.field(&scope, f, "extension", None)?;
        }
        for s in &fd.service {
            check_identifier(s.name()).map_err(|m| format!("service: {m}"))?;
            let service = qualify(&scope, s.name());
            for method in &s.method {
                let what = format!("service {service} method {:?}", method.name());
                check_identifier(method.name()).map_err(|m| format!("{what}: {m}"))?;
                for (role, t) in [("input", method.input_type()), ("output", method.output_type())] {
                    match self.symbols.types.get(t) {
                        Some(false) => {}
                        Some(true) => return Err(format!("{what}: {role} type {t:?} is an enum, not a message")),
                        None => return Err(format!("{what}: {role} type {t:?} is not defined")),
                    }
                }
            }
        }
        if let Some(info) = &fd.source_code_info {
            for loc in &info.location {
                let texts = loc.leading_comments.iter().chain(&loc.trailing_comments).chain(&loc.leading_detached_comments);
                if texts.into_iter().any(|t| t.contains('\0')) {
                    return Err(format!(
                        "a comment (source path {:?}) contains a NUL character, which protoc refuses in sources",
                        loc.path
                    ));
                }
            }
        }
        Ok(())
    }

    fn message(&self, scope: &str, m: &DescriptorProto) -> Result<(), String> {
        check_identifier(m.name()).map_err(|e| format!("message in {:?}: {e}", display_scope(scope)))?;
        let full = qualify(scope, m.name());
        let what = format!("message {full}");
        for o in &m.oneof_decl {
            check_identifier(o.name()).map_err(|e| format!("{what} oneof: {e}"))?;
        }
        // protoc's message-set rules, in its words (generators rely on them).
        if m.options.as_ref().is_some_and(|o| o.message_set_wire_format()) {
            if self.fd.syntax() == "proto3" {
                return Err(format!("{what}: MessageSet is not supported in proto3."));
            }
            if let Some(f) = m.field.first() {
                return Err(format!("{what} field {:?}: MessageSets cannot have fields, only extensions.", f.name()));
            }
        }
        let mut numbers = HashSet::new();
        for f in &m.field {
            self.field(&full, f, &what, Some(m.oneof_decl.len()))?;
            if !numbers.insert(f.number()) {
                return Err(format!("{what} field {:?}: field number {} is already used", f.name(), f.number()));
            }
        }
        for f in &m.extension {
            self.field(&full, f, &what, None)?;
        }
        for n in &m.nested_type {
            self.message(&full, n)?;
        }
        for e in &m.enum_type {
            self.enumeration(&full, e)?;
        }
        Ok(())
    }

    fn enumeration(&self, scope: &str, e: &EnumDescriptorProto) -> Result<(), String> {
        check_identifier(e.name()).map_err(|m| format!("enum in {:?}: {m}", display_scope(scope)))?;
        let what = format!("enum {}", qualify(scope, e.name()));
        if e.value.is_empty() {
            return Err(format!("{what}: enums must contain at least one value"));
        }
        for v in &e.value {
            check_identifier(v.name()).map_err(|m| format!("{what} value: {m}"))?;
        }
        Ok(())
    }

    fn field(&self, scope: &str, f: &FieldDescriptorProto, what: &str, oneofs: Option<usize>) -> Result<(), String> {
        check_identifier(f.name()).map_err(|m| format!("{what} field: {m}"))?;
        let what = format!("{what} field {:?}", f.name());
        if !(1..=MAX_FIELD_NUMBER).contains(&f.number()) {
            return Err(format!("{what}: field number {} is out of range", f.number()));
        }
        if let Some(i) = f.oneof_index {
            if oneofs.is_none_or(|n| i < 0 || i as usize >= n) {
                return Err(format!("{what}: oneof index {i} is out of range"));
            }
        }
        if f.r#type.is_some() && Type::try_from(f.r#type.unwrap_or_default()).is_err() {
            return Err(format!("{what}: unknown field type {}", f.r#type.unwrap_or_default()));
        }
        let needs_name = matches!(f.r#type(), Type::Message | Type::Group | Type::Enum) || f.r#type.is_none();
        if needs_name {
            let t = f.type_name();
            match (self.symbols.types.get(t), f.r#type) {
                (None, _) => return Err(format!("{what}: type {t:?} is not defined (in {:?})", display_scope(scope))),
                (Some(&is_enum), Some(_)) if is_enum != (f.r#type() == Type::Enum) => {
                    return Err(format!("{what}: type {t:?} is {}", if is_enum { "an enum" } else { "a message" }));
                }
                _ => {}
            }
        } else if f.type_name.is_some() {
            return Err(format!("{what}: a scalar field names a type ({:?})", f.type_name()));
        }
        if let Some(extendee) = &f.extendee {
            if self.symbols.types.get(extendee.as_str()) != Some(&false) {
                return Err(format!("{what}: extended type {extendee:?} is not a message of the set"));
            }
            let optional_message = f.label() == prost_types::field_descriptor_proto::Label::Optional && f.r#type() == Type::Message;
            if self.symbols.message_sets.contains(extendee.as_str()) && !optional_message {
                return Err(format!("{what}: Extensions of MessageSets must be optional messages."));
            }
        }
        Ok(())
    }
}


fn display_scope(scope: &str) -> &str {
    if scope.is_empty() { "(no package)" } else { scope }
}


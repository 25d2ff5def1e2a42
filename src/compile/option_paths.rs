//! Where each option statement's source location goes once its option is interpreted. protoc
//! records an option written in the source at `[..., options, 999, i]` (the element's
//! `uninterpreted_option[i]`) and, once it has set the option, at the path of the field it set:
//! `[..., options, number, ...]`, plus the element's index for a repeated field.
//!
//! prost-reflect moves the locations itself when the file it adds carries them, but it scans
//! every location of the file for each option: quadratic in a file's options (googleapis'
//! `compute.proto` has ~11,000; the scan was a seventh of the loader's thread). So the pool gets
//! no source info, and the same paths are found here once it is built, by the pool's own
//! lookups and its rule for names relative to a scope. Telling an option statement's location
//! from its parts' (`is_option_statement`, `is_option_part`) lives here too.

use std::collections::{HashMap, HashSet};

use prost_reflect::{DescriptorPool, ExtensionDescriptor, FileDescriptor, Kind, MessageDescriptor};
use prost_types::uninterpreted_option::NamePart;
use prost_types::source_code_info::Location;
use prost_types::{FileDescriptorProto, SourceCodeInfo, UninterpretedOption};

use super::qualify;
use crate::model::source_path::{
    ENUM_VALUE, FILE_ENUM_TYPE, FILE_EXTENSION, FILE_MESSAGE_TYPE, FILE_SERVICE, MESSAGE_ENUM_TYPE, MESSAGE_EXTENSION,
    MESSAGE_EXTENSION_RANGE, MESSAGE_FIELD, MESSAGE_NESTED_TYPE, MESSAGE_ONEOF_DECL, SERVICE_METHOD,
};

/// The name of each option statement among `info`'s locations, in their order: the parts of
/// the `uninterpreted_option` each `[..., 999, i]` location points at in `file` (empty when
/// it points at none).
pub(super) fn statement_names(file: &FileDescriptorProto, info: &SourceCodeInfo) -> Vec<Vec<NamePart>> {
    info.location
        .iter()
        .filter(|l| is_option_statement(l))
        .map(|l| uninterpreted(file, &l.path).map(|o| o.name.clone()).unwrap_or_default())
        .collect()
}

/// The interpreted path of each option statement of the pool's file `file` (its source path
/// and its name, as `statement_names` gave them), in order; `None` where the pool could not
/// have set it (the location then stays where it was).
pub(super) fn interpreted_paths(pool: &DescriptorPool, file: &FileDescriptor, statements: &[(&[i32], &[NamePart])]) -> Vec<Option<Vec<i32>>> {
    let visible = visible_files(file);
    let proto = file.file_descriptor_proto();
    // Elements already set in each repeated option, by its path without the index.
    let mut counts: HashMap<Vec<i32>, i32> = HashMap::new();
    statements
        .iter()
        .map(|&(path, name)| {
            let at = uninterpreted_option_at(path)?;
            let options_path = &path[..at];
            let (element, scope) = locate(proto, options_path.split_last()?.1)?;
            let options = pool.get_message_by_name(element.options_type()).or_else(|| DescriptorPool::global().get_message_by_name(element.options_type()))?;
            let resolver = Resolver { pool, visible: &visible, scope: &scope };
            resolver.path(options, options_path, name, &mut counts)
        })
        .collect()
}

/// The files whose names `file` sees: itself, its imports, and what they re-export (`import
/// public`), as the pool resolves names.
fn visible_files(file: &FileDescriptor) -> HashSet<String> {
    let mut seen = HashSet::from([file.name().to_string()]);
    let mut todo: Vec<FileDescriptor> = file.dependencies().collect();
    while let Some(dep) = todo.pop() {
        if seen.insert(dep.name().to_string()) {
            todo.extend(dep.public_dependencies());
        }
    }
    seen
}

struct Resolver<'a> {
    pool: &'a DescriptorPool,
    visible: &'a HashSet<String>,
    /// The full name of the element the options belong to.
    scope: &'a str,
}

impl Resolver<'_> {
    /// `options_path` followed by the field numbers `name` leads through from `options`, and
    /// the element's index when it ends at a repeated field.
    fn path(&self, options: MessageDescriptor, options_path: &[i32], name: &[NamePart], counts: &mut HashMap<Vec<i32>, i32>) -> Option<Vec<i32>> {
        let mut path = options_path.to_vec();
        let mut message = options;
        for (n, part) in name.iter().enumerate() {
            let (number, kind, is_list) = if part.is_extension {
                let extension = self.extension(&part.name_part)?;
                (extension.number(), extension.kind(), extension.is_list())
            } else {
                let field = message.get_field_by_name(&part.name_part)?;
                (field.number(), field.kind(), field.is_list())
            };
            path.push(i32::try_from(number).ok()?);
            if n + 1 < name.len() {
                message = match kind {
                    Kind::Message(m) => m,
                    _ => return None,
                };
            } else if is_list {
                let count = counts.entry(path.clone()).or_insert(0);
                path.push(*count);
                *count += 1;
            }
        }
        (!name.is_empty()).then_some(path)
    }

    /// The extension `name` names from the scope: the innermost enclosing scope in which it is
    /// an extension of a file this one sees. For a file the pool accepted this is the one it
    /// found: it takes the innermost scope holding the name's first part, and an extension
    /// there implies that first part (its package or message) is there.
    fn extension(&self, name: &str) -> Option<ExtensionDescriptor> {
        let seen = |full: &str| self.pool.get_extension_by_name(full).filter(|e| self.visible.contains(e.parent_file().name()));
        if let Some(full) = name.strip_prefix('.') {
            return seen(full);
        }
        let scope = self.scope;
        std::iter::once(scope)
            .chain(scope.rmatch_indices('.').map(|(i, _)| &scope[..i]))
            .chain(std::iter::once(""))
            .find_map(|parent| seen(&qualify(parent, name)))
    }
}

/// An element that has options.
#[derive(Clone, Copy)]
enum Element<'a> {
    File(&'a FileDescriptorProto),
    Message(&'a prost_types::DescriptorProto),
    Field(&'a prost_types::FieldDescriptorProto),
    Oneof(&'a prost_types::OneofDescriptorProto),
    Enum(&'a prost_types::EnumDescriptorProto),
    Value(&'a prost_types::EnumValueDescriptorProto),
    Service(&'a prost_types::ServiceDescriptorProto),
    Method(&'a prost_types::MethodDescriptorProto),
    Range(&'a prost_types::descriptor_proto::ExtensionRange),
}

impl<'a> Element<'a> {
    fn options_type(self) -> &'static str {
        match self {
            Element::File(_) => "google.protobuf.FileOptions",
            Element::Message(_) => "google.protobuf.MessageOptions",
            Element::Field(_) => "google.protobuf.FieldOptions",
            Element::Oneof(_) => "google.protobuf.OneofOptions",
            Element::Enum(_) => "google.protobuf.EnumOptions",
            Element::Value(_) => "google.protobuf.EnumValueOptions",
            Element::Service(_) => "google.protobuf.ServiceOptions",
            Element::Method(_) => "google.protobuf.MethodOptions",
            Element::Range(_) => "google.protobuf.ExtensionRangeOptions",
        }
    }

    fn uninterpreted(self) -> Option<&'a [UninterpretedOption]> {
        Some(match self {
            Element::File(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Message(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Field(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Oneof(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Enum(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Value(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Service(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Method(e) => &e.options.as_ref()?.uninterpreted_option,
            Element::Range(e) => &e.options.as_ref()?.uninterpreted_option,
        })
    }
}

/// The uninterpreted option an option statement's location (`[..., options, 999, i]`) names.
fn uninterpreted<'a>(file: &'a FileDescriptorProto, path: &[i32]) -> Option<&'a UninterpretedOption> {
    let at = uninterpreted_option_at(path)?;
    let (element, _) = locate(file, path[..at].split_last()?.1)?;
    element.uninterpreted()?.get(usize::try_from(*path.get(at + 1)?).ok()?)
}

/// The element at source path `path` (pairs of a field number and an index) and the scope its
/// options' names are resolved in: its full name (an enum value's is its enum's sibling, as in
/// C++; an extension range's is its message's).
fn locate<'a>(file: &'a FileDescriptorProto, path: &[i32]) -> Option<(Element<'a>, String)> {
    let mut element = Element::File(file);
    let mut scope = file.package().to_string();
    // The scope the last element was declared in.
    let mut parent = String::new();
    for step in path.chunks(2) {
        let &[field, index] = step else { return None };
        let i = usize::try_from(index).ok()?;
        let next = match (element, field) {
            (Element::File(f), FILE_MESSAGE_TYPE) => Element::Message(f.message_type.get(i)?),
            (Element::File(f), FILE_ENUM_TYPE) => Element::Enum(f.enum_type.get(i)?),
            (Element::File(f), FILE_SERVICE) => Element::Service(f.service.get(i)?),
            (Element::File(f), FILE_EXTENSION) => Element::Field(f.extension.get(i)?),
            (Element::Message(m), MESSAGE_FIELD) => Element::Field(m.field.get(i)?),
            (Element::Message(m), MESSAGE_NESTED_TYPE) => Element::Message(m.nested_type.get(i)?),
            (Element::Message(m), MESSAGE_ENUM_TYPE) => Element::Enum(m.enum_type.get(i)?),
            (Element::Message(m), MESSAGE_EXTENSION_RANGE) => Element::Range(m.extension_range.get(i)?),
            (Element::Message(m), MESSAGE_EXTENSION) => Element::Field(m.extension.get(i)?),
            (Element::Message(m), MESSAGE_ONEOF_DECL) => Element::Oneof(m.oneof_decl.get(i)?),
            (Element::Enum(e), ENUM_VALUE) => Element::Value(e.value.get(i)?),
            (Element::Service(s), SERVICE_METHOD) => Element::Method(s.method.get(i)?),
            _ => return None,
        };
        let name = match next {
            Element::Message(m) => Some(m.name()),
            Element::Field(f) => Some(f.name()),
            Element::Oneof(o) => Some(o.name()),
            Element::Enum(e) => Some(e.name()),
            Element::Service(s) => Some(s.name()),
            Element::Method(m) => Some(m.name()),
            Element::Value(v) => {
                scope = qualify(&parent, v.name());
                None
            }
            Element::File(_) | Element::Range(_) => None,
        };
        if let Some(name) = name {
            parent = std::mem::take(&mut scope);
            scope = qualify(&parent, name);
        }
        element = next;
    }
    Some((element, scope))
}

/// `UninterpretedOption`'s field number in every options message: the parser records an
/// option written in the source at `[..., options, 999, i]`.
const UNINTERPRETED_OPTION: i32 = 999;

pub(super) fn is_option_location(loc: &Location) -> bool {
    uninterpreted_option_at(&loc.path).is_some()
}

/// An option statement's own location (`[..., 999, i]`), not one of its parts'.
pub(super) fn is_option_statement(loc: &Location) -> bool {
    is_option_location(loc) && !is_option_part(&loc.path)
}

/// Where `path` steps into an options message's `uninterpreted_option` (999), found by walking
/// the descriptor's shape: a 999 elsewhere in a path is an index (the 1000th message, field,
/// ...), not an option.
fn uninterpreted_option_at(path: &[i32]) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum Node { File, Message, Field, Oneof, Enum, Value, Service, Method, Range, Options }
    use Node::*;
    let (mut node, mut at) = (File, 0);
    while let Some(&field) = path.get(at) {
        // (the element the field leads to, whether it is repeated: an index follows)
        let (next, repeated) = match (node, field) {
            (Options, UNINTERPRETED_OPTION) => return Some(at),
            (File, 4) | (Message, 3) => (Message, true),
            (File, 5) | (Message, 4) => (Enum, true),
            (File, 6) => (Service, true),
            (File, 7) | (Message, 2) | (Message, 6) => (Field, true),
            (Message, 5) => (Range, true),
            (Message, 8) => (Oneof, true),
            (Enum, 2) => (Value, true),
            (Service, 2) => (Method, true),
            (File, 8) | (Message, 7) | (Field, 8) | (Oneof, 2) | (Enum, 3) | (Value, 3) | (Service, 3) | (Method, 4) | (Range, 3) => {
                (Options, false)
            }
            _ => return None,
        };
        node = next;
        at += if repeated { 2 } else { 1 };
    }
    None
}

/// Whether a parsed location is part of an option statement (`[..., 999, i, 2, ...]` its name,
/// `[..., 999, i, 3]` its value) rather than the statement itself (`[..., 999, i]`).
pub(super) fn is_option_part(path: &[i32]) -> bool {
    uninterpreted_option_at(path).is_some_and(|k| path.len() > k + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPTIONS: &str = r#"syntax = "proto2";
package pkg.v1;
import "google/protobuf/descriptor.proto";
extend google.protobuf.FileOptions { optional string file_tag = 50001; repeated int32 file_list = 50002; }
extend google.protobuf.MessageOptions { optional Inner msg_opt = 50003; repeated Inner msg_list = 50004; }
extend google.protobuf.FieldOptions { optional int32 field_num = 50005; repeated string field_tags = 50006; }
extend google.protobuf.EnumValueOptions { optional bool value_flag = 50007; }
extend google.protobuf.ServiceOptions { optional string svc = 50008; }
extend google.protobuf.MethodOptions { optional string meth = 50009; }
extend google.protobuf.OneofOptions { optional int32 one = 50010; }
extend google.protobuf.EnumOptions { optional int32 en = 50011; }
extend google.protobuf.ExtensionRangeOptions { optional int32 rng = 50012; }
message Inner { optional int32 a = 1; repeated int32 b = 2; optional Inner c = 3; }
message Scoped { extend google.protobuf.FieldOptions { optional int32 scoped = 50013; } }
"#;

    const USES: &str = r#"syntax = "proto2";
package pkg.v1.sub;
import "options.proto";
option java_package = "x.y";
option (pkg.v1.file_tag) = "t";
option (.pkg.v1.file_list) = 1;
option (file_list) = 2;
option (v1.file_list) = 3;
message M {
  option (msg_opt).a = 1;
  option (msg_opt).b = 2;
  option (msg_opt).b = 3;
  option (msg_opt).c.a = 4;
  option (msg_list) = { a: 5 };
  option (msg_list) = { a: 6 };
  option deprecated = true;
  optional int32 f = 1 [(field_num) = 7, (field_tags) = "x", (field_tags) = "y", deprecated = true, (Scoped.scoped) = 9];
  repeated int32 h = 3 [packed = true, (pkg.v1.Scoped.scoped) = 10];
  oneof o { option (one) = 1; int32 x = 4; }
  extensions 100 to 200 [(rng) = 1];
  message N {
    optional int32 z = 1 [(field_num) = 11];
    enum E { option (en) = 2; option allow_alias = true; E0 = 0 [(value_flag) = true]; E1 = 0; }
  }
}
enum Top { T0 = 0 [(value_flag) = true, deprecated = true]; }
service S {
  option (svc) = "s";
  rpc R(M) returns (M) { option (meth) = "m"; option idempotency_level = NO_SIDE_EFFECTS; }
}
extend M { optional int32 ext = 100 [(field_num) = 12, (field_tags) = "z"]; }
"#;

    const BARE: &str = r#"syntax = "proto3";
import "options.proto";
option (pkg.v1.file_list) = 7;
message B { int32 q = 1 [(pkg.v1.field_num) = 1, json_name = "Q"]; }
"#;

    /// The paths the pool moves option statements' locations to when it is handed them (what
    /// protosmith did before), against `interpreted_paths` on the same pool.
    #[test]
    fn option_statements_go_where_the_pool_moves_them() {
        let mut pool = DescriptorPool::new();
        let descriptor = DescriptorPool::global().get_file_by_name("google/protobuf/descriptor.proto").unwrap();
        pool.add_file_descriptor_proto(descriptor.file_descriptor_proto().clone()).unwrap();
        let mut checked = 0;
        for (name, text) in [("options.proto", OPTIONS), ("uses.proto", USES), ("bare.proto", BARE)] {
            let mut parsed = crate::parse::parse(name, text.as_bytes()).unwrap();
            let full = parsed.source_code_info.take().unwrap();
            let names = statement_names(&parsed, &full);
            let statements: Vec<_> = full.location.iter().filter(|l| is_option_statement(l)).cloned().collect();
            parsed.source_code_info = Some(SourceCodeInfo { location: statements.clone() });
            pool.add_file_descriptor_proto(parsed).unwrap();
            let file = pool.get_file_by_name(name).unwrap();
            let moved: Vec<Vec<i32>> = file.file_descriptor_proto().source_code_info.iter().flat_map(|i| &i.location).map(|l| l.path.clone()).collect();
            let named: Vec<(&[i32], &[NamePart])> = statements.iter().map(|l| l.path.as_slice()).zip(names.iter().map(Vec::as_slice)).collect();
            let found: Vec<Vec<i32>> = interpreted_paths(&pool, &file, &named).into_iter().map(Option::unwrap).collect();
            assert_eq!(found, moved, "{name}");
            checked += found.len();
        }
        assert!(checked >= 30, "only {checked} option statements");
    }
}

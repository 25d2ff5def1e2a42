//! The one narrow door to descriptor bytes. Generators read the model; the two that must hand
//! descriptors on as such come through here: `_pb2.py` embeds each file's serialized
//! descriptor (and points into it), prost-build takes `FileDescriptorProto`s as its input.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use prost::encoding::{decode_key, decode_varint, skip_field, DecodeContext, WireType};
use prost::Message as _;
use prost_reflect::{DynamicMessage, ReflectMessage, Value};
use prost_types::{FileDescriptorProto, FileDescriptorSet, SourceCodeInfo};

use super::canonical::{canonical_file, Edits};
use super::first_occurrence::first_occurrences;
use super::{repack_options, strip_source_retention, Compiled, Retention};
use crate::model::source_path::{
    FIELD_JSON_NAME, FILE_EXTENSION, FILE_MESSAGE_TYPE, MESSAGE_EXTENSION, MESSAGE_FIELD, MESSAGE_NESTED_TYPE,
};

/// Read-only access to the compiled descriptors' bytes (a `Copy` handle).
#[derive(Clone, Copy)]
pub struct Descriptors<'a> {
    compiled: &'a Compiled,
}

impl Compiled {
    pub fn descriptors(&self) -> Descriptors<'_> {
        Descriptors { compiled: self }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct DescriptorError {
    pub file: String,
    pub message: String,
}

impl<'a> Descriptors<'a> {
    /// The named files with source info (comments), in dependency order, for tools that take
    /// descriptors as input (prost-build). Unknown names are skipped.
    pub fn file_descriptor_set_for<'n>(&self, names: impl IntoIterator<Item = &'n str>) -> FileDescriptorSet {
        let wanted: HashSet<&str> = names.into_iter().collect();
        let files = self.compiled.files().filter(|f| wanted.contains(f.name()));
        FileDescriptorSet { file: files.filter_map(|f| self.file_descriptor(f.name(), SourceInfo::Full)).collect() }
    }

    /// One file as [`Self::file_descriptor_set_for`] gives it, with as much of its source info
    /// as `source_info` asks: tools that take many files can copy one group of them at a time.
    pub fn file_descriptor(&self, name: &str, source_info: SourceInfo) -> Option<FileDescriptorProto> {
        let file = self.compiled.file(name)?;
        let mut copy = without_source_info(file);
        copy.source_code_info = match source_info {
            SourceInfo::None => None,
            SourceInfo::Full => self.compiled.source_info(name),
            SourceInfo::ElementComments => match self.compiled.source_infos.get(name) {
                Some(bytes) => element_comments(bytes).ok(),
                None => file.source_code_info.clone().map(|mut info| {
                    keep_element_comments(&mut info);
                    info
                }),
            },
        };
        Some(copy)
    }

    /// The compiled files `wanted` names, in dependency order, each with its package,
    /// its imports and its encoded size with source info: what splitting them into groups by
    /// size reads, without copying them.
    pub fn outlines(&self, wanted: impl Fn(&str) -> bool) -> Vec<FileOutline<'a>> {
        let compiled = self.compiled;
        compiled
            .files()
            .filter(|f| wanted(f.name()))
            .map(|f| {
                let held = f.source_code_info.as_ref().map_or(0, |i| prost::encoding::message::encoded_len(FILE_SOURCE_CODE_INFO, i));
                let full = compiled.source_infos.get(f.name()).map_or(held, |b| prost::encoding::bytes::encoded_len(FILE_SOURCE_CODE_INFO, b));
                let len = f.encoded_len() - held + full;
                FileOutline { name: f.name(), package: f.package(), dependencies: &f.dependency, encoded_len: len }
            })
            .collect()
    }

    /// The file's descriptor as protoc serializes it into `_pb2.py`, with where each element and
    /// each options message lies in it.
    pub fn encoded_file(&self, name: &str, retention: Retention) -> Result<EncodedFile, DescriptorError> {
        let fail = |message: String| DescriptorError { file: name.to_string(), message };
        let bytes = self.protoc_descriptor(name, retention)?;
        let all = 0..bytes.len();
        let mut spans = Spans { elements: HashMap::new(), options: HashMap::new(), located: Vec::new() };
        spans.walk(&bytes, all, Kind::File, &mut Vec::new()).map_err(|e| fail(format!("re-reading its descriptor: {e}")))?;
        let ranges: Vec<Range<usize>> = spans.located.iter().map(|p| spans.elements[p].clone()).collect();
        let starts = first_occurrences(&bytes, &ranges);
        let first = spans.located.into_iter().zip(starts.into_iter().zip(ranges)).map(|(p, (at, r))| (p, at..at + r.len())).collect();
        Ok(EncodedFile { bytes, elements: spans.elements, options: spans.options, first })
    }

    /// protoc's form: no source info, no source-retention options, repeated custom options
    /// packed as their extensions say, and only the `json_name`s written in the source (protoc's
    /// `CopyTo` leaves out the ones it computed; protox fills in every field's); options keep
    /// their custom extensions, which survive as unknown fields of the options messages.
    /// Serialized in protoc's field order: made on the wire (`canonical`), or for an editions
    /// file (and whatever that cannot take) through a dynamic message.
    fn protoc_descriptor(&self, name: &str, retention: Retention) -> Result<Vec<u8>, DescriptorError> {
        self.protoc_descriptor_by(name, retention, true).map(|(bytes, _)| bytes)
    }

    /// `protoc_descriptor`, on the wire when `on_the_wire` and possible, else through a dynamic
    /// message (tests compare the two); true when made on the wire.
    fn protoc_descriptor_by(&self, name: &str, retention: Retention, on_the_wire: bool) -> Result<(Vec<u8>, bool), DescriptorError> {
        let fail = |message: String| DescriptorError { file: name.to_string(), message };
        let compiled = self.compiled;
        let file = compiled.file(name).ok_or_else(|| fail("is not compiled".into()))?;
        let raw = super::encoded_file(compiled, name).ok_or_else(|| fail("is not compiled".into()))?;
        // protoc 24 keeps `verification` because its built-in descriptor.proto does not make it
        // source-retention; a tree's own (current) copy does, and once a file of the run has
        // imported it, protoc 24 follows it.
        let retention = match retention {
            Retention::Protoc24 if compiled.own_descriptor_proto => Retention::Current,
            other => other,
        };
        let raw = strip_source_retention(&compiled.pool, &raw, retention).unwrap_or(raw);
        let raw = repack_options(&compiled.pool, &raw).unwrap_or(raw);
        let written: Cow<HashSet<Vec<i32>>> = match (compiled.from_descriptor_set, compiled.json_names_written.get(name)) {
            // protoc generates the files it has compiled in from its own copies, which carry no
            // json_names, whatever the set says.
            (true, _) if PROTOC_BUILT_IN.contains(&name) => Cow::Owned(HashSet::new()),
            (_, Some(written)) => Cow::Borrowed(written),
            (true, None) => Cow::Owned(HashSet::new()),
            (false, None) => Cow::Owned(written_json_names(compiled.source_info(name).as_ref())),
        };
        if on_the_wire && !compiled.editions.contains_key(name) {
            let method_bodies = method_bodies_of(&compiled.method_bodies, name, file);
            let edits = Edits { json_names: &written, method_bodies: &method_bodies };
            if let Some(bytes) = canonical_file(&raw, &edits) {
                return Ok((bytes, true));
            }
        }
        let mut msg = DynamicMessage::decode(FileDescriptorProto::default().descriptor(), raw.as_slice())
            .map_err(|e| fail(e.to_string()))?;
        msg.clear_field_by_name("source_code_info");
        mark_method_bodies(&compiled.method_bodies, name, &mut msg);
        if let Some(info) = compiled.editions.get(name) {
            // `encoded_file` restored it; generators are handed it without source features.
            super::editions::strip_source_features(&mut msg, info);
        }
        let mut path = vec![FILE_MESSAGE_TYPE];
        strip_json_names(&mut msg, "message_type", &mut path, &written);
        let mut path = vec![FILE_EXTENSION];
        strip_json_names_in_fields(&mut msg, "extension", &mut path, &written);
        Ok((msg.encode_to_vec(), false))
    }
}

/// `FileDescriptorProto.source_code_info`.
const FILE_SOURCE_CODE_INFO: u32 = 9;

/// What [`Descriptors::outlines`] tells of a file.
#[derive(Debug, Clone, Copy)]
pub struct FileOutline<'a> {
    pub name: &'a str,
    pub package: &'a str,
    pub dependencies: &'a [String],
    /// Its serialized size with its full source info.
    pub encoded_len: usize,
}

/// How much of a file's source info [`Descriptors::file_descriptor`] copies.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceInfo {
    None,
    /// Only the locations of elements (a path of even length) and their comments, spans left
    /// out: what a generator that prints comments reads (prost-build). Decoded without the
    /// rest: most locations are of names, numbers and types.
    ElementComments,
    Full,
}

/// A location of an element (message, field, enum, ...), not of one of its parts.
fn is_element(path: &[i32]) -> bool {
    !path.is_empty() && path.len().is_multiple_of(2)
}

/// `info` reduced to what [`SourceInfo::ElementComments`] keeps, in its order.
pub fn keep_element_comments(info: &mut SourceCodeInfo) {
    info.location.retain(|l| is_element(&l.path));
    for location in &mut info.location {
        location.span = Vec::new();
    }
}

/// A location of `SourceCodeInfo` without its span: what readers of comments decode (the
/// decoder skips the span, a third of decoding a location whole).
#[derive(Clone, PartialEq, prost::Message)]
pub struct CommentedLocation {
    #[prost(int32, repeated, tag = "1")]
    pub path: Vec<i32>,
    #[prost(string, optional, tag = "3")]
    pub leading_comments: Option<String>,
    #[prost(string, optional, tag = "4")]
    pub trailing_comments: Option<String>,
    #[prost(string, repeated, tag = "6")]
    pub leading_detached_comments: Vec<String>,
}

impl From<&prost_types::source_code_info::Location> for CommentedLocation {
    fn from(l: &prost_types::source_code_info::Location) -> Self {
        CommentedLocation {
            path: l.path.clone(),
            leading_comments: l.leading_comments.clone(),
            trailing_comments: l.trailing_comments.clone(),
            leading_detached_comments: l.leading_detached_comments.clone(),
        }
    }
}

/// Every location of an encoded `SourceCodeInfo`, in order, without spans.
pub(super) fn commented_locations(bytes: &[u8]) -> Result<Vec<CommentedLocation>, prost::DecodeError> {
    #[derive(Clone, PartialEq, prost::Message)]
    struct CommentedLocations {
        #[prost(message, repeated, tag = "1")]
        location: Vec<CommentedLocation>,
    }
    Ok(CommentedLocations::decode(bytes)?.location)
}

/// The element locations of an encoded `SourceCodeInfo`, their comments and no spans.
fn element_comments(bytes: &[u8]) -> Result<SourceCodeInfo, prost::DecodeError> {
    let location = commented_locations(bytes)?
        .into_iter()
        .filter(|l| is_element(&l.path))
        .map(|l| prost_types::source_code_info::Location {
            path: l.path,
            span: Vec::new(),
            leading_comments: l.leading_comments,
            trailing_comments: l.trailing_comments,
            leading_detached_comments: l.leading_detached_comments,
        })
        .collect();
    Ok(SourceCodeInfo { location })
}

/// A copy of `file` without its source info, which is not copied.
fn without_source_info(file: &FileDescriptorProto) -> FileDescriptorProto {
    let FileDescriptorProto {
        name,
        package,
        dependency,
        public_dependency,
        weak_dependency,
        message_type,
        enum_type,
        service,
        extension,
        options,
        source_code_info: _,
        syntax,
    } = file;
    FileDescriptorProto {
        name: name.clone(),
        package: package.clone(),
        dependency: dependency.clone(),
        public_dependency: public_dependency.clone(),
        weak_dependency: weak_dependency.clone(),
        message_type: message_type.clone(),
        enum_type: enum_type.clone(),
        service: service.clone(),
        extension: extension.clone(),
        options: options.clone(),
        source_code_info: None,
        syntax: syntax.clone(),
    }
}

/// The files protoc has compiled in: reading a descriptor set, it generates them from its own
/// copies rather than from the set.
const PROTOC_BUILT_IN: [&str; 14] = [
    "google/protobuf/any.proto",
    "google/protobuf/api.proto",
    "google/protobuf/compiler/plugin.proto",
    "google/protobuf/cpp_features.proto",
    "google/protobuf/descriptor.proto",
    "google/protobuf/duration.proto",
    "google/protobuf/empty.proto",
    "google/protobuf/field_mask.proto",
    "google/protobuf/java_features.proto",
    "google/protobuf/source_context.proto",
    "google/protobuf/struct.proto",
    "google/protobuf/timestamp.proto",
    "google/protobuf/type.proto",
    "google/protobuf/wrappers.proto",
];

/// A serialized `FileDescriptorProto` and the byte ranges of its parts, found by source path
/// (`[4, 0]` is the first message, `[]` the file itself).
#[derive(Debug, Clone)]
pub struct EncodedFile {
    bytes: Vec<u8>,
    elements: HashMap<Vec<i32>, Range<usize>>,
    options: HashMap<Vec<i32>, Range<usize>>,
    /// Messages, enums and services: where their bytes first occur.
    first: HashMap<Vec<i32>, Range<usize>>,
}

impl EncodedFile {
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The serialization of the element at `path` (a message, enum, service, ...).
    pub fn element(&self, path: &[i32]) -> Option<&[u8]> {
        self.elements.get(path).map(|r| &self.bytes[r.clone()])
    }

    /// Where the serialization of the message, enum or service at `path` first occurs in the
    /// file's bytes: protoc's python generator places elements with `find`, so an identical
    /// element earlier in the file is where a later one is said to be.
    pub fn first_occurrence(&self, path: &[i32]) -> Option<Range<usize>> {
        self.first.get(path).cloned()
    }

    /// The serialized options of the element at `path` (`[]`: the file's), when it has some
    /// that are not empty.
    pub fn options(&self, path: &[i32]) -> Option<&[u8]> {
        self.options.get(path).map(|r| &self.bytes[r.clone()]).filter(|b| !b.is_empty())
    }
}

/// The descriptor.proto messages whose parts are located.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Message,
    Field,
    Oneof,
    Enum,
    EnumValue,
    Service,
    Method,
}

impl Kind {
    /// The options field of this message, and its repeated element fields.
    fn layout(self) -> (u32, &'static [(u32, Kind)]) {
        match self {
            Kind::File => (8, &[(4, Kind::Message), (5, Kind::Enum), (6, Kind::Service), (7, Kind::Field)]),
            Kind::Message => (
                7,
                &[(2, Kind::Field), (3, Kind::Message), (4, Kind::Enum), (6, Kind::Field), (8, Kind::Oneof)],
            ),
            Kind::Field => (8, &[]),
            Kind::Oneof => (2, &[]),
            Kind::Enum => (3, &[(2, Kind::EnumValue)]),
            Kind::EnumValue => (3, &[]),
            Kind::Service => (3, &[(2, Kind::Method)]),
            Kind::Method => (4, &[]),
        }
    }
}

struct Spans {
    elements: HashMap<Vec<i32>, Range<usize>>,
    options: HashMap<Vec<i32>, Range<usize>>,
    /// Paths of the messages, enums and services, in file order.
    located: Vec<Vec<i32>>,
}

impl Spans {
    /// Records the element `bytes[range]` of kind `kind` at `path`, then its parts.
    fn walk(&mut self, bytes: &[u8], range: Range<usize>, kind: Kind, path: &mut Vec<i32>) -> Result<(), String> {
        self.elements.insert(path.clone(), range.clone());
        if matches!(kind, Kind::Message | Kind::Enum | Kind::Service) {
            self.located.push(path.clone());
        }
        let (options, children) = kind.layout();
        let mut counts: HashMap<u32, i32> = HashMap::new();
        let mut buf = &bytes[range.clone()];
        while !buf.is_empty() {
            let (tag, wire) = decode_key(&mut buf).map_err(|e| e.to_string())?;
            if wire != WireType::LengthDelimited {
                skip_field(wire, tag, &mut buf, DecodeContext::default()).map_err(|e| e.to_string())?;
                continue;
            }
            let len = decode_varint(&mut buf).map_err(|e| e.to_string())? as usize;
            let start = range.end - buf.len();
            if len > buf.len() {
                return Err(format!("field {tag}: length {len} past the end"));
            }
            buf = &buf[len..];
            let inner = start..start + len;
            if tag == options {
                self.options.insert(path.clone(), inner);
            } else if let Some(&(_, child)) = children.iter().find(|(n, _)| *n == tag) {
                let index = counts.entry(tag).or_default();
                path.extend([tag as i32, *index]);
                *index += 1;
                self.walk(bytes, inner, child, path)?;
                path.truncate(path.len() - 2);
            }
        }
        Ok(())
    }
}

/// Source paths of the fields whose `json_name` option is in the source text.
pub(super) fn written_json_names(info: Option<&prost_types::SourceCodeInfo>) -> HashSet<Vec<i32>> {
    let Some(info) = info else { return HashSet::new() };
    info.location
        .iter()
        .filter(|loc| read_by_the_door(&loc.path))
        .filter_map(|loc| loc.path.split_last().map(|(_, field)| field.to_vec()))
        .collect()
}

/// The source locations this door reads: a field's `json_name` as written.
fn read_by_the_door(path: &[i32]) -> bool {
    path.last() == Some(&FIELD_JSON_NAME)
}

/// `(service, method)` of the methods of `file` written with a body.
fn method_bodies_of(bodies: &HashSet<(String, usize, usize)>, name: &str, file: &FileDescriptorProto) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    if bodies.is_empty() {
        return out;
    }
    let name = name.to_string();
    for (s, service) in file.service.iter().enumerate() {
        for m in 0..service.method.len() {
            if bodies.contains(&(name.clone(), s, m)) {
                out.insert((s, m));
            }
        }
    }
    out
}

/// A method written with `{ }` carries an empty options message in protoc's descriptor.
pub(crate) fn mark_method_bodies(bodies: &HashSet<(String, usize, usize)>, name: &str, file: &mut DynamicMessage) {
    let Some(Value::List(services)) = file.get_field_by_name_mut("service") else { return };
    for (si, service) in services.iter_mut().enumerate() {
        let Value::Message(service) = service else { continue };
        let Some(Value::List(methods)) = service.get_field_by_name_mut("method") else { continue };
        for (mi, method) in methods.iter_mut().enumerate() {
            let Value::Message(method) = method else { continue };
            let has_body = bodies.contains(&(name.to_string(), si, mi));
            if has_body && !method.has_field_by_name("options") {
                let options = method.descriptor().get_field_by_name("options").map(|f| f.kind());
                if let Some(prost_reflect::Kind::Message(desc)) = options {
                    method.set_field_by_name("options", Value::Message(DynamicMessage::new(desc)));
                }
            }
        }
    }
}

/// `path` is the source path of the list `key` of `parent` (messages).
fn strip_json_names(parent: &mut DynamicMessage, key: &str, path: &mut Vec<i32>, written: &HashSet<Vec<i32>>) {
    if let Some(Value::List(list)) = parent.get_field_by_name_mut(key) {
        for (i, item) in list.iter_mut().enumerate() {
            if let Value::Message(m) = item {
                path.push(i as i32);
                for (kind, key) in [(MESSAGE_FIELD, "field"), (MESSAGE_EXTENSION, "extension")] {
                    path.push(kind);
                    strip_json_names_in_fields(m, key, path, written);
                    path.pop();
                }
                path.push(MESSAGE_NESTED_TYPE);
                strip_json_names(m, "nested_type", path, written);
                path.pop();
                path.pop();
            }
        }
    }
}

/// `path` is the source path of the list `key` of `parent` (fields).
fn strip_json_names_in_fields(parent: &mut DynamicMessage, key: &str, path: &mut Vec<i32>, written: &HashSet<Vec<i32>>) {
    if let Some(Value::List(list)) = parent.get_field_by_name_mut(key) {
        for (i, item) in list.iter_mut().enumerate() {
            if let Value::Message(f) = item {
                path.push(i as i32);
                if !written.contains(path) {
                    f.clear_field_by_name("json_name");
                }
                path.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::compile::{compile, compile_in_memory, Input, Retention};

    /// The element comments decoded alone are the full source info's element locations, in
    /// their order, comments kept and spans left out.
    #[test]
    fn element_comments_are_the_element_locations_of_the_full_source_info() {
        let source = "syntax = \"proto3\";\n// Detached.\n\n// Leading.\nmessage M { // Trailing.\n  // Detached in M.\n\n  // Field.\n  int32 a = 1;\n  /* Block */ string b = 2;\n  enum E { Z = 0; }\n}\n// Service.\nservice S { rpc Do(M) returns (M); }\n";
        let compiled = compile_in_memory(&[("a.proto", source)], &["a.proto"]).unwrap();
        let full = compiled.source_info("a.proto").unwrap();
        let mut expected: Vec<_> = full.location.into_iter().filter(|l| super::is_element(&l.path)).collect();
        expected.iter_mut().for_each(|l| l.span = Vec::new());
        assert!(expected.len() >= 6 && expected.iter().any(|l| l.trailing_comments.is_some()) && expected.iter().any(|l| !l.leading_detached_comments.is_empty()));
        // The field's location and its comment are there; its name's (an odd path) is not.
        let field = expected.iter().find(|l| l.path == [4, 0, 2, 0]).expect("the field's location");
        assert_eq!(field.leading_comments.as_deref(), Some(" Field.\n"));
        assert!(!expected.iter().any(|l| l.path == [4, 0, 2, 0, 1]));
        let file = compiled.descriptors().file_descriptor("a.proto", super::SourceInfo::ElementComments).unwrap();
        assert_eq!(file.source_code_info.unwrap().location, expected);
        let mut full = compiled.descriptors().file_descriptor("a.proto", super::SourceInfo::Full).unwrap().source_code_info.unwrap();
        super::keep_element_comments(&mut full);
        assert_eq!(full.location, expected);
    }

    /// The descriptor made on the wire is the one the dynamic-message round trip gives, for
    /// every file of the golden protos (custom options, source-retention options, methods with
    /// bodies, written json_names, nested messages, services, well-known types) and a file
    /// made to hold the rest.
    #[test]
    fn the_wire_form_is_the_round_trip_form() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/protos");
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name().into_iter().flatten() {
            let rel = entry.path().strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            if rel.ends_with(".proto") {
                files.push(rel);
            }
        }
        assert!(files.len() > 10, "{files:?}");
        let compiled = compile(&Input::Sources { includes: vec![root], files }).unwrap();
        let extra = compile_in_memory(
            &[
                (
                    "opts.proto",
                    "syntax = \"proto2\";\nimport \"google/protobuf/descriptor.proto\";\n\
                     message Rule { optional string a = 1; optional int32 secret = 2 [retention = RETENTION_SOURCE]; repeated int32 n = 3; }\n\
                     extend google.protobuf.FieldOptions { optional Rule rule = 50001; repeated int32 nums = 50002 [packed = true];\n\
                     optional int32 source_only = 50003 [retention = RETENTION_SOURCE]; }\n\
                     extend google.protobuf.MethodOptions { optional int32 m = 50004 [retention = RETENTION_SOURCE]; }\n",
                ),
                (
                    "a.proto",
                    "syntax = \"proto3\";\npackage p;\nimport \"opts.proto\";\nimport public \"google/protobuf/empty.proto\";\n\
                     message A { int32 x = 1 [json_name = \"X\", (rule) = { a: \"s\" secret: 3 n: [1, 2] }, (nums) = 1, (nums) = 2];\n\
                     int32 y = 2 [(source_only) = 1, deprecated = true]; string z = 3 [(source_only) = 2];\n\
                     oneof o { int32 w = 4; } map<string, A> m = 5; reserved 9; reserved \"q\";\n\
                     message B { enum E { E0 = 0; E1 = 1 [deprecated = true]; } } }\n\
                     service S { rpc M(A) returns (A) {} rpc N(A) returns (A); rpc O(A) returns (A) { option (m) = 1; }\n\
                     rpc P(stream A) returns (stream A) { option deprecated = true; } }\n",
                ),
            ],
            &["a.proto", "opts.proto"],
        )
        .unwrap();
        let mut compared = 0;
        for compiled in [&compiled, &extra] {
            for file in compiled.files() {
                for retention in [Retention::Current, Retention::Protoc24] {
                    let door = compiled.descriptors();
                    let (wire, on_the_wire) = door.protoc_descriptor_by(file.name(), retention, true).unwrap();
                    let (dynamic, _) = door.protoc_descriptor_by(file.name(), retention, false).unwrap();
                    assert!(on_the_wire, "{}", file.name());
                    assert!(wire == dynamic, "{}: {wire:?}\n{dynamic:?}", file.name());
                    compared += 1;
                }
            }
        }
        assert!(compared > 20);
        // The source-retention options are gone (an options message left empty with them), the
        // others kept.
        let (bytes, _) = extra.descriptors().protoc_descriptor_by("a.proto", Retention::Current, true).unwrap();
        let file = crate::compile::decode_file(&bytes).unwrap();
        let fields = &file.message_type[0].field;
        assert_eq!(fields[1].options.as_ref().and_then(|o| o.deprecated), Some(true));
        assert!(fields[2].options.is_none());
        // `(rule) = { a: "s" secret: 3 n: [1, 2] }`: 50001 length-delimited, without `secret`.
        let encoded = extra.descriptors().encoded_file("a.proto", Retention::Current).unwrap();
        let options = encoded.options(&[4, 0, 2, 0]).unwrap();
        let rule = [0x8a, 0xb5, 0x18, 7, 0x0a, 1, b's', 0x18, 1, 0x18, 2];
        assert!(options.windows(rule.len()).any(|w| w == rule), "{options:?}");
    }

    /// A group-typed custom option: its source-retention members go (on the wire, the group
    /// written back between its tags), and so does a source-retention option beside it.
    #[test]
    fn source_retention_inside_a_group_option_is_stripped() {
        let compiled = compile_in_memory(
            &[(
                "a.proto",
                "syntax = \"proto2\";\nimport \"google/protobuf/descriptor.proto\";\n\
                 extend google.protobuf.FieldOptions {\n\
                   optional group G = 50010 { optional int32 keep = 1; optional int32 drop = 2 [retention = RETENTION_SOURCE]; }\n\
                   optional int32 src = 50011 [retention = RETENTION_SOURCE];\n\
                 }\n\
                 message A { optional int32 x = 1 [(g) = { keep: 5 drop: 6 }, (src) = 7]; }\n",
            )],
            &["a.proto"],
        )
        .unwrap();
        let door = compiled.descriptors();
        let options = |retention| door.encoded_file("a.proto", retention).unwrap().options(&[4, 1, 2, 0]).map(<[u8]>::to_vec);
        // Field `x` of `A` (message 1: the group's type `G` is message 0). 50010 as a group: start tag (50010 << 3 | 3), `keep: 5`, end tag (50010 << 3 | 4).
        let kept = [0xd3, 0xb5, 0x18, 0x08, 0x05, 0xd4, 0xb5, 0x18];
        assert_eq!(options(Retention::Current).as_deref(), Some(&kept[..]));
        assert_eq!(options(Retention::Protoc24).as_deref(), Some(&kept[..]));
        let (bytes, _) = door.protoc_descriptor_by("a.proto", Retention::Current, true).unwrap();
        let (dynamic, _) = door.protoc_descriptor_by("a.proto", Retention::Current, false).unwrap();
        assert!(bytes == dynamic);
    }

    #[test]
    fn parts_are_found_by_source_path() {
        let compiled = compile_in_memory(
            &[(
                "a.proto",
                "syntax = \"proto3\";\noption java_package = \"x\";\n\
                 message A { message B { int32 x = 1 [deprecated = true]; } B b = 1; }\n\
                 message C { oneof o { int32 y = 1; } }\n\
                 enum E { E0 = 0; E1 = 1 [deprecated = true]; }\n\
                 service S { rpc M(A) returns (A) {} }\n",
            )],
            &["a.proto"],
        )
        .unwrap();
        let file = compiled.descriptors().encoded_file("a.proto", Retention::Current).unwrap();
        let bytes = file.bytes();
        let inside = |part: &[u8]| memchr::memmem::find(bytes, part).is_some();
        for path in [&[4, 0][..], &[4, 0, 3, 0], &[4, 0, 3, 0, 2, 0], &[4, 1, 8, 0], &[5, 0, 2, 1], &[6, 0, 2, 0]] {
            assert!(file.element(path).is_some_and(inside), "{path:?}");
        }
        assert_eq!(file.element(&[]), Some(bytes));
        assert!(file.options(&[]).is_some());
        assert!(file.options(&[4, 0, 3, 0, 2, 0]).is_some());
        assert!(file.options(&[5, 0, 2, 1]).is_some());
        assert!(file.options(&[4, 0]).is_none());
        // `{}` gives the method an empty options message, which is no options here.
        assert!(file.options(&[6, 0, 2, 0]).is_none());
        assert!(file.element(&[4, 2]).is_none());
        assert_eq!(file.first_occurrence(&[4, 0, 3, 0]).map(|r| &bytes[r]), file.element(&[4, 0, 3, 0]));
        assert!(file.first_occurrence(&[4, 0, 2, 0]).is_none(), "fields are not placed");
        let set = compiled.descriptors().file_descriptor_set_for(["a.proto", "missing.proto"]);
        assert_eq!(set.file.len(), 1);
        assert!(set.file[0].source_code_info.is_some());
    }
}

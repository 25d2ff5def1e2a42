//! The language-neutral model: one walk over the descriptors that every generator reads.
//!
//! It answers the questions all languages ask (what is this field's kind, is it a map, which
//! oneof does it belong to, what comment sits on it, what does this file import) so that no
//! generator re-derives them from raw descriptors. Language specifics (names, escaping,
//! imports) belong to the language views, not here.
//!
//! ## Editions: the contract
//!
//! Every file, message, field and enum carries its *resolved* features (`features`, as protoc
//! resolves them: the edition's defaults, then file → message → oneof → field, file/message →
//! enum, the extension's scope for extensions). proto2 and proto3 files resolve too, as protoc
//! resolves them (editions `PROTO2` / `PROTO3`, with `required`, groups and `[packed]` read as
//! the features they stand for; presence itself is `Field::presence`, which also knows proto3
//! `optional`).
//! For editions files the older fields are filled from the resolved features, so a generator
//! that reads only them is right as well:
//! - `File::syntax` is `Syntax::Editions`, `File::edition` names the edition (`None` for proto2
//!   and proto3);
//! - `Field::label`: `Required` for `LEGACY_REQUIRED` presence (the descriptor protoc hands on
//!   says optional), `Repeated`, else `Optional`; `proto3_optional` is always false;
//! - `Field::presence`: `Repeated`; `Explicit` for `EXPLICIT`/`LEGACY_REQUIRED`, messages,
//!   oneof members and extensions; `Implicit` for `IMPLICIT`;
//! - `Field::kind`: `Group` for a `DELIMITED` message field (not a map), as protoc's
//!   `FieldDescriptor::type()` says; the descriptor protoc hands on says message;
//! - `Field::packed`: repeated, packable and `PACKED`; `packed_explicit` is `None` (editions
//!   have no `[packed]` option);
//! - `Enum::closed`: the enum's `enum_type` is `CLOSED` (a field of that enum type is closed);
//! - `Field::features.utf8_validation`: `VERIFY` or `NONE` for string fields (and map entries).
//! `written_field_presence` (file and field) is what the source writes, for mypy-protobuf,
//! which reads presence from the file's and the field's own options only. Language features
//! (`pb.cpp`, `pb.java`, ...) are not in the model: no generator here reads them.

pub mod source_path;

use std::collections::{BTreeMap, HashMap};

use prost_types::field_descriptor_proto::{Label as PbLabel, Type as PbType};
use prost_types::{
    DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto,
    ServiceDescriptorProto,
};
use serde::Serialize;

use prost_reflect::DescriptorPool;

use crate::compile::editions::EditionsFile;
use crate::compile::{CommentedLocation, Compiled};
pub use crate::compile::editions::features::{
    DefaultSymbolVisibility, Edition, EnforceNamingStyle, EnumType, FieldPresence, Features, JsonFormat,
    MessageEncoding, RepeatedFieldEncoding, Utf8Validation,
};
use source_path as sp;
use crate::compile::qualify;

#[derive(Debug, Clone, Serialize)]
pub struct Model {
    /// Every file, imports before importers.
    pub files: Vec<File>,
    /// Fully-qualified name (no leading dot) -> what it is and where it lives.
    pub types: BTreeMap<String, TypeInfo>,
    /// Where each file, message and enum is in `files`, so generators' lookups do not scan
    /// (they look up every field's type: scanning made big files quadratic).
    #[serde(skip)]
    places: Places,
}

/// Positions in `Model::files`: a message is reached by its file and the index at each level
/// of nesting; an enum by its parent's position (only the file's, top-level) and its index.
#[derive(Debug, Clone, Default)]
struct Places {
    files: HashMap<String, usize>,
    messages: HashMap<String, (usize, Vec<usize>)>,
    enums: HashMap<String, (usize, Vec<usize>, usize)>,
}

impl Places {
    fn new(files: &[File]) -> Places {
        fn visit(places: &mut Places, file: usize, messages: &[Message], path: &mut Vec<usize>) {
            for (i, m) in messages.iter().enumerate() {
                path.push(i);
                places.messages.insert(m.full_name.clone(), (file, path.clone()));
                for (j, e) in m.enums.iter().enumerate() {
                    places.enums.insert(e.full_name.clone(), (file, path.clone(), j));
                }
                visit(places, file, &m.messages, path);
                path.pop();
            }
        }
        let mut places = Places::default();
        for (f, file) in files.iter().enumerate() {
            places.files.entry(file.name.clone()).or_insert(f);
            for (j, e) in file.enums.iter().enumerate() {
                places.enums.insert(e.full_name.clone(), (f, Vec::new(), j));
            }
            visit(&mut places, f, &file.messages, &mut Vec::new());
        }
        places
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TypeInfo {
    pub file: String,
    pub kind: TypeKind,
    /// Name relative to the package, e.g. `Outer.Inner`.
    pub relative_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    Message,
    Enum,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Syntax {
    Proto2,
    Proto3,
    Editions,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Comments {
    pub leading: Option<String>,
    pub trailing: Option<String>,
    pub detached: Vec<String>,
}

impl Comments {
    pub fn is_empty(&self) -> bool {
        self.leading.is_none() && self.trailing.is_none() && self.detached.is_empty()
    }
}

/// The comments of a file by source path, for generators that look comments up by path (e.g.
/// the comment on a `deprecated` option). One attribution rule for the whole model: when
/// `SourceCodeInfo` holds several locations for one path (protoc writes one per element, a
/// descriptor set may hold more), the last one counts. That is what every incumbent plugin
/// sees: protoc's descriptor tables (`GetSourceLocation`, read by its C++ plugins) overwrite
/// earlier locations of a path, and mypy-protobuf keeps the last in a dict
/// (tests/comment_attribution.rs runs both).
#[derive(Debug, Clone, Default)]
pub struct CommentMap(HashMap<Vec<i32>, Comments>);

impl CommentMap {
    fn new(locations: Vec<CommentedLocation>) -> CommentMap {
        let mut map = HashMap::new();
        for l in locations {
            let comments = Comments { leading: l.leading_comments, trailing: l.trailing_comments, detached: l.leading_detached_comments };
            // A later location without comments hides an earlier one's; most locations (names,
            // numbers, types) have none, and keeping only the rest keeps the map small.
            if comments.is_empty() {
                map.remove(l.path.as_slice());
            } else {
                map.insert(l.path, comments);
            }
        }
        CommentMap(map)
    }

    pub fn get(&self, path: &[i32]) -> Option<&Comments> {
        self.0.get(path)
    }
}

/// A custom option set on an element: the extension's full name and its value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExtensionOption {
    pub name: String,
    pub value: OptionValue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionValue {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    String(String),
    Bytes(Vec<u8>),
    /// An enum value by number.
    Enum(i32),
    /// A message value, serialized.
    Message(Vec<u8>),
    List(Vec<OptionValue>),
}

impl OptionValue {
    fn from_reflect(value: &prost_reflect::Value) -> OptionValue {
        use prost_reflect::Value as V;
        match value {
            V::Bool(b) => OptionValue::Bool(*b),
            V::I32(i) => OptionValue::Int((*i).into()),
            V::I64(i) => OptionValue::Int(*i),
            V::U32(u) => OptionValue::Uint((*u).into()),
            V::U64(u) => OptionValue::Uint(*u),
            V::F32(f) => OptionValue::Float((*f).into()),
            V::F64(f) => OptionValue::Float(*f),
            V::String(s) => OptionValue::String(s.clone()),
            V::Bytes(b) => OptionValue::Bytes(b.to_vec()),
            V::EnumNumber(n) => OptionValue::Enum(*n),
            V::Message(m) => OptionValue::Message(prost::Message::encode_to_vec(m)),
            V::List(items) => OptionValue::List(items.iter().map(OptionValue::from_reflect).collect()),
            // An extension is never a map field; keep the shape rather than fail.
            V::Map(entries) => OptionValue::List(entries.values().map(OptionValue::from_reflect).collect()),
        }
    }
}

/// A comment's lines as protoc's plugins split them (`getline`): at `\n` only, so the `\r` of
/// a CRLF source stays in the text, with no empty line after a final `\n`.
pub fn comment_lines(text: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = text.split('\n').collect();
    if parts.last() == Some(&"") {
        parts.pop();
    }
    parts
}

#[derive(Debug, Clone, Serialize)]
pub struct File {
    pub name: String,
    pub package: String,
    pub syntax: Syntax,
    /// The edition of an editions file; `None` for proto2 and proto3.
    pub edition: Option<Edition>,
    /// The file's resolved features.
    pub features: Features,
    /// `option features.field_presence = ...` as written on the file.
    pub written_field_presence: Option<FieldPresence>,
    pub generate: bool,
    pub dependencies: Vec<String>,
    pub public_dependencies: Vec<String>,
    pub weak_dependencies: Vec<String>,
    pub messages: Vec<Message>,
    pub enums: Vec<Enum>,
    pub services: Vec<Service>,
    /// Extensions declared at file scope.
    pub extensions: Vec<Field>,
    pub deprecated: bool,
    /// `option py_generic_services = true`.
    pub py_generic_services: bool,
    /// Comment on the `syntax` line (where protoc tools put file-level docs).
    pub syntax_comments: Comments,
    pub package_comments: Comments,
    /// Every comment of the file by source path (elements also carry their own).
    #[serde(skip)]
    pub comments: CommentMap,
}

#[derive(Debug, Clone, Serialize)]
pub struct Message {
    pub name: String,
    pub full_name: String,
    pub fields: Vec<Field>,
    pub oneofs: Vec<Oneof>,
    pub messages: Vec<Message>,
    pub enums: Vec<Enum>,
    /// Extensions declared inside this message's scope (they may extend any message).
    pub extensions: Vec<Field>,
    pub extension_ranges: Vec<(i32, i32)>,
    /// The oneofs protoc makes for proto3 `optional` fields (one each), after the real ones in
    /// descriptor order; generators that mirror the descriptor list them too.
    pub synthetic_oneofs: Vec<Oneof>,
    pub is_map_entry: bool,
    /// `option message_set_wire_format = true`.
    pub message_set_wire_format: bool,
    pub features: Features,
    pub deprecated: bool,
    pub comments: Comments,
    pub source_path: Vec<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Optional,
    Required,
    Repeated,
}

/// Whether "set to the default" and "unset" are distinguishable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Has a hasser: proto2 optional/required, proto3 `optional`, messages, oneof members.
    Explicit,
    /// proto3 singular scalars.
    Implicit,
    /// Repeated and map fields.
    Repeated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "type_name", rename_all = "snake_case")]
pub enum FieldKind {
    Double,
    Float,
    Int64,
    Uint64,
    Int32,
    Fixed64,
    Fixed32,
    Bool,
    String,
    Bytes,
    Uint32,
    Sfixed32,
    Sfixed64,
    Sint32,
    Sint64,
    /// Fully-qualified names without the leading dot.
    Enum(String),
    Message(String),
    Group(String),
}

impl FieldKind {
    pub fn type_name(&self) -> Option<&str> {
        match self {
            FieldKind::Enum(n) | FieldKind::Message(n) | FieldKind::Group(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_message(&self) -> bool {
        matches!(self, FieldKind::Message(_) | FieldKind::Group(_))
    }

    /// Scalars and enums can be packed; strings, bytes and messages cannot.
    pub fn is_packable(&self) -> bool {
        !matches!(self, FieldKind::String | FieldKind::Bytes | FieldKind::Message(_) | FieldKind::Group(_))
    }

    pub fn is_64bit(&self) -> bool {
        matches!(
            self,
            FieldKind::Int64 | FieldKind::Uint64 | FieldKind::Fixed64 | FieldKind::Sfixed64 | FieldKind::Sint64
        )
    }

    /// The descriptor.proto type number (`TYPE_DOUBLE` = 1 ...).
    pub fn type_number(&self) -> i32 {
        (match self {
            FieldKind::Double => PbType::Double,
            FieldKind::Float => PbType::Float,
            FieldKind::Int64 => PbType::Int64,
            FieldKind::Uint64 => PbType::Uint64,
            FieldKind::Int32 => PbType::Int32,
            FieldKind::Fixed64 => PbType::Fixed64,
            FieldKind::Fixed32 => PbType::Fixed32,
            FieldKind::Bool => PbType::Bool,
            FieldKind::String => PbType::String,
            FieldKind::Bytes => PbType::Bytes,
            FieldKind::Uint32 => PbType::Uint32,
            FieldKind::Sfixed32 => PbType::Sfixed32,
            FieldKind::Sfixed64 => PbType::Sfixed64,
            FieldKind::Sint32 => PbType::Sint32,
            FieldKind::Sint64 => PbType::Sint64,
            FieldKind::Enum(_) => PbType::Enum,
            FieldKind::Message(_) => PbType::Message,
            FieldKind::Group(_) => PbType::Group,
        }) as i32
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JsType {
    Normal,
    String,
    Number,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MapEntry {
    pub key: FieldKind,
    pub value: FieldKind,
    /// Fully-qualified name of the synthetic `XxxEntry` message.
    pub entry_name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub name: String,
    /// `package.Message.field` (extensions: `package.scope.field`).
    pub full_name: String,
    pub number: i32,
    pub json_name: String,
    pub label: Label,
    pub kind: FieldKind,
    pub presence: Presence,
    /// Index into the containing message's `oneofs` for members of a real (non-synthetic) oneof.
    pub oneof_index: Option<usize>,
    pub proto3_optional: bool,
    pub map: Option<MapEntry>,
    /// Effective packed encoding for repeated scalars (explicit option or syntax default).
    pub packed: bool,
    /// Whether `[packed = ...]` was written explicitly.
    pub packed_explicit: Option<bool>,
    /// Default value as written in descriptor.proto's textual form (proto2 only).
    pub default_value: Option<String>,
    pub jstype: JsType,
    /// For extensions: the fully-qualified extended message.
    pub extendee: Option<String>,
    pub deprecated: bool,
    /// Custom options set on the field (FieldOptions extensions), in the order they are held.
    pub extension_options: Vec<ExtensionOption>,
    /// The field's resolved features.
    pub features: Features,
    /// `features.field_presence` as written on the field itself.
    pub written_field_presence: Option<FieldPresence>,
    pub comments: Comments,
    pub source_path: Vec<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Oneof {
    pub name: String,
    /// Descriptor index (synthetic oneofs of proto3 `optional` keep their slot in the count).
    pub index: usize,
    /// Indices into the containing message's `fields`.
    pub fields: Vec<usize>,
    pub comments: Comments,
}

#[derive(Debug, Clone, Serialize)]
pub struct Enum {
    pub name: String,
    pub full_name: String,
    pub values: Vec<EnumValue>,
    pub allow_alias: bool,
    /// Closed (proto2 enums, `enum_type = CLOSED`): values outside the enum are unknown fields.
    pub closed: bool,
    pub features: Features,
    pub deprecated: bool,
    pub comments: Comments,
    pub source_path: Vec<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumValue {
    pub name: String,
    pub number: i32,
    pub deprecated: bool,
    pub comments: Comments,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Streaming {
    Unary,
    ServerStreaming,
    ClientStreaming,
    BidiStreaming,
}

#[derive(Debug, Clone, Serialize)]
pub struct Service {
    pub name: String,
    pub full_name: String,
    pub methods: Vec<Method>,
    pub deprecated: bool,
    pub comments: Comments,
}

#[derive(Debug, Clone, Serialize)]
pub struct Method {
    pub name: String,
    /// Fully-qualified names without the leading dot.
    pub input: String,
    pub output: String,
    pub streaming: Streaming,
    pub deprecated: bool,
    pub comments: Comments,
}

impl Model {
    /// Each file's source info is decoded for its comments while its model is built, one
    /// file at a time (`Compiled::commented_locations`).
    pub fn build(compiled: &Compiled) -> Model {
        use rayon::prelude::*;
        let generated = compiled.generated_set();
        // Files are built in parallel, beside the table of every type.
        let (types, files) = rayon::join(
            || types_of(compiled),
            || {
                let files: Vec<&FileDescriptorProto> = compiled.files().collect();
                files
                    .par_iter()
                    .map(|&f| {
                        let comments = compiled.commented_locations(f.name());
                        build_file(f, comments, generated.contains(f.name()), &compiled.pool, compiled.editions.get(f.name()))
                    })
                    .collect::<Vec<File>>()
            },
        );
        Model::assemble(files, types)
    }

    fn assemble(files: Vec<File>, types: BTreeMap<String, TypeInfo>) -> Model {
        let places = Places::new(&files);
        Model { files, types, places }
    }

    pub fn file(&self, name: &str) -> Option<&File> {
        self.files.get(*self.places.files.get(name)?)
    }

    /// The message at `path` (indices down the nesting) in file number `file`.
    fn message_at(&self, file: usize, path: &[usize]) -> Option<&Message> {
        let (first, rest) = path.split_first()?;
        let mut m = self.files.get(file)?.messages.get(*first)?;
        for &i in rest {
            m = m.messages.get(i)?;
        }
        Some(m)
    }

    pub fn files_to_generate(&self) -> impl Iterator<Item = &File> {
        self.files.iter().filter(|f| f.generate)
    }

    /// Finds a message anywhere in the model by fully-qualified name.
    pub fn message(&self, full_name: &str) -> Option<&Message> {
        let (file, path) = self.places.messages.get(full_name)?;
        self.message_at(*file, path)
    }

    pub fn enumeration(&self, full_name: &str) -> Option<&Enum> {
        let (file, parent, index) = self.places.enums.get(full_name)?;
        match parent.is_empty() {
            true => self.files.get(*file)?.enums.get(*index),
            false => self.message_at(*file, parent)?.enums.get(*index),
        }
    }

    /// Files reachable from `name` through `import public` chains, including itself.
    pub fn public_closure(&self, name: &str) -> Vec<String> {
        let mut out = vec![name.to_string()];
        let mut i = 0;
        while i < out.len() {
            if let Some(f) = self.file(&out[i]) {
                for dep in &f.public_dependencies {
                    if !out.contains(dep) {
                        out.push(dep.clone());
                    }
                }
            }
            i += 1;
        }
        out
    }
}

fn strip_dot(name: &str) -> String {
    name.strip_prefix('.').unwrap_or(name).to_string()
}

fn types_of(compiled: &Compiled) -> BTreeMap<String, TypeInfo> {
    let mut types = BTreeMap::new();
    for file in compiled.files() {
        index_types(file, &mut types);
    }
    types
}

fn index_types(file: &FileDescriptorProto, types: &mut BTreeMap<String, TypeInfo>) {
    fn walk(file: &str, pkg: &str, rel: &str, msg: &DescriptorProto, types: &mut BTreeMap<String, TypeInfo>) {
        let rel = qualify(rel, msg.name());
        types.insert(
            qualify(pkg, &rel),
            TypeInfo { file: file.into(), kind: TypeKind::Message, relative_name: rel.clone() },
        );
        for e in &msg.enum_type {
            let r = qualify(&rel, e.name());
            types.insert(qualify(pkg, &r), TypeInfo { file: file.into(), kind: TypeKind::Enum, relative_name: r });
        }
        for m in &msg.nested_type {
            walk(file, pkg, &rel, m, types);
        }
    }
    let pkg = file.package();
    for e in &file.enum_type {
        types.insert(
            qualify(pkg, e.name()),
            TypeInfo { file: file.name().into(), kind: TypeKind::Enum, relative_name: e.name().into() },
        );
    }
    for m in &file.message_type {
        walk(file.name(), pkg, "", m, types);
    }
}

struct Ctx<'a> {
    /// Comments by path, indexed once per file: large files have thousands of elements and
    /// locations, and a linear search per element is quadratic.
    comments: CommentMap,
    syntax: Syntax,
    /// For custom option values, which the prost descriptors do not keep.
    pool: &'a DescriptorPool,
    /// What an editions file writes beyond its lowered descriptor.
    editions: Option<&'a EditionsFile>,
}

impl<'a> Ctx<'a> {
    fn comments(&self, path: &[i32]) -> Comments {
        self.comments.get(path).cloned().unwrap_or_default()
    }

    /// The features of the element at `path` under `parent`'s.
    fn features(&self, parent: &Features, path: &[i32]) -> Features {
        self.editions.map_or(*parent, |e| e.resolve(parent, path))
    }

    fn written_field_presence(&self, path: &[i32]) -> Option<FieldPresence> {
        self.editions.and_then(|e| e.written(path)).and_then(|w| w.field_presence())
    }

    /// The extensions set in a field's options. `scope` is the containing message (fields) or
    /// the extension's own full name (extensions).
    fn extension_options(&self, f: &FieldDescriptorProto, scope: &str, is_extension: bool) -> Vec<ExtensionOption> {
        if f.options.is_none() {
            return Vec::new();
        }
        let options = if is_extension {
            self.pool.get_extension_by_name(scope).map(|x| x.options())
        } else {
            self.pool.get_message_by_name(scope).and_then(|m| m.get_field(f.number() as u32)).map(|x| x.options())
        };
        let Some(options) = options else { return Vec::new() };
        options
            .extensions()
            .map(|(x, v)| ExtensionOption { name: x.full_name().to_string(), value: OptionValue::from_reflect(v) })
            .collect()
    }
}

fn syntax_of(file: &FileDescriptorProto) -> Syntax {
    match file.syntax() {
        "proto3" => Syntax::Proto3,
        "editions" => Syntax::Editions,
        _ => Syntax::Proto2,
    }
}

fn build_file(
    file: &FileDescriptorProto,
    comments: Vec<CommentedLocation>,
    generate: bool,
    pool: &DescriptorPool,
    editions: Option<&EditionsFile>,
) -> File {
    // The pool holds editions files lowered to proto2; their edition comes from beside it.
    let syntax = if editions.is_some() { Syntax::Editions } else { syntax_of(file) };
    let ctx = Ctx { comments: CommentMap::new(comments), syntax, pool, editions };
    let edition = editions.map(|e| e.edition);
    let legacy_edition = if syntax == Syntax::Proto3 { Edition::Proto3 } else { Edition::Proto2 };
    let features = ctx.features(&Features::defaults(edition.unwrap_or(legacy_edition)), &[]);
    let pkg = file.package();
    let deps_at = |idx: &[i32]| -> Vec<String> {
        idx.iter().filter_map(|&i| file.dependency.get(i as usize).cloned()).collect()
    };
    File {
        name: file.name().to_string(),
        package: pkg.to_string(),
        syntax: ctx.syntax,
        edition,
        features,
        written_field_presence: ctx.written_field_presence(&[]),
        generate,
        // An editions file's option imports are imports only for the pool's sake.
        dependencies: file
            .dependency
            .iter()
            .filter(|d| !editions.is_some_and(|e| e.added_imports.contains(d)))
            .cloned()
            .collect(),
        public_dependencies: deps_at(&file.public_dependency),
        weak_dependencies: deps_at(&file.weak_dependency),
        messages: file
            .message_type
            .iter()
            .enumerate()
            .map(|(i, m)| build_message(&ctx, pkg, m, vec![sp::FILE_MESSAGE_TYPE, i as i32], &features))
            .collect(),
        enums: file
            .enum_type
            .iter()
            .enumerate()
            .map(|(i, e)| build_enum(&ctx, pkg, e, vec![sp::FILE_ENUM_TYPE, i as i32], &features))
            .collect(),
        services: file
            .service
            .iter()
            .enumerate()
            .map(|(i, s)| build_service(&ctx, pkg, s, vec![sp::FILE_SERVICE, i as i32]))
            .collect(),
        extensions: file
            .extension
            .iter()
            .enumerate()
            .map(|(i, f)| build_field(&ctx, pkg, f, None, vec![sp::FILE_EXTENSION, i as i32], &features))
            .collect(),
        deprecated: file.options.as_ref().is_some_and(|o| o.deprecated()),
        py_generic_services: file.options.as_ref().is_some_and(|o| o.py_generic_services()),
        syntax_comments: ctx.comments(&[sp::FILE_SYNTAX]),
        package_comments: ctx.comments(&[sp::FILE_PACKAGE]),
        comments: ctx.comments,
    }
}

fn child(path: &[i32], kind: i32, index: usize) -> Vec<i32> {
    let mut p = path.to_vec();
    p.extend([kind, index as i32]);
    p
}

fn build_message(ctx: &Ctx, scope: &str, msg: &DescriptorProto, path: Vec<i32>, parent: &Features) -> Message {
    let full_name = qualify(scope, msg.name());
    let features = ctx.features(parent, &path);
    let is_map_entry = msg.options.as_ref().is_some_and(|o| o.map_entry());
    // A field in a oneof inherits the oneof's features, which inherit the message's.
    let oneof_features: Vec<Features> =
        (0..msg.oneof_decl.len()).map(|i| ctx.features(&features, &child(&path, sp::MESSAGE_ONEOF_DECL, i))).collect();
    let nested_maps: BTreeMap<String, &DescriptorProto> = msg
        .nested_type
        .iter()
        .filter(|m| m.options.as_ref().is_some_and(|o| o.map_entry()))
        .map(|m| (qualify(&full_name, m.name()), m))
        .collect();
    let fields: Vec<Field> = msg
        .field
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let parent = f.oneof_index.and_then(|o| oneof_features.get(o as usize)).unwrap_or(&features);
            let mut field = build_field(ctx, &full_name, f, Some(&nested_maps), child(&path, sp::MESSAGE_FIELD, i), parent);
            // protoc keeps a map's entry fields length-prefixed whatever they inherit.
            if is_map_entry && matches!(field.kind, FieldKind::Group(_)) {
                field.kind = field_kind(f);
            }
            field
        })
        .collect();
    // A oneof made up only of a proto3 `optional` field is synthetic: not a user oneof.
    let synthetic =
        |i: usize| msg.field.iter().any(|f| f.oneof_index == Some(i as i32) && f.proto3_optional());
    let (oneofs, synthetic_oneofs): (Vec<Oneof>, Vec<Oneof>) = msg
        .oneof_decl
        .iter()
        .enumerate()
        .map(|(i, o)| Oneof {
            name: o.name().to_string(),
            index: i,
            fields: msg
                .field
                .iter()
                .enumerate()
                .filter(|(_, f)| f.oneof_index == Some(i as i32))
                .map(|(fi, _)| fi)
                .collect(),
            comments: ctx.comments(&child(&path, sp::MESSAGE_ONEOF_DECL, i)),
        })
        .partition(|o| !synthetic(o.index));
    // Map descriptor oneof indices to positions in `oneofs` (synthetic ones are skipped).
    let mut fields = fields;
    for (field, raw) in fields.iter_mut().zip(&msg.field) {
        field.oneof_index = raw
            .oneof_index
            .filter(|_| !raw.proto3_optional())
            .and_then(|i| oneofs.iter().position(|o| o.index == i as usize));
    }
    Message {
        name: msg.name().to_string(),
        full_name: full_name.clone(),
        fields,
        oneofs,
        messages: msg
            .nested_type
            .iter()
            .enumerate()
            .map(|(i, m)| build_message(ctx, &full_name, m, child(&path, sp::MESSAGE_NESTED_TYPE, i), &features))
            .collect(),
        enums: msg
            .enum_type
            .iter()
            .enumerate()
            .map(|(i, e)| build_enum(ctx, &full_name, e, child(&path, sp::MESSAGE_ENUM_TYPE, i), &features))
            .collect(),
        extensions: msg
            .extension
            .iter()
            .enumerate()
            .map(|(i, f)| build_field(ctx, &full_name, f, None, child(&path, sp::MESSAGE_EXTENSION, i), &features))
            .collect(),
        extension_ranges: msg.extension_range.iter().map(|r| (r.start(), r.end())).collect(),
        synthetic_oneofs,
        is_map_entry,
        features,
        message_set_wire_format: msg.options.as_ref().is_some_and(|o| o.message_set_wire_format()),
        deprecated: msg.options.as_ref().is_some_and(|o| o.deprecated()),
        comments: ctx.comments(&path),
        source_path: path,
    }
}

fn field_kind(f: &FieldDescriptorProto) -> FieldKind {
    let tn = strip_dot(f.type_name());
    match f.r#type() {
        PbType::Double => FieldKind::Double,
        PbType::Float => FieldKind::Float,
        PbType::Int64 => FieldKind::Int64,
        PbType::Uint64 => FieldKind::Uint64,
        PbType::Int32 => FieldKind::Int32,
        PbType::Fixed64 => FieldKind::Fixed64,
        PbType::Fixed32 => FieldKind::Fixed32,
        PbType::Bool => FieldKind::Bool,
        PbType::String => FieldKind::String,
        PbType::Bytes => FieldKind::Bytes,
        PbType::Uint32 => FieldKind::Uint32,
        PbType::Sfixed32 => FieldKind::Sfixed32,
        PbType::Sfixed64 => FieldKind::Sfixed64,
        PbType::Sint32 => FieldKind::Sint32,
        PbType::Sint64 => FieldKind::Sint64,
        PbType::Enum => FieldKind::Enum(tn),
        PbType::Message => FieldKind::Message(tn),
        PbType::Group => FieldKind::Group(tn),
    }
}

fn build_field(
    ctx: &Ctx,
    scope: &str,
    f: &FieldDescriptorProto,
    maps: Option<&BTreeMap<String, &DescriptorProto>>,
    path: Vec<i32>,
    parent: &Features,
) -> Field {
    let mut kind = field_kind(f);
    let features = field_features(ctx, f, ctx.features(parent, &path));
    let editions = ctx.syntax == Syntax::Editions;
    if let FieldKind::Message(tn) = &kind {
        let targets_map_entry = maps.is_some_and(|m| m.contains_key(tn));
        if editions && features.message_encoding == MessageEncoding::Delimited && !targets_map_entry {
            kind = FieldKind::Group(tn.clone());
        }
    }
    let label = match f.label() {
        PbLabel::Optional => Label::Optional,
        PbLabel::Required => Label::Required,
        PbLabel::Repeated => Label::Repeated,
    };
    let map = match (&kind, label, maps) {
        (FieldKind::Message(tn), Label::Repeated, Some(maps)) => maps.get(tn).map(|entry| {
            let kind_of = |n: i32| entry.field.iter().find(|x| x.number() == n).map(field_kind);
            MapEntry {
                key: kind_of(1).unwrap_or(FieldKind::String),
                value: kind_of(2).unwrap_or(FieldKind::String),
                entry_name: tn.clone(),
            }
        }),
        _ => None,
    };
    let options = f.options.as_ref();
    // An editions file's lowered descriptor carries `[packed]` the source never wrote.
    let packed_explicit = options.and_then(|o| o.packed).filter(|_| !editions);
    let packed = label == Label::Repeated
        && kind.is_packable()
        && match ctx.syntax {
            Syntax::Editions => features.repeated_field_encoding == RepeatedFieldEncoding::Packed,
            _ => packed_explicit.unwrap_or(ctx.syntax != Syntax::Proto2),
        };
    let presence = if label == Label::Repeated {
        Presence::Repeated
    } else if (editions && features.field_presence != FieldPresence::Implicit)
        || ctx.syntax == Syntax::Proto2
        || kind.is_message()
        || f.proto3_optional()
        || f.oneof_index.is_some()
        || f.extendee.is_some()
    {
        Presence::Explicit
    } else {
        Presence::Implicit
    };
    let jstype = match options.map(|o| o.jstype()) {
        Some(prost_types::field_options::JsType::JsString) => JsType::String,
        Some(prost_types::field_options::JsType::JsNumber) => JsType::Number,
        _ => JsType::Normal,
    };
    Field {
        name: f.name().to_string(),
        full_name: qualify(scope, f.name()),
        number: f.number(),
        json_name: f.json_name.clone().unwrap_or_else(|| default_json_name(f.name())),
        label,
        kind,
        presence,
        oneof_index: f.oneof_index.map(|i| i as usize),
        proto3_optional: f.proto3_optional(),
        map,
        packed,
        packed_explicit,
        default_value: f.default_value.clone(),
        jstype,
        extendee: f.extendee.as_deref().map(strip_dot),
        deprecated: options.is_some_and(|o| o.deprecated()),
        extension_options: ctx.extension_options(f, &full_name_scope(scope, f), f.extendee.is_some()),
        features,
        written_field_presence: ctx.written_field_presence(&path),
        comments: ctx.comments(&path),
        source_path: path,
    }
}

/// A field's resolved features; in proto2 and proto3 files what `required`, groups and
/// `[packed]` stand for (protoc's `InferLegacyProtoFeatures`).
fn field_features(ctx: &Ctx, f: &FieldDescriptorProto, mut features: Features) -> Features {
    if ctx.syntax == Syntax::Editions {
        return features;
    }
    if f.label() == PbLabel::Required {
        features.field_presence = FieldPresence::LegacyRequired;
    }
    if f.r#type() == PbType::Group {
        features.message_encoding = MessageEncoding::Delimited;
    }
    match f.options.as_ref().and_then(|o| o.packed) {
        Some(true) => features.repeated_field_encoding = RepeatedFieldEncoding::Packed,
        Some(false) if ctx.syntax == Syntax::Proto3 => features.repeated_field_encoding = RepeatedFieldEncoding::Expanded,
        _ => {}
    }
    features
}

/// Where the pool finds a field: its message (fields) or its own full name (extensions).
fn full_name_scope(scope: &str, f: &FieldDescriptorProto) -> String {
    if f.extendee.is_some() { qualify(scope, f.name()) } else { scope.to_string() }
}

/// protoc's `ToJsonName`: drop underscores, upper-case (ASCII only, as protoc) the letter after each.
pub fn default_json_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn build_enum(ctx: &Ctx, scope: &str, e: &EnumDescriptorProto, path: Vec<i32>, parent: &Features) -> Enum {
    let features = ctx.features(parent, &path);
    Enum {
        closed: features.enum_type == EnumType::Closed,
        features,
        name: e.name().to_string(),
        full_name: qualify(scope, e.name()),
        values: e
            .value
            .iter()
            .enumerate()
            .map(|(i, v)| EnumValue {
                name: v.name().to_string(),
                number: v.number(),
                deprecated: v.options.as_ref().is_some_and(|o| o.deprecated()),
                comments: ctx.comments(&child(&path, sp::ENUM_VALUE, i)),
            })
            .collect(),
        allow_alias: e.options.as_ref().is_some_and(|o| o.allow_alias()),
        deprecated: e.options.as_ref().is_some_and(|o| o.deprecated()),
        comments: ctx.comments(&path),
        source_path: path,
    }
}

fn build_service(ctx: &Ctx, scope: &str, s: &ServiceDescriptorProto, path: Vec<i32>) -> Service {
    Service {
        name: s.name().to_string(),
        full_name: qualify(scope, s.name()),
        methods: s
            .method
            .iter()
            .enumerate()
            .map(|(i, m)| Method {
                name: m.name().to_string(),
                input: strip_dot(m.input_type()),
                output: strip_dot(m.output_type()),
                streaming: match (m.client_streaming(), m.server_streaming()) {
                    (false, false) => Streaming::Unary,
                    (false, true) => Streaming::ServerStreaming,
                    (true, false) => Streaming::ClientStreaming,
                    (true, true) => Streaming::BidiStreaming,
                },
                deprecated: m.options.as_ref().is_some_and(|o| o.deprecated()),
                comments: ctx.comments(&child(&path, sp::SERVICE_METHOD, i)),
            })
            .collect(),
        deprecated: s.options.as_ref().is_some_and(|o| o.deprecated()),
        comments: ctx.comments(&path),
    }
}

#[cfg(test)]
mod tests;

//! The pure-Python descriptors protoc writes into `google/protobuf/descriptor_pb2.py` only.
//!
//! The pure-Python runtime builds every other module's descriptors from the serialized file,
//! which needs `descriptor_pb2` to parse it; so descriptor.proto's own module has to build
//! its descriptors by hand (`_descriptor.Descriptor(...)`, `FieldDescriptor(...)`, ...) under
//! `if not _descriptor._USE_C_DESCRIPTORS:`. The current dialect also hands each of them its
//! resolved features, which that runtime could not resolve without this very module. The
//! layout (blank lines, trailing commas) is protoc's and lives in `templates/python/pb2_pure_*`;
//! this module decides what is listed, in protoc's order (the legacy form's missing top-level
//! enums included), and every name and literal.

use prost::Message as _;
use serde::Serialize;
use prost_types::FieldDescriptorProto;

use super::names::{is_keyword, module_alias, octal_escape};
use crate::lang::common::escape::python_str;
use super::pb2::{at, descriptor_name, Dialect};
use crate::compile::EncodedFile;
use crate::lang::{GenError, Lang, Request};
use crate::model::source_path::{
    ENUM_VALUE, FILE_ENUM_TYPE, FILE_MESSAGE_TYPE, MESSAGE_ENUM_TYPE, MESSAGE_EXTENSION, MESSAGE_FIELD,
    MESSAGE_NESTED_TYPE, MESSAGE_ONEOF_DECL,
};
use crate::model::{Enum, Features, Field, FieldKind, File, Label, Message, Oneof, Syntax};

/// The only file protoc writes this way.
pub fn applies(file: &str) -> bool {
    file == "google/protobuf/descriptor.proto"
}

fn fail(message: String) -> GenError {
    GenError::Failed { lang: Lang::Python, message }
}

/// What `templates/python/pb2_pure_file.hbs` and `pb2_pure_descriptors.hbs` lay out.
#[derive(Serialize)]
pub struct PureView {
    /// The `if` line choosing the pure-Python branch, as each dialect spells it.
    condition: &'static str,
    file: FileView,
    enums: Vec<EnumView>,
    /// Every message, nested ones before the message holding them.
    messages: Vec<MessageView>,
    /// protoc's FixForeignFieldsInDescriptor, per message in the same order.
    links: Vec<LinkView>,
    messages_by_name: Vec<Named>,
    enums_by_name: Vec<Named>,
    extensions_by_name: Vec<Named>,
    /// Current dialect: each descriptor's resolved features, in protoc's visiting order.
    features: Option<Vec<FeatureLine>>,
}

#[derive(Serialize)]
struct FileView {
    name: String,
    package: String,
    syntax: &'static str,
    edition: Option<String>,
    options: String,
    serialized: String,
    /// `dependencies` and `public_dependencies`, those that are not empty: module aliases.
    lists: Vec<DependencyList>,
}

#[derive(Serialize)]
struct DependencyList {
    label: &'static str,
    modules: Vec<String>,
}

#[derive(Serialize)]
struct EnumView {
    /// The module-level name, `_FIELDDESCRIPTORPROTO_TYPE`.
    name: String,
    short: String,
    full_name: String,
    values: Vec<EnumValueView>,
    options: String,
}

#[derive(Serialize)]
struct EnumValueView {
    name: String,
    index: usize,
    number: i32,
    options: String,
}

#[derive(Serialize)]
struct MessageView {
    name: String,
    short: String,
    full_name: String,
    fields: Vec<FieldView>,
    extensions: Vec<FieldView>,
    nested: Vec<String>,
    enums: Vec<String>,
    options: String,
    extendable: &'static str,
    /// Legacy dialect only.
    syntax: Option<&'static str>,
    ranges: Vec<(i32, i32)>,
    oneofs: Vec<OneofView>,
    /// A top-level message is followed by a blank line.
    top_level: bool,
}

#[derive(Serialize)]
struct FieldView {
    name: String,
    full_name: String,
    index: usize,
    number: i32,
    type_number: i32,
    cpp_type: i32,
    label: i32,
    has_default: &'static str,
    default: String,
    is_extension: &'static str,
    options: String,
    /// A json_name written in the source, as a Python string literal's body.
    json_name: Option<String>,
}

#[derive(Serialize)]
struct OneofView {
    name: String,
    full_name: String,
    index: usize,
    /// Only a oneof with options gets `serialized_options`.
    options: Option<String>,
}

#[derive(Serialize)]
struct LinkView {
    fields: Vec<FieldLink>,
    containing: Option<Containing>,
    enums: Vec<Containing>,
    members: Vec<OneofMember>,
}

#[derive(Serialize)]
struct FieldLink {
    own: String,
    field: String,
    /// `message_type` or `enum_type`.
    attr: &'static str,
    target: String,
}

/// `{child}.containing_type = {parent}`.
#[derive(Serialize)]
struct Containing {
    child: String,
    parent: String,
}

#[derive(Serialize)]
struct OneofMember {
    own: String,
    oneof: String,
    field: String,
}

#[derive(Serialize)]
struct Named {
    name: String,
    value: String,
}

/// `{target}._features = _ResolvedFeatures(...)`.
#[derive(Serialize)]
struct FeatureLine {
    target: String,
    call: Vec<FeatureArg>,
}

/// `{name}={enum_ref}.values_by_name["{value}"].number`.
#[derive(Serialize, Clone)]
struct FeatureArg {
    name: String,
    enum_ref: String,
    value: String,
}

/// descriptor.proto's pure-Python branch: the `FileDescriptor` statement `DESCRIPTOR` is bound
/// to, then the enums, messages, the links between them and (current dialect) the resolved
/// features.
pub fn view(req: &Request, file: &File, encoded: &EncodedFile, serialized: &str, d: Dialect) -> Result<PureView, GenError> {
    let mut w = Walk { req, file, encoded, d, enums: Vec::new(), messages: Vec::new(), links: Vec::new() };
    if matches!(d, Dialect::Current(..)) {
        // protoc 24 defines only the enums nested in messages (its own descriptor.proto had no
        // top-level one): given a newer copy, its module names `_EDITION` without defining it.
        for (i, e) in file.enums.iter().enumerate() {
            w.enumeration(&[], e, &[FILE_ENUM_TYPE, i as i32]);
        }
    }
    for (i, m) in file.messages.iter().enumerate() {
        w.nested_enums(&[], m, &[FILE_MESSAGE_TYPE, i as i32]);
    }
    for (i, m) in file.messages.iter().enumerate() {
        w.message(&[], m, &[FILE_MESSAGE_TYPE, i as i32])?;
    }
    for m in &file.messages {
        w.links(&[], m, None)?;
    }
    let features = match d {
        Dialect::Current(..) => Some(w.resolved_features()?),
        Dialect::Legacy => None,
    };
    let named = |name: &str, value: String| Named { name: name.to_string(), value };
    Ok(PureView {
        condition: match d {
            Dialect::Legacy => "if _descriptor._USE_C_DESCRIPTORS == False:",
            Dialect::Current(..) => "if not _descriptor._USE_C_DESCRIPTORS:",
        },
        file: file_view(file, encoded, serialized, d),
        enums: w.enums,
        messages: w.messages,
        links: w.links,
        messages_by_name: file.messages.iter().map(|m| named(&m.name, descriptor_name(&[], &m.name))).collect(),
        enums_by_name: file.enums.iter().map(|e| named(&e.name, descriptor_name(&[], &e.name))).collect(),
        extensions_by_name: file.extensions.iter().map(|x| named(&x.name, resolve_keyword(&x.name))).collect(),
        features,
    })
}

fn file_view(file: &File, encoded: &EncodedFile, serialized: &str, d: Dialect) -> FileView {
    let (syntax, edition) = match (file.syntax, file.edition) {
        (_, Some(e)) => ("editions", format!("EDITION_{}", e.name())),
        (Syntax::Proto3, None) => ("proto3", "EDITION_PROTO3".to_string()),
        _ => ("proto2", "EDITION_PROTO2".to_string()),
    };
    let lists = [("dependencies", &file.dependencies), ("public_dependencies", &file.public_dependencies)]
        .into_iter()
        .filter(|(_, deps)| !deps.is_empty())
        .map(|(label, deps)| DependencyList { label, modules: deps.iter().map(|dep| module_alias(dep)).collect() })
        .collect();
    FileView {
        name: file.name.clone(),
        package: file.package.clone(),
        syntax,
        edition: matches!(d, Dialect::Current(..)).then_some(edition),
        options: options(encoded, d, &[]),
        serialized: serialized.to_string(),
        lists,
    }
}

/// `b'...'` or `None`: the legacy dialect writes no options into these descriptors at all.
fn options(encoded: &EncodedFile, d: Dialect, path: &[i32]) -> String {
    match (d, encoded.options(path)) {
        (Dialect::Current(..), Some(o)) => format!("b'{}'", octal_escape(o)),
        _ => "None".to_string(),
    }
}

fn resolve_keyword(name: &str) -> String {
    if is_keyword(name) { format!("globals()['{name}']") } else { name.to_string() }
}

fn scoped(scope: &[String], name: &str) -> Vec<String> {
    let mut inner = scope.to_vec();
    inner.push(name.to_string());
    inner
}

/// All oneofs of a message in descriptor order, proto3 `optional`'s synthetic ones included.
fn all_oneofs(m: &Message) -> Vec<&Oneof> {
    let mut oneofs: Vec<&Oneof> = m.oneofs.iter().chain(&m.synthetic_oneofs).collect();
    oneofs.sort_by_key(|o| o.index);
    oneofs
}

/// Collects the views in protoc's order while walking the file's messages.
struct Walk<'a> {
    req: &'a Request<'a>,
    file: &'a File,
    encoded: &'a EncodedFile,
    d: Dialect,
    enums: Vec<EnumView>,
    messages: Vec<MessageView>,
    links: Vec<LinkView>,
}

impl Walk<'_> {
    fn options(&self, path: &[i32]) -> String {
        options(self.encoded, self.d, path)
    }

    /// `_NAME` of a message or enum by full name, module-qualified when another file holds it.
    fn type_ref(&self, full_name: &str) -> Result<String, GenError> {
        let info = self.req.model.types.get(full_name).ok_or_else(|| fail(format!("{full_name}: unknown type")))?;
        let local = format!("_{}", info.relative_name.replace('.', "_").to_ascii_uppercase());
        Ok(if info.file == self.file.name { local } else { format!("{}.{local}", module_alias(&info.file)) })
    }

    /// Enums nested in messages, innermost first, as protoc orders them.
    fn nested_enums(&mut self, scope: &[String], m: &Message, path: &[i32]) {
        let inner = scoped(scope, &m.name);
        for (i, nested) in m.messages.iter().enumerate() {
            self.nested_enums(&inner, nested, &at(path, MESSAGE_NESTED_TYPE, i));
        }
        for (i, e) in m.enums.iter().enumerate() {
            self.enumeration(&inner, e, &at(path, MESSAGE_ENUM_TYPE, i));
        }
    }

    fn enumeration(&mut self, scope: &[String], e: &Enum, path: &[i32]) {
        let values = e
            .values
            .iter()
            .enumerate()
            .map(|(index, v)| EnumValueView {
                name: v.name.clone(),
                index,
                number: v.number,
                options: self.options(&at(path, ENUM_VALUE, index)),
            })
            .collect();
        self.enums.push(EnumView {
            name: descriptor_name(scope, &e.name),
            short: e.name.clone(),
            full_name: e.full_name.clone(),
            values,
            options: self.options(path),
        });
    }

    fn message(&mut self, scope: &[String], m: &Message, path: &[i32]) -> Result<(), GenError> {
        let inner = scoped(scope, &m.name);
        for (i, nested) in m.messages.iter().enumerate() {
            self.message(&inner, nested, &at(path, MESSAGE_NESTED_TYPE, i))?;
        }
        let fields = |list: &[Field], kind: i32| -> Result<Vec<FieldView>, GenError> {
            list.iter().enumerate().map(|(i, f)| self.field(f, i, &at(path, kind, i), kind == MESSAGE_EXTENSION)).collect()
        };
        let oneofs = all_oneofs(m)
            .into_iter()
            .map(|o| OneofView {
                name: o.name.clone(),
                full_name: format!("{}.{}", m.full_name, o.name),
                index: o.index,
                options: Some(self.options(&at(path, MESSAGE_ONEOF_DECL, o.index))).filter(|o| o != "None"),
            })
            .collect();
        let view = MessageView {
            name: descriptor_name(scope, &m.name),
            short: m.name.clone(),
            full_name: m.full_name.clone(),
            fields: fields(&m.fields, MESSAGE_FIELD)?,
            extensions: fields(&m.extensions, MESSAGE_EXTENSION)?,
            nested: m.messages.iter().map(|n| descriptor_name(&inner, &n.name)).collect(),
            enums: m.enums.iter().map(|e| descriptor_name(&inner, &e.name)).collect(),
            options: self.options(path),
            extendable: if m.extension_ranges.is_empty() { "False" } else { "True" },
            syntax: (self.d == Dialect::Legacy)
                .then_some(if self.file.syntax == Syntax::Proto3 { "proto3" } else { "proto2" }),
            ranges: m.extension_ranges.clone(),
            oneofs,
            top_level: scope.is_empty(),
        };
        self.messages.push(view);
        Ok(())
    }

    fn field(&self, f: &Field, index: usize, path: &[i32], is_extension: bool) -> Result<FieldView, GenError> {
        let label = match f.label {
            Label::Optional => 1,
            Label::Required => 2,
            Label::Repeated => 3,
        };
        let (has_default, default) = self.default_value(f)?;
        // Only a json_name written in the source is in protoc's descriptor, and only that is printed.
        let json_name = self
            .encoded
            .element(path)
            .and_then(|b| FieldDescriptorProto::decode(b).ok())
            .and_then(|p| p.json_name)
            .map(|j| python_str(&j));
        Ok(FieldView {
            name: f.name.clone(),
            full_name: f.full_name.clone(),
            index,
            number: f.number,
            type_number: f.kind.type_number(),
            cpp_type: cpp_type(&f.kind),
            label,
            has_default,
            default,
            is_extension: if is_extension { "True" } else { "False" },
            options: self.options(path),
            json_name,
        })
    }

    /// protoc's Python literal of a field's default, and whether one was written.
    fn default_value(&self, f: &Field) -> Result<(&'static str, String), GenError> {
        let has = if f.default_value.is_some() { "True" } else { "False" };
        if f.label == Label::Repeated {
            return Ok((has, "[]".into()));
        }
        let text = f.default_value.as_deref();
        let value = match &f.kind {
            FieldKind::Message(_) | FieldKind::Group(_) => "None".into(),
            FieldKind::Bool => if text == Some("true") { "True" } else { "False" }.into(),
            FieldKind::Double | FieldKind::Float => match text {
                Some("inf") => "1e10000".into(),
                Some("-inf") => "-1e10000".into(),
                Some("nan") => "(1e10000 * 0)".into(),
                Some(t) => format!("float({t})"),
                None => "float(0)".into(),
            },
            // The descriptor holds bytes defaults already C-escaped, as protoc prints them.
            FieldKind::Bytes => format!("b\"{}\"", text.unwrap_or("")),
            FieldKind::String => format!("b\"{}\".decode('utf-8')", octal_escape(text.unwrap_or("").as_bytes())),
            FieldKind::Enum(name) => {
                let e = self.req.model.enumeration(name).ok_or_else(|| fail(format!("{name}: unknown enum")))?;
                let value = match text {
                    Some(t) => e.values.iter().find(|v| v.name == t),
                    None => e.values.first(),
                };
                value.ok_or_else(|| fail(format!("{}: no default value in {name}", f.full_name)))?.number.to_string()
            }
            _ => text.unwrap_or("0").to_string(),
        };
        Ok((has, value))
    }

    /// protoc's FixForeignFieldsInDescriptor: field types, containing types, oneof members.
    fn links(&mut self, scope: &[String], m: &Message, parent: Option<&str>) -> Result<(), GenError> {
        let own = descriptor_name(scope, &m.name);
        let inner = scoped(scope, &m.name);
        for nested in &m.messages {
            self.links(&inner, nested, Some(&own))?;
        }
        let mut fields = Vec::new();
        for f in &m.fields {
            let (attr, name) = match &f.kind {
                FieldKind::Message(n) | FieldKind::Group(n) => ("message_type", n),
                FieldKind::Enum(n) => ("enum_type", n),
                _ => continue,
            };
            fields.push(FieldLink { own: own.clone(), field: f.name.clone(), attr, target: self.type_ref(name)? });
        }
        let containing = parent.map(|parent| Containing { child: own.clone(), parent: parent.to_string() });
        let enums =
            m.enums.iter().map(|e| Containing { child: descriptor_name(&inner, &e.name), parent: own.clone() }).collect();
        let members = all_oneofs(m)
            .into_iter()
            .flat_map(|o| {
                o.fields.iter().map(|&i| OneofMember { own: own.clone(), oneof: o.name.clone(), field: m.fields[i].name.clone() })
            })
            .collect();
        self.links.push(LinkView { fields, containing, enums, members });
        Ok(())
    }

    /// One line per descriptor, in protoc's visiting order: the file, every message (then its
    /// fields, oneofs, extensions) depth first, then every enum (then its values), nested ones
    /// by message and the top-level ones last.
    fn resolved_features(&self) -> Result<Vec<FeatureLine>, GenError> {
        let names = FeatureNames::of(self.req, self.file)?;
        let mut lines = vec![FeatureLine { target: "DESCRIPTOR".into(), call: names.call(&self.file.features)? }];
        for m in &self.file.messages {
            message_features(&mut lines, &names, &[], m)?;
        }
        for m in &self.file.messages {
            enum_features_in(&mut lines, &names, &[], m)?;
        }
        for e in &self.file.enums {
            enum_features(&mut lines, &names, &[], e)?;
        }
        Ok(lines)
    }
}

fn message_features(lines: &mut Vec<FeatureLine>, names: &FeatureNames, scope: &[String], m: &Message) -> Result<(), GenError> {
    let own = descriptor_name(scope, &m.name);
    let mut line = |target: String, features: &Features| -> Result<(), GenError> {
        lines.push(FeatureLine { target, call: names.call(features)? });
        Ok(())
    };
    line(own.clone(), &m.features)?;
    for (i, f) in m.fields.iter().enumerate() {
        line(format!("{own}.fields[{i}]"), &f.features)?;
    }
    // No oneof carries features of its own outside editions files, which never get here.
    for (i, _) in all_oneofs(m).iter().enumerate() {
        line(format!("{own}.oneofs[{i}]"), &m.features)?;
    }
    for (i, f) in m.extensions.iter().enumerate() {
        line(format!("{own}.extensions[{i}]"), &f.features)?;
    }
    let inner = scoped(scope, &m.name);
    for nested in &m.messages {
        message_features(lines, names, &inner, nested)?;
    }
    Ok(())
}

fn enum_features_in(lines: &mut Vec<FeatureLine>, names: &FeatureNames, scope: &[String], m: &Message) -> Result<(), GenError> {
    let inner = scoped(scope, &m.name);
    for e in &m.enums {
        enum_features(lines, names, &inner, e)?;
    }
    for nested in &m.messages {
        enum_features_in(lines, names, &inner, nested)?;
    }
    Ok(())
}

fn enum_features(lines: &mut Vec<FeatureLine>, names: &FeatureNames, scope: &[String], e: &Enum) -> Result<(), GenError> {
    let own = descriptor_name(scope, &e.name);
    let call = names.call(&e.features)?;
    lines.push(FeatureLine { target: own.clone(), call: call.clone() });
    for i in 0..e.values.len() {
        lines.push(FeatureLine { target: format!("{own}.values[{i}]"), call: call.clone() });
    }
    Ok(())
}

/// protoc's `cpp_type` number of a field type.
fn cpp_type(kind: &FieldKind) -> i32 {
    match kind {
        FieldKind::Int32 | FieldKind::Sint32 | FieldKind::Sfixed32 => 1,
        FieldKind::Int64 | FieldKind::Sint64 | FieldKind::Sfixed64 => 2,
        FieldKind::Uint32 | FieldKind::Fixed32 => 3,
        FieldKind::Uint64 | FieldKind::Fixed64 => 4,
        FieldKind::Double => 5,
        FieldKind::Float => 6,
        FieldKind::Bool => 7,
        FieldKind::Enum(_) => 8,
        FieldKind::String | FieldKind::Bytes => 9,
        FieldKind::Message(_) | FieldKind::Group(_) => 10,
    }
}

/// The features `_ResolvedFeatures` is given, read against the file's own `FeatureSet`: its
/// enum fields in number order, each value named by the file's own enum. The runtime-retention
/// features are numbers 1 to 6 in every descriptor.proto that has them (`enforce_naming_style`
/// and `default_symbol_visibility` are source-retention, which protoc leaves out).
struct FeatureNames {
    fields: Vec<FeatureField>,
}

struct FeatureField {
    number: i32,
    name: String,
    /// The enum's module-level name, `_FEATURESET_FIELDPRESENCE`.
    enum_ref: String,
    /// The enum's values: (number, name).
    values: Vec<(i32, String)>,
}

const RUNTIME_FEATURES: std::ops::RangeInclusive<i32> = 1..=6;

impl FeatureNames {
    fn of(req: &Request, file: &File) -> Result<Self, GenError> {
        let set = file
            .messages
            .iter()
            .find(|m| m.name == "FeatureSet")
            .ok_or_else(|| fail(format!("{}: no FeatureSet message to resolve features with", file.name)))?;
        let mut fields = Vec::new();
        for f in &set.fields {
            let FieldKind::Enum(enum_name) = &f.kind else { continue };
            if !RUNTIME_FEATURES.contains(&f.number) {
                continue;
            }
            let info = req.model.types.get(enum_name).ok_or_else(|| fail(format!("{enum_name}: unknown enum")))?;
            let e = req.model.enumeration(enum_name).ok_or_else(|| fail(format!("{enum_name}: unknown enum")))?;
            fields.push(FeatureField {
                number: f.number,
                name: f.name.clone(),
                enum_ref: format!("_{}", info.relative_name.replace('.', "_").to_ascii_uppercase()),
                values: e.values.iter().map(|v| (v.number, v.name.clone())).collect(),
            });
        }
        fields.sort_by_key(|f| f.number);
        Ok(FeatureNames { fields })
    }

    fn call(&self, features: &Features) -> Result<Vec<FeatureArg>, GenError> {
        let mut args = Vec::new();
        for f in &self.fields {
            let value = match f.number {
                1 => features.field_presence as i32,
                2 => features.enum_type as i32,
                3 => features.repeated_field_encoding as i32,
                4 => features.utf8_validation as i32,
                5 => features.message_encoding as i32,
                _ => features.json_format as i32,
            };
            let (_, value_name) = f
                .values
                .iter()
                .find(|(n, _)| *n == value)
                .ok_or_else(|| fail(format!("feature {}: the file's enum has no value {value}", f.name)))?;
            args.push(FeatureArg { name: f.name.clone(), enum_ref: f.enum_ref.clone(), value: value_name.clone() });
        }
        Ok(args)
    }
}

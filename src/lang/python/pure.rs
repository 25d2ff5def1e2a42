//! The pure-Python descriptors protoc writes into `google/protobuf/descriptor_pb2.py` only.
//!
//! The pure-Python runtime builds every other module's descriptors from the serialized file,
//! which needs `descriptor_pb2` to parse it; so descriptor.proto's own module has to build
//! its descriptors by hand (`_descriptor.Descriptor(...)`, `FieldDescriptor(...)`, ...) under
//! `if not _descriptor._USE_C_DESCRIPTORS:`. The current dialect also hands each of them its
//! resolved features, which that runtime could not resolve without this very module. The
//! layout (blank lines, trailing commas, the legacy form's missing top-level enums) is protoc's.

use std::fmt::Write as _;

use prost::Message as _;
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

/// The `_descriptor.FileDescriptor(...)` statement the pure-Python branch binds `DESCRIPTOR` to.
pub fn file_descriptor(file: &File, encoded: &EncodedFile, serialized: &str, d: Dialect) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  DESCRIPTOR = _descriptor.FileDescriptor(");
    let _ = writeln!(out, "    name='{}',", file.name);
    let _ = writeln!(out, "    package='{}',", file.package);
    let (syntax, edition) = match (file.syntax, file.edition) {
        (_, Some(e)) => ("editions", format!("EDITION_{}", e.name())),
        (Syntax::Proto3, None) => ("proto3", "EDITION_PROTO3".to_string()),
        _ => ("proto2", "EDITION_PROTO2".to_string()),
    };
    let _ = writeln!(out, "    syntax='{syntax}',");
    if matches!(d, Dialect::Current(..)) {
        let _ = writeln!(out, "    edition='{edition}',");
    }
    let _ = writeln!(out, "    serialized_options={},", options(encoded, d, &[]));
    let _ = writeln!(out, "    create_key=_descriptor._internal_create_key,");
    let _ = writeln!(out, "    serialized_pb=b'{serialized}'");
    // protoc starts each list with a comma where its printer stands: alone on a line after
    // `serialized_pb`, then after the previous list; the closing parenthesis follows the same way.
    let mut line_start = true;
    for (label, deps) in [("dependencies", &file.dependencies), ("public_dependencies", &file.public_dependencies)] {
        if !deps.is_empty() {
            let list: String = deps.iter().map(|dep| format!("{}.DESCRIPTOR,", module_alias(dep))).collect();
            let _ = write!(out, "{},\n    {label}=[{list}]", if line_start { "    " } else { "" });
            line_start = false;
        }
    }
    out.push_str(if line_start { "  )\n" } else { ")\n" });
    out
}

/// `b'...'` or `None`: the legacy dialect writes no options into these descriptors at all.
fn options(encoded: &EncodedFile, d: Dialect, path: &[i32]) -> String {
    match (d, encoded.options(path)) {
        (Dialect::Current(..), Some(o)) => format!("b'{}'", octal_escape(o)),
        _ => "None".to_string(),
    }
}

/// The statements of the pure-Python branch, indented under its `if`: enums, messages, the
/// links between them, and (current dialect) the resolved features.
pub fn descriptors(req: &Request, file: &File, encoded: &EncodedFile, d: Dialect) -> Result<String, GenError> {
    let mut w = Writer { req, file, encoded, d, out: String::new() };
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
        w.out.push('\n');
    }
    for m in &file.messages {
        w.links(&[], m, None)?;
    }
    for m in &file.messages {
        let _ = writeln!(w.out, "  DESCRIPTOR.message_types_by_name['{}'] = {}", m.name, descriptor_name(&[], &m.name));
    }
    for e in &file.enums {
        let _ = writeln!(w.out, "  DESCRIPTOR.enum_types_by_name['{}'] = {}", e.name, descriptor_name(&[], &e.name));
    }
    for x in &file.extensions {
        let _ = writeln!(w.out, "  DESCRIPTOR.extensions_by_name['{}'] = {}", x.name, resolve_keyword(&x.name));
    }
    w.out.push_str("  _sym_db.RegisterFileDescriptor(DESCRIPTOR)\n\n");
    if matches!(d, Dialect::Current(..)) {
        w.resolved_features()?;
    }
    Ok(w.out)
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

struct Writer<'a> {
    req: &'a Request<'a>,
    file: &'a File,
    encoded: &'a EncodedFile,
    d: Dialect,
    out: String,
}

impl Writer<'_> {
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
        let name = descriptor_name(scope, &e.name);
        let mut s = format!(
            "  {name} = _descriptor.EnumDescriptor(\n    name='{}',\n    full_name='{}',\n    filename=None,\n    file=DESCRIPTOR,\n    create_key=_descriptor._internal_create_key,\n    values=[\n",
            e.name, e.full_name
        );
        for (i, v) in e.values.iter().enumerate() {
            let _ = write!(
                s,
                "      _descriptor.EnumValueDescriptor(\n        name='{}', index={i}, number={},\n        serialized_options={},\n        type=None,\n        create_key=_descriptor._internal_create_key),\n",
                v.name,
                v.number,
                self.options(&at(path, ENUM_VALUE, i))
            );
        }
        let _ = write!(
            s,
            "    ],\n    containing_type=None,\n    serialized_options={},\n  )\n  _sym_db.RegisterEnumDescriptor({name})\n\n",
            self.options(path)
        );
        self.out.push_str(&s);
    }

    fn message(&mut self, scope: &[String], m: &Message, path: &[i32]) -> Result<(), GenError> {
        let inner = scoped(scope, &m.name);
        for (i, nested) in m.messages.iter().enumerate() {
            self.message(&inner, nested, &at(path, MESSAGE_NESTED_TYPE, i))?;
        }
        let mut s = format!(
            "\n  {} = _descriptor.Descriptor(\n    name='{}',\n    full_name='{}',\n    filename=None,\n    file=DESCRIPTOR,\n    containing_type=None,\n    create_key=_descriptor._internal_create_key,\n",
            descriptor_name(scope, &m.name),
            m.name,
            m.full_name
        );
        for (list, fields, kind) in [("fields", &m.fields, MESSAGE_FIELD), ("extensions", &m.extensions, MESSAGE_EXTENSION)] {
            let _ = writeln!(s, "    {list}=[");
            for (i, f) in fields.iter().enumerate() {
                s.push_str(&self.field(f, i, &at(path, kind, i), kind == MESSAGE_EXTENSION)?);
            }
            s.push_str("    ],\n");
        }
        let nested: String = m.messages.iter().map(|n| format!("{}, ", descriptor_name(&inner, &n.name))).collect();
        let _ = writeln!(s, "    nested_types=[{nested}],");
        s.push_str("    enum_types=[\n");
        for e in &m.enums {
            let _ = writeln!(s, "      {},", descriptor_name(&inner, &e.name));
        }
        s.push_str("    ],\n");
        let _ = writeln!(s, "    serialized_options={},", self.options(path));
        let _ = writeln!(s, "    is_extendable={},", if m.extension_ranges.is_empty() { "False" } else { "True" });
        if self.d == Dialect::Legacy {
            let _ = writeln!(s, "    syntax='{}',", if self.file.syntax == Syntax::Proto3 { "proto3" } else { "proto2" });
        }
        let ranges: String = m.extension_ranges.iter().map(|(a, b)| format!("({a}, {b}), ")).collect();
        let _ = writeln!(s, "    extension_ranges=[{ranges}],");
        s.push_str("    oneofs=[\n");
        for o in all_oneofs(m) {
            let opts = match self.options(&at(path, MESSAGE_ONEOF_DECL, o.index)) {
                o if o == "None" => String::new(),
                o => format!(", serialized_options={o}"),
            };
            let _ = write!(
                s,
                "      _descriptor.OneofDescriptor(\n        name='{}', full_name='{}.{}',\n        index={}, containing_type=None,\n        create_key=_descriptor._internal_create_key,\n      fields=[]{opts}),\n",
                o.name, m.full_name, o.name, o.index
            );
        }
        s.push_str("    ],\n  )\n");
        self.out.push_str(&s);
        Ok(())
    }

    fn field(&self, f: &Field, index: usize, path: &[i32], is_extension: bool) -> Result<String, GenError> {
        let label = match f.label {
            Label::Optional => 1,
            Label::Required => 2,
            Label::Repeated => 3,
        };
        let (has_default, default) = self.default_value(f)?;
        // Only a json_name written in the source is in protoc's descriptor, and only that is printed.
        let json = self
            .encoded
            .element(path)
            .and_then(|b| FieldDescriptorProto::decode(b).ok())
            .and_then(|p| p.json_name)
            .map(|j| format!(", json_name='{}'", python_str(&j)))
            .unwrap_or_default();
        Ok(format!(
            "      _descriptor.FieldDescriptor(\n        name='{}', full_name='{}', index={index},\n        number={}, type={}, cpp_type={}, label={label},\n        has_default_value={has_default}, default_value={default},\n        message_type=None, enum_type=None, containing_type=None,\n        is_extension={}, extension_scope=None,\n        serialized_options={}{json}, file=DESCRIPTOR,  create_key=_descriptor._internal_create_key),\n",
            f.name,
            f.full_name,
            f.number,
            f.kind.type_number(),
            cpp_type(&f.kind),
            if is_extension { "True" } else { "False" },
            self.options(path)
        ))
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
        for f in &m.fields {
            let (attr, name) = match &f.kind {
                FieldKind::Message(n) | FieldKind::Group(n) => ("message_type", n),
                FieldKind::Enum(n) => ("enum_type", n),
                _ => continue,
            };
            let target = self.type_ref(name)?;
            let _ = writeln!(self.out, "  {own}.fields_by_name['{}'].{attr} = {target}", f.name);
        }
        if let Some(parent) = parent {
            let _ = writeln!(self.out, "  {own}.containing_type = {parent}");
        }
        for e in &m.enums {
            let _ = writeln!(self.out, "  {}.containing_type = {own}", descriptor_name(&inner, &e.name));
        }
        for o in all_oneofs(m) {
            for &i in &o.fields {
                let field = &m.fields[i].name;
                let _ = write!(
                    self.out,
                    "  {own}.oneofs_by_name['{o}'].fields.append(\n    {own}.fields_by_name['{field}'])\n  {own}.fields_by_name['{field}'].containing_oneof = {own}.oneofs_by_name['{o}']\n",
                    o = o.name
                );
            }
        }
        Ok(())
    }

    /// The `_ResolvedFeatures` class and one assignment per descriptor, in protoc's visiting
    /// order: every message (then its fields, oneofs, extensions) depth first, then every
    /// enum (then its values), nested ones by message and the top-level ones last.
    fn resolved_features(&mut self) -> Result<(), GenError> {
        self.out.push_str(concat!(
            "  class _ResolvedFeatures:\n",
            "    def __init__(self, features = None, **kwargs):\n",
            "      if features:\n",
            "        for k, v in features.FIELDS.items():\n",
            "          setattr(self, k, getattr(features, k))\n",
            "      else:\n",
            "        for k, v in kwargs.items():\n",
            "          setattr(self, k, v)\n",
        ));
        let features = FeatureNames::of(self.req, self.file)?;
        let _ = writeln!(self.out, "  DESCRIPTOR._features = {}", features.call(&self.file.features)?);
        for m in &self.file.messages {
            self.message_features(&features, &[], m)?;
        }
        for m in &self.file.messages {
            self.enum_features_in(&features, &[], m)?;
        }
        for e in &self.file.enums {
            self.enum_features(&features, &[], e)?;
        }
        Ok(())
    }

    fn message_features(&mut self, names: &FeatureNames, scope: &[String], m: &Message) -> Result<(), GenError> {
        let own = descriptor_name(scope, &m.name);
        let _ = writeln!(self.out, "  {own}._features = {}", names.call(&m.features)?);
        for (i, f) in m.fields.iter().enumerate() {
            let _ = writeln!(self.out, "  {own}.fields[{i}]._features = {}", names.call(&f.features)?);
        }
        // No oneof carries features of its own outside editions files, which never get here.
        for (i, _) in all_oneofs(m).iter().enumerate() {
            let _ = writeln!(self.out, "  {own}.oneofs[{i}]._features = {}", names.call(&m.features)?);
        }
        for (i, f) in m.extensions.iter().enumerate() {
            let _ = writeln!(self.out, "  {own}.extensions[{i}]._features = {}", names.call(&f.features)?);
        }
        let inner = scoped(scope, &m.name);
        for nested in &m.messages {
            self.message_features(names, &inner, nested)?;
        }
        Ok(())
    }

    fn enum_features_in(&mut self, names: &FeatureNames, scope: &[String], m: &Message) -> Result<(), GenError> {
        let inner = scoped(scope, &m.name);
        for e in &m.enums {
            self.enum_features(names, &inner, e)?;
        }
        for nested in &m.messages {
            self.enum_features_in(names, &inner, nested)?;
        }
        Ok(())
    }

    fn enum_features(&mut self, names: &FeatureNames, scope: &[String], e: &Enum) -> Result<(), GenError> {
        let own = descriptor_name(scope, &e.name);
        let call = names.call(&e.features)?;
        let _ = writeln!(self.out, "  {own}._features = {call}");
        for i in 0..e.values.len() {
            let _ = writeln!(self.out, "  {own}.values[{i}]._features = {call}");
        }
        Ok(())
    }
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

    fn call(&self, features: &Features) -> Result<String, GenError> {
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
            args.push(format!("{}={}.values_by_name[\"{value_name}\"].number", f.name, f.enum_ref));
        }
        Ok(format!("_ResolvedFeatures({})", args.join(",")))
    }
}

//! An editions file parsed from source, lowered for the pool: its `features.*` options are
//! interpreted into a [`FeatureSet`] per element and taken out of the descriptor (with their
//! source locations), the edition is checked as protoc checks it, and `LEGACY_REQUIRED` fields
//! become `required`. Proto2 and proto3 files only get the check that they set no features.

use std::collections::{HashMap, HashSet};

use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, Kind, Value};
use prost_types::field_descriptor_proto::Label;
use prost_types::uninterpreted_option::NamePart;
use prost_types::{DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto, UninterpretedOption};

use super::features::{feature_field, Edition, FeatureSet, Features, Target};
use super::locate::Located;
use super::EditionsFile;
use crate::compile::CompileError;
use crate::parse::EditionsSyntax;
use crate::compile::qualify;

/// Uninterpreted options (`999` in every options message).
const UNINTERPRETED: i32 = 999;

/// Lowers `file` in place; `Some` for an editions file.
pub(crate) fn lower_parsed(
    file: &mut FileDescriptorProto,
    syntax: EditionsSyntax,
    added_imports: Vec<String>,
    at: &Located,
    pool: &DescriptorPool,
) -> Result<Option<EditionsFile>, CompileError> {
    let Some(name) = syntax.edition.as_deref() else {
        if let Some(path) = first_features_option(file) {
            return Err(at.error(&path, "Features are only valid under editions."));
        }
        return Ok(None);
    };
    let edition = match name {
        "2023" => Edition::E2023,
        "2024" => Edition::E2024,
        "LEGACY" | "1_TEST_ONLY" | "2_TEST_ONLY" => {
            return Err(at.error_at(syntax.edition_at, &format!("Edition {name} is earlier than the minimum supported edition PROTO2")));
        }
        "UNSTABLE" => {
            return Err(CompileError::Proto(format!(
                "{}: is a file using edition UNSTABLE, which is later than the protoc maximum supported edition 2024.",
                file.name()
            )));
        }
        _ => {
            return Err(at.error_at(syntax.edition_at, &format!("Edition {name} is later than the maximum supported edition 2024")));
        }
    };
    let mut interpreter = Interpreter {
        pool,
        package: file.package().to_string(),
        at,
        written: HashMap::new(),
        removed: Vec::new(),
        renamed: HashMap::new(),
    };
    interpreter.walk_file(file)?;
    let Interpreter { written, removed, renamed, .. } = interpreter;
    let feature_locations = drop_locations(file, &removed, &renamed);
    let mut info = EditionsFile {
        edition,
        written,
        required: HashSet::new(),
        packed: HashSet::new(),
        feature_locations,
        added_imports,
        option_dependencies: syntax.option_dependencies,
        visibility: syntax.visibility,
    };
    let is_enum = enum_resolver(file, pool);
    mark_lowered(file, &mut info, &is_enum);
    json_names(file, &info, at)?;
    // The pool reads the file as proto2, which the parser leaves unnamed.
    file.syntax = None;
    Ok(Some(info))
}

/// The option imports that are not also plain imports, appended to the file's imports.
pub(crate) fn added_imports(file: &mut FileDescriptorProto, option_dependencies: &[String]) -> Vec<String> {
    let mut added = Vec::new();
    for dep in option_dependencies {
        if !file.dependency.contains(dep) {
            file.dependency.push(dep.clone());
            added.push(dep.clone());
        }
    }
    added
}

/// Gives the lowered file what the pool cannot infer from proto2 defaults: every field whose
/// resolved presence is `LEGACY_REQUIRED` is labelled `required` (as protoc's descriptor
/// builder labels it), and every repeated packable field whose encoding resolves to `PACKED`
/// gets `[packed = true]` (so option values and prost-build pack it). Both are recorded, for
/// the byte door to undo. `is_enum(scope, type_name)` says whether a named type is an enum.
pub(crate) fn mark_lowered(file: &mut FileDescriptorProto, info: &mut EditionsFile, is_enum: &dyn Fn(&str, &str) -> bool) {
    let file_features = info.resolve(&Features::defaults(info.edition), &[]);
    let mut marks = Marks { required: HashSet::new(), packed: HashSet::new() };
    let package = file.package().to_string();
    for (i, f) in file.extension.iter_mut().enumerate() {
        let path = vec![7, i as i32];
        let features = info.resolve(&file_features, &path);
        marks.field(f, path, &features, &package, is_enum);
    }
    for (i, m) in file.message_type.iter_mut().enumerate() {
        let scope = qualify(&package, m.name());
        mark_in_message(m, vec![4, i as i32], &file_features, info, &scope, is_enum, &mut marks);
    }
    info.required = marks.required;
    info.packed = marks.packed;
}

struct Marks {
    required: HashSet<Vec<i32>>,
    packed: HashSet<Vec<i32>>,
}

impl Marks {
    fn field(&mut self, f: &mut FieldDescriptorProto, path: Vec<i32>, features: &Features, scope: &str, is_enum: &dyn Fn(&str, &str) -> bool) {
        use prost_types::field_descriptor_proto::Type;
        if f.label() == Label::Optional && features.field_presence == super::features::FieldPresence::LegacyRequired {
            f.set_label(Label::Required);
            self.required.insert(path.clone());
        }
        let packable = match f.r#type {
            Some(_) => !matches!(f.r#type(), Type::String | Type::Bytes | Type::Message | Type::Group),
            None => is_enum(scope, f.type_name()),
        };
        // A written `[packed]` is refused later, in protoc's words; it is left as written.
        let written_packed = f.options.as_ref().is_some_and(|o| {
            o.packed.is_some() || o.uninterpreted_option.iter().any(|u| u.name.len() == 1 && !u.name[0].is_extension && u.name[0].name_part == "packed")
        });
        if f.label() == Label::Repeated
            && packable
            && !written_packed
            && features.repeated_field_encoding == super::features::RepeatedFieldEncoding::Packed
        {
            f.options.get_or_insert_with(Default::default).packed = Some(true);
            self.packed.insert(path);
        }
    }
}

fn mark_in_message(
    m: &mut DescriptorProto,
    path: Vec<i32>,
    parent: &Features,
    info: &EditionsFile,
    scope: &str,
    is_enum: &dyn Fn(&str, &str) -> bool,
    marks: &mut Marks,
) {
    let features = info.resolve(parent, &path);
    let oneofs: Vec<Features> = (0..m.oneof_decl.len()).map(|i| info.resolve(&features, &[&path[..], &[8, i as i32]].concat())).collect();
    for (list, tag) in [(&mut m.field, 2), (&mut m.extension, 6)] {
        for (i, f) in list.iter_mut().enumerate() {
            let p = [&path[..], &[tag, i as i32]].concat();
            let parent = f.oneof_index.filter(|_| tag == 2).and_then(|o| oneofs.get(o as usize)).unwrap_or(&features);
            let resolved = info.resolve(parent, &p);
            marks.field(f, p, &resolved, scope, is_enum);
        }
    }
    for (i, nested) in m.nested_type.iter_mut().enumerate() {
        let inner = qualify(scope, nested.name());
        mark_in_message(nested, [&path[..], &[3, i as i32]].concat(), &features, info, &inner, is_enum, marks);
    }
}

/// Whether `type_name`, written in `scope`, names an enum, resolved as protoc resolves names
/// (innermost scope first) among the file's own types and the pool's.
fn enum_resolver<'a>(file: &FileDescriptorProto, pool: &'a DescriptorPool) -> impl Fn(&str, &str) -> bool + 'a {
    let mut local: HashMap<String, bool> = HashMap::new();
    fn walk(m: &DescriptorProto, scope: &str, out: &mut HashMap<String, bool>) {
        let name = qualify(scope, m.name());
        out.insert(name.clone(), false);
        for e in &m.enum_type {
            out.insert(qualify(&name, e.name()), true);
        }
        for n in &m.nested_type {
            walk(n, &name, out);
        }
    }
    for m in &file.message_type {
        walk(m, file.package(), &mut local);
    }
    for e in &file.enum_type {
        local.insert(qualify(file.package(), e.name()), true);
    }
    move |scope: &str, name: &str| {
        let known = |full: &str| -> Option<bool> {
            local.get(full).copied().or_else(|| {
                if pool.get_enum_by_name(full).is_some() {
                    Some(true)
                } else if pool.get_message_by_name(full).is_some() {
                    Some(false)
                } else {
                    None
                }
            })
        };
        if let Some(full) = name.strip_prefix('.') {
            return known(full).unwrap_or(false);
        }
        let mut scope: Vec<&str> = scope.split('.').filter(|s| !s.is_empty()).collect();
        loop {
            let candidate = if scope.is_empty() { name.to_string() } else { format!("{}.{name}", scope.join(".")) };
            if let Some(is_enum) = known(&candidate) {
                return is_enum;
            }
            if scope.pop().is_none() {
                return false;
            }
        }
    }
}

/// With `json_format = ALLOW` protoc refuses two fields of a message whose default JSON names
/// are the same (proto3's rule); checked before the pool, which reads the file as proto2.
fn json_names(file: &FileDescriptorProto, info: &EditionsFile, at: &Located) -> Result<(), CompileError> {
    fn walk(m: &DescriptorProto, path: Vec<i32>, info: &EditionsFile, at: &Located) -> Result<(), CompileError> {
        let map_entry = m.options.as_ref().is_some_and(|o| o.map_entry());
        if !map_entry && info.resolve_path(&path).json_format == super::features::JsonFormat::Allow {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for (i, f) in m.field.iter().enumerate() {
                let json = crate::model::default_json_name(f.name());
                if let Some(first) = seen.get(&json) {
                    let message = format!(
                        "The default JSON name of field \"{}\" (\"{json}\") conflicts with the default JSON name of field \"{first}\".",
                        f.name()
                    );
                    return Err(at.error(&[&path[..], &[2, i as i32, 1]].concat(), &message));
                }
                seen.insert(json, f.name());
            }
        }
        for (i, n) in m.nested_type.iter().enumerate() {
            walk(n, [&path[..], &[3, i as i32]].concat(), info, at)?;
        }
        Ok(())
    }
    for (i, m) in file.message_type.iter().enumerate() {
        walk(m, vec![4, i as i32], info, at)?;
    }
    Ok(())
}

/// Whether an option's name starts with the built-in `features`.
fn is_features(option: &UninterpretedOption) -> bool {
    option.name.first().is_some_and(|n| !n.is_extension && n.name_part == "features")
}

/// The source path of the first element of a proto2/proto3 file that sets features (for the
/// error, at the element's name; the file itself at its start).
fn first_features_option(file: &FileDescriptorProto) -> Option<Vec<i32>> {
    let mut found = None;
    visit(file, &mut |path, _target, options| {
        if found.is_none() && options.iter().any(is_features) {
            found = Some(if path.is_empty() { Vec::new() } else { [path, &[1]].concat() });
        }
    });
    found
}

/// Calls `f(path, target, uninterpreted options)` for every element of the file with options.
fn visit(file: &FileDescriptorProto, f: &mut dyn FnMut(&[i32], Target, &[UninterpretedOption])) {
    if let Some(o) = &file.options {
        f(&[], Target::File, &o.uninterpreted_option);
    }
    for (i, m) in file.message_type.iter().enumerate() {
        visit_message(m, &[4, i as i32], f);
    }
    for (i, e) in file.enum_type.iter().enumerate() {
        visit_enum(e, &[5, i as i32], f);
    }
    for (i, s) in file.service.iter().enumerate() {
        let path = [6, i as i32];
        if let Some(o) = &s.options {
            f(&path, Target::Service, &o.uninterpreted_option);
        }
        for (j, m) in s.method.iter().enumerate() {
            if let Some(o) = &m.options {
                f(&[&path[..], &[2, j as i32]].concat(), Target::Method, &o.uninterpreted_option);
            }
        }
    }
    for (i, x) in file.extension.iter().enumerate() {
        if let Some(o) = &x.options {
            f(&[7, i as i32], Target::Field, &o.uninterpreted_option);
        }
    }
}

fn visit_message(m: &DescriptorProto, path: &[i32], f: &mut dyn FnMut(&[i32], Target, &[UninterpretedOption])) {
    if let Some(o) = &m.options {
        f(path, Target::Message, &o.uninterpreted_option);
    }
    for (tag, list) in [(2, &m.field), (6, &m.extension)] {
        for (i, x) in list.iter().enumerate() {
            if let Some(o) = &x.options {
                f(&[path, &[tag, i as i32]].concat(), Target::Field, &o.uninterpreted_option);
            }
        }
    }
    for (i, n) in m.nested_type.iter().enumerate() {
        visit_message(n, &[path, &[3, i as i32]].concat(), f);
    }
    for (i, e) in m.enum_type.iter().enumerate() {
        visit_enum(e, &[path, &[4, i as i32]].concat(), f);
    }
    for (i, r) in m.extension_range.iter().enumerate() {
        if let Some(o) = &r.options {
            f(&[path, &[5, i as i32]].concat(), Target::ExtensionRange, &o.uninterpreted_option);
        }
    }
    for (i, o) in m.oneof_decl.iter().enumerate() {
        if let Some(o) = &o.options {
            f(&[path, &[8, i as i32]].concat(), Target::Oneof, &o.uninterpreted_option);
        }
    }
}

fn visit_enum(e: &EnumDescriptorProto, path: &[i32], f: &mut dyn FnMut(&[i32], Target, &[UninterpretedOption])) {
    if let Some(o) = &e.options {
        f(path, Target::Enum, &o.uninterpreted_option);
    }
    for (i, v) in e.value.iter().enumerate() {
        if let Some(o) = &v.options {
            f(&[path, &[2, i as i32]].concat(), Target::EnumEntry, &o.uninterpreted_option);
        }
    }
}

/// The options field number of each kind of element (where its options sit in its path).
fn options_tag(target: Target) -> i32 {
    match target {
        Target::File => 8,
        Target::Message => 7,
        Target::Field => 8,
        Target::Oneof => 2,
        Target::Enum => 3,
        Target::EnumEntry => 3,
        Target::Service => 3,
        Target::Method => 4,
        Target::ExtensionRange => 3,
    }
}

struct Interpreter<'a> {
    pool: &'a DescriptorPool,
    package: String,
    at: &'a Located<'a>,
    written: HashMap<Vec<i32>, FeatureSet>,
    /// `(options path, indices of the uninterpreted options taken out)`.
    removed: Vec<(Vec<i32>, Vec<usize>)>,
    /// The source path of each feature option taken out, and protoc's path for it once
    /// interpreted (`[.., 8, 999, 0]` becomes `[.., 8, 21, 1]`).
    renamed: HashMap<Vec<i32>, Vec<i32>>,
}

impl Interpreter<'_> {
    fn walk_file(&mut self, file: &mut FileDescriptorProto) -> Result<(), CompileError> {
        // Collect first (the visitor borrows the file), then take the options out.
        let mut found: Vec<(Vec<i32>, Target, Vec<(usize, UninterpretedOption)>)> = Vec::new();
        visit(file, &mut |path, target, options| {
            let features: Vec<(usize, UninterpretedOption)> =
                options.iter().enumerate().filter(|(_, o)| is_features(o)).map(|(i, o)| (i, o.clone())).collect();
            if !features.is_empty() {
                found.push((path.to_vec(), target, features));
            }
        });
        for (path, target, options) in &found {
            let options_path = [&path[..], &[options_tag(*target)]].concat();
            let mut set = FeatureSet::default();
            let features_tag = super::encode::features_tags(*target).1 as i32;
            for (index, option) in options {
                let option_path = [&options_path[..], &[UNINTERPRETED, *index as i32]].concat();
                self.interpret(option, &option_path, &mut set)?;
                let mut interpreted = [&options_path[..], &[features_tag]].concat();
                interpreted.extend(self.interpreted_suffix(option));
                self.renamed.insert(option_path, interpreted);
            }
            self.written.insert(path.clone(), set);
            self.removed.push((options_path, options.iter().map(|(i, _)| *i).collect()));
        }
        strip_features(file);
        Ok(())
    }

    /// One `features.NAME = VALUE` or `features.(ext).NAME = VALUE` option.
    fn interpret(&self, option: &UninterpretedOption, path: &[i32], set: &mut FeatureSet) -> Result<(), CompileError> {
        let name_path = [path, &[2]].concat();
        let written_name = option
            .name
            .iter()
            .map(|n| if n.is_extension { format!("({})", n.name_part) } else { n.name_part.clone() })
            .collect::<Vec<_>>()
            .join(".");
        let unknown = || {
            self.at.error(
                &name_path,
                &format!(
                    "Option \"{written_name}\" unknown. Ensure that your proto definition file imports the proto which defines the option (i.e. via import option after edition 2024)."
                ),
            )
        };
        match &option.name[..] {
            // `features = { field_presence: IMPLICIT [pb.cpp] { string_type: VIEW } }`: each
            // entry read as the `features.NAME = VALUE` it stands for.
            [features] if option.aggregate_value.is_some() => {
                let entries = aggregate_entries(option.aggregate_value()).ok_or_else(|| {
                    self.value_error(
                        path,
                        "protosmith reads `features = { ... }` holding `name: VALUE` entries and `[extension] { ... }` blocks only",
                    )
                })?;
                for (mut name, value) in entries {
                    name.insert(0, features.clone());
                    let single = UninterpretedOption { name, identifier_value: Some(value), ..Default::default() };
                    self.interpret(&single, path, set)?;
                }
                Ok(())
            }
            [_, feature] if !feature.is_extension => {
                let Some(field) = feature_field(&feature.name_part) else { return Err(unknown()) };
                let value = self.enum_value(option, path, field.enum_name, &format!("google.protobuf.FeatureSet.{}", field.name), field.values)?;
                set.set(field.number, value);
                Ok(())
            }
            [_, ext, feature] if ext.is_extension && !feature.is_extension => {
                let Some(extension) = self.feature_extension(&ext.name_part) else { return Err(unknown()) };
                let Kind::Message(message) = extension.kind() else { return Err(unknown()) };
                let Some(field) = message.get_field_by_name(&feature.name_part) else { return Err(unknown()) };
                let bytes = set.extensions.entry(extension.number()).or_default();
                let mut value = DynamicMessage::decode(message.clone(), bytes.as_slice()).map_err(|_| unknown())?;
                let v = match field.kind() {
                    Kind::Enum(e) => {
                        let values: Vec<(String, i32)> = e.values().map(|v| (v.name().to_string(), v.number())).collect();
                        let values: Vec<(&str, i32)> = values.iter().map(|(n, v)| (n.as_str(), *v)).collect();
                        Value::EnumNumber(self.enum_value(option, path, e.full_name(), field.full_name(), &values)?)
                    }
                    Kind::Bool => match option.identifier_value() {
                        "true" => Value::Bool(true),
                        "false" => Value::Bool(false),
                        _ => return Err(self.value_error(path, &format!("Value must be \"true\" or \"false\" for boolean option \"{}\".", field.full_name()))),
                    },
                    _ => return Err(self.at.error(&name_path, &format!("protosmith reads enum and bool language features; `{written_name}` is neither"))),
                };
                value.set_field(&field, v);
                *bytes = value.encode_to_vec();
                Ok(())
            }
            _ => Err(unknown()),
        }
    }

    /// Where protoc records an interpreted feature option in source info, below the features
    /// field: the feature's number, or the extension's and its field's (nothing more for an
    /// aggregate value).
    fn interpreted_suffix(&self, option: &UninterpretedOption) -> Vec<i32> {
        match &option.name[..] {
            [_, feature] => feature_field(&feature.name_part).map(|f| vec![f.number as i32]).unwrap_or_default(),
            [_, ext, feature] => self
                .feature_extension(&ext.name_part)
                .and_then(|x| match x.kind() {
                    Kind::Message(m) => m.get_field_by_name(&feature.name_part).map(|f| vec![x.number() as i32, f.number() as i32]),
                    _ => None,
                })
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    fn value_error(&self, path: &[i32], message: &str) -> CompileError {
        self.at.error(&[path, &[3]].concat(), message)
    }

    fn enum_value(&self, option: &UninterpretedOption, path: &[i32], enum_name: &str, option_name: &str, values: &[(&str, i32)]) -> Result<i32, CompileError> {
        let Some(identifier) = option.identifier_value.as_deref() else {
            // protoc names the value's location under the option's own path (no value tag).
            return Err(self.at.error(path, &format!("Value must be identifier for enum-valued option \"{option_name}\".")));
        };
        values.iter().find(|(n, _)| *n == identifier).map(|(_, v)| *v).ok_or_else(|| {
            self.value_error(
                path,
                &format!("Enum type \"{enum_name}\" has no value named \"{identifier}\" for option \"{option_name}\"."),
            )
        })
    }

    /// A `FeatureSet` extension by the name written in parentheses, looked up from the file's
    /// package outwards as protoc looks names up.
    fn feature_extension(&self, written: &str) -> Option<prost_reflect::ExtensionDescriptor> {
        let candidates: Vec<String> = match written.strip_prefix('.') {
            Some(full) => vec![full.to_string()],
            None => {
                let mut scope: Vec<&str> = self.package.split('.').filter(|s| !s.is_empty()).collect();
                let mut out = Vec::new();
                loop {
                    out.push(if scope.is_empty() { written.to_string() } else { format!("{}.{written}", scope.join(".")) });
                    if scope.pop().is_none() {
                        break;
                    }
                }
                out
            }
        };
        candidates
            .iter()
            .find_map(|n| self.pool.get_extension_by_name(n))
            .filter(|x| x.containing_message().full_name() == "google.protobuf.FeatureSet")
    }
}

/// The `name: VALUE` entries of an aggregate `FeatureSet` value, nested messages and
/// `[extension]` blocks flattened into option name parts; `None` for anything else.
fn aggregate_entries(text: &str) -> Option<Vec<(Vec<NamePart>, String)>> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            tokens.push(std::mem::take(&mut word));
        }
        if "{}[]:,;".contains(c) {
            tokens.push(c.to_string());
        } else if !c.is_whitespace() {
            return None;
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    fn block(tokens: &[String], at: &mut usize, prefix: &[NamePart], out: &mut Vec<(Vec<NamePart>, String)>) -> Option<()> {
        while let Some(tok) = tokens.get(*at) {
            *at += 1;
            let part = match tok.as_str() {
                "}" => return Some(()),
                "," | ";" => continue,
                "[" => {
                    let name = tokens.get(*at)?.clone();
                    (tokens.get(*at + 1)? == "]").then_some(())?;
                    *at += 2;
                    NamePart { name_part: name, is_extension: true }
                }
                name if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') => {
                    NamePart { name_part: name.to_string(), is_extension: false }
                }
                _ => return None,
            };
            if tokens.get(*at).is_some_and(|t| t == ":") {
                *at += 1;
            }
            let mut name = prefix.to_vec();
            name.push(part);
            match tokens.get(*at)?.as_str() {
                "{" => {
                    *at += 1;
                    block(tokens, at, &name, out)?;
                }
                value if value.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') => {
                    *at += 1;
                    out.push((name, value.to_string()));
                }
                _ => return None,
            }
        }
        Some(())
    }
    let mut out = Vec::new();
    let mut at = 0;
    block(&tokens, &mut at, &[], &mut out)?;
    (at == tokens.len()).then_some(out)
}

/// Takes every `features` option out of the file's options; an options message left empty is
/// removed (the pool would otherwise keep an empty one protoc does not have).
fn strip_features(file: &mut FileDescriptorProto) {
    macro_rules! strip {
        ($options:expr) => {
            if let Some(o) = $options.as_mut() {
                o.uninterpreted_option.retain(|u| !is_features(u));
                if o.encoded_len() == 0 {
                    *$options = None;
                }
            }
        };
    }
    fn message(m: &mut DescriptorProto) {
        strip!(&mut m.options);
        for f in m.field.iter_mut().chain(m.extension.iter_mut()) {
            strip!(&mut f.options);
        }
        for o in &mut m.oneof_decl {
            strip!(&mut o.options);
        }
        for r in &mut m.extension_range {
            strip!(&mut r.options);
        }
        m.nested_type.iter_mut().for_each(message);
        m.enum_type.iter_mut().for_each(enumeration);
    }
    fn enumeration(e: &mut EnumDescriptorProto) {
        strip!(&mut e.options);
        for v in &mut e.value {
            strip!(&mut v.options);
        }
    }
    strip!(&mut file.options);
    file.message_type.iter_mut().for_each(message);
    file.enum_type.iter_mut().for_each(enumeration);
    for s in &mut file.service {
        strip!(&mut s.options);
        for m in &mut s.method {
            strip!(&mut m.options);
        }
    }
    for f in &mut file.extension {
        strip!(&mut f.options);
    }
}

/// Drops the source locations of the options taken out (the pool must not see them) and
/// renumbers the ones after them, so every `[.., 999, i]` still names the option it named.
/// Returns, by original position, what protoc records there instead: the option's own
/// location under its interpreted path, nothing for its parts (see `FeatureLocations`).
fn drop_locations(
    file: &mut FileDescriptorProto,
    removed: &[(Vec<i32>, Vec<usize>)],
    renamed: &HashMap<Vec<i32>, Vec<i32>>,
) -> super::FeatureLocations {
    let mut dropped = Vec::new();
    let Some(info) = file.source_code_info.as_mut() else { return dropped };
    let by_options: HashMap<&[i32], &[usize]> = removed.iter().map(|(p, r)| (p.as_slice(), r.as_slice())).collect();
    let mut position = 0;
    info.location.retain_mut(|loc| {
        let at = position;
        position += 1;
        for (options, gone) in &by_options {
            let n = options.len();
            if loc.path.len() > n + 1 && &loc.path[..n] == *options && loc.path[n] == UNINTERPRETED {
                let index = loc.path[n + 1] as usize;
                if gone.contains(&index) {
                    let rewritten = renamed.get(&loc.path).map(|path| {
                        let mut l = loc.clone();
                        l.path = path.clone();
                        l
                    });
                    dropped.push((at, rewritten));
                    return false;
                }
                loc.path[n + 1] -= gone.iter().filter(|&&g| g < index).count() as i32;
            }
        }
        true
    });
    dropped
}

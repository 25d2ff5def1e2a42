//! The descriptor protoc hands on for an editions file, rebuilt from the lowered one the pool
//! holds: `syntax = "editions"`, `edition`, each element's features back in its options (as
//! written, not resolved), `LEGACY_REQUIRED` fields labelled optional again (protoc's
//! `FieldDescriptor::CopyTo`), `option_dependency` and `visibility`. Fields the descriptor.proto
//! in use may not know (2024's) are merged in as bytes, which the encoder writes after the known
//! ones, where their field numbers put them in protoc's output too.

use prost::encoding::{encode_key, encode_varint, WireType};
use prost::Message as _;
use prost_reflect::{DynamicMessage, Value};

use super::features::{Target, FEATURE_FIELDS};
use super::EditionsFile;

/// `FileDescriptorProto` field numbers.
const DEPENDENCY: u32 = 3;
const SYNTAX: u32 = 12;
const EDITION: u32 = 14;
const OPTION_DEPENDENCY: u32 = 15;
/// `DescriptorProto.visibility`, `EnumDescriptorProto.visibility`.
const MESSAGE_VISIBILITY: u32 = 11;
const ENUM_VISIBILITY: u32 = 6;
/// `FieldDescriptorProto.label` and `LABEL_OPTIONAL`.
const LABEL: u32 = 4;
const LABEL_OPTIONAL: i32 = 1;
/// `FieldDescriptorProto.options`, `FieldOptions.packed`.
const FIELD_OPTIONS: u32 = 8;
const PACKED: u32 = 2;

/// `(options field of the element, features field of its options message)`.
pub(super) fn features_tags(target: Target) -> (u32, u32) {
    match target {
        Target::File => (8, 50),
        Target::Message => (7, 12),
        Target::Field => (8, 21),
        Target::Oneof => (2, 1),
        Target::Enum => (3, 7),
        Target::EnumEntry => (3, 2),
        Target::Service => (3, 34),
        Target::Method => (4, 33),
        Target::ExtensionRange => (3, 50),
    }
}

fn len_field(number: u32, bytes: &[u8], out: &mut Vec<u8>) {
    encode_key(number, WireType::LengthDelimited, out);
    encode_varint(bytes.len() as u64, out);
    out.extend_from_slice(bytes);
}

fn varint_field(number: u32, value: i32, out: &mut Vec<u8>) {
    encode_key(number, WireType::Varint, out);
    encode_varint(value as i64 as u64, out);
}

/// The element of `file` at a source path, if the path names one.
pub(super) fn element<'m>(file: &'m mut DynamicMessage, path: &[i32]) -> Option<&'m mut DynamicMessage> {
    let mut msg = file;
    for pair in path.chunks(2) {
        let [tag, index] = pair else { return None };
        let Some(Value::List(list)) = msg.get_field_by_number_mut(*tag as u32) else { return None };
        let Some(Value::Message(next)) = list.get_mut(*index as usize) else { return None };
        msg = next;
    }
    Some(msg)
}

/// Turns the lowered file `msg` into protoc's editions descriptor. `strip_source` leaves out
/// source-retention features, as protoc does in what it gives code generators.
pub fn restore(msg: &mut DynamicMessage, info: &EditionsFile, strip_source: bool) {
    // Restoring again (`encoded_file`'s bytes restored, then stripped for generators) must
    // not repeat anything: merged extension features and option imports would append.
    msg.clear_field_by_number(OPTION_DEPENDENCY);
    let mut head = Vec::new();
    len_field(SYNTAX, b"editions", &mut head);
    varint_field(EDITION, info.edition.number(), &mut head);
    for dep in &info.option_dependencies {
        len_field(OPTION_DEPENDENCY, dep.as_bytes(), &mut head);
    }
    let _ = msg.merge(head.as_slice());
    if !info.added_imports.is_empty() {
        if let Some(Value::List(deps)) = msg.get_field_by_number_mut(DEPENDENCY) {
            deps.retain(|d| !d.as_str().is_some_and(|d| info.added_imports.iter().any(|a| a == d)));
        }
    }
    for path in &info.required {
        if let Some(field) = element(msg, path) {
            field.set_field_by_number(LABEL, Value::EnumNumber(LABEL_OPTIONAL));
        }
    }
    for path in &info.packed {
        let Some(field) = element(msg, path) else { continue };
        if !field.has_field_by_number(FIELD_OPTIONS) {
            continue;
        }
        if let Some(Value::Message(options)) = field.get_field_by_number_mut(FIELD_OPTIONS) {
            options.clear_field_by_number(PACKED);
            if options.encoded_len() == 0 {
                field.clear_field_by_number(FIELD_OPTIONS);
            }
        }
    }
    let mut written: Vec<_> = info.written.iter().collect();
    written.sort_by(|a, b| a.0.cmp(b.0));
    for (path, set) in written {
        // A features message emptied by stripping stays, empty, as protoc leaves it (and one
        // read empty from a descriptor set stays too).
        let bytes = set.encode(strip_source);
        let (options_tag, features_tag) = features_tags(super::checks::target_of(path));
        let mut features = Vec::new();
        len_field(features_tag, &bytes, &mut features);
        let mut options = Vec::new();
        len_field(options_tag, &features, &mut options);
        if let Some(target) = element(msg, path) {
            if let Some(Value::Message(opts)) = target.get_field_by_number_mut(options_tag) {
                opts.clear_field_by_number(features_tag);
            }
            let _ = target.merge(options.as_slice());
        }
    }
    for (path, visibility) in &info.visibility {
        let number = if is_enum_path(path) { ENUM_VISIBILITY } else { MESSAGE_VISIBILITY };
        let mut bytes = Vec::new();
        varint_field(number, *visibility as i32, &mut bytes);
        if let Some(target) = element(msg, path) {
            let _ = target.merge(bytes.as_slice());
        }
    }
}

/// Whether a source path names an enum (`[5, i]` at file level, `[.., 4, i]` in a message).
fn is_enum_path(path: &[i32]) -> bool {
    super::checks::target_of(path) == Target::Enum
}

/// protoc's `-o` without `--retain_options`: the source-retention features (2024's
/// `enforce_naming_style`, `default_symbol_visibility`) leave the restored file `msg` and so do
/// their source locations; the features messages they leave empty stay, as protoc leaves them.
/// Done by the features' own table: the run's descriptor.proto (protox's bundled one) may not
/// declare them.
pub fn strip_source_features(msg: &mut DynamicMessage, info: &EditionsFile) {
    let mut stripped: Vec<Vec<i32>> = Vec::new();
    for (path, set) in &info.written {
        let source: Vec<u32> =
            FEATURE_FIELDS.iter().filter(|f| f.source_retention && set.get(f.number).is_some()).map(|f| f.number).collect();
        if source.is_empty() {
            continue;
        }
        let (options_tag, features_tag) = features_tags(super::checks::target_of(path));
        let Some(target) = element(msg, path) else { continue };
        if !target.has_field_by_number(options_tag) {
            continue;
        }
        let Some(Value::Message(options)) = target.get_field_by_number_mut(options_tag) else { continue };
        options.clear_field_by_number(features_tag);
        let mut features = Vec::new();
        len_field(features_tag, &set.encode(true), &mut features);
        let _ = options.merge(features.as_slice());
        for number in source {
            stripped.push(path.iter().copied().chain([options_tag as i32, features_tag as i32, number as i32]).collect());
        }
    }
    if stripped.is_empty() || !msg.has_field_by_number(SOURCE_CODE_INFO) {
        return;
    }
    let Some(Value::Message(info)) = msg.get_field_by_number_mut(SOURCE_CODE_INFO) else { return };
    let Some(Value::List(locations)) = info.get_field_by_number_mut(LOCATION) else { return };
    locations.retain(|loc| {
        let Value::Message(loc) = loc else { return true };
        let path: Vec<i32> = match loc.get_field_by_number(LOCATION_PATH).as_deref() {
            Some(Value::List(p)) => p.iter().filter_map(Value::as_i32).collect(),
            _ => return true,
        };
        !stripped.iter().any(|s| path.starts_with(s))
    });
}

/// `FileDescriptorProto.source_code_info`, `SourceCodeInfo.location`, `Location.path`.
const SOURCE_CODE_INFO: u32 = 9;
const LOCATION: u32 = 1;
const LOCATION_PATH: u32 = 1;

//! Editions files read from a descriptor set (`--descriptor-set-in`): the set holds protoc's
//! editions form (features interpreted in the options). Each is lowered as a parsed file is:
//! features taken out into an [`EditionsFile`], proto2 for the pool, `LEGACY_REQUIRED`
//! fields labelled `required`.

use prost::Message as _;
use prost_reflect::{DynamicMessage, ReflectMessage, Value};
use prost_types::FileDescriptorProto;

use super::features::{Edition, FeatureSet, Target};
use super::lower::mark_lowered;
use super::EditionsFile;
use crate::parse::Visibility;

/// `FileDescriptorProto.syntax`, `.edition`, `.option_dependency`.
const SYNTAX: u32 = 12;
const EDITION: u32 = 14;
const OPTION_DEPENDENCY: u32 = 15;
/// `FieldDescriptorProto.label`, `LABEL_REQUIRED`.
const LABEL: u32 = 4;
const LABEL_REQUIRED: i32 = 2;

/// The file's bytes lowered, and what they said beyond that; `Ok(None)` when the file is not
/// an editions file. The error names what cannot be read.
pub(crate) fn lower_encoded(bytes: &[u8]) -> Result<Option<(Vec<u8>, EditionsFile)>, String> {
    // A file that does not decode is left to the set's own check, which names it.
    let Ok(msg) = DynamicMessage::decode(FileDescriptorProto::default().descriptor(), bytes) else { return Ok(None) };
    let syntax = msg.get_field_by_number(SYNTAX).and_then(|v| v.as_str().map(str::to_string));
    if syntax.as_deref() != Some("editions") {
        return Ok(None);
    }
    let name = msg.get_field_by_number(1).and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    lower_editions(msg).map_err(|e| format!("{name}: {e}"))
}

fn lower_editions(mut msg: DynamicMessage) -> Result<Option<(Vec<u8>, EditionsFile)>, String> {
    let number = msg.has_field_by_number(EDITION).then(|| msg.get_field_by_number(EDITION).and_then(|v| v.as_enum_number())).flatten();
    let edition = match number.and_then(Edition::from_number) {
        Some(e @ (Edition::E2023 | Edition::E2024)) => e,
        _ => {
            return Err(match number {
                Some(n) => format!("edition {n} is not one protoc 35 compiles (2023 = 1000, 2024 = 1001)"),
                None => "syntax \"editions\" without an edition".to_string(),
            })
        }
    };
    let mut info = EditionsFile {
        edition,
        written: Default::default(),
        required: Default::default(),
        packed: Default::default(),
        option_dependencies: Vec::new(),
        added_imports: Vec::new(),
        feature_locations: Vec::new(),
        visibility: Vec::new(),
    };
    // Fields this descriptor.proto does not know arrive as unknown fields.
    let mut kept = Vec::new();
    for field in msg.take_unknown_fields().collect::<Vec<_>>() {
        if field.number() == OPTION_DEPENDENCY {
            let mut bytes = Vec::new();
            field.encode(&mut bytes);
            let mut buf = bytes.as_slice();
            let _ = prost::encoding::decode_key(&mut buf);
            let len = prost::encoding::decode_varint(&mut buf).unwrap_or(0) as usize;
            info.option_dependencies.push(String::from_utf8_lossy(&buf[..len.min(buf.len())]).into_owned());
        } else {
            field.encode(&mut kept);
        }
    }
    let _ = msg.merge(kept.as_slice());
    msg.clear_field_by_number(SYNTAX);
    msg.clear_field_by_number(EDITION);
    let mut path = Vec::new();
    take_features(&mut msg, Target::File, &mut path, &mut info)?;
    // The typed descriptor finds the fields to label `required`; the bytes keep what it does not
    // model (custom options are unknown fields of the bundled descriptor.proto).
    let mut file = FileDescriptorProto::decode(msg.encode_to_vec().as_slice()).map_err(|e| e.to_string())?;
    // Types are resolved in a set: an enum field says so.
    let is_enum = |_: &str, _: &str| false;
    mark_lowered(&mut file, &mut info, &is_enum);
    info.added_imports = super::lower::added_imports(&mut file, &info.option_dependencies.clone());
    for dep in &info.added_imports {
        let mut bytes = Vec::new();
        prost::encoding::string::encode(3, dep, &mut bytes);
        let _ = msg.merge(bytes.as_slice());
    }
    for path in &info.required {
        if let Some(field) = super::encode::element(&mut msg, path) {
            field.set_field_by_number(LABEL, Value::EnumNumber(LABEL_REQUIRED));
        }
    }
    for path in &info.packed {
        if let Some(field) = super::encode::element(&mut msg, path) {
            let mut packed = Vec::new();
            prost::encoding::bool::encode(2, &true, &mut packed);
            let mut options = Vec::new();
            prost::encoding::bytes::encode(8, &packed, &mut options);
            let _ = field.merge(options.as_slice());
        }
    }
    Ok(Some((msg.encode_to_vec(), info)))
}

/// `(options field, features field in the options, element lists and their kinds)`.
fn layout(target: Target) -> (u32, u32, &'static [(u32, Target)]) {
    match target {
        Target::File => (8, 50, &[(4, Target::Message), (5, Target::Enum), (6, Target::Service), (7, Target::Field)]),
        Target::Message => (
            7,
            12,
            &[(2, Target::Field), (3, Target::Message), (4, Target::Enum), (5, Target::ExtensionRange), (6, Target::Field), (8, Target::Oneof)],
        ),
        Target::Field => (8, 21, &[]),
        Target::Oneof => (2, 1, &[]),
        Target::Enum => (3, 7, &[(2, Target::EnumEntry)]),
        Target::EnumEntry => (3, 2, &[]),
        Target::Service => (3, 34, &[(2, Target::Method)]),
        Target::Method => (4, 35, &[]),
        Target::ExtensionRange => (3, 50, &[]),
    }
}

fn take_features(msg: &mut DynamicMessage, target: Target, path: &mut Vec<i32>, info: &mut EditionsFile) -> Result<(), String> {
    let (options_tag, features_tag, children) = layout(target);
    // (`get_field_by_number_mut` would give an element without options an empty set of them.)
    let has_options = msg.has_field_by_number(options_tag);
    let options = if has_options { msg.get_field_by_number_mut(options_tag) } else { None };
    if let Some(Value::Message(options)) = options {
        if options.has_field_by_number(features_tag) {
            if let Some(Value::Message(features)) = options.get_field_by_number(features_tag).as_deref() {
                let set = FeatureSet::decode(&features.encode_to_vec()).map_err(|e| format!("features of element {path:?}: {e}"))?;
                info.written.insert(path.clone(), set);
            }
            options.clear_field_by_number(features_tag);
            // Options that held only features go; an empty options message that was there
            // before (a method written with `{ }`) stays.
            if options.encoded_len() == 0 {
                msg.clear_field_by_number(options_tag);
            }
        }
    }
    // `visibility` (2024) is unknown to this descriptor.proto: DescriptorProto 11, EnumDescriptorProto 6.
    let visibility_tag = match target {
        Target::Message => Some(11),
        Target::Enum => Some(6),
        _ => None,
    };
    if let Some(tag) = visibility_tag {
        let mut kept = Vec::new();
        for field in msg.take_unknown_fields().collect::<Vec<_>>() {
            let mut bytes = Vec::new();
            field.encode(&mut bytes);
            if field.number() == tag {
                let mut buf = bytes.as_slice();
                let _ = prost::encoding::decode_key(&mut buf);
                match prost::encoding::decode_varint(&mut buf) {
                    Ok(1) => info.visibility.push((path.clone(), Visibility::Local)),
                    Ok(2) => info.visibility.push((path.clone(), Visibility::Export)),
                    _ => {}
                }
            } else {
                kept.extend(bytes);
            }
        }
        let _ = msg.merge(kept.as_slice());
    }
    for &(tag, kind) in children {
        let Some(Value::List(list)) = msg.get_field_by_number_mut(tag) else { continue };
        for (i, item) in list.iter_mut().enumerate() {
            let Value::Message(child) = item else { continue };
            path.extend([tag as i32, i as i32]);
            take_features(child, kind, path, info)?;
            path.truncate(path.len() - 2);
        }
    }
    Ok(())
}

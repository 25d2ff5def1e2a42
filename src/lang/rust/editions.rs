//! Editions files for prost-build, which reads only `syntax = "proto2"/"proto3"` descriptors:
//! each editions file is handed over as the proto3 descriptor that means the same on the wire,
//! field by field from the features the model resolved. Explicit presence becomes proto3
//! `optional` (prost: `Option<T>`), implicit presence a plain proto3 field, LEGACY_REQUIRED a
//! `required` label, DELIMITED the group type, and every packable repeated field states
//! `[packed = ...]`. What prost cannot represent is refused, naming the feature and the field.

use prost_types::field_descriptor_proto::{Label as PbLabel, Type as PbType};
use prost_types::{DescriptorProto, FieldDescriptorProto, FileDescriptorProto, SourceCodeInfo};

use crate::model::{self, source_path as sp, FieldKind, Label, Model, Presence, Syntax, Utf8Validation};

/// A feature of an editions file the Rust output cannot keep.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    /// `file:line:col` of the field (the file alone when the descriptor has no source info).
    pub location: String,
    pub construct: String,
}

/// The descriptor prost-build gets for `file`: unchanged unless the model says it is an
/// editions file.
pub fn lower(model: &Model, file: FileDescriptorProto) -> Result<FileDescriptorProto, Refusal> {
    let Some(resolved) = model.file(file.name()).filter(|f| f.syntax == Syntax::Editions) else {
        return Ok(file);
    };
    let mut file = file;
    let (name, source) = (file.name().to_string(), file.source_code_info.clone());
    let at = |path: &[i32]| location(&name, source.as_ref(), path);
    for (i, msg) in file.message_type.iter_mut().enumerate() {
        let model_msg = resolved.messages.iter().find(|m| m.name == msg.name());
        if let Some(model_msg) = model_msg {
            lower_message(model, model_msg, msg, &[sp::FILE_MESSAGE_TYPE, i as i32], &at)?;
        }
    }
    file.syntax = Some("proto3".into());
    Ok(file)
}

fn lower_message(
    model: &Model,
    resolved: &model::Message,
    msg: &mut DescriptorProto,
    path: &[i32],
    at: &dyn Fn(&[i32]) -> String,
) -> Result<(), Refusal> {
    for (i, field) in msg.field.iter_mut().enumerate() {
        let Some(rf) = resolved.fields.iter().find(|f| f.number == field.number()) else { continue };
        let field_path = [path, &[sp::MESSAGE_FIELD, i as i32]].concat();
        refuse_unrepresentable(model, rf, &at(&field_path))?;
        lower_field(rf, field);
    }
    for (i, nested) in msg.nested_type.iter_mut().enumerate() {
        // Map entries: prost reads only their key and value types (the map field is checked).
        if let Some(rn) = resolved.messages.iter().find(|m| m.name == nested.name() && !m.is_map_entry) {
            lower_message(model, rn, nested, &[path, &[sp::MESSAGE_NESTED_TYPE, i as i32]].concat(), at)?;
        }
    }
    Ok(())
}

/// One field as proto3 states the same resolved features.
fn lower_field(resolved: &model::Field, field: &mut FieldDescriptorProto) {
    field.set_type(match resolved.kind {
        FieldKind::Group(_) => PbType::Group,
        FieldKind::Message(_) => PbType::Message,
        _ => field.r#type(),
    });
    match resolved.label {
        Label::Repeated => {
            field.set_label(PbLabel::Repeated);
            if resolved.map.is_none() && resolved.kind.is_packable() {
                field.options.get_or_insert_with(Default::default).packed = Some(resolved.packed);
            }
        }
        Label::Required => field.set_label(PbLabel::Required),
        Label::Optional => {
            field.set_label(PbLabel::Optional);
            // Oneof members are `Option`al through their oneof; every other field with presence
            // (messages and groups included: prost reads proto3 groups without it as present)
            // is proto3 `optional`, which prost-build accepts without a synthetic oneof.
            let explicit = resolved.presence == Presence::Explicit && resolved.oneof_index.is_none();
            field.proto3_optional = explicit.then_some(true);
        }
    }
}

/// prost has one behaviour per construct; where an editions feature asks for another one on the
/// wire, the file is refused rather than generated with different behaviour.
fn refuse_unrepresentable(model: &Model, field: &model::Field, location: &str) -> Result<(), Refusal> {
    let refuse = |construct: String| Err(Refusal { location: location.to_string(), construct });
    let value_kind = field.map.as_ref().map_or(&field.kind, |m| &m.value);
    if let FieldKind::Enum(t) = value_kind {
        if model.enumeration(t).is_some_and(|e| e.closed) {
            return refuse(format!(
                "field `{}` of closed enum `{t}` (features.enum_type = CLOSED): protobuf runtimes keep a value \
                 the enum does not declare as an unknown field and leave the field unset, prost stores it in the field",
                field.full_name
            ));
        }
    }
    let string = |k: &FieldKind| *k == FieldKind::String;
    let has_string = string(&field.kind) || field.map.as_ref().is_some_and(|m| string(&m.key) || string(&m.value));
    if has_string && field.features.utf8_validation == Utf8Validation::None {
        return refuse(format!(
            "string field `{}` with features.utf8_validation = NONE: protobuf runtimes accept any bytes there, \
             prost rejects a message whose string is not UTF-8",
            field.full_name
        ));
    }
    Ok(())
}

/// `file:line:col` (1-based) of the element at `path`, as the front end reports errors.
fn location(file: &str, source: Option<&SourceCodeInfo>, path: &[i32]) -> String {
    let span = source.and_then(|s| s.location.iter().find(|l| l.path == path)).map(|l| l.span.clone());
    match span.as_deref() {
        Some([line, col, ..]) => format!("{file}:{}:{}", line + 1, col + 1),
        _ => file.to_string(),
    }
}

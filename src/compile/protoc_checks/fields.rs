//! Field checks protoc makes and protox does not (wording of protoc 35.1, grpcio-tools 1.85.1;
//! protoc 24.3 refuses the same fields, with "a proto3 enum" for "an open enum"). Each error
//! is located at the field's type, as protoc locates it:
//!
//! * `[packed = true]` on a field that is not repeated, or not of a scalar numeric, bool or
//!   enum type: `[packed = true] can only be specified for repeated primitive fields.`
//! * `[lazy = true]` or `[unverified_lazy = true]` on a field that is not a message:
//!   `[lazy = true] can only be specified for submessage fields.`
//! * `[unverified_lazy = true]` on an extension: `Extensions cannot be marked as
//!   unverified_lazy.` (protoc 35; protoc 24 accepted it).
//! * A field of a proto3 message whose type is an enum of a proto2 file (a closed enum): `Enum
//!   type "p.E" is not an open enum, but is used in "q.M" which is a proto3 message type.`
//! * An enum value whose `feature_support` sets `edition_removed` without a `removal_error`
//!   (protoc 35; fields are not checked): `p.V has been removed but does not specify a
//!   removal error.` (protoc names no line; the error is located at the value here). A value
//!   introduced and removed in the same edition needs none (feature_resolver.cc's
//!   `ValidateFeatureSupport`; java_features.proto's `NestInFileClass.LEGACY` is one).

use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, EnumDescriptor, FieldDescriptor, Kind, MessageDescriptor, Syntax};

use super::Source;

/// FieldDescriptorProto.type and .type_name: where protoc reports a field's type.
const FIELD_TYPE: i32 = 5;
const FIELD_TYPE_NAME: i32 = 6;
/// FieldOptions.unverified_lazy
const UNVERIFIED_LAZY: u32 = 15;


pub(super) fn check(pool: &DescriptorPool, name: &str, source: &Source, errors: &mut Vec<String>) {
    let Some(file) = pool.get_file_by_name(name) else { return };
    for message in file.messages() {
        in_message(&message, source, errors);
    }
    for e in file.enums() {
        enum_values(&e, source, errors);
    }
    for ext in file.extensions() {
        let proto = ext.field_descriptor_proto();
        let kind = ext.kind();
        let options = ext.options();
        field_options(proto, &kind, ext.is_list(), true, &options, ext.path(), source, errors);
    }
}

fn in_message(message: &MessageDescriptor, source: &Source, errors: &mut Vec<String>) {
    let proto3 = message.parent_file().syntax() == Syntax::Proto3;
    for field in message.fields() {
        one_field(&field, proto3, message, source, errors);
    }
    for ext in message.child_extensions() {
        let options = ext.options();
        field_options(ext.field_descriptor_proto(), &ext.kind(), ext.is_list(), true, &options, ext.path(), source, errors);
    }
    for nested in message.child_messages() {
        if !nested.is_map_entry() {
            in_message(&nested, source, errors);
        }
    }
    for e in message.child_enums() {
        enum_values(&e, source, errors);
    }
}

fn enum_values(e: &EnumDescriptor, source: &Source, errors: &mut Vec<String>) {
    for value in e.values() {
        if removed_without_error(&value.options()) {
            let message = format!("{} has been removed but does not specify a removal error.", value.full_name());
            errors.push(source.error(value.path(), &message));
        }
    }
}

/// EnumValueOptions.feature_support (4) with `edition_removed` (4) other than its
/// `edition_introduced` (1, unset reads as `EDITION_UNKNOWN`) and no `removal_error` (5),
/// whether or not the pool's descriptor.proto knows those fields.
fn removed_without_error(options: &DynamicMessage) -> bool {
    #[derive(Clone, PartialEq, prost::Message)]
    struct FeatureSupport {
        #[prost(int32, optional, tag = "1")]
        edition_introduced: Option<i32>,
        #[prost(int32, optional, tag = "4")]
        edition_removed: Option<i32>,
        #[prost(string, optional, tag = "5")]
        removal_error: Option<String>,
    }
    #[derive(Clone, PartialEq, prost::Message)]
    struct EnumValueOptions {
        #[prost(message, optional, tag = "4")]
        feature_support: Option<FeatureSupport>,
    }
    let Ok(decoded) = EnumValueOptions::decode(options.encode_to_vec().as_slice()) else { return false };
    decoded.feature_support.is_some_and(|s| {
        s.edition_removed.is_some_and(|removed| removed != s.edition_introduced.unwrap_or(0)) && s.removal_error.is_none()
    })
}

fn one_field(field: &FieldDescriptor, proto3: bool, message: &MessageDescriptor, source: &Source, errors: &mut Vec<String>) {
    let kind = field.kind();
    let options = field.options();
    field_options(field.field_descriptor_proto(), &kind, field.is_list(), false, &options, field.path(), source, errors);

    if let Kind::Enum(e) = &kind {
        if proto3 && crate::compile::editions::enum_is_closed(source.editions, e) {
            let message = format!(
                "Enum type \"{}\" is not an open enum, but is used in \"{}\" which is a proto3 message type.",
                e.full_name(),
                message.full_name()
            );
            errors.push(at_type(source, field.path(), &message));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn field_options(
    proto: &prost_types::FieldDescriptorProto,
    kind: &Kind,
    repeated: bool,
    extension: bool,
    options: &DynamicMessage,
    path: &[i32],
    source: &Source,
    errors: &mut Vec<String>,
) {
    let Some(raw) = &proto.options else { return };
    let message_typed = matches!(kind, Kind::Message(_));
    let unverified_lazy = unverified_lazy(options);
    if extension && unverified_lazy {
        errors.push(at_type(source, path, "Extensions cannot be marked as unverified_lazy."));
    }
    if (raw.lazy() || unverified_lazy) && !message_typed {
        errors.push(at_type(source, path, "[lazy = true] can only be specified for submessage fields."));
    }
    let packable = !matches!(kind, Kind::Message(_) | Kind::String | Kind::Bytes);
    if raw.packed == Some(true) && !(repeated && packable) {
        errors.push(at_type(source, path, "[packed = true] can only be specified for repeated primitive fields."));
    }
}

/// `unverified_lazy = true`, whether the pool's descriptor.proto knows the field or it is an
/// unknown field there.
fn unverified_lazy(options: &DynamicMessage) -> bool {
    if let Some(value) = options.get_field_by_number(UNVERIFIED_LAZY) {
        return value.as_bool() == Some(true);
    }
    #[derive(Clone, PartialEq, prost::Message)]
    struct UnverifiedLazy {
        #[prost(bool, optional, tag = "15")]
        value: Option<bool>,
    }
    UnverifiedLazy::decode(options.encode_to_vec().as_slice()).ok().and_then(|o| o.value) == Some(true)
}

/// The error at the field's type name, or its scalar type, or the field itself.
pub(super) fn at_type(source: &Source, field: &[i32], message: &str) -> String {
    for part in [FIELD_TYPE_NAME, FIELD_TYPE] {
        let path: Vec<i32> = field.iter().copied().chain([part]).collect();
        if source.span(&path).is_some() {
            return source.error(&path, message);
        }
    }
    source.error(field, message)
}

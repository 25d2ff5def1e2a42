//! `option message_set_wire_format = true` rules protoc makes and protox does not (wording of
//! protoc 35.1 and 24.3, which agree). Generators rely on them: a container's items are its
//! only content, each holding one message.
//!
//! * In a proto3 file: `MessageSet is not supported in proto3.`, at the message's name.
//! * A field of a container: `MessageSets cannot have fields, only extensions.`, at its name.
//! * An extension of a container that is not an optional message (a scalar, `repeated`,
//!   `required`, a group, or an editions field with `DELIMITED` or `LEGACY_REQUIRED`, which
//!   reach the pool as groups and required fields): `Extensions of MessageSets must be
//!   optional messages.`, at its type.

use prost_reflect::{Cardinality, DescriptorPool, ExtensionDescriptor, MessageDescriptor, Syntax};
use prost_types::field_descriptor_proto::Type;

use super::fields::at_type;
use super::Source;

/// DescriptorProto.name and FieldDescriptorProto.name.
const NAME: i32 = 1;
/// FieldDescriptorProto.type.
const FIELD_TYPE: i32 = 5;

pub(super) fn check(pool: &DescriptorPool, name: &str, source: &Source, errors: &mut Vec<String>) {
    let Some(file) = pool.get_file_by_name(name) else { return };
    let proto3 = file.syntax() == Syntax::Proto3;
    let mut messages: Vec<MessageDescriptor> = file.messages().collect();
    while let Some(message) = messages.pop() {
        messages.extend(message.child_messages());
        if is_container(&message) {
            if proto3 {
                errors.push(source.error(&named(message.path()), "MessageSet is not supported in proto3."));
            }
            for field in message.fields() {
                errors.push(source.error(&named(field.path()), "MessageSets cannot have fields, only extensions."));
            }
        }
        message.child_extensions().for_each(|ext| extension(&ext, source, errors));
    }
    file.extensions().for_each(|ext| extension(&ext, source, errors));
}

fn extension(ext: &ExtensionDescriptor, source: &Source, errors: &mut Vec<String>) {
    // An editions file reaches the pool with DELIMITED message fields as plain messages.
    let delimited = source.editions.get(ext.parent_file().name()).is_some_and(|info| {
        info.resolve_path(ext.path()).message_encoding == crate::compile::editions::features::MessageEncoding::Delimited
    });
    let optional_message =
        ext.cardinality() == Cardinality::Optional && ext.field_descriptor_proto().r#type() == Type::Message && !delimited;
    if is_container(&ext.containing_message()) && !optional_message {
        const MESSAGE: &str = "Extensions of MessageSets must be optional messages.";
        // protoc puts a group's error at the `group` keyword (its TYPE), not at its name.
        let keyword: Vec<i32> = ext.path().iter().copied().chain([FIELD_TYPE]).collect();
        let group = ext.field_descriptor_proto().r#type() == Type::Group && source.span(&keyword).is_some();
        errors.push(if group { source.error(&keyword, MESSAGE) } else { at_type(source, ext.path(), MESSAGE) });
    }
}

fn is_container(message: &MessageDescriptor) -> bool {
    message.descriptor_proto().options.as_ref().is_some_and(|o| o.message_set_wire_format())
}

fn named(path: &[i32]) -> Vec<i32> {
    path.iter().copied().chain([NAME]).collect()
}

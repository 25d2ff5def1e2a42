//! protoc's JSON name rule for the fields of a message (descriptor.cc,
//! `CheckFieldJsonNameUniqueness`, checked against protoc 35.1): names are compared exactly (so
//! proto3 `foo` and `Foo` may live side by side), once by default JSON names and once with the
//! written `json_name`s; a conflict involving a default name is only a warning in a proto2 file,
//! and `option deprecated_legacy_json_field_conflicts = true;` turns the check off. A written
//! JSON name may not look like an extension's (`[x]`). The pool refuses other sets of fields
//! (`pool_aliases`); this is where protoc's refusals are made, in its words.

use std::collections::HashMap;

use prost_reflect::{DescriptorPool, ReflectMessage as _};
use prost_types::{DescriptorProto, FieldDescriptorProto, FileDescriptorProto};

use super::Source;
use crate::model::default_json_name;
use crate::model::source_path::{FILE_MESSAGE_TYPE, MESSAGE_FIELD, MESSAGE_NESTED_TYPE};
use crate::compile::qualify;

/// FieldDescriptorProto.name: where protoc reports the conflict.
const FIELD_NAME: i32 = 1;

pub(super) fn json_names(pool: &DescriptorPool, file: &FileDescriptorProto, source: &Source, errors: &mut Vec<String>) {
    let proto2 = matches!(file.syntax(), "" | "proto2");
    let mut path = Vec::new();
    for (i, message) in file.message_type.iter().enumerate() {
        path.extend([FILE_MESSAGE_TYPE, i as i32]);
        let ctx = (pool, proto2, source);
        in_message(&ctx, &qualify(file.package(), message.name()), message, &mut path, errors);
        path.clear();
    }
}

/// protoc validates a message before the messages nested in it.
fn in_message(
    ctx @ (pool, proto2, source): &(&DescriptorPool, bool, &Source),
    full_name: &str,
    message: &DescriptorProto,
    path: &mut Vec<i32>,
    errors: &mut Vec<String>,
) {
    if !legacy_conflicts(pool, full_name) {
        unique(*proto2, message, false, source, path, errors);
        unique(*proto2, message, true, source, path, errors);
    }
    for (i, nested) in message.nested_type.iter().enumerate() {
        path.extend([MESSAGE_NESTED_TYPE, i as i32]);
        in_message(ctx, &qualify(full_name, nested.name()), nested, path, errors);
        path.truncate(path.len() - 2);
    }
}

/// `option deprecated_legacy_json_field_conflicts = true;` on the message.
fn legacy_conflicts(pool: &DescriptorPool, full_name: &str) -> bool {
    let Some(message) = pool.get_message_by_name(full_name) else { return false };
    let options = message.options();
    let Some(field) = options.descriptor().get_field_by_name("deprecated_legacy_json_field_conflicts") else {
        return false;
    };
    options.get_field(&field).as_bool() == Some(true)
}


/// A field's JSON name for one pass: the written one if it differs from the default (a
/// "custom" name), else the default.
fn json_name(field: &FieldDescriptorProto, with_custom: bool) -> (String, bool) {
    let default = default_json_name(field.name());
    match &field.json_name {
        Some(written) if with_custom && *written != default => (written.clone(), true),
        _ => (default, false),
    }
}

fn unique(
    proto2: bool,
    message: &DescriptorProto,
    with_custom: bool,
    source: &Source,
    path: &mut Vec<i32>,
    errors: &mut Vec<String>,
) {
    let mut seen: HashMap<String, (&str, bool)> = HashMap::new();
    for (i, field) in message.field.iter().enumerate() {
        let (name, custom) = json_name(field, with_custom);
        path.extend([MESSAGE_FIELD, i as i32, FIELD_NAME]);
        let message = if custom && name.starts_with('[') && name.ends_with(']') {
            Some(format!(
                "The custom JSON name of field \"{}\" (\"{name}\") is invalid: JSON names may not start with '[' and end with ']'.",
                field.name()
            ))
        } else if let Some((first, first_custom)) = seen.get(&name) {
            let involves_default = !custom || !first_custom;
            let reported = !(with_custom && !custom && !first_custom) && !(proto2 && involves_default);
            reported.then(|| {
                format!(
                    "The {} JSON name of field \"{}\" (\"{name}\") conflicts with the {} JSON name of field \"{first}\".",
                    if custom { "custom" } else { "default" },
                    field.name(),
                    if *first_custom { "custom" } else { "default" },
                )
            })
        } else {
            seen.insert(name, (field.name(), custom));
            None
        };
        if let Some(message) = message {
            errors.push(source.error(path, &message));
        }
        path.truncate(path.len() - 3);
    }
}

//! Enum value names must stay distinct once the enum's name is stripped from their front and
//! they are PascalCased (see the parent module for the rule as protoc applies it).

use super::*;
use crate::compile::qualify;

pub(super) fn enum_value_names(pool: &DescriptorPool, file: &FileDescriptorProto, source: &Source, errors: &mut Vec<String>) {
    let proto2 = matches!(file.syntax(), "" | "proto2");
    let package = file.package();
    // protoc builds a message's nested messages (and their enums) before its own enums, and
    // every message before the file's top-level enums.
    fn in_message(
        ctx: &(&DescriptorPool, bool, &Source),
        scope: &str,
        message: &DescriptorProto,
        path: &mut Vec<i32>,
        errors: &mut Vec<String>,
    ) {
        let full = qualify(scope, message.name());
        for (i, nested) in message.nested_type.iter().enumerate() {
            path.extend([MESSAGE_NESTED_TYPE, i as i32]);
            in_message(ctx, &full, nested, path, errors);
            path.truncate(path.len() - 2);
        }
        for (i, e) in message.enum_type.iter().enumerate() {
            path.extend([MESSAGE_ENUM_TYPE, i as i32]);
            one_enum(ctx, &full, e, path, errors);
            path.truncate(path.len() - 2);
        }
    }
    let ctx = (pool, proto2, source);
    let mut path = Vec::new();
    for (i, message) in file.message_type.iter().enumerate() {
        path.extend([FILE_MESSAGE_TYPE, i as i32]);
        in_message(&ctx, package, message, &mut path, errors);
        path.clear();
    }
    for (i, e) in file.enum_type.iter().enumerate() {
        path.extend([FILE_ENUM_TYPE, i as i32]);
        one_enum(&ctx, package, e, &mut path, errors);
        path.clear();
    }
}

pub(super) fn one_enum(
    (pool, proto2, source): &(&DescriptorPool, bool, &Source),
    scope: &str,
    e: &EnumDescriptorProto,
    path: &mut Vec<i32>,
    errors: &mut Vec<String>,
) {
    let mut seen: HashMap<String, (&str, i32)> = HashMap::new();
    for (i, value) in e.value.iter().enumerate() {
        let key = pascal_case(strip_enum_prefix(e.name(), value.name()));
        let &mut (first_name, first_number) = seen.entry(key).or_insert((value.name(), value.number()));
        if first_name == value.name() || first_number == value.number() {
            continue;
        }
        // protoc only warns for a proto2 enum that opts into the legacy JSON conflict rules.
        if *proto2 && legacy_json_conflicts(pool, &qualify(scope, e.name())) {
            continue;
        }
        path.extend([ENUM_VALUE, i as i32, ENUM_VALUE_NAME]);
        errors.push(source.error(
            path,
            &format!(
                "Enum name {} has the same name as {first_name} if you ignore case and strip out the enum name \
                 prefix (if any). (If you are using allow_alias, please assign the same number to each enum value name.)",
                value.name()
            ),
        ));
        path.truncate(path.len() - 3);
    }
}

/// `option deprecated_legacy_json_field_conflicts = true;` on the enum.
pub(super) fn legacy_json_conflicts(pool: &DescriptorPool, full_name: &str) -> bool {
    let Some(e) = pool.get_enum_by_name(full_name) else { return false };
    let options = e.options();
    let Some(field) = options.descriptor().get_field_by_name("deprecated_legacy_json_field_conflicts") else {
        return false;
    };
    options.get_field(&field).as_bool() == Some(true)
}

/// The value name with the enum name taken off its front, compared case-insensitively and
/// ignoring underscores in both, and with the underscores that follow it; the name unchanged if
/// it does not start with the enum name or nothing would be left.
pub(super) fn strip_enum_prefix<'a>(enum_name: &str, value: &'a str) -> &'a str {
    let mut prefix = enum_name.bytes().filter(|&b| b != b'_').map(|b| b.to_ascii_lowercase()).peekable();
    let bytes = value.as_bytes();
    let mut at = 0;
    while prefix.peek().is_some() {
        let Some(&b) = bytes.get(at) else { return value };
        at += 1;
        if b == b'_' {
            continue;
        }
        if prefix.next() != Some(b.to_ascii_lowercase()) {
            return value;
        }
    }
    while bytes.get(at) == Some(&b'_') {
        at += 1;
    }
    if at == bytes.len() {
        value
    } else {
        &value[at..]
    }
}

/// Underscores dropped; the character after each underscore and the first one upper case,
/// every other one lower case.
pub(super) fn pascal_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else {
            out.push(if upper { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
            upper = false;
        }
    }
    out
}

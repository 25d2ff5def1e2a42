//! Source-retention options: protoc removes every option whose field is declared
//! `retention = RETENTION_SOURCE` (custom options, and descriptor.proto's own, such as an
//! extension range's `declaration` and `verification`) from the descriptors it hands to code
//! generators, at any depth inside option values. Generators that embed descriptors
//! (`_pb2.py`) must do the same to write protoc's bytes.

use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, ReflectMessage, Value};

/// `FieldOptions.retention` and its `RETENTION_SOURCE` value (descriptor.proto).
const FIELD_OPTIONS_RETENTION: u32 = 17;
const RETENTION_SOURCE: i32 = 2;
const RANGE_OPTIONS: &str = "google.protobuf.ExtensionRangeOptions";
const RANGE_DECLARATION: u32 = 2;
const RANGE_VERIFICATION: u32 = 3;

/// An option the rules keep although the pool's descriptor.proto says source-retention.
fn kept_by(rules: Retention, msg: &DynamicMessage, number: u32) -> bool {
    rules == Retention::Protoc24 && number == RANGE_VERIFICATION && msg.descriptor().full_name() == RANGE_OPTIONS
}

/// Which descriptor.proto decides what is source-retention beyond what the pool declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    /// Current protoc: an extension range's `declaration` and `verification` are both
    /// source-retention.
    Current,
    /// protoc 24 (grpcio-tools 1.59, the legacy `_pb2.py` dialect): its descriptor.proto
    /// declares `declaration` source-retention but not `verification`, which it keeps.
    Protoc24,
}

/// The serialized `FileDescriptorProto` `file` without its source-retention options, or `None`
/// when it has none (the bytes are then used as they are).
pub fn strip_source_retention(pool: &DescriptorPool, file: &[u8], rules: Retention) -> Option<Vec<u8>> {
    // The file's own pool knows its custom options (as extensions) and the descriptor.proto it
    // was compiled against; without descriptor.proto in it there are no custom options, and
    // the built-in descriptor.proto describes the rest.
    let desc = pool
        .get_message_by_name("google.protobuf.FileDescriptorProto")
        .unwrap_or_else(|| prost_types::FileDescriptorProto::default().descriptor());
    let mut msg = DynamicMessage::decode(desc, file).ok()?;
    strip(&mut msg, rules).then(|| msg.encode_to_vec())
}

/// Clears source-retention fields and extensions of `msg` and everything below it; true when
/// anything was cleared. An element's options message left empty by this is removed, as protoc
/// leaves it out (`[(source_only) = 1]` gives a field without options).
fn strip(msg: &mut DynamicMessage, rules: Retention) -> bool {
    let mut changed = strip_built_in(msg, rules);
    let fields: Vec<_> = msg.fields().map(|(f, _)| f).collect();
    for field in fields {
        if is_source_retention(&field.options()) && !kept_by(rules, msg, field.number()) {
            msg.clear_field(&field);
            changed = true;
        } else if strip_value(msg.get_field_mut(&field), rules) {
            changed = true;
            let emptied = matches!(&*msg.get_field(&field), Value::Message(m) if m.encoded_len() == 0);
            if field.name() == "options" && emptied {
                msg.clear_field(&field);
            }
        }
    }
    let extensions: Vec<_> = msg.extensions().map(|(e, _)| e).collect();
    for ext in extensions {
        if is_source_retention(&ext.options()) {
            msg.clear_extension(&ext);
            changed = true;
        } else {
            changed |= strip_value(msg.get_extension_mut(&ext), rules);
        }
    }
    changed
}

/// descriptor.proto's own source-retention fields, for pools whose copy of descriptor.proto
/// predates `retention` (or has no such field, so they decode as unknown fields): an
/// extension range's `declaration` (2) and `verification` (3).
fn strip_built_in(msg: &mut DynamicMessage, rules: Retention) -> bool {
    if msg.descriptor().full_name() != RANGE_OPTIONS {
        return false;
    }
    let source_only: &[u32] = match rules {
        Retention::Current => &[RANGE_DECLARATION, RANGE_VERIFICATION],
        Retention::Protoc24 => &[RANGE_DECLARATION],
    };
    let mut changed = false;
    for &number in source_only {
        if msg.has_field_by_number(number) {
            msg.clear_field_by_number(number);
            changed = true;
        }
    }
    if msg.unknown_fields().any(|f| source_only.contains(&f.number())) {
        let mut kept = Vec::new();
        for field in msg.take_unknown_fields().collect::<Vec<_>>() {
            if !source_only.contains(&field.number()) {
                field.encode(&mut kept);
            }
        }
        let _ = msg.merge(kept.as_slice());
        changed = true;
    }
    changed
}

fn strip_value(value: &mut Value, rules: Retention) -> bool {
    match value {
        Value::Message(m) => strip(m, rules),
        Value::List(items) => items.iter_mut().fold(false, |acc, v| strip_value(v, rules) | acc),
        Value::Map(entries) => entries.values_mut().fold(false, |acc, v| strip_value(v, rules) | acc),
        _ => false,
    }
}

/// Whether a field's options say `retention = RETENTION_SOURCE`, whether the pool's
/// descriptor.proto knows `retention` (a field) or predates it (an unknown field).
fn is_source_retention(options: &DynamicMessage) -> bool {
    if let Some(value) = options.get_field_by_number(FIELD_OPTIONS_RETENTION) {
        return value.as_enum_number() == Some(RETENTION_SOURCE);
    }
    #[derive(Clone, PartialEq, prost::Message)]
    struct Retention {
        #[prost(int32, optional, tag = "17")]
        retention: Option<i32>,
    }
    Retention::decode(options.encode_to_vec().as_slice()).ok().and_then(|r| r.retention) == Some(RETENTION_SOURCE)
}

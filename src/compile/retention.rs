//! Source-retention options: protoc removes every option whose field is declared
//! `retention = RETENTION_SOURCE` (custom options, and descriptor.proto's own, such as an
//! extension range's `declaration` and `verification`) from the descriptors it hands to code
//! generators, at any depth inside option values. Generators that embed descriptors
//! (`_pb2.py`) must do the same to write protoc's bytes.

use prost::encoding::{encode_key, encode_varint, WireType};
use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, Kind, MessageDescriptor, ReflectMessage};

use super::packed_options::{records, Record};

/// `FieldOptions.retention` and its `RETENTION_SOURCE` value (descriptor.proto).
const FIELD_OPTIONS_RETENTION: u32 = 17;
const RETENTION_SOURCE: i32 = 2;
const RANGE_OPTIONS: &str = "google.protobuf.ExtensionRangeOptions";
const RANGE_DECLARATION: u32 = 2;
const RANGE_VERIFICATION: u32 = 3;

/// An option the rules keep although the pool's descriptor.proto says source-retention.
fn kept_by(rules: Retention, message: &MessageDescriptor, number: u32) -> bool {
    rules == Retention::Protoc24 && number == RANGE_VERIFICATION && message.full_name() == RANGE_OPTIONS
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
/// when it has none (the bytes are then used as they are). Only the records taken out (and the
/// lengths around them) change: the bytes are edited on the wire, not decoded and re-encoded.
pub fn strip_source_retention(pool: &DescriptorPool, file: &[u8], rules: Retention) -> Option<Vec<u8>> {
    // The file's own pool knows its custom options (as extensions) and the descriptor.proto it
    // was compiled against; without descriptor.proto in it there are no custom options, and
    // the built-in descriptor.proto describes the rest.
    let desc = pool
        .get_message_by_name("google.protobuf.FileDescriptorProto")
        .unwrap_or_else(|| prost_types::FileDescriptorProto::default().descriptor());
    strip(&desc, file, rules)
}

/// What becomes of one record of a message.
enum Edit {
    Keep,
    Drop,
    /// The record's value stripped; written back with the record's wire type.
    Replace(Vec<u8>),
}

/// `bytes`, a message of type `message`, without its source-retention fields and extensions
/// at any depth; `None` when it has none (or does not parse: the decoders downstream report
/// that). An element's options message left empty by this is removed, as protoc leaves it out
/// (`[(source_only) = 1]` gives a field without options).
fn strip(message: &MessageDescriptor, bytes: &[u8], rules: Retention) -> Option<Vec<u8>> {
    let records = records(bytes)?;
    let mut out: Option<Vec<u8>> = None;
    for (i, r) in records.iter().enumerate() {
        let edit = edit(message, r, rules);
        if matches!(edit, Edit::Keep) {
            if let Some(out) = &mut out {
                out.extend_from_slice(r.record);
            }
            continue;
        }
        let out = out.get_or_insert_with(|| records[..i].iter().flat_map(|r| r.record).copied().collect());
        if let Edit::Replace(value) = edit {
            if r.wire_type == WireType::StartGroup {
                encode_key(r.number, WireType::StartGroup, out);
                out.extend_from_slice(&value);
                encode_key(r.number, WireType::EndGroup, out);
            } else {
                encode_key(r.number, WireType::LengthDelimited, out);
                encode_varint(value.len() as u64, out);
                out.extend_from_slice(&value);
            }
        }
    }
    out
}

fn edit(message: &MessageDescriptor, r: &Record, rules: Retention) -> Edit {
    if is_built_in_source_only(message, r.number, rules) {
        return Edit::Drop;
    }
    let (kind, options_field) = if let Some(field) = message.get_field(r.number) {
        if is_source_retention(field.field_descriptor_proto(), || field.options()) && !kept_by(rules, message, r.number) {
            return Edit::Drop;
        }
        (field.kind(), field.name() == "options")
    } else if let Some(ext) = message.get_extension(r.number) {
        if is_source_retention(ext.field_descriptor_proto(), || ext.options()) {
            return Edit::Drop;
        }
        (ext.kind(), false)
    } else {
        return Edit::Keep;
    };
    let Kind::Message(inner) = kind else { return Edit::Keep };
    if !matches!(r.wire_type, WireType::LengthDelimited | WireType::StartGroup) {
        return Edit::Keep;
    }
    match strip(&inner, r.value, rules) {
        Some(value) if value.is_empty() && options_field => Edit::Drop,
        Some(value) => Edit::Replace(value),
        None => Edit::Keep,
    }
}

/// descriptor.proto's own source-retention fields, also for pools whose copy of
/// descriptor.proto predates `retention` (or has no such field, so they come as unknown
/// fields): an extension range's `declaration` (2) and `verification` (3).
fn is_built_in_source_only(message: &MessageDescriptor, number: u32, rules: Retention) -> bool {
    let source_only: &[u32] = match rules {
        Retention::Current => &[RANGE_DECLARATION, RANGE_VERIFICATION],
        Retention::Protoc24 => &[RANGE_DECLARATION],
    };
    source_only.contains(&number) && message.full_name() == RANGE_OPTIONS
}

/// Whether a field's options say `retention = RETENTION_SOURCE`, whether the pool's
/// descriptor.proto knows `retention` (a field) or predates it (an unknown field). A field
/// without options (most) is answered without decoding any.
fn is_source_retention(field: &prost_types::FieldDescriptorProto, options: impl FnOnce() -> DynamicMessage) -> bool {
    if field.options.is_none() {
        return false;
    }
    let options = options();
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

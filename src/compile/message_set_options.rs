//! Option values holding a message set, on the wire as protoc writes them. A message declared
//! `option message_set_wire_format = true;` keeps each extension in an item group (`1 {
//! type_id = 2: number, message = 3: bytes }`); protoc serializes such a value inside an option
//! that way, while the pool writes the extension as a plain field. Called on each options
//! message by `packed_options`, which walks a file's descriptor to them.

use prost::encoding::{encode_key, encode_varint, WireType};
use prost_reflect::{Kind, MessageDescriptor};

use super::packed_options::{records, Record};

/// `MessageSet` items: the group's field number and its two members.
const ITEM: u32 = 1;
const TYPE_ID: u32 = 2;
const MESSAGE: u32 = 3;

/// The message `bytes` of type `desc` with every message set inside it (at any depth) in item
/// form, or `None` when nothing needed it.
pub(super) fn encode_message_sets(desc: &MessageDescriptor, bytes: &[u8]) -> Option<Vec<u8>> {
    let records = records(bytes)?;
    let set = is_message_set(desc);
    let mut out: Option<Vec<u8>> = None;
    for (i, r) in records.iter().enumerate() {
        let kind = if r.wire_type != WireType::LengthDelimited {
            None
        } else if let Some(field) = desc.get_field(r.number) {
            Some(field.kind())
        } else {
            desc.get_extension(r.number).map(|e| e.kind())
        };
        let inner = match &kind {
            Some(Kind::Message(m)) => encode_message_sets(m, r.value),
            _ => None,
        };
        let as_item = set && kind.is_some() && desc.get_extension(r.number).is_some();
        if !as_item && inner.is_none() {
            if let Some(buf) = &mut out {
                buf.extend_from_slice(r.record);
            }
            continue;
        }
        let buf = out.get_or_insert_with(|| records[..i].iter().flat_map(|r: &Record| r.record).copied().collect());
        let value = inner.as_deref().unwrap_or(r.value);
        if as_item {
            encode_key(ITEM, WireType::StartGroup, buf);
            encode_key(TYPE_ID, WireType::Varint, buf);
            encode_varint(u64::from(r.number), buf);
            encode_key(MESSAGE, WireType::LengthDelimited, buf);
            encode_varint(value.len() as u64, buf);
            buf.extend_from_slice(value);
            encode_key(ITEM, WireType::EndGroup, buf);
        } else {
            encode_key(r.number, WireType::LengthDelimited, buf);
            encode_varint(value.len() as u64, buf);
            buf.extend_from_slice(value);
        }
    }
    out
}

fn is_message_set(desc: &MessageDescriptor) -> bool {
    desc.descriptor_proto().options.as_ref().and_then(|o| o.message_set_wire_format) == Some(true)
}

//! Custom options on the wire as protoc writes them. Repeated ones are packed exactly when the
//! extension is (its own `[packed = ...]`, else packed in a proto3 file and not in a proto2
//! one); protox writes some of them the other way (a proto3 extension declared
//! `[packed = false]`, such as `google.api.field_behavior`, comes out packed). Message sets
//! inside option values are written as items (`message_set_options`). The descriptor bytes
//! generators embed are rewritten here, touching nothing else.

use prost::bytes::Buf;
use prost::encoding::{decode_key, decode_varint, encode_key, encode_varint, WireType};
use prost_reflect::{DescriptorPool, ExtensionDescriptor, Kind, Syntax};

/// Where an options message sits in a `FileDescriptorProto`: each node lists the fields that
/// lead to further nodes.
#[derive(Clone, Copy)]
enum Node {
    File,
    Message,
    Field,
    Enum,
    EnumValue,
    ExtensionRange,
    Oneof,
    Service,
    Method,
    Options(&'static str),
}

impl Node {
    fn child(self, number: u32) -> Option<Node> {
        use Node::*;
        Some(match (self, number) {
            (File, 4) | (Message, 3) => Message,
            (File, 5) | (Message, 4) => Enum,
            (File, 6) => Service,
            (File, 7) | (Message, 2) | (Message, 6) => Field,
            (File, 8) => Options("google.protobuf.FileOptions"),
            (Message, 5) => ExtensionRange,
            (Message, 7) => Options("google.protobuf.MessageOptions"),
            (Message, 8) => Oneof,
            (Field, 8) => Options("google.protobuf.FieldOptions"),
            (Enum, 2) => EnumValue,
            (Enum, 3) => Options("google.protobuf.EnumOptions"),
            (EnumValue, 3) => Options("google.protobuf.EnumValueOptions"),
            (ExtensionRange, 3) => Options("google.protobuf.ExtensionRangeOptions"),
            (Oneof, 2) => Options("google.protobuf.OneofOptions"),
            (Service, 2) => Method,
            (Service, 3) => Options("google.protobuf.ServiceOptions"),
            (Method, 4) => Options("google.protobuf.MethodOptions"),
            _ => return None,
        })
    }
}

/// One field of a message on the wire: its number, wire type, the whole record and the value
/// (for length-delimited records, the payload without its length; for a group, its content
/// between the start and end tags).
pub(super) struct Record<'a> {
    pub number: u32,
    pub wire_type: WireType,
    pub record: &'a [u8],
    pub value: &'a [u8],
}

pub(super) fn records(mut bytes: &[u8]) -> Option<Vec<Record<'_>>> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let start = bytes;
        let (number, wire_type) = decode_key(&mut bytes).ok()?;
        let value_start = bytes;
        let value = match wire_type {
            WireType::Varint => {
                decode_varint(&mut bytes).ok()?;
                &value_start[..value_start.len() - bytes.len()]
            }
            WireType::SixtyFourBit | WireType::ThirtyTwoBit => {
                let n = if wire_type == WireType::SixtyFourBit { 8 } else { 4 };
                if bytes.len() < n {
                    return None;
                }
                bytes.advance(n);
                &value_start[..n]
            }
            WireType::LengthDelimited => {
                let len = usize::try_from(decode_varint(&mut bytes).ok()?).ok()?;
                if bytes.len() < len {
                    return None;
                }
                let payload = &bytes[..len];
                bytes.advance(len);
                payload
            }
            // A group-typed custom option (proto2 `group` in an option value): its records up
            // to the matching end tag; `value` is what lies between the two tags.
            WireType::StartGroup => {
                let content = skip_group(&mut bytes, number)?;
                &value_start[..content]
            }
            WireType::EndGroup => return None,
        };
        out.push(Record { number, wire_type, record: &start[..start.len() - bytes.len()], value });
    }
    Some(out)
}

/// Moves `bytes` past the records of a group `number` and its end tag; the length of the
/// group's content (before the end tag). `None` when the group is not closed.
fn skip_group(bytes: &mut &[u8], number: u32) -> Option<usize> {
    let start = bytes.len();
    loop {
        let before = bytes.len();
        let (n, wire_type) = decode_key(bytes).ok()?;
        match wire_type {
            WireType::EndGroup if n == number => return Some(start - before),
            WireType::EndGroup => return None,
            WireType::StartGroup => {
                skip_group(bytes, n)?;
            }
            WireType::Varint => {
                decode_varint(bytes).ok()?;
            }
            WireType::SixtyFourBit | WireType::ThirtyTwoBit => {
                let n = if wire_type == WireType::SixtyFourBit { 8 } else { 4 };
                if bytes.len() < n {
                    return None;
                }
                bytes.advance(n);
            }
            WireType::LengthDelimited => {
                let len = usize::try_from(decode_varint(bytes).ok()?).ok()?;
                if bytes.len() < len {
                    return None;
                }
                bytes.advance(len);
            }
        }
    }
}

/// The serialized `FileDescriptorProto` with every repeated custom option encoded per its
/// extension's `packed` and message sets in item form, or `None` when nothing needed it.
pub fn repack_options(pool: &DescriptorPool, file: &[u8]) -> Option<Vec<u8>> {
    rewrite(pool, Node::File, file)
}

fn rewrite(pool: &DescriptorPool, node: Node, bytes: &[u8]) -> Option<Vec<u8>> {
    let records = records(bytes)?;
    if let Node::Options(name) = node {
        let repacked = repack(pool, name, &records);
        let message = pool.get_message_by_name(name)?;
        let sets = super::message_set_options::encode_message_sets(&message, repacked.as_deref().unwrap_or(bytes));
        return sets.or(repacked);
    }
    let mut out: Option<Vec<u8>> = None;
    for (i, r) in records.iter().enumerate() {
        let changed = match (r.wire_type, node.child(r.number)) {
            (WireType::LengthDelimited, Some(child)) => rewrite(pool, child, r.value),
            _ => None,
        };
        match (changed, &mut out) {
            (Some(new), out) => {
                let buf = out.get_or_insert_with(|| records[..i].iter().flat_map(|r| r.record).copied().collect());
                encode_key(r.number, WireType::LengthDelimited, buf);
                encode_varint(new.len() as u64, buf);
                buf.extend_from_slice(&new);
            }
            (None, Some(buf)) => buf.extend_from_slice(r.record),
            (None, None) => {}
        }
    }
    out
}

/// protoc's choice for an extension: its own `packed` if written, else its file's default.
fn packed_by_protoc(ext: &ExtensionDescriptor) -> bool {
    let written = ext.field_descriptor_proto().options.as_ref().and_then(|o| o.packed);
    written.unwrap_or(ext.parent_file().syntax() == Syntax::Proto3)
}

/// The wire type of one element of a packable kind.
fn element_wire_type(kind: &Kind) -> Option<WireType> {
    Some(match kind {
        Kind::Double | Kind::Fixed64 | Kind::Sfixed64 => WireType::SixtyFourBit,
        Kind::Float | Kind::Fixed32 | Kind::Sfixed32 => WireType::ThirtyTwoBit,
        Kind::Int32 | Kind::Int64 | Kind::Uint32 | Kind::Uint64 | Kind::Sint32 | Kind::Sint64 | Kind::Bool | Kind::Enum(_) => {
            WireType::Varint
        }
        Kind::String | Kind::Bytes | Kind::Message(_) => return None,
    })
}

fn repack(pool: &DescriptorPool, options: &str, records: &[Record]) -> Option<Vec<u8>> {
    let message = pool.get_message_by_name(options)?;
    // Per repeated packable extension present: (number, packed as protoc writes it, element wire type).
    let mut wrong = Vec::new();
    for r in records {
        let Some(ext) = message.get_extension(r.number) else { continue };
        let Some(element) = ext.is_list().then(|| element_wire_type(&ext.kind())).flatten() else { continue };
        let want_packed = packed_by_protoc(&ext);
        let is_packed = r.wire_type == WireType::LengthDelimited;
        if want_packed != is_packed && !wrong.iter().any(|&(n, _, _)| n == r.number) {
            wrong.push((r.number, want_packed, element));
        }
    }
    if wrong.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut merged = Vec::new();
    for r in records {
        let Some(&(number, want_packed, element)) = wrong.iter().find(|&&(n, _, _)| n == r.number) else {
            out.extend_from_slice(r.record);
            continue;
        };
        if want_packed {
            // All values of the extension in one packed record, where its first value was.
            if merged.contains(&number) {
                continue;
            }
            merged.push(number);
            let mut payload = Vec::new();
            for v in records.iter().filter(|v| v.number == number) {
                payload.extend_from_slice(v.value);
            }
            encode_key(number, WireType::LengthDelimited, &mut out);
            encode_varint(payload.len() as u64, &mut out);
            out.extend_from_slice(&payload);
        } else if r.wire_type == WireType::LengthDelimited {
            // One record per value.
            let mut values = r.value;
            while !values.is_empty() {
                let before = values;
                match element {
                    WireType::Varint => {
                        decode_varint(&mut values).ok()?;
                    }
                    WireType::SixtyFourBit => values.get(8..).map(|rest| values = rest)?,
                    _ => values.get(4..).map(|rest| values = rest)?,
                }
                encode_key(number, element, &mut out);
                out.extend_from_slice(&before[..before.len() - values.len()]);
            }
        } else {
            out.extend_from_slice(r.record);
        }
    }
    Some(out)
}

//! A `FileDescriptorProto`'s bytes as protoc serializes them, made on the wire: every message
//! of descriptor.proto with its fields in number order (the pool writes some out of order,
//! e.g. `public_dependency` before `message_type`), unknown fields (custom options) kept as
//! they are, in place among the others by number. This is what decoding the bytes into a
//! dynamic message of the built-in descriptor.proto and encoding it again gives, without
//! building one (`_pb2.py` embeds every file's descriptor: that round trip was a tenth of a
//! Python run). The byte door's own edits (`Edits`) are made on the way.
//!
//! Anything the round trip would change other than by order (a non-repeated field written
//! twice, a repeated scalar written packed, a group, bytes that do not parse) gives `None`:
//! the caller then takes the dynamic-message path.

use std::collections::HashSet;

use prost::encoding::{encode_key, encode_varint, WireType};
use prost_reflect::{Cardinality, Kind, MessageDescriptor, ReflectMessage};

use super::packed_options::records;
use crate::model::source_path::{
    FILE_EXTENSION, FILE_MESSAGE_TYPE, FILE_SERVICE, MESSAGE_EXTENSION, MESSAGE_FIELD, MESSAGE_NESTED_TYPE,
    SERVICE_METHOD,
};

/// `FileDescriptorProto.source_code_info`, `FieldDescriptorProto.json_name`,
/// `MethodDescriptorProto.options`.
const FILE_SOURCE_CODE_INFO: u32 = 9;
const FIELD_JSON_NAME: u32 = 10;
const METHOD_OPTIONS: u32 = 4;

/// What the byte door changes besides the order.
pub(super) struct Edits<'a> {
    /// Source paths of the fields whose `json_name` stays (the others' are dropped).
    pub json_names: &'a HashSet<Vec<i32>>,
    /// `(service, method)` indexes of the methods written with a body: they get an empty
    /// options message when they have none.
    pub method_bodies: &'a HashSet<(usize, usize)>,
}

/// Where a message sits in the file, as far as the edits care.
#[derive(Clone, Copy, PartialEq)]
enum At {
    File,
    /// A message, or a field's list (`json_name`s are looked up by path).
    Message,
    Field,
    /// The service and method indexes.
    Service(usize),
    Method(usize, usize),
    Other,
}

/// The file's bytes in protoc's form without source info, or `None` (see the module comment).
pub(super) fn canonical_file(file: &[u8], edits: &Edits) -> Option<Vec<u8>> {
    let desc = prost_types::FileDescriptorProto::default().descriptor();
    let mut out = Vec::with_capacity(file.len());
    let mut walk = Walk { edits, path: Vec::new(), scratch: Vec::new() };
    walk.message(&desc, file, At::File, &mut out)?;
    Some(out)
}

struct Walk<'a> {
    edits: &'a Edits<'a>,
    path: Vec<i32>,
    /// One buffer per depth for the nested messages being written (reused across siblings).
    scratch: Vec<Vec<u8>>,
}

impl Walk<'_> {
    fn message(&mut self, desc: &MessageDescriptor, bytes: &[u8], at: At, out: &mut Vec<u8>) -> Option<()> {
        let mut records = records(bytes)?;
        // Group-typed option values go the dynamic-message way, which this form was checked against.
        if records.iter().any(|r| r.wire_type == WireType::StartGroup) {
            return None;
        }
        // A stable sort: values of one field (and unknown fields of one number) keep their order.
        if !records.is_sorted_by_key(|r| r.number) {
            records.sort_by_key(|r| r.number);
        }
        let mut method_options = matches!(at, At::Method(s, m) if self.edits.method_bodies.contains(&(s, m)));
        let mut index = 0;
        for (i, r) in records.iter().enumerate() {
            index = if i > 0 && records[i - 1].number == r.number { index + 1 } else { 0 };
            if method_options && r.number >= METHOD_OPTIONS {
                if r.number > METHOD_OPTIONS {
                    out.extend_from_slice(&[(METHOD_OPTIONS << 3 | 2) as u8, 0]);
                }
                method_options = false;
            }
            match (at, r.number) {
                (At::File, FILE_SOURCE_CODE_INFO) => continue,
                (At::Field, FIELD_JSON_NAME) if !self.edits.json_names.contains(&self.path) => continue,
                _ => {}
            }
            let Some(field) = desc.get_field(r.number) else {
                out.extend_from_slice(r.record);
                continue;
            };
            let repeated = field.cardinality() == Cardinality::Repeated;
            if !repeated && index > 0 {
                return None;
            }
            let Kind::Message(inner) = field.kind() else {
                // A scalar as the built-in descriptor.proto types it; packed, it would be
                // written out again unpacked.
                if r.wire_type == WireType::LengthDelimited && !matches!(field.kind(), Kind::String | Kind::Bytes) {
                    return None;
                }
                out.extend_from_slice(r.record);
                continue;
            };
            if r.wire_type != WireType::LengthDelimited {
                return None;
            }
            let child = child_at(at, r.number, index);
            let depth = self.path.len();
            match repeated {
                true => self.path.extend([r.number as i32, index as i32]),
                false => self.path.push(r.number as i32),
            }
            let mut buf = self.take_scratch();
            let written = self.message(&inner, r.value, child, &mut buf);
            self.path.truncate(depth);
            written?;
            encode_key(r.number, WireType::LengthDelimited, out);
            encode_varint(buf.len() as u64, out);
            out.extend_from_slice(&buf);
            self.scratch.push(buf);
        }
        if method_options {
            out.extend_from_slice(&[(METHOD_OPTIONS << 3 | 2) as u8, 0]);
        }
        Some(())
    }

    fn take_scratch(&mut self) -> Vec<u8> {
        let mut buf = self.scratch.pop().unwrap_or_default();
        buf.clear();
        buf
    }
}

/// What the field `number` (its `index`th value) of a message at `at` holds.
fn child_at(at: At, number: u32, index: usize) -> At {
    let number = number as i32;
    match (at, number) {
        (At::File, FILE_MESSAGE_TYPE) | (At::Message, MESSAGE_NESTED_TYPE) => At::Message,
        (At::File, FILE_EXTENSION) | (At::Message, MESSAGE_FIELD) | (At::Message, MESSAGE_EXTENSION) => At::Field,
        (At::File, FILE_SERVICE) => At::Service(index),
        (At::Service(service), SERVICE_METHOD) => At::Method(service, index),
        _ => At::Other,
    }
}

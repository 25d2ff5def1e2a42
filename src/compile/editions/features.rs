//! Features as protoc resolves them: descriptor.proto's `FeatureSet` (what an element writes),
//! the edition defaults protoc compiles from `FeatureSet`'s `edition_defaults`, and the merge
//! down the tree (file → message → field / oneof / enum / extension range; enum → value;
//! service → method). Language features (`pb.cpp`, `pb.java`, ...) are extensions of
//! `FeatureSet`: they are kept as their encoded messages, merged as protobuf merges messages.

use std::collections::BTreeMap;

use prost::encoding::{decode_key, decode_varint, encode_key, encode_varint, WireType};
use serde::Serialize;

/// The editions protosmith compiles, with descriptor.proto's `Edition` numbers. Proto2 and
/// proto3 files resolve as protoc resolves them, as the editions `PROTO2` and `PROTO3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Edition {
    #[serde(rename = "proto2")]
    Proto2 = 998,
    #[serde(rename = "proto3")]
    Proto3 = 999,
    #[serde(rename = "2023")]
    E2023 = 1000,
    #[serde(rename = "2024")]
    E2024 = 1001,
}

impl Edition {
    pub fn number(self) -> i32 {
        self as i32
    }

    pub fn from_number(n: i32) -> Option<Edition> {
        Some(match n {
            998 => Edition::Proto2,
            999 => Edition::Proto3,
            1000 => Edition::E2023,
            1001 => Edition::E2024,
            _ => return None,
        })
    }

    /// The name protoc prints (`2023`, `PROTO2`).
    pub fn name(self) -> &'static str {
        match self {
            Edition::Proto2 => "PROTO2",
            Edition::Proto3 => "PROTO3",
            Edition::E2023 => "2023",
            Edition::E2024 => "2024",
        }
    }
}

/// Where a feature may be written (`FieldOptions.OptionTargetType`), named as protoc names
/// it in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    File = 1,
    ExtensionRange = 2,
    Message = 3,
    Field = 4,
    Oneof = 5,
    Enum = 6,
    EnumEntry = 7,
    Service = 8,
    Method = 9,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::File => "file",
            Target::ExtensionRange => "extension range",
            Target::Message => "message",
            Target::Field => "field",
            Target::Oneof => "oneof",
            Target::Enum => "enum",
            Target::EnumEntry => "enum entry",
            Target::Service => "service",
            Target::Method => "method",
        }
    }
}

/// One of `FeatureSet`'s own fields: its number, name, enum type and values, targets, the
/// edition it came in, and its defaults (`edition_defaults`, oldest first; `LEGACY` counts as
/// proto2).
pub struct FeatureField {
    pub number: u32,
    pub name: &'static str,
    pub enum_name: &'static str,
    pub values: &'static [(&'static str, i32)],
    pub targets: &'static [Target],
    pub introduced: Edition,
    pub source_retention: bool,
    defaults: &'static [(Edition, i32)],
}

use Target as T;

/// descriptor.proto's `FeatureSet` fields protoc 35 knows for editions up to 2024.
pub const FEATURE_FIELDS: [FeatureField; 8] = [
    FeatureField {
        number: 1,
        name: "field_presence",
        enum_name: "google.protobuf.FeatureSet.FieldPresence",
        values: &[("FIELD_PRESENCE_UNKNOWN", 0), ("EXPLICIT", 1), ("IMPLICIT", 2), ("LEGACY_REQUIRED", 3)],
        targets: &[T::Field, T::File],
        introduced: Edition::E2023,
        source_retention: false,
        defaults: &[(Edition::Proto2, 1), (Edition::Proto3, 2), (Edition::E2023, 1)],
    },
    FeatureField {
        number: 2,
        name: "enum_type",
        enum_name: "google.protobuf.FeatureSet.EnumType",
        values: &[("ENUM_TYPE_UNKNOWN", 0), ("OPEN", 1), ("CLOSED", 2)],
        targets: &[T::Enum, T::File],
        introduced: Edition::E2023,
        source_retention: false,
        defaults: &[(Edition::Proto2, 2), (Edition::Proto3, 1)],
    },
    FeatureField {
        number: 3,
        name: "repeated_field_encoding",
        enum_name: "google.protobuf.FeatureSet.RepeatedFieldEncoding",
        values: &[("REPEATED_FIELD_ENCODING_UNKNOWN", 0), ("PACKED", 1), ("EXPANDED", 2)],
        targets: &[T::Field, T::File],
        introduced: Edition::E2023,
        source_retention: false,
        defaults: &[(Edition::Proto2, 2), (Edition::Proto3, 1)],
    },
    FeatureField {
        number: 4,
        name: "utf8_validation",
        enum_name: "google.protobuf.FeatureSet.Utf8Validation",
        values: &[("UTF8_VALIDATION_UNKNOWN", 0), ("VERIFY", 2), ("NONE", 3)],
        targets: &[T::Field, T::File],
        introduced: Edition::E2023,
        source_retention: false,
        defaults: &[(Edition::Proto2, 3), (Edition::Proto3, 2)],
    },
    FeatureField {
        number: 5,
        name: "message_encoding",
        enum_name: "google.protobuf.FeatureSet.MessageEncoding",
        values: &[("MESSAGE_ENCODING_UNKNOWN", 0), ("LENGTH_PREFIXED", 1), ("DELIMITED", 2)],
        targets: &[T::Field, T::File],
        introduced: Edition::E2023,
        source_retention: false,
        defaults: &[(Edition::Proto2, 1)],
    },
    FeatureField {
        number: 6,
        name: "json_format",
        enum_name: "google.protobuf.FeatureSet.JsonFormat",
        values: &[("JSON_FORMAT_UNKNOWN", 0), ("ALLOW", 1), ("LEGACY_BEST_EFFORT", 2)],
        targets: &[T::Message, T::Enum, T::File],
        introduced: Edition::E2023,
        source_retention: false,
        defaults: &[(Edition::Proto2, 2), (Edition::Proto3, 1)],
    },
    FeatureField {
        number: 7,
        name: "enforce_naming_style",
        enum_name: "google.protobuf.FeatureSet.EnforceNamingStyle",
        values: &[("ENFORCE_NAMING_STYLE_UNKNOWN", 0), ("STYLE2024", 1), ("STYLE_LEGACY", 2)],
        targets: &[
            T::File,
            T::ExtensionRange,
            T::Message,
            T::Field,
            T::Oneof,
            T::Enum,
            T::EnumEntry,
            T::Service,
            T::Method,
        ],
        introduced: Edition::E2024,
        source_retention: true,
        defaults: &[(Edition::Proto2, 2), (Edition::E2024, 1)],
    },
    FeatureField {
        number: 8,
        name: "default_symbol_visibility",
        enum_name: "google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility",
        values: &[
            ("DEFAULT_SYMBOL_VISIBILITY_UNKNOWN", 0),
            ("EXPORT_ALL", 1),
            ("EXPORT_TOP_LEVEL", 2),
            ("LOCAL_ALL", 3),
            ("STRICT", 4),
        ],
        targets: &[T::File],
        introduced: Edition::E2024,
        source_retention: true,
        defaults: &[(Edition::Proto2, 1), (Edition::E2024, 2)],
    },
];

pub fn feature_field(name: &str) -> Option<&'static FeatureField> {
    FEATURE_FIELDS.iter().find(|f| f.name == name)
}

/// A `FeatureSet` as written on one element: unset fields are `None`; language features by
/// extension number, each the encoded extension message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeatureSet {
    pub values: [Option<i32>; 8],
    pub extensions: BTreeMap<u32, Vec<u8>>,
}

impl FeatureSet {
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none) && self.extensions.is_empty()
    }

    pub fn get(&self, number: u32) -> Option<i32> {
        self.values.get(number as usize - 1).copied().flatten()
    }

    pub fn set(&mut self, number: u32, value: i32) {
        self.values[number as usize - 1] = Some(value);
    }

    pub fn field_presence(&self) -> Option<FieldPresence> {
        self.get(1).and_then(FieldPresence::from_number)
    }

    /// protoc's serialization: fields in number order, then extensions in number order;
    /// `strip_source` leaves out the source-retention fields (what generators are handed).
    pub fn encode(&self, strip_source: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for field in &FEATURE_FIELDS {
            if strip_source && field.source_retention {
                continue;
            }
            if let Some(v) = self.get(field.number) {
                encode_key(field.number, WireType::Varint, &mut out);
                encode_varint(v as i64 as u64, &mut out);
            }
        }
        for (number, bytes) in &self.extensions {
            encode_key(*number, WireType::LengthDelimited, &mut out);
            encode_varint(bytes.len() as u64, &mut out);
            out.extend_from_slice(bytes);
        }
        out
    }

    /// Reads an encoded `FeatureSet` (from a descriptor set); fields it does not know are
    /// refused by the caller's message.
    pub fn decode(mut bytes: &[u8]) -> Result<FeatureSet, String> {
        let mut set = FeatureSet::default();
        while !bytes.is_empty() {
            let (number, wire) = decode_key(&mut bytes).map_err(|e| e.to_string())?;
            match wire {
                WireType::Varint if (1..=8).contains(&number) => {
                    let v = decode_varint(&mut bytes).map_err(|e| e.to_string())?;
                    set.set(number, v as i32);
                }
                WireType::LengthDelimited if number >= 1000 => {
                    let len = decode_varint(&mut bytes).map_err(|e| e.to_string())? as usize;
                    if len > bytes.len() {
                        return Err("truncated FeatureSet".into());
                    }
                    let entry = set.extensions.entry(number).or_default();
                    entry.extend_from_slice(&bytes[..len]);
                    bytes = &bytes[len..];
                }
                _ => return Err(format!("FeatureSet field {number} is not one protosmith knows")),
            }
        }
        Ok(set)
    }
}

/// Resolved features: every one of `FeatureSet`'s own features has a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Features {
    pub field_presence: FieldPresence,
    pub enum_type: EnumType,
    pub repeated_field_encoding: RepeatedFieldEncoding,
    pub utf8_validation: Utf8Validation,
    pub message_encoding: MessageEncoding,
    pub json_format: JsonFormat,
    pub enforce_naming_style: EnforceNamingStyle,
    pub default_symbol_visibility: DefaultSymbolVisibility,
}

macro_rules! feature_enum {
    ($name:ident { $($variant:ident = $n:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        pub enum $name { $($variant = $n),* }
        impl $name {
            pub fn from_number(n: i32) -> Option<Self> {
                match n { $($n => Some($name::$variant),)* _ => None }
            }
        }
    };
}

feature_enum!(FieldPresence { Explicit = 1, Implicit = 2, LegacyRequired = 3 });
feature_enum!(EnumType { Open = 1, Closed = 2 });
feature_enum!(RepeatedFieldEncoding { Packed = 1, Expanded = 2 });
feature_enum!(Utf8Validation { Verify = 2, None = 3 });
feature_enum!(MessageEncoding { LengthPrefixed = 1, Delimited = 2 });
feature_enum!(JsonFormat { Allow = 1, LegacyBestEffort = 2 });
feature_enum!(EnforceNamingStyle { Style2024 = 1, StyleLegacy = 2 });
feature_enum!(DefaultSymbolVisibility { ExportAll = 1, ExportTopLevel = 2, LocalAll = 3, Strict = 4 });

impl Features {
    /// The edition's defaults, as protoc compiles them from `edition_defaults`: per feature the
    /// value of the latest default at or before the edition.
    pub fn defaults(edition: Edition) -> Features {
        let mut values = [0i32; 8];
        for (i, field) in FEATURE_FIELDS.iter().enumerate() {
            values[i] = field.defaults.iter().filter(|(e, _)| *e <= edition).map(|(_, v)| *v).last().unwrap_or(0);
        }
        Features::from_values(values).expect("descriptor.proto's defaults are known values")
    }

    fn values(&self) -> [i32; 8] {
        [
            self.field_presence as i32,
            self.enum_type as i32,
            self.repeated_field_encoding as i32,
            self.utf8_validation as i32,
            self.message_encoding as i32,
            self.json_format as i32,
            self.enforce_naming_style as i32,
            self.default_symbol_visibility as i32,
        ]
    }

    fn from_values(v: [i32; 8]) -> Option<Features> {
        Some(Features {
            field_presence: FieldPresence::from_number(v[0])?,
            enum_type: EnumType::from_number(v[1])?,
            repeated_field_encoding: RepeatedFieldEncoding::from_number(v[2])?,
            utf8_validation: Utf8Validation::from_number(v[3])?,
            message_encoding: MessageEncoding::from_number(v[4])?,
            json_format: JsonFormat::from_number(v[5])?,
            enforce_naming_style: EnforceNamingStyle::from_number(v[6])?,
            default_symbol_visibility: DefaultSymbolVisibility::from_number(v[7])?,
        })
    }

    /// These features with what an element writes laid over them. `Err` names the first
    /// feature that resolves to a value protoc does not accept (its `_UNKNOWN` or a number
    /// the enum does not have), as protoc's `ValidateMergedFeatures` does.
    pub fn merge(&self, written: &FeatureSet) -> Result<Features, String> {
        let mut values = self.values();
        for (i, field) in FEATURE_FIELDS.iter().enumerate() {
            if let Some(v) = written.get(field.number) {
                values[i] = v;
            }
        }
        Features::from_values(values).ok_or_else(|| {
            let unknown = FEATURE_FIELDS.iter().enumerate().find(|(i, f)| !f.values.iter().any(|(_, n)| *n == values[*i] && *n != 0));
            match unknown {
                Some((_, field)) => {
                    format!("Feature field `{}` must resolve to a known value, found {}", field.name, field.values[0].0)
                }
                None => "features do not resolve".to_string(),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_per_edition() {
        let d2023 = Features::defaults(Edition::E2023);
        assert_eq!(d2023.field_presence, FieldPresence::Explicit);
        assert_eq!(d2023.enum_type, EnumType::Open);
        assert_eq!(d2023.repeated_field_encoding, RepeatedFieldEncoding::Packed);
        assert_eq!(d2023.utf8_validation, Utf8Validation::Verify);
        assert_eq!(d2023.message_encoding, MessageEncoding::LengthPrefixed);
        assert_eq!(d2023.json_format, JsonFormat::Allow);
        assert_eq!(d2023.enforce_naming_style, EnforceNamingStyle::StyleLegacy);
        assert_eq!(d2023.default_symbol_visibility, DefaultSymbolVisibility::ExportAll);
        let d2024 = Features::defaults(Edition::E2024);
        assert_eq!(d2024.enforce_naming_style, EnforceNamingStyle::Style2024);
        assert_eq!(d2024.default_symbol_visibility, DefaultSymbolVisibility::ExportTopLevel);
        let p2 = Features::defaults(Edition::Proto2);
        assert_eq!((p2.field_presence, p2.enum_type, p2.repeated_field_encoding), (FieldPresence::Explicit, EnumType::Closed, RepeatedFieldEncoding::Expanded));
        let p3 = Features::defaults(Edition::Proto3);
        assert_eq!((p3.field_presence, p3.enum_type, p3.utf8_validation), (FieldPresence::Implicit, EnumType::Open, Utf8Validation::Verify));
    }

    #[test]
    fn merge_and_encode() {
        let mut written = FeatureSet::default();
        written.set(1, 2);
        written.set(7, 2);
        let merged = Features::defaults(Edition::E2023).merge(&written).unwrap();
        assert_eq!(merged.field_presence, FieldPresence::Implicit);
        assert_eq!(written.encode(false), vec![0x08, 2, 0x38, 2]);
        assert_eq!(written.encode(true), vec![0x08, 2]);
        assert_eq!(FeatureSet::decode(&written.encode(false)).unwrap(), written);
        let mut unknown = FeatureSet::default();
        unknown.set(1, 0);
        assert_eq!(
            Features::defaults(Edition::E2023).merge(&unknown).unwrap_err(),
            "Feature field `field_presence` must resolve to a known value, found FIELD_PRESENCE_UNKNOWN"
        );
    }
}

//! What protoc-gen-js derives from a field: its JS type and JSDoc annotation, default literal,
//! reader/writer method names, the `.proto`-style definition line it prints in JSDoc.

use super::literal::{c_unescape, double_literal, escape_js_string, float_literal, quirky_base64};
use crate::cfloat::parse_float_default;
use super::naming::BytesMode;
use super::Ctx;
use base64::Engine as _;

use crate::model::{Field, FieldKind, JsType, Label, Presence};

/// 64-bit integers with `[jstype = JS_STRING]`: carried as decimal strings.
pub fn is_string_int(field: &Field) -> bool {
    field.kind.is_64bit() && field.jstype == JsType::String
}

pub fn is_repeated(field: &Field) -> bool {
    field.label == Label::Repeated
}

pub fn has_presence(field: &Field) -> bool {
    field.presence == Presence::Explicit
}

/// Singular message fields read back `null` when unset.
pub fn returns_null_when_unset(field: &Field) -> bool {
    field.kind.is_message() && field.label == Label::Optional
}

fn declared_nullable(field: &Field) -> bool {
    if field.label == Label::Required || matches!(field.kind, FieldKind::Enum(_)) {
        return false;
    }
    if !has_presence(field) && !is_repeated(field) && !field.kind.is_message() {
        return false;
    }
    returns_null_when_unset(field)
}

fn is_primitive(t: &str) -> bool {
    matches!(t, "undefined" | "string" | "number" | "boolean")
}

impl Ctx<'_> {
    /// `JSTypeName`.
    pub fn js_type_name(&self, field: &Field, bytes: BytesMode) -> String {
        match &field.kind {
            FieldKind::Bool => "boolean".into(),
            FieldKind::Float | FieldKind::Double => "number".into(),
            FieldKind::String => "string".into(),
            FieldKind::Bytes => match bytes {
                BytesMode::Default => "(string|Uint8Array)".into(),
                BytesMode::B64 => "string".into(),
                BytesMode::U8 => "Uint8Array".into(),
            },
            FieldKind::Enum(t) | FieldKind::Message(t) | FieldKind::Group(t) => self.type_path(t),
            _ if is_string_int(field) => "string".into(),
            _ => "number".into(),
        }
    }

    /// `JSFieldTypeAnnotation`: the type inside `@return {...}` / `@param {...}`.
    pub fn annotation(&self, field: &Field, a: Annotation) -> String {
        let mut t = self.js_type_name(field, a.bytes);
        if !a.force_singular && is_repeated(field) && (field.packed || !a.singular_if_not_packed) {
            if field.kind == FieldKind::Bytes && a.bytes == BytesMode::Default {
                t = "(Array<!Uint8Array>|Array<string>)".into();
            } else {
                if !is_primitive(&t) {
                    t = format!("!{t}");
                }
                t = format!("Array<{t}>");
            }
        }
        let mut nullable = false;
        if a.setter {
            if returns_null_when_unset(field) {
                t = format!("?{t}|undefined");
                nullable = true;
            }
        } else if !a.force_present && declared_nullable(field) {
            t = format!("?{t}");
            nullable = true;
        }
        if !nullable && !is_primitive(&t) {
            t = format!("!{t}");
        }
        t
    }

    /// `JSFieldDefault`: the literal a getter falls back to. protoc-gen-js gets four kinds
    /// wrong: unsigned maxima come out negative (it mirrors Java's signed types), float defaults
    /// are printed at float precision (so an unset field reads differently from the same value
    /// decoded from the wire), bytes defaults are mis-encoded (signed-char base64) and string
    /// defaults are cut at the first character beyond U+FFFF. `exact` keeps those bytes;
    /// otherwise the value the descriptor states is written.
    pub fn default_literal(&self, field: &Field) -> String {
        let exact = self.exact();
        if is_repeated(field) {
            return "[]".into();
        }
        let text = field.default_value.as_deref();
        let quote = |s: String| if is_string_int(field) { format!("\"{s}\"") } else { s };
        match &field.kind {
            FieldKind::Int32 | FieldKind::Sint32 | FieldKind::Sfixed32 => {
                text.and_then(|t| t.parse::<i32>().ok()).unwrap_or(0).to_string()
            }
            FieldKind::Uint32 | FieldKind::Fixed32 => {
                let v = text.and_then(|t| t.parse::<u32>().ok()).unwrap_or(0);
                if exact { (v as i32).to_string() } else { v.to_string() }
            }
            FieldKind::Int64 | FieldKind::Sint64 | FieldKind::Sfixed64 => {
                quote(text.and_then(|t| t.parse::<i64>().ok()).unwrap_or(0).to_string())
            }
            FieldKind::Uint64 | FieldKind::Fixed64 => {
                let v = text.and_then(|t| t.parse::<u64>().ok()).unwrap_or(0);
                quote(if exact { (v as i64).to_string() } else { v.to_string() })
            }
            FieldKind::Enum(t) => self.enum_default(t, text).to_string(),
            FieldKind::Bool => (text == Some("true")).to_string(),
            FieldKind::Float => {
                let v = text.and_then(parse_float_default).map(|v| v as f32).unwrap_or(0.0);
                if exact { float_literal(v) } else { double_literal(f64::from(v)) }
            }
            FieldKind::Double => double_literal(text.and_then(parse_float_default).unwrap_or(0.0)),
            FieldKind::String => format!("\"{}\"", escape_js_string(text.unwrap_or(""), exact)),
            FieldKind::Bytes => {
                let bytes = c_unescape(text.unwrap_or(""));
                let b64 = if exact { quirky_base64(&bytes) } else { base64::engine::general_purpose::STANDARD.encode(bytes) };
                format!("\"{b64}\"")
            }
            FieldKind::Message(_) | FieldKind::Group(_) => "null".into(),
        }
    }

    fn enum_default(&self, enum_name: &str, text: Option<&str>) -> i32 {
        let Some(e) = self.model.enumeration(enum_name) else { return 0 };
        text.and_then(|name| e.values.iter().find(|v| v.name == name))
            .or_else(|| e.values.first())
            .map_or(0, |v| v.number)
    }

    /// `FieldDefinition`: the field as a `.proto` line, shown in JSDoc.
    pub fn definition(&self, field: &Field, containing: &str) -> String {
        if let Some(map) = &field.map {
            let value = match &map.value {
                FieldKind::Enum(t) | FieldKind::Message(t) => self.relative_type_name(t, &map.entry_name),
                other => proto_type_name(other).to_string(),
            };
            return format!("map<{}, {value}> {} = {};", proto_type_name(&map.key), field.name, field.number);
        }
        let qualifier = match field.label {
            Label::Repeated => "repeated",
            Label::Optional => "optional",
            Label::Required => "required",
        };
        let (ty, name) = match &field.kind {
            FieldKind::Enum(t) | FieldKind::Message(t) => (self.relative_type_name(t, containing), field.name.clone()),
            FieldKind::Group(t) => ("group".to_string(), t.rsplit('.').next().unwrap_or(t).to_string()),
            other => (proto_type_name(other).to_string(), field.name.clone()),
        };
        format!("{qualifier} {ty} {name} = {};", field.number)
    }

    /// `RelativeTypeName`: `type` with the package and the scopes it shares with `containing`
    /// removed.
    fn relative_type_name(&self, ty: &str, containing: &str) -> String {
        let package = &self.file.package;
        let containing = format!("{containing}.");
        let mut prefix = 0;
        for (i, (a, b)) in ty.bytes().zip(containing.bytes()).enumerate() {
            if a != b {
                break;
            }
            if a == b'.' && i >= package.len() {
                prefix = i + 1;
            }
        }
        ty[prefix..].to_string()
    }
}

/// Options of one `JSFieldTypeAnnotation` call.
#[derive(Clone, Copy)]
pub struct Annotation {
    pub setter: bool,
    pub force_present: bool,
    pub singular_if_not_packed: bool,
    pub bytes: BytesMode,
    pub force_singular: bool,
}

impl Annotation {
    pub const GETTER: Annotation = Annotation {
        setter: false,
        force_present: false,
        singular_if_not_packed: false,
        bytes: BytesMode::Default,
        force_singular: false,
    };
    pub const SETTER: Annotation = Annotation { setter: true, ..Annotation::GETTER };
    pub const PRESENT: Annotation = Annotation { force_present: true, ..Annotation::GETTER };

    pub fn bytes(self, bytes: BytesMode) -> Annotation {
        Annotation { bytes, ..self }
    }
}

/// `ProtoTypeName` for scalar kinds (message and enum kinds are named by the caller).
pub fn proto_type_name(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Bool => "bool",
        FieldKind::Int32 => "int32",
        FieldKind::Uint32 => "uint32",
        FieldKind::Sint32 => "sint32",
        FieldKind::Fixed32 => "fixed32",
        FieldKind::Sfixed32 => "sfixed32",
        FieldKind::Int64 => "int64",
        FieldKind::Uint64 => "uint64",
        FieldKind::Sint64 => "sint64",
        FieldKind::Fixed64 => "fixed64",
        FieldKind::Sfixed64 => "sfixed64",
        FieldKind::Float => "float",
        FieldKind::Double => "double",
        FieldKind::String => "string",
        FieldKind::Bytes => "bytes",
        FieldKind::Enum(_) => "enum",
        FieldKind::Message(_) => "message",
        FieldKind::Group(_) => "group",
    }
}

/// `Int64String` in `readInt64String`: the wire type name, capitalised.
pub fn reader_type(field: &Field) -> String {
    let name = proto_type_name(&field.kind);
    let mut cap = name[..1].to_ascii_uppercase() + &name[1..];
    if is_string_int(field) {
        cap.push_str("String");
    }
    cap
}

/// `PackedInt32` / `RepeatedInt32` / `Int32`.
pub fn read_write_method(field: &Field, writer: bool) -> String {
    let name = reader_type(field);
    if field.packed {
        format!("Packed{name}")
    } else if writer && is_repeated(field) {
        format!("Repeated{name}")
    } else {
        name
    }
}

/// `Float`, `Int`, `StringInt`... in `setProto3XxxField`.
pub fn type_tag(field: &Field) -> &'static str {
    match field.kind {
        FieldKind::Double | FieldKind::Float => "Float",
        FieldKind::Bool => "Boolean",
        FieldKind::String => "String",
        FieldKind::Bytes => "Bytes",
        FieldKind::Enum(_) => "Enum",
        FieldKind::Message(_) | FieldKind::Group(_) => "",
        _ if is_string_int(field) => "StringInt",
        _ => "Int",
    }
}

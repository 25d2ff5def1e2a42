//! `google.protobuf.Struct` <-> `serde_json::Value`, the plain values programs and the provider
//! work with.

use prost_types::value::Kind;
use prost_types::{ListValue, Struct, Value};
use serde_json::{Map, Number, Value as Json};

pub fn to_struct(map: &Map<String, Json>) -> Struct {
    Struct { fields: map.iter().map(|(k, v)| (k.clone(), to_value(v))).collect() }
}

pub fn to_value(v: &Json) -> Value {
    let kind = match v {
        Json::Null => Kind::NullValue(0),
        Json::Bool(b) => Kind::BoolValue(*b),
        Json::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or(0.0)),
        Json::String(s) => Kind::StringValue(s.clone()),
        Json::Array(a) => Kind::ListValue(ListValue { values: a.iter().map(to_value).collect() }),
        Json::Object(o) => Kind::StructValue(to_struct(o)),
    };
    Value { kind: Some(kind) }
}

pub fn from_struct(s: Option<&Struct>) -> Map<String, Json> {
    s.map(|s| s.fields.iter().map(|(k, v)| (k.clone(), from_value(v))).collect()).unwrap_or_default()
}

pub fn from_value(v: &Value) -> Json {
    match &v.kind {
        None | Some(Kind::NullValue(_)) => Json::Null,
        Some(Kind::BoolValue(b)) => Json::Bool(*b),
        // Non-finite numbers have no JSON form; they read back as null.
        Some(Kind::NumberValue(n)) => Number::from_f64(*n).map(Json::Number).unwrap_or(Json::Null),
        Some(Kind::StringValue(s)) => Json::String(s.clone()),
        Some(Kind::ListValue(l)) => Json::Array(l.values.iter().map(from_value).collect()),
        Some(Kind::StructValue(s)) => Json::Object(from_struct(Some(s))),
    }
}

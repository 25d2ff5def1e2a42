//! `google.protobuf.Struct` <-> `serde_json::Value`: the plain values programs and the provider
//! work with. Both sides have the same shapes (null, bool, number, string, list, map); numbers
//! are doubles on the wire.

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
        // Every serde_json number has an f64 form (its arbitrary-precision mode is not enabled).
        Json::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or(f64::NAN)),
        Json::String(s) => Kind::StringValue(s.clone()),
        Json::Array(a) => Kind::ListValue(ListValue { values: a.iter().map(to_value).collect() }),
        Json::Object(o) => Kind::StructValue(to_struct(o)),
    };
    Value { kind: Some(kind) }
}

/// The fields of `s`; an absent Struct is an empty map.
pub fn from_struct(s: Option<&Struct>) -> Map<String, Json> {
    s.map(|s| s.fields.iter().map(|(k, v)| (k.clone(), from_value(v))).collect()).unwrap_or_default()
}

pub fn from_value(v: &Value) -> Json {
    match &v.kind {
        None | Some(Kind::NullValue(_)) => Json::Null,
        Some(Kind::BoolValue(b)) => Json::Bool(*b),
        // Whole numbers become JSON integers, so `1` stays `1` and compares equal to a literal 1.
        Some(Kind::NumberValue(n)) => number(*n),
        Some(Kind::StringValue(s)) => Json::String(s.clone()),
        Some(Kind::ListValue(l)) => Json::Array(l.values.iter().map(from_value).collect()),
        Some(Kind::StructValue(s)) => Json::Object(from_struct(Some(s))),
    }
}

/// A double as JSON: integral values within ±2^53 as integers, NaN and infinities (which JSON
/// cannot hold) as null.
fn number(n: f64) -> Json {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: beyond it not every integer is a double
    if n.fract() == 0.0 && n.abs() <= EXACT {
        return Json::from(n as i64);
    }
    Number::from_f64(n).map(Json::Number).unwrap_or(Json::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_trip_keeps_every_shape() {
        let v = json!({"list": [1, 2.5, true, null, "ü", -3], "nested": {"k": "v", "empty": {}}, "s": "héllo wörld ✓", "e": []});
        let Json::Object(m) = &v else { unreachable!() };
        assert_eq!(Json::Object(from_struct(Some(&to_struct(m)))), v);
    }

    #[test]
    fn numbers() {
        assert_eq!(from_value(&to_value(&json!(17.0))), json!(17));
        assert_eq!(from_value(&Value { kind: Some(Kind::NumberValue(-0.5)) }), json!(-0.5));
        assert_eq!(from_value(&Value { kind: Some(Kind::NumberValue(f64::NAN)) }), Json::Null);
        assert_eq!(from_value(&Value { kind: Some(Kind::NumberValue(1e300)) }), json!(1e300));
        assert_eq!(from_value(&Value { kind: None }), Json::Null);
        assert!(from_struct(None).is_empty());
    }
}

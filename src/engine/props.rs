//! Property values: `google.protobuf.Struct` on the wire, JSON in the state file. Both sides
//! carry the same shapes (null, bool, number, string, list, map), so nothing is lost either way
//! except numbers JSON cannot hold (NaN, infinities), which are refused by name.

use prost_types::value::Kind;
use prost_types::{ListValue, Struct, Value};
use serde_json::{Map, Number, Value as Json};

#[derive(Debug, thiserror::Error)]
#[error("property `{path}`: {value} cannot be stored (JSON has no non-finite numbers)")]
pub struct NonFinite {
    pub path: String,
    pub value: f64,
}

pub fn struct_to_json(s: &Struct) -> Result<Map<String, Json>, NonFinite> {
    let mut out = Map::new();
    for (k, v) in &s.fields {
        out.insert(k.clone(), value_to_json(v, k)?);
    }
    Ok(out)
}

fn value_to_json(v: &Value, path: &str) -> Result<Json, NonFinite> {
    Ok(match &v.kind {
        None | Some(Kind::NullValue(_)) => Json::Null,
        Some(Kind::BoolValue(b)) => Json::Bool(*b),
        // Struct numbers are doubles; whole ones are written without a fraction (`12`, not
        // `12.0`) as every JSON reader maps them back to the same double.
        Some(Kind::NumberValue(n)) if n.fract() == 0.0 && n.abs() < 9007199254740992.0 && !(*n == 0.0 && n.is_sign_negative()) => {
            Json::Number(Number::from(*n as i64))
        }
        Some(Kind::NumberValue(n)) => {
            Json::Number(Number::from_f64(*n).ok_or(NonFinite { path: path.to_string(), value: *n })?)
        }
        Some(Kind::StringValue(s)) => Json::String(s.clone()),
        Some(Kind::ListValue(l)) => Json::Array(
            l.values.iter().enumerate().map(|(i, x)| value_to_json(x, &format!("{path}[{i}]"))).collect::<Result<_, _>>()?,
        ),
        Some(Kind::StructValue(s)) => {
            let mut out = Map::new();
            for (k, x) in &s.fields {
                out.insert(k.clone(), value_to_json(x, &format!("{path}.{k}"))?);
            }
            Json::Object(out)
        }
    })
}

pub fn json_to_struct(m: &Map<String, Json>) -> Struct {
    Struct { fields: m.iter().map(|(k, v)| (k.clone(), json_to_value(v))).collect() }
}

pub fn json_to_value(v: &Json) -> Value {
    let kind = match v {
        Json::Null => Kind::NullValue(0),
        Json::Bool(b) => Kind::BoolValue(*b),
        Json::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or(0.0)),
        Json::String(s) => Kind::StringValue(s.clone()),
        Json::Array(a) => Kind::ListValue(ListValue { values: a.iter().map(json_to_value).collect() }),
        Json::Object(o) => Kind::StructValue(json_to_struct(o)),
    };
    Value { kind: Some(kind) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_shape() {
        let json: Map<String, Json> = serde_json::from_str(
            r#"{"a": null, "b": true, "c": -2.5, "d": "ünï ✓ 😀", "e": [1, [2], {"f": {}}], "g": {"h": []}}"#,
        )
        .unwrap();
        assert_eq!(struct_to_json(&json_to_struct(&json)).unwrap(), json);
    }

    #[test]
    fn refuses_non_finite_numbers_by_path() {
        let mut s = Struct::default();
        let nan = Value { kind: Some(Kind::NumberValue(f64::NAN)) };
        let inner = Struct { fields: [("x".to_string(), nan)].into() };
        s.fields.insert("outer".into(), Value { kind: Some(Kind::StructValue(inner)) });
        let err = struct_to_json(&s).unwrap_err();
        assert_eq!(err.path, "outer.x");
    }
}

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

/// The key that marks Pulumi's special objects (secrets, resource references, assets, ...).
pub const SIG_KEY: &str = "4dabf18193072939515e22adb298388d";
/// `SIG_KEY`'s value on a secret; the secret's plaintext is under `value`.
pub const SECRET_SIG: &str = "1b47061264138c4ac30d75fd1eb44270";

pub fn is_secret(v: &Json) -> bool {
    v.as_object().is_some_and(|o| o.get(SIG_KEY).and_then(Json::as_str) == Some(SECRET_SIG))
}

fn reveal_value(v: &Json) -> (Json, bool) {
    match v {
        Json::Object(o) if is_secret(v) => (reveal_value(o.get("value").unwrap_or(&Json::Null)).0, true),
        Json::Object(o) => {
            let mut any = false;
            let out = o.iter().map(|(k, x)| {
                let (x, s) = reveal_value(x);
                any |= s;
                (k.clone(), x)
            });
            (Json::Object(out.collect()), any)
        }
        Json::Array(a) => {
            let mut any = false;
            let out = a.iter().map(|x| {
                let (x, s) = reveal_value(x);
                any |= s;
                x
            });
            (Json::Array(out.collect()), any)
        }
        other => (other.clone(), false),
    }
}

/// For providers that do not accept secrets: the properties with every secret replaced by its
/// plaintext, and the top-level keys that held one (so results can be marked secret again).
pub fn reveal(props: &Map<String, Json>) -> (Map<String, Json>, std::collections::BTreeSet<String>) {
    let mut keys = std::collections::BTreeSet::new();
    let out = props
        .iter()
        .map(|(k, v)| {
            let (v, secret) = reveal_value(v);
            if secret {
                keys.insert(k.clone());
            }
            (k.clone(), v)
        })
        .collect();
    (out, keys)
}

/// Marks the values under `keys` secret again (a provider's results derived from secret inputs).
pub fn conceal(props: Map<String, Json>, keys: &std::collections::BTreeSet<String>) -> Map<String, Json> {
    props
        .into_iter()
        .map(|(k, v)| {
            if keys.contains(&k) && !is_secret(&v) {
                let wrapped = serde_json::json!({ SIG_KEY: SECRET_SIG, "value": v });
                (k, wrapped)
            } else {
                (k, v)
            }
        })
        .collect()
}

/// Text for printing a value, with secrets masked.
pub fn masked(v: &Json) -> String {
    if is_secret(v) {
        return "[secret]".into();
    }
    match v {
        Json::Object(o) => {
            let inner: Vec<String> = o.iter().map(|(k, x)| format!("{k:?}: {}", masked(x))).collect();
            format!("{{{}}}", inner.join(", "))
        }
        Json::Array(a) => format!("[{}]", a.iter().map(masked).collect::<Vec<_>>().join(", ")),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod secret_tests {
    use super::*;

    #[test]
    fn secrets_are_revealed_for_providers_and_concealed_again() {
        let props: Map<String, Json> = serde_json::from_value(serde_json::json!({
            "plain": 1,
            "pw": {SIG_KEY: SECRET_SIG, "value": "hunter2"},
            "deep": {"list": [{SIG_KEY: SECRET_SIG, "value": 3}]},
        }))
        .unwrap();
        let (open, keys) = reveal(&props);
        assert_eq!(open["pw"], "hunter2");
        assert_eq!(open["deep"]["list"][0], 3);
        assert_eq!(keys.iter().collect::<Vec<_>>(), ["deep", "pw"]);
        let back = conceal(open, &keys);
        assert!(is_secret(&back["pw"]) && is_secret(&back["deep"]) && !is_secret(&back["plain"]));
        assert_eq!(masked(&props["pw"]), "[secret]");
        assert_eq!(masked(&props["deep"]), "{\"list\": [[secret]]}");
    }
}

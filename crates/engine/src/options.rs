//! Resource options a program can send with RegisterResource: the ones the engine honours, and
//! a clear refusal, naming the option, for the ones it does not implement (ignoring them would
//! change what happens to real resources: a protected resource deleted, an alias recreated).

use std::collections::BTreeSet;

use protosmith_pulumirpc::pulumirpc::RegisterResourceRequest;
use serde_json::{Map, Value as Json};

/// What the engine applies from a registration's options.
#[derive(Debug, Default)]
pub struct Honoured {
    /// Top-level inputs whose changes are ignored (the saved value is kept).
    pub ignore_changes: Vec<String>,
    /// Top-level inputs whose change forces a replacement.
    pub replace_on_changes: BTreeSet<String>,
    /// Outputs to mark secret.
    pub additional_secret_outputs: BTreeSet<String>,
    /// A replacement deletes the old resource before creating the new one.
    pub delete_before_replace: bool,
}

/// Refuses options the engine does not implement; returns the ones it applies.
pub fn vet(urn: &str, req: &RegisterResourceRequest) -> Result<Honoured, String> {
    let refuse = |option: &str| Err(format!("{urn}: the resource option `{option}` is not supported by the reference engine"));
    if req.r#type.starts_with("pulumi:providers:") {
        return Err(format!(
            "{urn}: explicit provider resources (`{}`) are not supported by the reference engine; \
             providers are chosen per package with --provider PKG=CMD",
            req.r#type
        ));
    }
    if req.remote {
        return refuse("remote (a multi-language component)");
    }
    if req.protect == Some(true) {
        return refuse("protect");
    }
    if req.retain_on_delete == Some(true) {
        return refuse("retainOnDelete");
    }
    if !req.alias_ur_ns.is_empty() {
        return refuse("aliases");
    }
    if !req.import_id.is_empty() {
        return refuse("import");
    }
    if !req.deleted_with.is_empty() {
        return refuse("deletedWith");
    }
    if !req.replace_with.is_empty() || req.replacement_trigger.is_some() {
        return refuse("replaceWith / replacementTrigger");
    }
    // SDKs send an empty binding when no hook is set.
    if let Some(h) = &req.hooks {
        let lists = [&h.before_create, &h.after_create, &h.before_update, &h.after_update, &h.before_delete, &h.after_delete, &h.on_error];
        if lists.iter().any(|l| !l.is_empty()) {
            return refuse("hooks");
        }
    }
    if !req.custom && (!req.ignore_changes.is_empty() || !req.replace_on_changes.is_empty()) {
        return refuse("ignoreChanges / replaceOnChanges on a component");
    }
    for path in req.ignore_changes.iter().chain(&req.replace_on_changes) {
        if !is_top_level(path) {
            return Err(format!(
                "{urn}: property path `{path}` in ignoreChanges / replaceOnChanges: only top-level property names are supported"
            ));
        }
    }
    Ok(Honoured {
        ignore_changes: req.ignore_changes.clone(),
        replace_on_changes: req.replace_on_changes.iter().cloned().collect(),
        additional_secret_outputs: req.additional_secret_outputs.iter().cloned().collect(),
        delete_before_replace: req.delete_before_replace,
    })
}

fn is_top_level(path: &str) -> bool {
    !path.is_empty() && !path.contains(['.', '[', ']', '*', '"'])
}

/// `ignoreChanges`: the new inputs with the ignored properties as they were saved (absent if
/// they were absent).
pub fn keep_ignored(inputs: &mut Map<String, Json>, old: &Map<String, Json>, ignored: &[String]) {
    for key in ignored {
        match old.get(key) {
            Some(v) => {
                inputs.insert(key.clone(), v.clone());
            }
            None => {
                inputs.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req() -> RegisterResourceRequest {
        RegisterResourceRequest { r#type: "demo:index:File".into(), name: "a".into(), custom: true, ..Default::default() }
    }

    #[test]
    fn unsupported_options_are_refused_by_name() {
        let cases: Vec<(RegisterResourceRequest, &str)> = vec![
            (RegisterResourceRequest { protect: Some(true), ..req() }, "`protect`"),
            (RegisterResourceRequest { retain_on_delete: Some(true), ..req() }, "`retainOnDelete`"),
            (RegisterResourceRequest { alias_ur_ns: vec!["urn:x".into()], ..req() }, "`aliases`"),
            (RegisterResourceRequest { import_id: "i".into(), ..req() }, "`import`"),
            (RegisterResourceRequest { remote: true, ..req() }, "remote"),
            (RegisterResourceRequest { r#type: "pulumi:providers:aws".into(), ..req() }, "explicit provider resources"),
            (RegisterResourceRequest { ignore_changes: vec!["tags.name".into()], ..req() }, "only top-level"),
            (
                RegisterResourceRequest {
                    hooks: Some(protosmith_pulumirpc::pulumirpc::register_resource_request::ResourceHooksBinding {
                        before_create: vec!["h".into()],
                        ..Default::default()
                    }),
                    ..req()
                },
                "`hooks`",
            ),
        ];
        for (r, word) in cases {
            let err = vet("urn:a", &r).unwrap_err();
            assert!(err.contains(word), "{err}");
        }
        let fine = RegisterResourceRequest {
            protect: Some(false),
            ignore_changes: vec!["content".into()],
            hooks: Some(Default::default()),
            ..req()
        };
        assert_eq!(vet("urn:a", &fine).unwrap().ignore_changes, ["content"]);
    }

    #[test]
    fn ignored_properties_keep_their_saved_value() {
        let mut inputs: Map<String, Json> = serde_json::from_str(r#"{"a": 1, "b": 2, "c": 3}"#).unwrap();
        let old: Map<String, Json> = serde_json::from_str(r#"{"a": 0, "b": 2}"#).unwrap();
        keep_ignored(&mut inputs, &old, &["a".into(), "c".into()]);
        assert_eq!(Json::Object(inputs), serde_json::json!({"a": 0, "b": 2}));
    }
}

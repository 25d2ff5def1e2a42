//! `[rust]` options: the crate wrapper's own settings plus prost-build / tonic-prost-build's
//! builder calls, each under the builder method's name and applied in the order given.
//!
//! Shapes (the same in `protosmith.toml` and `--opt`):
//! - path → value options (`type_attribute`, `field_attribute`, `enum_attribute`,
//!   `message_attribute`, `extern_path`): a table `{ ".pkg.Msg" = "#[derive(Eq)]" }` (applied in
//!   key order; a value may be a list of attributes for one path), or a `"PATH=VALUE"` string,
//!   or a list of such strings (applied in list order). `--opt rust.type_attribute=.=#[derive(Eq)]`
//!   is the string form; repeating it appends.
//! - path list options (`bytes`, `btree_map`, `boxed`, `disable_comments`): a list of paths or
//!   one path string.

use crate::lang::common::idents::is_cargo_package_name;
use serde::Deserialize;

/// The options given as `rust.*`, validated.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawOptions")]
pub struct RustOptions {
    /// Name of the generated crate (`Cargo.toml` `[package] name`).
    pub crate_name: String,
    /// Also emit the crate's `Cargo.toml` and `src/lib.rs`; off, only `src/<package>.rs` files.
    pub crate_files: bool,
    /// Extra `[dependencies]` of the generated `Cargo.toml` (the crates `extern_path` points to).
    pub dependencies: toml::Table,
    pub prost: ProstSettings,
}

/// Everything that reaches prost-build and tonic-prost-build, in builder-call form.
#[derive(Debug, Clone, PartialEq)]
pub struct ProstSettings {
    pub type_attribute: Vec<(String, String)>,
    pub field_attribute: Vec<(String, String)>,
    pub enum_attribute: Vec<(String, String)>,
    pub message_attribute: Vec<(String, String)>,
    pub extern_path: Vec<(String, String)>,
    pub bytes: Vec<String>,
    pub btree_map: Vec<String>,
    pub boxed: Vec<String>,
    pub disable_comments: Vec<String>,
    pub compile_well_known_types: bool,
    /// tonic: clients, servers, and the clients' transport helpers (`connect`).
    pub client: bool,
    pub server: bool,
    pub transport: bool,
}

impl Default for ProstSettings {
    fn default() -> Self {
        ProstSettings {
            type_attribute: Vec::new(),
            field_attribute: Vec::new(),
            enum_attribute: Vec::new(),
            message_attribute: Vec::new(),
            extern_path: Vec::new(),
            bytes: Vec::new(),
            btree_map: Vec::new(),
            boxed: Vec::new(),
            disable_comments: Vec::new(),
            compile_well_known_types: false,
            client: true,
            server: true,
            transport: true,
        }
    }
}

impl ProstSettings {
    /// The prost-build configuration these settings describe, with tonic's service generator
    /// (when there is one) as `wrap` returns it; the generator reports a service it could not
    /// print (or, checked, printed otherwise than tonic-prost-build) in `failure`.
    pub(super) fn prost_config(
        &self,
        failure: &super::services::Failure,
        wrap: impl FnOnce(Box<dyn prost_build::ServiceGenerator>) -> Box<dyn prost_build::ServiceGenerator>,
    ) -> prost_build::Config {
        let mut config = prost_build::Config::new();
        for (path, value) in &self.extern_path {
            config.extern_path(path, value);
        }
        for (path, value) in &self.field_attribute {
            config.field_attribute(path, value);
        }
        for (path, value) in &self.message_attribute {
            config.message_attribute(path, value);
        }
        for (path, value) in &self.enum_attribute {
            config.enum_attribute(path, value);
        }
        for (path, value) in &self.type_attribute {
            config.type_attribute(path, value);
        }
        for path in &self.boxed {
            config.boxed(path);
        }
        if !self.btree_map.is_empty() {
            config.btree_map(&self.btree_map);
        }
        if !self.bytes.is_empty() {
            config.bytes(&self.bytes);
        }
        if self.compile_well_known_types {
            config.compile_well_known_types();
        }
        if !self.disable_comments.is_empty() {
            config.disable_comments(&self.disable_comments);
        }
        // As tonic-prost-build's `compile_fds`: no service generator when both sides are off.
        if self.client || self.server {
            let tonic = super::services::TonicSettings {
                client: self.client,
                server: self.server,
                transport: self.transport,
                compile_well_known_types: self.compile_well_known_types,
                disable_comments: self.disable_comments.clone(),
            };
            let services = Box::new(super::services::Generator::new(tonic, failure.clone(), super::format::check_fast_paths()));
            config.service_generator(wrap(services));
        }
        config
    }
}

/// What serde reads before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOptions {
    #[serde(default)]
    #[allow(dead_code)] // consumed by the config loader; accepted here so `--opt rust.enabled` is not unknown
    enabled: Option<bool>,
    #[serde(default = "default_crate_name")]
    crate_name: String,
    #[serde(default = "yes")]
    crate_files: bool,
    #[serde(default = "yes")]
    transport: bool,
    #[serde(default)]
    dependencies: toml::Table,
    #[serde(default)]
    type_attribute: Option<toml::Value>,
    #[serde(default)]
    field_attribute: Option<toml::Value>,
    #[serde(default)]
    enum_attribute: Option<toml::Value>,
    #[serde(default)]
    message_attribute: Option<toml::Value>,
    #[serde(default)]
    extern_path: Option<toml::Value>,
    #[serde(default)]
    bytes: Option<toml::Value>,
    #[serde(default)]
    btree_map: Option<toml::Value>,
    #[serde(default)]
    boxed: Option<toml::Value>,
    #[serde(default)]
    disable_comments: Option<toml::Value>,
    #[serde(default)]
    compile_well_known_types: bool,
    #[serde(default = "yes")]
    client: bool,
    #[serde(default = "yes")]
    server: bool,
}

fn default_crate_name() -> String {
    "protosmith-generated".into()
}

fn yes() -> bool {
    true
}

impl TryFrom<RawOptions> for RustOptions {
    type Error = String;

    fn try_from(raw: RawOptions) -> Result<Self, String> {
        if !is_cargo_package_name(&raw.crate_name) {
            return Err(format!("rust.crate_name: `{}` is not a crate name (letters, digits, `-`, `_`)", raw.crate_name));
        }
        // Written as `name = value` lines of the generated Cargo.toml: the value is TOML
        // already, the name must not be able to break out of its line.
        if let Some(bad) = raw.dependencies.keys().find(|name| !is_cargo_package_name(name)) {
            return Err(format!("rust.dependencies: `{bad}` is not a crate name (letters, digits, `-`, `_`)"));
        }
        let prost = ProstSettings {
            type_attribute: path_values("type_attribute", &raw.type_attribute)?,
            field_attribute: path_values("field_attribute", &raw.field_attribute)?,
            enum_attribute: path_values("enum_attribute", &raw.enum_attribute)?,
            message_attribute: path_values("message_attribute", &raw.message_attribute)?,
            extern_path: path_values("extern_path", &raw.extern_path)?,
            bytes: path_list("bytes", &raw.bytes)?,
            btree_map: path_list("btree_map", &raw.btree_map)?,
            boxed: path_list("boxed", &raw.boxed)?,
            disable_comments: path_list("disable_comments", &raw.disable_comments)?,
            compile_well_known_types: raw.compile_well_known_types,
            client: raw.client,
            server: raw.server,
            transport: raw.transport,
        };
        prost.validate()?;
        Ok(RustOptions { crate_name: raw.crate_name, crate_files: raw.crate_files, dependencies: raw.dependencies, prost })
    }
}

impl ProstSettings {
    /// Checks every path and value before prost-build sees them: prost-build pastes attributes
    /// as written and accepts any matcher, so a mistake would otherwise surface as generated
    /// code that does not compile, far from the option that caused it.
    pub fn validate(&self) -> Result<(), String> {
        for (name, pairs) in [
            ("type_attribute", &self.type_attribute),
            ("field_attribute", &self.field_attribute),
            ("enum_attribute", &self.enum_attribute),
            ("message_attribute", &self.message_attribute),
        ] {
            for (path, attr) in pairs {
                check_match_path(name, path)?;
                check_attribute(name, path, attr)?;
            }
        }
        for (name, paths) in
            [("bytes", &self.bytes), ("btree_map", &self.btree_map), ("boxed", &self.boxed), ("disable_comments", &self.disable_comments)]
        {
            for path in paths {
                check_match_path(name, path)?;
            }
        }
        for (i, (proto, rust)) in self.extern_path.iter().enumerate() {
            check_extern_path(proto, rust)?;
            if self.extern_path[..i].iter().any(|(p, _)| p == proto) {
                return Err(format!("rust.extern_path: `{proto}` is mapped twice"));
            }
        }
        Ok(())
    }
}

impl Default for RustOptions {
    fn default() -> Self {
        RustOptions {
            crate_name: default_crate_name(),
            crate_files: true,
            dependencies: toml::Table::new(),
            prost: ProstSettings::default(),
        }
    }
}

/// Options whose `--opt` repetitions append rather than replace.
pub const LIST_OPTIONS: [&str; 9] = [
    "type_attribute",
    "field_attribute",
    "enum_attribute",
    "message_attribute",
    "extern_path",
    "bytes",
    "btree_map",
    "boxed",
    "disable_comments",
];

/// Applies one `--opt rust.KEY=VALUE` to the config's table: list-valued options gain an entry
/// (after the config's own), everything else is replaced.
pub fn apply_override(table: &mut toml::Table, key: &str, value: toml::Value) {
    if !LIST_OPTIONS.contains(&key) {
        table.insert(key.to_string(), value);
        return;
    }
    let merged = match table.remove(key) {
        None => value,
        Some(toml::Value::Array(mut items)) => {
            items.push(value);
            toml::Value::Array(items)
        }
        Some(earlier) => toml::Value::Array(vec![earlier, value]),
    };
    table.insert(key.to_string(), merged);
}

/// `path → value` pairs, in application order, from any of the accepted shapes.
fn path_values(name: &str, value: &Option<toml::Value>) -> Result<Vec<(String, String)>, String> {
    let shape = || {
        format!(
            "rust.{name} must be a table of path = value, a \"PATH=VALUE\" string, or a list of them (e.g. `[rust.{name}] \".\" = \"...\"` or `--opt 'rust.{name}=.=...'`)"
        )
    };
    fn push(name: &str, v: &toml::Value, out: &mut Vec<(String, String)>, shape: &dyn Fn() -> String) -> Result<(), String> {
        match v {
            toml::Value::String(s) => {
                let (path, value) = s
                    .split_once('=')
                    .ok_or_else(|| format!("rust.{name}: `{s}` is not PATH=VALUE (a path never contains `=`)"))?;
                out.push((path.to_string(), value.to_string()));
            }
            toml::Value::Table(t) => {
                for (path, value) in t {
                    match value {
                        toml::Value::String(s) => out.push((path.clone(), s.clone())),
                        toml::Value::Array(list) if name != "extern_path" => {
                            for item in list {
                                let s = item.as_str().ok_or_else(|| {
                                    format!("rust.{name}.\"{path}\": list entries must be strings, not {item}")
                                })?;
                                out.push((path.clone(), s.to_string()));
                            }
                        }
                        other => return Err(format!("rust.{name}.\"{path}\" must be a string, not {other}")),
                    }
                }
            }
            toml::Value::Array(items) => {
                for item in items {
                    if matches!(item, toml::Value::Array(_)) {
                        return Err(shape());
                    }
                    push(name, item, out, shape)?;
                }
            }
            _ => return Err(shape()),
        }
        Ok(())
    }
    let mut out = Vec::new();
    if let Some(v) = value {
        push(name, v, &mut out, &shape)?;
    }
    Ok(out)
}

/// Paths, in order, from a list of strings (nested lists from repeated `--opt` flatten).
fn path_list(name: &str, value: &Option<toml::Value>) -> Result<Vec<String>, String> {
    fn push(name: &str, v: &toml::Value, out: &mut Vec<String>) -> Result<(), String> {
        match v {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(items) => {
                for item in items {
                    push(name, item, out)?;
                }
            }
            other => {
                return Err(format!(
                    "rust.{name} must be a list of protobuf paths (e.g. [\".\"] or [\".pkg.Msg.field\"]), not {other}"
                ))
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    if let Some(v) = value {
        push(name, v, &mut out)?;
    }
    Ok(out)
}

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// prost-build's matcher paths: `.` (everything), `.pkg.Msg.field` (fully qualified, matched as
/// a prefix), or `Msg.field` (no leading dot, matched as a suffix).
fn check_match_path(name: &str, path: &str) -> Result<(), String> {
    if path == "." {
        return Ok(());
    }
    let body = path.strip_prefix('.').unwrap_or(path);
    if body.split('.').all(is_ident) {
        Ok(())
    } else {
        Err(format!(
            "rust.{name}: `{path}` is not a protobuf path (`.` for everything, `.package.Message.field` from the root, or `Message.field` as a suffix)"
        ))
    }
}

/// prost pastes attributes into the code as written: anything but `#[...]` items breaks the
/// generated code far from the option that caused it.
fn check_attribute(name: &str, path: &str, attr: &str) -> Result<(), String> {
    let attr = attr.trim();
    let mut depth = 0i32;
    let mut balanced = true;
    for c in attr.chars() {
        match c {
            '[' | '(' | '{' => depth += 1,
            ']' | ')' | '}' => {
                depth -= 1;
                balanced &= depth >= 0;
            }
            _ => {}
        }
    }
    if attr.starts_with("#[") && attr.ends_with(']') && balanced && depth == 0 {
        Ok(())
    } else {
        Err(format!("rust.{name} for `{path}`: `{attr}` is not a Rust attribute (`#[...]`)"))
    }
}

/// prost-build's `extern_path`: a fully qualified protobuf package or type, and the Rust path
/// (`::crate_name::module` or `crate::...`) where its types already exist.
fn check_extern_path(proto: &str, rust: &str) -> Result<(), String> {
    let fq = proto.strip_prefix('.').filter(|body| body.split('.').all(is_ident));
    if fq.is_none() {
        return Err(format!(
            "rust.extern_path: `{proto}` must be a fully qualified protobuf package or type, starting with `.` (e.g. `.google.logging`)"
        ));
    }
    let body = rust.strip_prefix("::").unwrap_or(rust);
    if body.is_empty() || !body.split("::").all(|seg| is_ident(seg.strip_prefix("r#").unwrap_or(seg))) {
        return Err(format!(
            "rust.extern_path for `{proto}`: `{rust}` is not a Rust path (e.g. `::googleapis_logging` or `crate::logging`)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<RustOptions, String> {
        let table: toml::Table = toml::from_str(text).unwrap();
        RustOptions::deserialize(toml::Value::Table(table)).map_err(|e| e.to_string())
    }

    #[test]
    fn shapes_of_path_value_options() {
        let o = parse("[type_attribute]\n\".b\" = \"#[derive(Eq)]\"\n\".a\" = [\"#[x]\", \"#[y]\"]\n").unwrap();
        assert_eq!(
            o.prost.type_attribute,
            [(".a".into(), "#[x]".into()), (".a".into(), "#[y]".into()), (".b".into(), "#[derive(Eq)]".into())]
        );
        let o = parse("field_attribute = [\"Msg.f=#[a]\", \".=#[b]\"]\nbytes = \".\"\nboxed = [\".p.M.f\"]\n").unwrap();
        assert_eq!(o.prost.field_attribute, [("Msg.f".into(), "#[a]".into()), (".".into(), "#[b]".into())]);
        assert_eq!(o.prost.bytes, ["."]);
        assert_eq!(o.prost.boxed, [".p.M.f"]);
    }

    #[test]
    fn overrides_append_to_list_options() {
        let mut t: toml::Table = toml::from_str("[type_attribute]\n\".\" = \"#[a]\"\n").unwrap();
        apply_override(&mut t, "type_attribute", toml::Value::String(".x=#[b]".into()));
        apply_override(&mut t, "type_attribute", toml::Value::String(".y=#[c]".into()));
        apply_override(&mut t, "client", toml::Value::Boolean(false));
        let o = RustOptions::deserialize(toml::Value::Table(t)).unwrap();
        let paths: Vec<&str> = o.prost.type_attribute.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, [".", ".x", ".y"]);
        assert!(!o.prost.client);
    }

    #[test]
    fn invalid_values_name_the_option() {
        for (text, needle) in [
            ("type_attribute = \"no-equals\"", "rust.type_attribute: `no-equals` is not PATH=VALUE"),
            ("type_attribute = \".=derive(Eq)\"", "`derive(Eq)` is not a Rust attribute"),
            ("type_attribute = \"a..b=#[x]\"", "`a..b` is not a protobuf path"),
            ("bytes = [1]", "rust.bytes must be a list of protobuf paths"),
            ("extern_path = \"google.x=::y\"", "`google.x` must be a fully qualified"),
            ("extern_path = \".google.x=not a path\"", "`not a path` is not a Rust path"),
            ("extern_path = [\".a=::x\", \".a=::y\"]", "`.a` is mapped twice"),
            ("type_attribute = 3", "rust.type_attribute must be a table"),
            ("crate_name = \"a b\"", "rust.crate_name"),
            ("clients = true", "unknown field"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.contains(needle), "{text}: {err}");
        }
    }
}

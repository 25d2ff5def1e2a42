//! `protosmith.toml`: what `protosmith gen` does when run with no arguments.
//!
//! ```toml
//! [inputs]
//! include = ["proto"]           # include roots, relative to this file
//! files = ["pulumi/*.proto"]    # names or globs, relative to an include root
//! # descriptor_set = "set.binpb" # or: a serialized FileDescriptorSet instead of sources
//!
//! [output]
//! dir = "generated"             # language L writes to <dir>/L/
//!
//! [python]                      # one table per language; `enabled = false` skips it
//! imports = "absolute"
//!
//! [plugins.go]                  # an external protoc plugin (see `plugin`)
//! command = "protoc-gen-go"     # default protoc-gen-NAME; shell words, relative paths from here
//! out = "go"                    # folder under [output] dir, default NAME
//! opt = "paths=source_relative" # the plugin's parameter
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lang::Lang;

pub const DEFAULT_FILE: &str = "protosmith.toml";

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Folder holding the config; relative paths in it are resolved against this.
    pub base: PathBuf,
    pub inputs: Inputs,
    pub output: Output,
    /// Per language: the option table as written (minus `enabled`), if the language is enabled.
    pub languages: BTreeMap<Lang, toml::Table>,
    pub disabled: Vec<Lang>,
    /// `[plugins.NAME]` tables, enabled or not, by name.
    pub plugins: BTreeMap<String, PluginConfig>,
}

/// One `[plugins.NAME]` table.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PluginConfig {
    pub command: Option<String>,
    pub out: Option<String>,
    pub opt: Option<String>,
    #[serde(default = "enabled_default")]
    pub enabled: bool,
}

fn enabled_default() -> bool {
    true
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inputs {
    #[serde(default)]
    pub include: Vec<PathBuf>,
    #[serde(default)]
    pub files: Vec<String>,
    #[serde(default)]
    pub descriptor_set: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    #[serde(default = "default_out")]
    pub dir: PathBuf,
}

impl Default for Output {
    fn default() -> Self {
        Output { dir: default_out() }
    }
}

fn default_out() -> PathBuf {
    PathBuf::from("generated")
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config `{path}`: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read { path: path.into(), source })?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Config::parse(&text, base).map_err(|message| ConfigError::Parse { path: path.into(), message })
    }

    pub fn parse(text: &str, base: PathBuf) -> Result<Config, String> {
        let mut table: toml::Table = toml::from_str(text).map_err(|e| e.to_string().trim().to_string())?;
        let take = |table: &mut toml::Table, key: &str| table.remove(key).unwrap_or(toml::Value::Table(Default::default()));
        let inputs: Inputs = take(&mut table, "inputs").try_into().map_err(|e: toml::de::Error| format!("[inputs]: {}", e.message()))?;
        let output: Output = take(&mut table, "output").try_into().map_err(|e: toml::de::Error| format!("[output]: {}", e.message()))?;
        let plugins: BTreeMap<String, PluginConfig> =
            take(&mut table, "plugins").try_into().map_err(|e: toml::de::Error| format!("[plugins]: {}", e.message()))?;
        for name in plugins.keys() {
            crate::plugin::check_name(name).map_err(|e| format!("[plugins.{name}]: {e}"))?;
        }
        let mut languages = BTreeMap::new();
        let mut disabled = Vec::new();
        for (key, value) in table {
            let lang = Lang::parse(&key).ok_or_else(|| {
                format!("unknown section [{key}]; expected inputs, output, plugins, rust, python or js")
            })?;
            let toml::Value::Table(mut opts) = value else {
                return Err(format!("[{key}] must be a table"));
            };
            match opts.remove("enabled") {
                None | Some(toml::Value::Boolean(true)) => {
                    languages.insert(lang, opts);
                }
                Some(toml::Value::Boolean(false)) => disabled.push(lang),
                Some(other) => return Err(format!("[{key}] enabled must be true or false, not {other}")),
            }
        }
        Ok(Config { base, inputs, output, languages, disabled, plugins })
    }

    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() || self.base.as_os_str().is_empty() { p.to_path_buf() } else { self.base.join(p) }
    }
}

/// `--opt lang.key=value`: `true`/`false` become booleans, everything else a string.
#[derive(Debug, Clone, PartialEq)]
pub struct OptOverride {
    pub lang: Lang,
    pub key: String,
    pub value: toml::Value,
}

impl std::str::FromStr for OptOverride {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (key, value) = s.split_once('=').ok_or_else(|| format!("`{s}` is not KEY=VALUE (e.g. python.imports=relative)"))?;
        let (lang, key) = key
            .split_once('.')
            .ok_or_else(|| format!("`{key}` must be LANG.KEY (e.g. python.imports)"))?;
        let lang = Lang::parse(lang).ok_or_else(|| format!("unknown language `{lang}` in --opt (rust, python, js)"))?;
        if key.is_empty() {
            return Err(format!("empty option name in `{s}`"));
        }
        let value = match value {
            "true" => toml::Value::Boolean(true),
            "false" => toml::Value::Boolean(false),
            v => toml::Value::String(v.to_string()),
        };
        Ok(OptOverride { lang, key: key.to_string(), value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_and_enabled() {
        let c = Config::parse(
            "[inputs]\ninclude=['proto']\nfiles=['a/*.proto']\n[output]\ndir='gen'\n[python]\nimports='relative'\n[js]\nenabled=false\n[rust]\n",
            PathBuf::from("base"),
        )
        .unwrap();
        assert_eq!(c.inputs.files, ["a/*.proto"]);
        assert_eq!(c.resolve(&c.output.dir), PathBuf::from("base/gen"));
        assert_eq!(c.languages.keys().copied().collect::<Vec<_>>(), [Lang::Rust, Lang::Python]);
        assert_eq!(c.disabled, [Lang::Js]);
        assert_eq!(c.languages[&Lang::Python]["imports"].as_str(), Some("relative"));
    }

    #[test]
    fn rejects_unknown_sections_and_keys() {
        assert!(Config::parse("[go]\n", PathBuf::new()).unwrap_err().contains("unknown section [go]"));
        assert!(Config::parse("[inputs]\nincludes=[]\n", PathBuf::new()).unwrap_err().contains("includes"));
    }

    #[test]
    fn plugin_tables() {
        let c = Config::parse(
            "[plugins.go]\nopt='paths=source_relative'\n[plugins.es]\ncommand='node_modules/.bin/protoc-gen-es'\nout='ts'\nenabled=false\n",
            PathBuf::new(),
        )
        .unwrap();
        assert_eq!(c.plugins["go"], PluginConfig { opt: Some("paths=source_relative".into()), enabled: true, ..Default::default() });
        assert_eq!((c.plugins["es"].out.as_deref(), c.plugins["es"].enabled), (Some("ts"), false));
        assert!(Config::parse("[plugins.go]\ncmd='x'\n", PathBuf::new()).unwrap_err().contains("cmd"));
        assert!(Config::parse("[plugins.js]\n", PathBuf::new()).unwrap_err().contains("built-in language"));
    }

    #[test]
    fn opt_override_parsing() {
        let o: OptOverride = "python.imports=relative".parse().unwrap();
        assert_eq!((o.lang, o.key.as_str(), o.value.as_str()), (Lang::Python, "imports", Some("relative")));
        let o: OptOverride = "js.dts=false".parse().unwrap();
        assert_eq!(o.value, toml::Value::Boolean(false));
        assert!("imports=relative".parse::<OptOverride>().is_err());
        assert!("go.x=1".parse::<OptOverride>().is_err());
        assert!("python.imports".parse::<OptOverride>().is_err());
    }
}

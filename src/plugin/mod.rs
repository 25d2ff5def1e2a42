//! The protoc plugin protocol (`google/protobuf/compiler/plugin.proto`), both ways:
//! protosmith runs external `protoc-gen-*` plugins as protoc would (`request`, `run`,
//! `response`), and is itself a protoc plugin (`mode`, the `protoc-gen-protosmith` binary).

pub mod mode;
pub mod request;
pub mod response;
pub mod run;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::compile::Compiled;
use crate::output::{FileSet, OutputPath};
use crate::write::RootOutput;

/// Default for `--plugin-timeout`: generous, since a plugin may be a `go run` or an `npx`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);

/// One external plugin run, fully resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginSpec {
    pub name: String,
    /// The command and its arguments (shell-words split).
    pub argv: Vec<String>,
    /// Folder relative paths in `argv[0]` are resolved against (the config's folder).
    pub base: Option<PathBuf>,
    /// Folder under the output root the plugin's files land in.
    pub out: String,
    /// The `parameter` of the request.
    pub opt: String,
}

impl PluginSpec {
    /// `protoc-gen-NAME` for a bare name, as protoc looks plugins up.
    pub fn default_command(name: &str) -> String {
        format!("protoc-gen-{name}")
    }

    /// Parses `command` (shell words) and checks `out`.
    pub fn new(name: &str, command: Option<&str>, out: Option<&str>, opt: Option<&str>, base: Option<PathBuf>) -> Result<PluginSpec, String> {
        check_name(name)?;
        let command = command.map(str::to_string).unwrap_or_else(|| Self::default_command(name));
        let argv = shell_words::split(&command).map_err(|e| format!("plugin `{name}`: command {command:?}: {e}"))?;
        if argv.is_empty() {
            return Err(format!("plugin `{name}`: empty command"));
        }
        let out = out.unwrap_or(name).trim_end_matches('/').to_string();
        OutputPath::new(out.clone()).map_err(|e| format!("plugin `{name}`: out: {e}"))?;
        Ok(PluginSpec { name: name.to_string(), argv, base, out, opt: opt.unwrap_or_default().to_string() })
    }

    /// `--plugin-opt` appends to the parameter with a comma, as protoc's `--NAME_opt` does.
    pub fn add_opt(&mut self, opt: &str) {
        if !self.opt.is_empty() && !opt.is_empty() {
            self.opt.push(',');
        }
        self.opt.push_str(opt);
    }
}

/// Plugin names are what `--lang` and `--plugin-opt` refer to.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        return Err(format!("invalid plugin name `{name}`: use letters, digits, `-` and `_`"));
    }
    if crate::lang::Lang::parse(name).is_some() {
        return Err(format!("plugin name `{name}` is a built-in language; give the plugin another name"));
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    /// The plugin reported an error in its response (`CodeGeneratorResponse.error`).
    #[error("plugin `{plugin}` reported an error: {message}")]
    Reported { plugin: String, message: String },
    #[error("plugin `{plugin}` ({command}) {fault}")]
    Failed { plugin: String, command: String, fault: run::RunFault },
    #[error("plugin `{plugin}` ({command}) wrote something that is not a CodeGeneratorResponse to stdout: {message}")]
    Garbage { plugin: String, command: String, message: String },
    #[error("plugin `{plugin}`: {message}")]
    Response { plugin: String, message: String },
    #[error("plugin `{plugin}`: {message}")]
    Unsupported { plugin: String, message: String },
    #[error("cannot build the CodeGeneratorRequest for the plugins: {0}")]
    Request(String),
}

/// One plugin's decoded response, ready to apply.
#[derive(Debug)]
pub struct PluginOutput {
    pub spec: PluginSpec,
    pub response: response::Response,
}

/// Runs every plugin, each in its own thread, like protoc once per plugin with every file to
/// generate. Fails with the first plugin (in the given order) that failed.
pub fn run_all(specs: &[PluginSpec], compiled: &Compiled, timeout: Duration) -> Result<Vec<PluginOutput>, PluginError> {
    if specs.is_empty() {
        return Ok(Vec::new());
    }
    let descriptors = request::Descriptors::new(compiled)
        .map_err(PluginError::Request)?;
    let descriptors = &descriptors;
    std::thread::scope(|s| {
        let handles: Vec<_> = specs.iter().map(|spec| s.spawn(move || run_one(spec, descriptors, compiled, timeout))).collect();
        handles.into_iter().map(|h| h.join().expect("plugin thread panicked")).collect()
    })
}

fn run_one(spec: &PluginSpec, descriptors: &request::Descriptors, compiled: &Compiled, timeout: Duration) -> Result<PluginOutput, PluginError> {
    let plugin = spec.name.clone();
    let command = shell_words::join(&spec.argv);
    let request = descriptors.encode(&spec.opt);
    let stdout = run::run(&spec.argv, spec.base.as_deref(), &request, timeout)
        .map_err(|fault| PluginError::Failed { plugin: plugin.clone(), command: command.clone(), fault })?;
    let response = response::decode(&stdout).map_err(|message| PluginError::Garbage { plugin: plugin.clone(), command, message })?;
    if let Some(error) = response.error.as_deref().filter(|e| !e.is_empty()) {
        let message = String::from_utf8_lossy(error).trim_end().to_string();
        return Err(PluginError::Reported { plugin, message });
    }
    check_features(spec, &response, compiled)?;
    Ok(PluginOutput { spec: spec.clone(), response })
}

/// protoc's checks after a plugin ran: proto3 `optional` needs FEATURE_PROTO3_OPTIONAL, and an
/// editions file needs FEATURE_SUPPORTS_EDITIONS with its edition in the plugin's range.
fn check_features(spec: &PluginSpec, response: &response::Response, compiled: &Compiled) -> Result<(), PluginError> {
    let features = response.supported_features.unwrap_or(0);
    let unsupported = |message: String| PluginError::Unsupported { plugin: spec.name.clone(), message };
    for name in &compiled.to_generate {
        let Some(file) = compiled.file(name) else { continue };
        // The pool holds editions files lowered to proto2; the compiled set knows them.
        if let Some(info) = compiled.editions.get(name) {
            if features & response::FEATURE_SUPPORTS_EDITIONS == 0 {
                return Err(unsupported(format!(
                    "{name}: is an editions file, but code generator {} hasn't been updated to support editions yet. \
                     Please ask the owner of this code generator to add support or switch back to proto2/proto3.",
                    spec.name
                )));
            }
            let edition = info.edition.number();
            let (min, max) = (response.minimum_edition.unwrap_or(i32::MIN), response.maximum_edition.unwrap_or(i32::MAX));
            if edition < min || edition > max {
                return Err(unsupported(format!("{name}: edition {edition} is outside the range {min}..={max} code generator {} supports", spec.name)));
            }
        }
        if file.syntax() == "proto3" && features & response::FEATURE_PROTO3_OPTIONAL == 0 && has_proto3_optional(&file.message_type) {
            return Err(unsupported(format!(
                "{name}: is a proto3 file that contains optional fields, but code generator {} hasn't been updated to support optional fields in proto3. Please ask the owner of this code generator to support proto3 optional.",
                spec.name
            )));
        }
    }
    Ok(())
}

fn has_proto3_optional(messages: &[prost_types::DescriptorProto]) -> bool {
    messages.iter().any(|m| m.field.iter().any(|f| f.proto3_optional()) || has_proto3_optional(&m.nested_type))
}

/// Adds the plugins' files to the output roots: a plugin whose `out` is a built-in language's
/// folder (or another plugin's) shares that root, so it may insert into files generated there
/// (built-in languages first, then plugins in order), as protoc's generators sharing an output
/// folder do. Every other `out` becomes a root of its own.
pub fn merge(outputs: &mut Vec<RootOutput>, out_root: &std::path::Path, plugins: Vec<PluginOutput>) -> Result<(), PluginError> {
    let mut extra: BTreeMap<PathBuf, FileSet> = BTreeMap::new();
    for p in plugins {
        let root = out_root.join(&p.spec.out);
        let files = match outputs.iter_mut().find(|o| o.root == root) {
            Some(existing) => &mut existing.files,
            None => extra.entry(root).or_default(),
        };
        response::apply(&p.response, files).map_err(|message| PluginError::Response { plugin: p.spec.name.clone(), message })?;
    }
    outputs.extend(extra.into_iter().map(|(root, files)| RootOutput { root, files }));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_split_commands_and_check_out() {
        let s = PluginSpec::new("go", None, None, Some("paths=source_relative"), None).unwrap();
        assert_eq!((s.argv.clone(), s.out.as_str()), (vec!["protoc-gen-go".to_string()], "go"));
        let mut s = PluginSpec::new("ts", Some("node 'my plugin.js' --x"), Some("web/ts/"), None, None).unwrap();
        assert_eq!(s.argv, ["node", "my plugin.js", "--x"]);
        assert_eq!(s.out, "web/ts");
        s.add_opt("a=1");
        s.add_opt("b=2");
        assert_eq!(s.opt, "a=1,b=2");
        assert!(PluginSpec::new("go", None, Some("../x"), None, None).is_err());
        assert!(PluginSpec::new("go", Some("'unclosed"), None, None, None).is_err());
        assert!(PluginSpec::new("python", None, None, None, None).unwrap_err().contains("built-in language"));
        assert!(PluginSpec::new("a b", None, None, None, None).is_err());
    }
}

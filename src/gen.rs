//! `protosmith gen`: config + flags -> compile -> model -> generators -> writer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cli::GenArgs;
use crate::compile::{self, CompileError, Input};
use crate::config::{self, Config, ConfigError};
use crate::lang::{self, Lang, LangError, Request};
use crate::model::Model;
use crate::plugin::{self, PluginError, PluginSpec};
use crate::render::{TemplateError, Templates};
use crate::write::{self, RootOutput, WriteError};

#[derive(Debug, thiserror::Error)]
pub enum GenCmdError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Compile(#[from] CompileError),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Lang(#[from] LangError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error(transparent)]
    Plugin(#[from] PluginError),
    #[error("{0}")]
    Usage(String),
    #[error("cannot write descriptor set `{path}`: {source}")]
    DescriptorSet { path: PathBuf, source: std::io::Error },
    #[error("no languages selected: enable one in the config or pass --lang")]
    NoLanguages,
}

/// How a successful run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Written,
    UpToDate,
    Drift(usize),
}

/// The fully resolved plan of a run: no more defaults to apply after this.
#[derive(Debug)]
pub struct Plan {
    pub input: Input,
    pub out: PathBuf,
    pub languages: BTreeMap<Lang, toml::Table>,
    /// External protoc plugins to run, in name order (which is the order their output is
    /// applied in, for insertion points).
    pub plugins: Vec<PluginSpec>,
    pub plugin_timeout: std::time::Duration,
}

pub fn plan(args: &GenArgs) -> Result<Plan, GenCmdError> {
    let config = match &args.config {
        Some(path) => Config::load(path)?,
        None if Path::new(config::DEFAULT_FILE).is_file() => Config::load(Path::new(config::DEFAULT_FILE))?,
        None => Config::default(),
    };
    let cli_inputs = !args.files.is_empty() || !args.include.is_empty() || args.descriptor_set_in.is_some();
    let input = if let Some(set) = &args.descriptor_set_in {
        Input::DescriptorSet { path: set.clone(), files: args.files.clone() }
    } else if cli_inputs {
        let include = if args.include.is_empty() { vec![PathBuf::from(".")] } else { args.include.clone() };
        Input::Sources { includes: include, files: args.files.clone() }
    } else if let Some(set) = &config.inputs.descriptor_set {
        Input::DescriptorSet { path: config.resolve(set), files: config.inputs.files.clone() }
    } else {
        let mut include: Vec<PathBuf> = config.inputs.include.iter().map(|p| config.resolve(p)).collect();
        if include.is_empty() {
            include.push(config.resolve(Path::new(".")));
        }
        Input::Sources { includes: include, files: config.inputs.files.clone() }
    };
    let out = args.out.clone().unwrap_or_else(|| config.resolve(&config.output.dir));
    let (plugins, named_langs) = plan_plugins(args, &config)?;
    let selected: Vec<Lang> = if !args.lang.is_empty() {
        named_langs
    } else if config.languages.is_empty() && config.disabled.is_empty() && plugins.is_empty() {
        // Nothing chosen anywhere (no language or plugin tables, no --plugin): every built-in.
        Lang::ALL.to_vec()
    } else {
        config.languages.keys().copied().collect()
    };
    let mut languages = BTreeMap::new();
    for lang in selected {
        let mut table = config.languages.get(&lang).cloned().unwrap_or_default();
        for o in args.opts.iter().filter(|o| o.lang == lang) {
            lang::apply_override(lang, &mut table, &o.key, o.value.clone());
        }
        languages.insert(lang, table);
    }
    if languages.is_empty() && plugins.is_empty() {
        return Err(GenCmdError::NoLanguages);
    }
    let plugin_timeout = match args.plugin_timeout {
        None => plugin::DEFAULT_TIMEOUT,
        Some(s) if s.is_finite() && s > 0.0 => std::time::Duration::from_secs_f64(s),
        Some(s) => return Err(GenCmdError::Usage(format!("--plugin-timeout must be a positive number of seconds, not {s}"))),
    };
    Ok(Plan { input, out, languages, plugins, plugin_timeout })
}

/// The plugins to run, and the built-in languages `--lang` named: config tables, `--plugin`
/// (which defines or re-points a plugin and runs it) and `--plugin-opt`; `--lang` picks among
/// languages and plugins by name, otherwise every enabled plugin runs.
fn plan_plugins(args: &GenArgs, config: &Config) -> Result<(Vec<PluginSpec>, Vec<Lang>), GenCmdError> {
    let usage = GenCmdError::Usage;
    // name -> (spec, enabled)
    let mut all: BTreeMap<String, (PluginSpec, bool)> = BTreeMap::new();
    for (name, c) in &config.plugins {
        let out = c.out.as_deref();
        let spec = PluginSpec::new(name, c.command.as_deref(), out, c.opt.as_deref(), Some(config.base.clone())).map_err(usage)?;
        all.insert(name.clone(), (spec, c.enabled));
    }
    for (name, command) in &args.plugins {
        match all.get_mut(name) {
            Some((spec, enabled)) => {
                if let Some(command) = command {
                    let fresh = PluginSpec::new(name, Some(command), Some(&spec.out), Some(&spec.opt), None).map_err(usage)?;
                    *spec = fresh;
                }
                *enabled = true;
            }
            None => {
                let spec = PluginSpec::new(name, command.as_deref(), None, None, None).map_err(usage)?;
                all.insert(name.clone(), (spec, true));
            }
        }
    }
    for (name, opt) in &args.plugin_opts {
        let (spec, _) = all.get_mut(name).ok_or_else(|| {
            usage(format!("--plugin-opt {name}=...: no plugin `{name}` (define it with --plugin {name}=CMD or [plugins.{name}])"))
        })?;
        spec.add_opt(opt);
    }
    if args.lang.is_empty() {
        return Ok((all.into_values().filter(|(_, on)| *on).map(|(s, _)| s).collect(), Vec::new()));
    }
    let mut langs = Vec::new();
    let mut chosen = BTreeMap::new();
    for word in &args.lang {
        if let Some(lang) = Lang::parse(word) {
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        } else if let Some((spec, _)) = all.get(word) {
            chosen.insert(word.clone(), spec.clone());
        } else {
            return Err(usage(format!(
                "unknown language or plugin `{word}` in --lang: the built-in languages are rust, python and js; \
                 plugins come from [plugins.NAME] in the config or --plugin NAME=CMD"
            )));
        }
    }
    Ok((chosen.into_values().collect(), langs))
}

pub fn run(args: &GenArgs) -> Result<Outcome, GenCmdError> {
    let plan = plan(args)?;
    let templates = Templates::load(args.templates.as_deref())?;
    let compiled = compile::compile(&plan.input)?;
    let model = Model::build(&compiled);
    let req = Request { compiled: &compiled, model: &model, templates: &templates };
    // Everything is generated before anything is written: a failing language writes nothing.
    // External plugins run in their own threads meanwhile.
    let (natives, plugged) = std::thread::scope(|s| {
        let plugged = s.spawn(|| plugin::run_all(&plan.plugins, &compiled, plan.plugin_timeout));
        let natives = (|| {
            let mut outputs = Vec::new();
            for (lang, options) in &plan.languages {
                let files = lang::generate(*lang, options, &req)?;
                outputs.push(RootOutput { root: plan.out.join(lang.name()), files });
            }
            Ok::<_, GenCmdError>(outputs)
        })();
        (natives, plugged.join().expect("plugin runner panicked"))
    });
    let mut outputs = natives?;
    plugin::merge(&mut outputs, &plan.out, plugged?)?;
    let descriptor_set = match &args.descriptor_set_out {
        Some(path) => Some((
            path,
            plugin::request::descriptor_set(&compiled, args.include_imports, args.include_source_info).map_err(GenCmdError::Usage)?,
        )),
        None => None,
    };
    if args.check {
        let mut drift: Vec<String> = write::check(&outputs)?.iter().map(|d| d.diff().to_string()).collect();
        if let Some((path, set)) = &descriptor_set {
            if std::fs::read(path).ok().as_ref() != Some(set) {
                drift.push(format!("Binary files a/{0} and b/{0} differ\n", path.display()));
            }
        }
        for d in &drift {
            print!("{d}");
        }
        if drift.is_empty() {
            eprintln!("protosmith: {} is up to date", plan.out.display());
            Ok(Outcome::UpToDate)
        } else {
            eprintln!("protosmith: {} generated file(s) differ from {}", drift.len(), plan.out.display());
            Ok(Outcome::Drift(drift.len()))
        }
    } else {
        let summary = write::write(&outputs)?;
        if let Some((path, set)) = &descriptor_set {
            write_atomically(path, set).map_err(|source| GenCmdError::DescriptorSet { path: path.to_path_buf(), source })?;
        }
        eprintln!(
            "protosmith: {} file(s) written, {} stale removed, {} language root(s) already up to date",
            summary.written, summary.removed, summary.unchanged_roots
        );
        Ok(Outcome::Written)
    }
}

/// Writes `bytes` to a temporary file beside `path` and renames it into place.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.protosmith-tmp-{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

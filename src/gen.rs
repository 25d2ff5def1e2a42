//! `protosmith gen`: config + flags -> compile -> model -> generators -> writer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::cli::GenArgs;
use crate::compile::{self, CompileError, Input};
use crate::config::{self, Config, ConfigError};
use crate::lang::{self, Lang, LangError, Request};
use crate::model::Model;
use crate::output::Sink;
use crate::plugin::{self, PluginError, PluginSpec};
use crate::progress::Progress;
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
    #[error("--opt {lang}.enabled: {message}")]
    Enabled { lang: Lang, message: String },
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
    let mut selected: Vec<Lang> = if !args.lang.is_empty() {
        named_langs.clone()
    } else if config.languages.is_empty() && config.disabled.is_empty() && plugins.is_empty() {
        // Nothing chosen anywhere (no language or plugin tables, no --plugin): every built-in.
        Lang::ALL.to_vec()
    } else {
        config.languages.keys().copied().collect()
    };
    // `--opt L.enabled=...` does what `enabled` in the config does (the last one wins).
    for o in args.opts.iter().filter(|o| o.key == "enabled") {
        let fail = |message: &str| GenCmdError::Enabled { lang: o.lang, message: message.into() };
        match o.value {
            toml::Value::Boolean(false) if named_langs.contains(&o.lang) => {
                return Err(fail("contradicts --lang; drop one of them"));
            }
            toml::Value::Boolean(false) => selected.retain(|l| *l != o.lang),
            toml::Value::Boolean(true) if args.lang.is_empty() && !selected.contains(&o.lang) => selected.push(o.lang),
            toml::Value::Boolean(true) => {}
            _ => return Err(fail("must be true or false")),
        }
    }
    // Every language's options are validated, whether it runs or not: a typo in an option of a
    // language left out of this run must not wait for the run that includes it.
    let mut languages = BTreeMap::new();
    for lang in Lang::ALL {
        let mut table = config.languages.get(&lang).cloned().unwrap_or_default();
        for o in args.opts.iter().filter(|o| o.lang == lang && o.key != "enabled") {
            lang::apply_override(lang, &mut table, &o.key, o.value.clone());
        }
        lang::check_options(lang, &table).map_err(LangError::from)?;
        if selected.contains(&lang) {
            languages.insert(lang, table);
        }
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
    if let Some(jobs) = args.jobs {
        // Fails only if the pool already exists (a second run in this process): keep that one.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.into()).build_global();
    }
    let progress = Progress::start(!args.quiet);
    // The templates are compiled beside the front end: on a small tree they are a third of the run.
    let (templates, compiled) = std::thread::scope(|scope| {
        let templates = scope.spawn(|| Templates::load(args.templates.as_deref()));
        let compiled = compile::compile(&plan.input);
        (templates.join().expect("template loading panicked"), compiled)
    });
    let templates = templates?;
    let compiled = compiled?;
    // protoc's warnings, printed as protoc prints them (`--quiet` silences progress only).
    for warning in &compiled.warnings {
        eprintln!("{warning}");
    }
    progress.parsed(compiled.files().len());
    let model = Model::build(&compiled);
    let outcome = generate_and_write(args, &plan, &compiled, &model, &templates, progress);
    // A big tree's descriptors and model take seconds to free, one allocation at a time; the
    // CLI exits right after this returns, and exiting reclaims them at once.
    std::thread::spawn(move || drop((compiled, model)));
    outcome
}

fn generate_and_write(
    args: &GenArgs,
    plan: &Plan,
    compiled: &compile::Compiled,
    model: &Model,
    templates: &Templates,
    mut progress: Progress,
) -> Result<Outcome, GenCmdError> {
    let req = Request::new(compiled, model, templates);
    let roots: Vec<PathBuf> = plan.languages.keys().map(|lang| plan.out.join(lang.name())).collect();
    let say = |text: String| {
        if !args.quiet {
            eprintln!("{text}");
        }
    };
    let descriptor_set = match &args.descriptor_set_out {
        Some(path) => Some((
            path,
            plugin::request::descriptor_set(&compiled, args.include_imports, args.include_source_info).map_err(GenCmdError::Usage)?,
        )),
        None => None,
    };
    // Without external plugins each language's files stream into its sink as they are
    // rendered: staging folders swapped in only once every language succeeded (a failing
    // language writes nothing), or, for --check, comparisons with the tree. A plugin may
    // insert into native files (insertion points), so with plugins the native output is held
    // in memory until they have answered.
    let streaming = plan.plugins.is_empty();
    if args.check {
        let checker = write::Checker::new(&roots, Some(progress.counters()))?;
        let leftovers = checker.leftovers();
        let found = if streaming {
            let outputs = generate_all(plan, &req, |root| checker.sink(root).map(Some))?;
            checker.finish(&outputs)?
        } else {
            write::check(&with_plugins(plan, &req, compiled)?)?
        };
        progress.finish();
        let mut drift: Vec<String> = found.iter().map(|d| d.diff().to_string()).collect();
        if let Some((path, set)) = &descriptor_set {
            if std::fs::read(path).ok().as_ref() != Some(set) {
                drift.push(format!("Binary files a/{0} and b/{0} differ\n", path.display()));
            }
        }
        for d in &drift {
            print!("{d}");
        }
        for l in &leftovers {
            eprintln!(
                "protosmith: {} was left by an interrupted run (process {} is gone); the next `gen` removes it",
                l.path.display(),
                l.pid
            );
        }
        let count = drift.len() + leftovers.len();
        if count == 0 {
            say(format!("protosmith: {} is up to date", plan.out.display()));
            Ok(Outcome::UpToDate)
        } else {
            if !drift.is_empty() {
                eprintln!("protosmith: {} generated file(s) differ from {}", drift.len(), plan.out.display());
            }
            Ok(Outcome::Drift(count))
        }
    } else {
        let summary = if streaming {
            let staging = write::Staging::begin(&roots, Some(progress.counters()))?;
            let outputs = generate_all(plan, &req, |root| staging.sink(root).map(Some))?;
            staging.commit(&outputs)?
        } else {
            write::write(&with_plugins(plan, &req, compiled)?)?
        };
        if let Some((path, set)) = &descriptor_set {
            write_atomically(path, set).map_err(|source| GenCmdError::DescriptorSet { path: path.to_path_buf(), source })?;
        }
        progress.finish();
        say(format!(
            "protosmith: {} file(s) written, {} stale removed, {} language root(s) already up to date",
            summary.written, summary.removed, summary.unchanged_roots
        ));
        Ok(Outcome::Written)
    }
}

/// Runs every language's generator at once on the rayon pool (each also renders its files in
/// parallel), each streaming into the sink `sink_for` gives for its root (`None`: in memory).
/// Results come back in language order, and the first failing language (in that order) is the
/// error reported.
fn generate_all(
    plan: &Plan,
    req: &Request,
    sink_for: impl Fn(&Path) -> Result<Option<Arc<dyn Sink>>, WriteError> + Sync,
) -> Result<Vec<RootOutput>, GenCmdError> {
    let jobs: Vec<(&Lang, &toml::Table)> = plan.languages.iter().collect();
    let results: Vec<Result<RootOutput, GenCmdError>> = jobs
        .par_iter()
        .map(|(lang, options)| {
            let root = plan.out.join(lang.name());
            let req = match sink_for(&root)? {
                Some(sink) => req.streaming_to(sink),
                None => req.in_memory(),
            };
            let files = lang::generate(**lang, options, &req)?;
            Ok(RootOutput { root, files })
        })
        .collect();
    results.into_iter().collect()
}

/// Native languages in memory while the external plugins run in their own threads, then the
/// plugins' files merged in (insertion points included).
fn with_plugins(plan: &Plan, req: &Request, compiled: &compile::Compiled) -> Result<Vec<RootOutput>, GenCmdError> {
    let (natives, plugged) = std::thread::scope(|s| {
        let plugged = s.spawn(|| plugin::run_all(&plan.plugins, compiled, plan.plugin_timeout));
        let natives = generate_all(plan, req, |_| Ok(None));
        (natives, plugged.join().expect("plugin runner panicked"))
    });
    let mut outputs = natives?;
    plugin::merge(&mut outputs, &plan.out, plugged?)?;
    Ok(outputs)
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

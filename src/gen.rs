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
    let selected: Vec<Lang> = if !args.lang.is_empty() {
        args.lang.clone()
    } else if config.languages.is_empty() && config.disabled.is_empty() {
        Lang::ALL.to_vec()
    } else {
        config.languages.keys().copied().collect()
    };
    let mut languages = BTreeMap::new();
    for lang in selected {
        let mut table = config.languages.get(&lang).cloned().unwrap_or_default();
        for o in args.opts.iter().filter(|o| o.lang == lang) {
            table.insert(o.key.clone(), o.value.clone());
        }
        languages.insert(lang, table);
    }
    if languages.is_empty() {
        return Err(GenCmdError::NoLanguages);
    }
    Ok(Plan { input, out, languages })
}

pub fn run(args: &GenArgs) -> Result<Outcome, GenCmdError> {
    let plan = plan(args)?;
    if let Some(jobs) = args.jobs {
        // Fails only if the pool already exists (a second run in this process): keep that one.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs.into()).build_global();
    }
    let mut progress = Progress::start(!args.quiet);
    let templates = Templates::load(args.templates.as_deref())?;
    let compiled = compile::compile(&plan.input)?;
    progress.parsed(compiled.files.len());
    let model = Model::build(&compiled);
    let req = Request::new(&compiled, &model, &templates);
    let roots: Vec<PathBuf> = plan.languages.keys().map(|lang| plan.out.join(lang.name())).collect();
    let say = |text: String| {
        if !args.quiet {
            eprintln!("{text}");
        }
    };
    // Each language's files stream into its sink as they are rendered: staging folders that
    // are swapped in only once every language succeeded (a failing language writes nothing),
    // or, for --check, comparisons with the tree.
    if args.check {
        let checker = write::Checker::new(&roots, Some(progress.counters()))?;
        let outputs = generate_all(&plan, &req, |root| checker.sink(root))?;
        let leftovers = checker.leftovers();
        let drift = checker.finish(&outputs)?;
        progress.finish();
        for d in &drift {
            print!("{}", d.diff());
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
        let staging = write::Staging::begin(&roots, Some(progress.counters()))?;
        let outputs = generate_all(&plan, &req, |root| staging.sink(root))?;
        let summary = staging.commit(&outputs)?;
        progress.finish();
        say(format!(
            "protosmith: {} file(s) written, {} stale removed, {} language root(s) already up to date",
            summary.written, summary.removed, summary.unchanged_roots
        ));
        Ok(Outcome::Written)
    }
}

/// Runs every language's generator at once on the rayon pool (each also renders its files in
/// parallel), each streaming into the sink `sink_for` gives for its root. Results come back in
/// language order, and the first failing language (in that order) is the error reported.
fn generate_all(
    plan: &Plan,
    req: &Request,
    sink_for: impl Fn(&Path) -> Result<Arc<dyn Sink>, WriteError> + Sync,
) -> Result<Vec<RootOutput>, GenCmdError> {
    let jobs: Vec<(&Lang, &toml::Table)> = plan.languages.iter().collect();
    let results: Vec<Result<RootOutput, GenCmdError>> = jobs
        .par_iter()
        .map(|(lang, options)| {
            let root = plan.out.join(lang.name());
            let req = req.streaming_to(sink_for(&root)?);
            let files = lang::generate(**lang, options, &req)?;
            Ok(RootOutput { root, files })
        })
        .collect();
    results.into_iter().collect()
}

//! `protosmith gen`: config + flags -> compile -> model -> generators -> writer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cli::GenArgs;
use crate::compile::{self, CompileError, Input};
use crate::config::{self, Config, ConfigError};
use crate::lang::{self, Lang, LangError, Request};
use crate::model::Model;
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
    let mut selected: Vec<Lang> = if !args.lang.is_empty() {
        args.lang.clone()
    } else if config.languages.is_empty() && config.disabled.is_empty() {
        Lang::ALL.to_vec()
    } else {
        config.languages.keys().copied().collect()
    };
    // `--opt L.enabled=...` does what `enabled` in the config does (the last one wins).
    for o in args.opts.iter().filter(|o| o.key == "enabled") {
        let fail = |message: &str| GenCmdError::Enabled { lang: o.lang, message: message.into() };
        match o.value {
            toml::Value::Boolean(false) if args.lang.contains(&o.lang) => {
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
            table.insert(o.key.clone(), o.value.clone());
        }
        lang::check_options(lang, &table).map_err(LangError::from)?;
        if selected.contains(&lang) {
            languages.insert(lang, table);
        }
    }
    if languages.is_empty() {
        return Err(GenCmdError::NoLanguages);
    }
    Ok(Plan { input, out, languages })
}

pub fn run(args: &GenArgs) -> Result<Outcome, GenCmdError> {
    let plan = plan(args)?;
    let templates = Templates::load(args.templates.as_deref())?;
    let compiled = compile::compile(&plan.input)?;
    let model = Model::build(&compiled);
    let req = Request { model: &model, descriptors: compiled.descriptors(), templates: &templates };
    // Everything is generated before anything is written: a failing language writes nothing.
    let mut outputs = Vec::new();
    for (lang, options) in &plan.languages {
        let files = lang::generate(*lang, options, &req)?;
        outputs.push(RootOutput { root: plan.out.join(lang.name()), files });
    }
    if args.check {
        let drift = write::check(&outputs)?;
        for d in &drift {
            print!("{}", d.diff());
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
        eprintln!(
            "protosmith: {} file(s) written, {} stale removed, {} language root(s) already up to date",
            summary.written, summary.removed, summary.unchanged_roots
        );
        Ok(Outcome::Written)
    }
}

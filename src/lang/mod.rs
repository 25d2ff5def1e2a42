//! One module per target language. Each maps the shared model to its own view and returns a
//! `FileSet`; none of them touches the disk.

pub mod common;
pub mod js;
pub mod python;
pub mod rust;

use std::fmt;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::compile::{Compiled, Descriptors};
use crate::model::Model;
use crate::output::{FileSet, FileSetError, Sink};
use crate::render::{TemplateError, Templates};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Rust,
    Python,
    Js,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Rust, Lang::Python, Lang::Js];

    pub fn name(self) -> &'static str {
        match self {
            Lang::Rust => "rust",
            Lang::Python => "python",
            Lang::Js => "js",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.name() == s)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Everything a generator may read: the model, and descriptor bytes for the two outputs that
/// embed or hand on descriptors as such (`_pb2.py`, prost-build's input).
pub struct Request<'a> {
    pub model: &'a Model,
    pub descriptors: Descriptors<'a>,
    pub templates: &'a Templates,
    /// Where the files of this run go as they are rendered (see [`Request::file_set`]); `None`
    /// keeps them in memory.
    pub sink: Option<Arc<dyn Sink>>,
}

impl<'a> Request<'a> {
    pub fn new(compiled: &'a Compiled, model: &'a Model, templates: &'a Templates) -> Self {
        Request { model, descriptors: compiled.descriptors(), templates, sink: None }
    }

    /// The same request with its files kept in memory.
    pub fn in_memory(&self) -> Self {
        Request { sink: None, ..*self }
    }

    /// The same request with its files streamed to `sink`.
    pub fn streaming_to(&self, sink: Arc<dyn Sink>) -> Self {
        Request { sink: Some(sink), ..*self }
    }

    /// The set a generator fills: streams to the run's sink if there is one.
    pub fn file_set(&self) -> FileSet {
        match &self.sink {
            Some(sink) => FileSet::streaming(sink.clone()),
            None => FileSet::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GenError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Output(#[from] FileSetError),
    #[error("{file}: {construct} is not supported by the {lang} generator")]
    Unsupported { lang: Lang, file: String, construct: String },
    #[error("{lang} generator: {message}")]
    Failed { lang: Lang, message: String },
}

#[derive(Debug, thiserror::Error)]
#[error("invalid options for {lang}: {message}")]
pub struct OptionsError {
    pub lang: Lang,
    pub message: String,
}

/// Turns a language's option table (config plus `--opt` overrides) into its typed options.
pub fn parse_options<T: DeserializeOwned>(lang: Lang, table: &toml::Table) -> Result<T, OptionsError> {
    T::deserialize(toml::Value::Table(table.clone()))
        .map_err(|e| OptionsError { lang, message: e.to_string().trim().to_string() })
}

/// Validates a language's option table without generating: every language's options are
/// checked, selected for this run or not.
pub fn check_options(lang: Lang, options: &toml::Table) -> Result<(), OptionsError> {
    match lang {
        Lang::Rust => parse_options::<rust::RustOptions>(lang, options).map(drop),
        Lang::Python => parse_options::<python::PythonOptions>(lang, options).map(drop),
        Lang::Js => parse_options::<js::JsOptions>(lang, options).map(drop),
    }
}

/// Applies one `--opt LANG.KEY=VALUE` to the language's option table: replaces the key, except
/// for options that take a list of entries (e.g. `rust.type_attribute`), which gain one.
pub fn apply_override(lang: Lang, table: &mut toml::Table, key: &str, value: toml::Value) {
    match lang {
        Lang::Rust => rust::apply_override(table, key, value),
        _ => {
            table.insert(key.to_string(), value);
        }
    }
}

/// Runs one language's generator with its options table.
pub fn generate(lang: Lang, options: &toml::Table, req: &Request) -> Result<FileSet, LangError> {
    match lang {
        Lang::Rust => Ok(rust::generate(req, &parse_options(lang, options)?)?),
        Lang::Python => Ok(python::generate(req, &parse_options(lang, options)?)?),
        Lang::Js => Ok(js::generate(req, &parse_options(lang, options)?)?),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LangError {
    #[error(transparent)]
    Options(#[from] OptionsError),
    #[error(transparent)]
    Gen(#[from] GenError),
}

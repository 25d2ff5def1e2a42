//! Front end: turns `.proto` sources (or a serialized descriptor set) into descriptors.
//!
//! Everything downstream reads the result of this module only; nothing else parses protos.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use globset::GlobBuilder;
use miette::Diagnostic;
use prost::Message as _;
use prost_reflect::DescriptorPool;
use prost_types::FileDescriptorProto;

mod canonical;
mod descriptor_set;
mod descriptors;
pub mod editions;
mod message_set_options;
mod first_occurrence;
mod packed_options;
mod pool_aliases;
mod link_errors;
mod option_paths;
mod protoc_checks;
mod retention;
mod sources;

pub use descriptors::{keep_element_comments, CommentedLocation, DescriptorError, Descriptors, EncodedFile, FileOutline, SourceInfo};
pub(crate) use descriptors::mark_method_bodies;
pub use packed_options::repack_options;
pub use pool_aliases::{decode_pool, PoolAliases};
pub use retention::{strip_source_retention, Retention};

/// What to compile.
#[derive(Debug, Clone)]
pub enum Input {
    /// Include roots plus files (or glob patterns) named relative to a root, like protoc.
    Sources { includes: Vec<PathBuf>, files: Vec<String> },
    /// A serialized `FileDescriptorSet` (protoc's `--descriptor_set_in`) and the files in it to
    /// generate; an empty list means every file of the set that is not a well-known type.
    DescriptorSet { path: PathBuf, files: Vec<String> },
}

/// The compiled input: every file (imports first) and which of them get output.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// Keeps custom options and everything else protox resolved; generators that need exact
    /// descriptor bytes or option values read from here.
    pub pool: DescriptorPool,
    /// The files whose descriptor is not the pool's own (`pool_aliases` undone, a plugin
    /// request's files), by index in the pool; every other file is read from the pool rather
    /// than copied (see [`Compiled::files`]).
    pub replaced: HashMap<usize, FileDescriptorProto>,
    /// Names of the files output is written for, in the order they were named.
    pub to_generate: Vec<String>,
    /// `(file, service index, method index)` of every method written with a `{ ... }` body.
    /// protoc records such a method with an (empty) options message and `;` without one;
    /// generators that embed descriptor bytes need the difference, and protox does not keep it.
    pub method_bodies: HashSet<(String, usize, usize)>,
    /// Read from a serialized descriptor set rather than compiled from sources: its
    /// descriptors are taken as given (protoc's `--descriptor_set_in` does the same), e.g. every
    /// `json_name` it holds counts as written, while protox fills one in for every field.
    pub from_descriptor_set: bool,
    /// Per file, the source-style paths (`[4, m, 2, f]`, ...) of the fields whose `json_name`
    /// was written: in the descriptor set as read, or in the source (found once, while each
    /// file's source info is at hand; the pool fills in the others). A file not here is read
    /// from its source info (`Descriptors::encoded_file`).
    pub json_names_written: HashMap<String, HashSet<Vec<i32>>>,
    /// The editions files by name: the pool holds them lowered to proto2 (see
    /// `compile::editions`); this is what they say beyond that.
    pub editions: HashMap<String, editions::EditionsFile>,
    /// A file of the run imported the include roots' own `google/protobuf/descriptor.proto`:
    /// protoc then decides which options are source-retention by that copy, in every file of
    /// the run, rather than by its built-in one.
    pub own_descriptor_proto: bool,
    /// What the pool was handed instead of the source's descriptors (`pool_aliases`): bytes
    /// read from the pool go through `encoded_file`, which undoes it.
    pub aliases: PoolAliases,
    /// protoc's warnings for the sources (`file:line:col: warning: ...`, e.g. a deprecated
    /// feature), for the caller to print; they stop nothing.
    pub warnings: Vec<String>,
    /// Each source file's full source info, encoded (a fifth of the memory of the decoded
    /// locations), read back one file at a time by [`Compiled::source_info`]; the pool holds none
    /// for a file read from source.
    pub source_infos: HashMap<String, Vec<u8>>,
}

impl Compiled {
    /// Every file in dependency order (a file comes after all of its imports). Their source
    /// info is read with [`Compiled::source_info`].
    pub fn files(&self) -> impl ExactSizeIterator<Item = &FileDescriptorProto> {
        self.pool.file_descriptor_protos().enumerate().map(|(i, f)| self.replaced.get(&i).unwrap_or(f))
    }

    pub fn file(&self, name: &str) -> Option<&FileDescriptorProto> {
        // The pool's hashed name index finds the file (a scan per lookup made `_pb2.py` for a
        // tree quadratic in its number of files).
        let at = self.pool.get_file_by_name(name)?.index();
        self.replaced.get(&at).or_else(|| self.pool.file_descriptor_protos().nth(at))
    }

    /// The named file's full source info (see `source_infos`).
    pub fn source_info(&self, name: &str) -> Option<prost_types::SourceCodeInfo> {
        match self.source_infos.get(name) {
            Some(bytes) => prost_types::SourceCodeInfo::decode(bytes.as_slice()).ok(),
            None => self.file(name)?.source_code_info.clone(),
        }
    }

    /// The named file's source info locations without spans, for readers of its comments.
    pub fn commented_locations(&self, name: &str) -> Vec<CommentedLocation> {
        match self.source_infos.get(name) {
            Some(bytes) => descriptors::commented_locations(bytes).unwrap_or_default(),
            None => self.file(name).and_then(|f| f.source_code_info.as_ref()).map_or_else(Vec::new, |info| info.location.iter().map(Into::into).collect()),
        }
    }

    pub fn is_generated(&self, name: &str) -> bool {
        self.to_generate.iter().any(|n| n == name)
    }

    /// The descriptor set of every file, source info included, extension options kept.
    pub fn encoded_descriptor_set(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for (pooled, file) in self.pool.files().zip(self.files()) {
            // `encoded_file` has no source info; `source_info` gives the full one.
            if let Some(mut bytes) = encoded_file(self, pooled.name()) {
                if let Some(info) = self.source_info(file.name()) {
                    prost::encoding::message::encode(FILE_SOURCE_CODE_INFO, &info, &mut bytes);
                }
                prost::encoding::bytes::encode(1, &bytes, &mut out);
            }
        }
        out
    }

    /// The named files as a set, for callers that test membership of many files.
    pub fn generated_set(&self) -> HashSet<&str> {
        self.to_generate.iter().map(String::as_str).collect()
    }

}

#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    /// A diagnostic already rendered as `file:line:col: message`, the source line and a caret.
    #[error("{0}")]
    Proto(String),
    #[error("no input files: name .proto files (relative to an include root) or set `files` in the config")]
    NoInputs,
    #[error("pattern `{pattern}` matched no .proto file under the include roots {roots}")]
    NoMatch { pattern: String, roots: String },
    #[error("invalid file pattern `{pattern}`: {source}")]
    BadPattern { pattern: String, source: globset::Error },
    #[error("include root `{0}` is not a directory")]
    MissingRoot(PathBuf),
    #[error("cannot read descriptor set `{path}`: {source}")]
    ReadSet { path: PathBuf, source: std::io::Error },
    #[error("`{path}` is not a valid serialized FileDescriptorSet: {message}")]
    BadSet { path: PathBuf, message: String },
    /// A set that decodes but holds what protoc would refuse (or protosmith cannot generate).
    #[error("descriptor set `{path}`: {message}")]
    InvalidSet { path: PathBuf, message: String },
    #[error("file `{0}` is not in the descriptor set")]
    NotInSet(String),
}

pub fn compile(input: &Input) -> Result<Compiled, CompileError> {
    match input {
        Input::Sources { includes, files } => compile_sources(includes, files),
        Input::DescriptorSet { path, files } => load_descriptor_set(path, files),
    }
}

/// How many files the reading threads may parse ahead of the loader.
const PREFETCH_AHEAD: usize = 32;

fn compile_sources(includes: &[PathBuf], patterns: &[String]) -> Result<Compiled, CompileError> {
    for root in includes {
        if !root.is_dir() {
            return Err(CompileError::MissingRoot(root.clone()));
        }
    }
    let names = expand_patterns(includes, patterns)?;
    if names.is_empty() {
        return Err(CompileError::NoInputs);
    }
    let loader = sources::Loader::new(sources::Origin::Includes(includes));
    // A file may have been named by its path on disk; it is reported by its import name.
    let resolved: Vec<String> = names.iter().map(|name| loader.input_name(name)).collect();
    let mut to_generate = Vec::new();
    let mut seen = HashSet::new();
    for name in &resolved {
        if seen.insert(name.as_str()) {
            to_generate.push(name.clone());
        }
    }
    // The named files are read and parsed on other threads while the loader adds them (and
    // their imports) to the pool in order; a bounded queue keeps them a few files ahead, and
    // the loader parses a file it needs that no thread has reached yet itself.
    let claims = sources::Claims::new(&to_generate);
    let readers = std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1)).max(1);
    let loaded = std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel(PREFETCH_AHEAD);
        for _ in 0..readers {
            let (send, claims) = (send.clone(), &claims);
            scope.spawn(move || sources::prefetch(includes, claims, send));
        }
        drop(send);
        let mut loader = loader.prefetching(receive, &claims);
        for name in &resolved {
            loader.load_input(name)?;
        }
        // (`finish` drops the queue: the reading threads stop if they are still going.)
        Ok::<_, CompileError>(loader.finish())
    })?;
    from_loaded(loaded, to_generate)
}

/// The compiled files from what the loader added to the pool, read from disk or memory: the
/// source info put back together, protoc's checks run.
fn from_loaded(loaded: sources::Loaded, to_generate: Vec<String>) -> Result<Compiled, CompileError> {
    let mut compiled = from_pool(loaded.pool, to_generate, loaded.aliases);
    compiled.editions = loaded.editions;
    compiled.warnings = loaded.warnings;
    (compiled.source_infos, compiled.json_names_written) = sources::reattach(&compiled.pool, loaded.infos);
    restore_feature_locations(&mut compiled);
    protoc_checks::check(&compiled, &loaded.sources)?;
    compiled.method_bodies = method_bodies(&compiled, &loaded.sources);
    compiled.own_descriptor_proto = loaded.sources.contains_key("google/protobuf/descriptor.proto");
    Ok(compiled)
}

/// The feature options' source locations, which the pool never saw, go back where protoc has
/// them (plugin requests and `--descriptor-set-out --include-source-info` carry them).
fn restore_feature_locations(compiled: &mut Compiled) {
    for (name, info) in &compiled.editions {
        let Some(bytes) = compiled.source_infos.get_mut(name) else { continue };
        if let Ok(mut source) = prost_types::SourceCodeInfo::decode(bytes.as_slice()) {
            editions::restore_locations(&mut source, &info.feature_locations);
            *bytes = source.encode_to_vec();
        }
    }
}

fn from_pool(pool: DescriptorPool, to_generate: Vec<String>, aliases: PoolAliases) -> Compiled {
    let pool = protoc_float_defaults(pool);
    // Only the files the pool was handed changed are copied (most are read from the pool).
    let replaced = pool
        .files()
        .filter(|f| aliases.changes(f.name()))
        .map(|f| {
            let mut file = f.file_descriptor_proto().clone();
            aliases.restore(&mut file);
            (f.index(), file)
        })
        .collect();
    Compiled {
        pool,
        replaced,
        to_generate,
        method_bodies: HashSet::new(),
        from_descriptor_set: false,
        json_names_written: HashMap::new(),
        editions: HashMap::new(),
        own_descriptor_proto: false,
        aliases,
        warnings: Vec::new(),
        source_infos: HashMap::new(),
    }
}

/// Finds the methods written with a body by looking at the source text where each method's
/// span ends: `}` for a body, `;` without.
fn method_bodies(compiled: &Compiled, sources: &HashMap<String, String>) -> HashSet<(String, usize, usize)> {
    use crate::model::source_path::{FILE_SERVICE, SERVICE_METHOD};
    use rayon::prelude::*;
    let per_file = |file: &&FileDescriptorProto| {
        let mut out = Vec::new();
        if file.service.iter().all(|s| s.method.is_empty()) {
            return out;
        }
        let (Some(text), Some(info)) = (sources.get(file.name()), compiled.source_info(file.name())) else { return out };
        let lines: Vec<&str> = text.lines().collect();
        for loc in &info.location {
            let [FILE_SERVICE, service, SERVICE_METHOD, method] = loc.path[..] else { continue };
            let (end_line, end_col) = match loc.span[..] {
                [line, _, col] | [_, _, line, col] => (line as usize, col as usize),
                _ => continue,
            };
            let Some(line) = lines.get(end_line) else { continue };
            let last = line.chars().take(end_col).collect::<String>().trim_end().chars().last();
            if last == Some('}') {
                out.push((file.name().to_string(), service as usize, method as usize));
            }
        }
        out
    };
    let files: Vec<&FileDescriptorProto> = compiled.files().collect();
    files.par_iter().map(per_file).collect::<Vec<_>>().into_iter().flatten().collect()
}

fn load_descriptor_set(path: &Path, wanted: &[String]) -> Result<Compiled, CompileError> {
    let bytes = std::fs::read(path).map_err(|source| CompileError::ReadSet { path: path.into(), source })?;
    // Editions files go to the pool lowered to proto2, as sources do (see `compile::editions`).
    let (bytes, editions) = lower_set_editions(&bytes).map_err(|message| CompileError::InvalidSet { path: path.into(), message })?;
    let raw = descriptor_set::check(&bytes).map_err(|message| CompileError::InvalidSet { path: path.into(), message })?;
    let json_names_written = raw.iter().map(|f| (f.name().to_string(), descriptor_set::json_name_paths(f))).collect();
    let (pool, aliases) =
        pool_aliases::decode_pool(&bytes).map_err(|e| CompileError::BadSet { path: path.into(), message: e.to_string() })?;
    let to_generate = if wanted.is_empty() {
        pool.files()
            .map(|f| f.name().to_string())
            .filter(|n| !n.starts_with("google/protobuf/"))
            .collect()
    } else {
        for name in wanted {
            if pool.get_file_by_name(name).is_none() {
                return Err(CompileError::NotInSet(name.clone()));
            }
        }
        wanted.to_vec()
    };
    Ok(Compiled { from_descriptor_set: true, json_names_written, editions, ..from_pool(pool, to_generate, aliases) })
}

/// The set with its editions files lowered, and what they say beyond that; a set without
/// editions files comes back as it was.
pub(crate) fn lower_set_editions(bytes: &[u8]) -> Result<(Vec<u8>, HashMap<String, editions::EditionsFile>), String> {
    let Ok(mut set) = descriptor_set::RawSet::decode(bytes) else { return Ok((bytes.to_vec(), HashMap::new())) };
    let mut found = HashMap::new();
    for file in &mut set.file {
        if let Some((lowered, info)) = editions::lower_encoded(file)? {
            let name = FileDescriptorProto::decode(lowered.as_slice()).map(|f| f.name().to_string()).unwrap_or_default();
            found.insert(name, info);
            *file = lowered;
        }
    }
    if found.is_empty() {
        return Ok((bytes.to_vec(), found));
    }
    Ok((set.encode_to_vec(), found))
}

/// Resolves each pattern to file names relative to an include root. A name without glob
/// characters passes through untouched (protox reports it if it does not exist), so that
/// protoc-style invocations keep protoc-style errors.
fn expand_patterns(includes: &[PathBuf], patterns: &[String]) -> Result<Vec<String>, CompileError> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for pattern in patterns {
        if !pattern.contains(['*', '?', '[', '{']) {
            if seen.insert(pattern.clone()) {
                out.push(pattern.clone());
            }
            continue;
        }
        // `*` stops at `/` as in a shell; `**` crosses folders.
        let matcher = GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
            .map_err(|source| CompileError::BadPattern { pattern: pattern.clone(), source })?
            .compile_matcher();
        let mut matched = BTreeSet::new();
        for root in includes {
            for entry in walkdir::WalkDir::new(root).sort_by_file_name().into_iter().flatten() {
                if !entry.file_type().is_file() {
                    continue;
                }
                let Ok(rel) = entry.path().strip_prefix(root) else { continue };
                let rel = rel.to_string_lossy().replace('\\', "/");
                if rel.ends_with(".proto") && matcher.is_match(&rel) {
                    matched.insert(rel);
                }
            }
        }
        if matched.is_empty() {
            let roots = includes.iter().map(|r| r.display().to_string()).collect::<Vec<_>>().join(", ");
            return Err(CompileError::NoMatch { pattern: pattern.clone(), roots });
        }
        for name in matched {
            if seen.insert(name.clone()) {
                out.push(name);
            }
        }
    }
    Ok(out)
}

/// The full name of `name` declared in `scope` (a package or an element's full name; empty at
/// the top of a package-less file).
pub(crate) fn qualify(scope: &str, name: &str) -> String {
    if scope.is_empty() { name.to_string() } else { format!("{scope}.{name}") }
}

/// `file:line:col: message` (1-based), then the source line and a caret after its first
/// `caret_at` characters; every located proto error is printed this way.
pub(crate) fn located_error(name: &str, line: usize, col: usize, message: &str, src_line: Option<&str>, caret_at: usize) -> String {
    let mut out = format!("{name}:{line}:{col}: {message}");
    if let Some(src_line) = src_line {
        let pad: String = src_line.chars().take(caret_at).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        let _ = write!(out, "\n  {src_line}\n  {pad}^");
    }
    out
}

fn render_diagnostic(diag: &dyn Diagnostic) -> String {
    render_diagnostic_at(diag, None, None)
}

/// Like `render_diagnostic`, at `at` (0-based line and protoc column: bytes, tabs to multiples
/// of 8, as source info records them) in `text` when given, rather than where miette puts it.
fn render_diagnostic_at(diag: &dyn Diagnostic, at: Option<(usize, usize)>, text: Option<&str>) -> String {
    let mut out = String::new();
    let message = diag.to_string();
    let located = diag.source_code().zip(diag.labels().and_then(|mut l| l.next()));
    match located {
        Some((source, label)) => match source.read_span(label.inner(), 0, 0) {
            Ok(span) => {
                let name = span.name().unwrap_or("<input>").to_string();
                let message = match label.label() {
                    Some(text) => format!("{message} ({text})"),
                    None => message.clone(),
                };
                match (at, text) {
                    (Some((line, column)), Some(text)) => {
                        let shown = text.split('\n').nth(line).map(|l| crate::parse::display_line(l.as_bytes(), column as u32));
                        let caret = shown.as_ref().map_or(0, |s| s.1);
                        let src_line = shown.as_ref().map(|s| s.0.as_str());
                        out.push_str(&located_error(&name, line + 1, column + 1, &message, src_line, caret));
                    }
                    _ => {
                        let (line, col) = (span.line() + 1, span.column() + 1);
                        let whole = source.read_span(&(0, 0).into(), usize::MAX / 4, usize::MAX / 4).ok();
                        let text = whole.map(|w| String::from_utf8_lossy(w.data()).into_owned());
                        let src_line = text.as_deref().and_then(|t| t.lines().nth(line - 1));
                        out.push_str(&located_error(&name, line, col, &message, src_line, col - 1));
                    }
                }
            }
            Err(_) => out.push_str(&message),
        },
        None => out.push_str(&message),
    }
    if let Some(help) = diag.help() {
        let _ = write!(out, "\n  help: {help}");
    }
    if let Some(related) = diag.related() {
        for r in related {
            let _ = write!(out, "\n{}", render_diagnostic(r));
        }
    }
    out
}

/// protoc writes float and double defaults back in `SimpleFtoa`/`SimpleDtoa` form (`1e+20`),
/// protox as Rust prints them (`100000000000000000000`). Generators embed descriptor bytes
/// (`_pb2.py`) and print defaults (`_pb.js`), so the pool is rewritten to protoc's text. The
/// rewrite goes through dynamic messages to keep custom options and unknown fields intact.
fn protoc_float_defaults(pool: DescriptorPool) -> DescriptorPool {
    use prost_reflect::{DynamicMessage, ReflectMessage, Value};

    fn has_float_default(fields: &[prost_types::FieldDescriptorProto]) -> bool {
        use prost_types::field_descriptor_proto::Type;
        fields.iter().any(|f| f.default_value.is_some() && matches!(f.r#type(), Type::Float | Type::Double))
    }
    fn message_needs(m: &prost_types::DescriptorProto) -> bool {
        has_float_default(&m.field) || has_float_default(&m.extension) || m.nested_type.iter().any(message_needs)
    }
    let needs_rewrite = pool.files().any(|f| {
        let f = f.file_descriptor_proto();
        has_float_default(&f.extension) || f.message_type.iter().any(message_needs)
    });
    if !needs_rewrite {
        return pool;
    }
    let set_desc = prost_types::FileDescriptorSet::default().descriptor();
    let Ok(mut set) = DynamicMessage::decode(set_desc, pool.encode_to_vec().as_slice()) else { return pool };

    fn fix_fields(list: Option<&mut Value>) {
        let Some(Value::List(fields)) = list else { return };
        for field in fields {
            let Value::Message(field) = field else { continue };
            let ty = field.get_field_by_name("type").and_then(|v| v.as_enum_number());
            let text = field.get_field_by_name("default_value").and_then(|v| v.as_str().map(str::to_string));
            if !field.has_field_by_name("default_value") {
                continue;
            }
            let fixed = match (ty, text.as_deref().and_then(crate::cfloat::parse_float_default)) {
                (Some(1), Some(v)) => crate::cfloat::simple_dtoa(v),
                (Some(2), Some(v)) => crate::cfloat::simple_ftoa(v as f32),
                _ => continue,
            };
            field.set_field_by_name("default_value", Value::String(fixed));
        }
    }
    fn fix_messages(list: Option<&mut Value>) {
        let Some(Value::List(messages)) = list else { return };
        for msg in messages {
            let Value::Message(msg) = msg else { continue };
            fix_fields(msg.get_field_by_name_mut("field"));
            fix_fields(msg.get_field_by_name_mut("extension"));
            fix_messages(msg.get_field_by_name_mut("nested_type"));
        }
    }
    if let Some(Value::List(files)) = set.get_field_by_name_mut("file") {
        for file in files {
            let Value::Message(file) = file else { continue };
            fix_messages(file.get_field_by_name_mut("message_type"));
            fix_fields(file.get_field_by_name_mut("extension"));
        }
    }
    DescriptorPool::decode(set.encode_to_vec().as_slice()).unwrap_or(pool)
}

/// The exact bytes of one file's descriptor as the pool holds it (extension options included),
/// as the source described it (`pool_aliases` undone, an editions file in protoc's editions form;
/// the pool holds it lowered), without source info: every caller drops it (or takes
/// `Compiled::source_info`), and it is most of the bytes, so it is cut on the wire before anyone
/// decodes them.
pub fn encoded_file(compiled: &Compiled, name: &str) -> Option<Vec<u8>> {
    use prost_reflect::{DynamicMessage, ReflectMessage};
    let bytes = without_field(compiled.pool.get_file_by_name(name)?.encode_to_vec(), FILE_SOURCE_CODE_INFO);
    let bytes = compiled.aliases.restore_bytes(&compiled.pool, name, bytes);
    let Some(info) = compiled.editions.get(name) else { return Some(bytes) };
    let desc = compiled
        .pool
        .get_message_by_name("google.protobuf.FileDescriptorProto")
        .unwrap_or_else(|| FileDescriptorProto::default().descriptor());
    let mut msg = DynamicMessage::decode(desc, bytes.as_slice()).ok()?;
    editions::restore(&mut msg, info, false);
    Some(msg.encode_to_vec())
}

/// `FileDescriptorProto.source_code_info`.
const FILE_SOURCE_CODE_INFO: u32 = 9;

/// A serialized message without its records of field `number` (the bytes as they were if they
/// do not parse: the decoders downstream report that).
fn without_field(bytes: Vec<u8>, number: u32) -> Vec<u8> {
    use prost::encoding::{decode_key, skip_field, DecodeContext};
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes.as_slice();
    while !rest.is_empty() {
        let record = rest;
        let Ok((tag, wire)) = decode_key(&mut rest) else { return bytes };
        if skip_field(wire, tag, &mut rest, DecodeContext::default()).is_err() {
            return bytes;
        }
        if tag != number {
            out.extend_from_slice(&record[..record.len() - rest.len()]);
        }
    }
    out
}

/// Decodes bytes back into the typed descriptor (used by tests and generators alike).
pub fn decode_file(bytes: &[u8]) -> Result<FileDescriptorProto, prost::DecodeError> {
    FileDescriptorProto::decode(bytes)
}

/// Compiles proto text held in memory (name, source) without touching the disk; the
/// well-known types resolve from protox's bundled copies. Used by unit tests and `--check`-free
/// callers that build protos on the fly.
pub fn compile_in_memory(sources: &[(&str, &str)], generate: &[&str]) -> Result<Compiled, CompileError> {
    let mut loader = sources::Loader::new(sources::Origin::Memory(sources));
    for name in generate {
        loader.load_input(name)?;
    }
    from_loaded(loader.finish(), generate.iter().map(|s| s.to_string()).collect())
}

//! Loads `.proto` sources: reads each file from the include roots (or memory), parses it with
//! protosmith's own parser (`crate::parse`), follows imports depth-first as protoc's importer
//! does, and adds every file, imports first, to a `DescriptorPool` — the compiler protox runs
//! (prost-reflect): it links names, validates and interprets options.
//!
//! protox's `Compiler` is not driven directly: a `File` made from a parsed descriptor carries no
//! source text there, so its errors (and its missing-import and cycle errors) would lose their
//! `file:line:col`. Doing the import walk here keeps every error located, in protoc's words.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};

use prost_reflect::DescriptorPool;
use prost_types::uninterpreted_option::NamePart;
use prost_types::{FileDescriptorProto, SourceCodeInfo};
use protox::file::FileResolver as _;

use super::option_paths::{is_option_location, is_option_part, is_option_statement};
use super::{located_error, render_diagnostic_at, CompileError, PoolAliases};
use crate::parse::{display_line, ParseError};

/// Where file contents come from.
pub(super) enum Origin<'a> {
    Includes(&'a [PathBuf]),
    Memory(&'a [(&'a str, &'a str)]),
}

/// Everything loaded: the pool, the text of every file read from source, and each file's
/// source info as parsed (the pool holds none of it; see `for_pool`).
pub(super) struct Loaded {
    pub pool: DescriptorPool,
    pub sources: HashMap<String, String>,
    pub editions: HashMap<String, super::editions::EditionsFile>,
    pub aliases: PoolAliases,
    pub infos: HashMap<String, FullInfo>,
    pub warnings: Vec<String>,
}

/// A file's source info as parsed, and the name of each of its option statements, in order
/// (`option_paths::statement_names`): the pool gets none of it (see `for_pool`).
pub(super) struct FullInfo {
    info: SourceCodeInfo,
    statements: Vec<Vec<NamePart>>,
}

pub(super) struct Loader<'a> {
    origin: Origin<'a>,
    pool: DescriptorPool,
    aliases: PoolAliases,
    done: HashSet<String>,
    sources: HashMap<String, String>,
    editions: HashMap<String, super::editions::EditionsFile>,
    infos: HashMap<String, FullInfo>,
    warnings: Vec<String>,
    google: protox::file::GoogleFileResolver,
    prefetch: Option<Prefetch<'a>>,
}

/// A file found and parsed, not yet added to the pool.
pub(super) struct Parsed {
    descriptor: FileDescriptorProto,
    syntax: crate::parse::EditionsSyntax,
    text: Option<String>,
    /// The `import option` files added to `descriptor.dependency` (`editions::added_imports`).
    added_imports: Vec<String>,
    /// Whether the file alone holds something protoc refuses (`link_errors::has_local_faults`).
    local_faults: bool,
    /// For a file read from source: where its elements start, for its errors (`editions::Located`).
    starts: Option<super::editions::Starts>,
    /// The names of its option statements (`option_paths::statement_names`), found on the
    /// reading thread for a file the loader hands the pool with its options as parsed (not an
    /// editions file, whose lowering rewrites them): the loader's thread is the front end's
    /// critical path.
    statements: Option<Vec<Vec<NamePart>>>,
    /// Its fields' stand-in names for the pool (`PoolAliases`), given on the reading thread
    /// to a file whose names the loader reads before the pool does only for an error (not an
    /// editions file, not one with faults of its own).
    aliased: Option<super::pool_aliases::AliasedFields>,
}

impl Parsed {
    fn new(mut descriptor: FileDescriptorProto, syntax: crate::parse::EditionsSyntax, text: Option<String>) -> Self {
        // `import option` files are loaded first too: the pool needs the options they declare.
        let added_imports = super::editions::added_imports(&mut descriptor, &syntax.option_dependencies);
        let local_faults = text.is_some() && super::link_errors::has_local_faults(&descriptor);
        let starts = text.is_some().then(|| super::editions::starts(&descriptor));
        let as_parsed = text.is_some() && syntax.edition.is_none();
        let statements = match &descriptor.source_code_info {
            Some(info) if as_parsed => Some(super::option_paths::statement_names(&descriptor, info)),
            _ => None,
        };
        let aliased = (as_parsed && !local_faults).then(|| super::pool_aliases::AliasedFields::give(&mut descriptor));
        Parsed { descriptor, syntax, text, added_imports, local_faults, starts, statements, aliased }
    }
}

/// What one file read from the include roots gave: `None` when no root holds it.
pub(super) type SourceRead = Result<Option<Parsed>, CompileError>;

/// The named files and which of them a reader has taken: the loader and the reading threads
/// (`prefetch`) each parse a file only after claiming it, so the loader parses an import it
/// needs now itself instead of waiting for the readers to reach it in their order.
pub(super) struct Claims<'n> {
    names: &'n [String],
    index: HashMap<&'n str, usize>,
    taken: Vec<AtomicBool>,
    /// The next name a reading thread looks at.
    next: AtomicUsize,
}

impl<'n> Claims<'n> {
    pub fn new(names: &'n [String]) -> Self {
        let index = names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
        Claims { names, index, taken: names.iter().map(|_| AtomicBool::new(false)).collect(), next: AtomicUsize::new(0) }
    }

    /// `None` when `name` is not one of the named files; else whether this call took it.
    fn claim(&self, name: &str) -> Option<bool> {
        let &i = self.index.get(name)?;
        Some(self.claim_at(i))
    }

    fn claim_at(&self, i: usize) -> bool {
        !self.taken[i].swap(true, Ordering::AcqRel)
    }
}

/// Files read and parsed by the reading threads, received in the order they finished.
struct Prefetch<'n> {
    results: Receiver<(String, SourceRead)>,
    claims: &'n Claims<'n>,
    /// Received before the loader asked for them.
    ready: HashMap<String, SourceRead>,
}

impl Prefetch<'_> {
    /// A file a reading thread parsed, waiting for it if it is being parsed; `None` when the
    /// loader is to read it itself (nobody had taken it, or it is not a named file).
    fn take(&mut self, name: &str) -> Option<SourceRead> {
        if let Some(read) = self.ready.remove(name) {
            return Some(read);
        }
        if self.claims.claim(name) != Some(false) {
            return None;
        }
        while let Ok((got, read)) = self.results.recv() {
            if got == name {
                return Some(read);
            }
            self.ready.insert(got, read);
        }
        None
    }
}

/// Reads and parses the named files not yet claimed, in order, sending each to the loader
/// (`Loader::prefetching`); stops when the loader is gone. Several may run at once.
pub(super) fn prefetch(roots: &[PathBuf], claims: &Claims, to: SyncSender<(String, SourceRead)>) {
    loop {
        let i = claims.next.fetch_add(1, Ordering::Relaxed);
        let Some(name) = claims.names.get(i) else { return };
        if !claims.claim_at(i) {
            continue;
        }
        let read = read_source(&Origin::Includes(roots), name);
        if to.send((name.clone(), read)).is_err() {
            return;
        }
    }
}

/// A file from the include roots (or memory), parsed; `None` when it is not there.
fn read_source(origin: &Origin, name: &str) -> SourceRead {
    let found: Option<Vec<u8>> = match origin {
        Origin::Includes(roots) => roots.iter().map(|root| root.join(name)).find(|p| p.is_file()).map(|path| {
            std::fs::read(&path).map_err(|e| CompileError::Proto(format!("{name}: cannot read {}: {e}", path.display())))
        }).transpose()?,
        Origin::Memory(files) => files.iter().find(|(n, _)| *n == name).map(|(_, text)| text.as_bytes().to_vec()),
    };
    let Some(bytes) = found else { return Ok(None) };
    let (descriptor, syntax) = crate::parse::parse_with_editions(name, &bytes).map_err(|e| render_parse_error(&e, &bytes))?;
    // The parser refuses invalid UTF-8 outside comments; comments may hold any bytes.
    let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Some(Parsed::new(descriptor, syntax, Some(text))))
}

impl<'a> Loader<'a> {
    pub fn new(origin: Origin<'a>) -> Self {
        Loader {
            origin,
            pool: DescriptorPool::new(),
            aliases: PoolAliases::default(),
            done: HashSet::new(),
            sources: HashMap::new(),
            editions: HashMap::new(),
            infos: HashMap::new(),
            warnings: Vec::new(),
            google: protox::file::GoogleFileResolver::new(),
            prefetch: None,
        }
    }

    /// Takes the files the reading threads claimed from `results` (sent by `prefetch`).
    pub fn prefetching(mut self, results: Receiver<(String, SourceRead)>, claims: &'a Claims<'a>) -> Self {
        self.prefetch = Some(Prefetch { results, claims, ready: HashMap::new() });
        self
    }

    pub fn finish(self) -> Loaded {
        Loaded { pool: self.pool, sources: self.sources, editions: self.editions, aliases: self.aliases, infos: self.infos, warnings: self.warnings }
    }

    /// The import name of an input named on the command line: a path under an include root
    /// is made relative to it (protoc does the same); anything else is taken as a name.
    pub fn input_name(&self, input: &str) -> String {
        if let Origin::Includes(roots) = self.origin {
            let path = Path::new(input);
            if path.is_file() {
                for root in roots {
                    if let Ok(rel) = path.strip_prefix(root) {
                        return rel.to_string_lossy().replace('\\', "/");
                    }
                }
            }
        }
        input.trim_start_matches("./").to_string()
    }

    /// Loads an input file and, first, everything it imports.
    pub fn load_input(&mut self, name: &str) -> Result<(), CompileError> {
        if self.done.contains(name) {
            return Ok(());
        }
        match self.read(name)? {
            Some(parsed) => self.add(name, parsed, &mut Vec::new()),
            None => Err(CompileError::Proto(format!("{name}: File not found."))),
        }
    }

    fn read(&mut self, name: &str) -> Result<Option<Parsed>, CompileError> {
        let prefetched = self.prefetch.as_mut().and_then(|p| p.take(name));
        if let Some(found) = prefetched.unwrap_or_else(|| read_source(&self.origin, name))? {
            return Ok(Some(found));
        }
        // protoc's built-in language-feature files, then the well-known types protox bundles,
        // for trees that do not ship their own copies.
        if let Some(descriptor) = super::editions::builtin::parsed(name, true) {
            return Ok(Some(Parsed::new(descriptor, Default::default(), None)));
        }
        match self.google.open_file(name) {
            Ok(file) => Ok(Some(Parsed::new(file.file_descriptor_proto().clone(), Default::default(), None))),
            Err(_) => Ok(None),
        }
    }

    fn add(&mut self, name: &str, parsed: Parsed, stack: &mut Vec<String>) -> Result<(), CompileError> {
        stack.push(name.to_string());
        let imports: Vec<String> = parsed.descriptor.dependency.clone();
        let mut seen = HashSet::new();
        for (index, import) in imports.iter().enumerate() {
            if !seen.insert(import.as_str()) {
                return Err(self.import_error(name, &parsed, index, &format!("Import \"{import}\" was listed twice.")));
            }
            if self.done.contains(import) {
                continue;
            }
            if let Some(from) = stack.iter().position(|f| f == import) {
                // protoc reports a cycle at the import that led into it, in the file it started from.
                let cycle = stack[from..].iter().chain(std::iter::once(import)).cloned().collect::<Vec<_>>().join(" -> ");
                let message = format!("File recursively imports itself: {cycle}");
                if from + 1 == stack.len() {
                    return Err(self.import_error(name, &parsed, index, &message));
                }
                let err = CompileError::Proto(message).located_at(self.cycle_start(&stack[from], &stack[from + 1]));
                return Err(self.import_failed(err, name, &parsed, index));
            }
            let imported = match self.read(import) {
                Ok(Some(imported)) => imported,
                Ok(None) => return Err(self.import_failed(CompileError::Proto(format!("{import}: File not found.")), name, &parsed, index)),
                Err(err) => return Err(self.import_failed(err, name, &parsed, index)),
            };
            if let Err(err) = self.add(import, imported, stack) {
                return Err(self.import_failed(err, name, &parsed, index));
            }
        }
        stack.pop();
        let Parsed { mut descriptor, syntax, text, added_imports, local_faults, starts, statements, aliased } = parsed;
        if text.is_none() {
            // Its options as the descriptor.proto now loaded declares them.
            descriptor = super::editions::builtin::for_pool(name, &self.pool).unwrap_or(descriptor);
        }
        // What protoc refuses within the file alone and the pool lets through, in protoc's words.
        if let Some(text) = text.as_deref().filter(|_| local_faults) {
            if let Some(errors) = super::link_errors::describe(&descriptor, &syntax.option_dependencies, text, &self.pool) {
                return Err(CompileError::Proto(errors));
            }
        }
        // An editions file goes to the pool lowered to proto2 (see `compile::editions`).
        let located = match starts {
            Some(starts) => super::editions::Located::with_starts(&descriptor, text.as_deref(), starts),
            None => super::editions::Located::new(&descriptor, text.as_deref()),
        };
        let editions = super::editions::lower_parsed(&mut descriptor, syntax, added_imports, &located, &self.pool)?;
        self.aliases.prepare(&self.pool, &mut descriptor, aliased);
        let (descriptor, info) = for_pool(descriptor, statements);
        if let Err(err) = self.pool.add_file_descriptor_proto(descriptor) {
            // The pool locates its errors by source info: the file again with all of it (the
            // pool is left as it was by a failed add), made again from its text rather than
            // copied before every add.
            let full = text.as_deref().and_then(|text| self.prepared_again(name, text));
            let err = match full.map(|f| self.pool.add_file_descriptor_proto(f)) {
                Some(Err(located)) => located,
                _ => err,
            };
            // protoc's own list of errors for the file, where the walk in `link_errors` finds them.
            let described = text.as_deref().and_then(|text| {
                let (parsed, syntax) = crate::parse::parse_with_editions(name, text.as_bytes()).ok()?;
                super::link_errors::describe(&parsed, &syntax.option_dependencies, text, &self.pool)
            });
            return Err(match described {
                Some(errors) => CompileError::Proto(errors),
                None => render_check_error(err, text.as_deref()),
            });
        }
        if let Some(info) = info {
            self.infos.insert(name.to_string(), info);
        }
        if let Some(info) = editions {
            let warnings = super::editions::check_file(&self.pool, name, &info, &self.editions, &located)?;
            self.warnings.extend(warnings);
            self.editions.insert(name.to_string(), info);
        }
        super::editions::check_visibility(&self.pool, name, &self.editions, &located)?;
        if let Some(text) = text {
            self.sources.insert(name.to_string(), text);
        }
        self.done.insert(name.to_string());
        Ok(())
    }

    /// The file read from `text` made again as `add` hands it to the pool, with its source
    /// info: what a failed add is retried with to locate its error.
    fn prepared_again(&self, name: &str, text: &str) -> Option<FileDescriptorProto> {
        let (descriptor, syntax) = crate::parse::parse_with_editions(name, text.as_bytes()).ok()?;
        let Parsed { mut descriptor, syntax, added_imports, aliased, .. } = Parsed::new(descriptor, syntax, Some(String::new()));
        let located = super::editions::Located::new(&descriptor, Some(text));
        super::editions::lower_parsed(&mut descriptor, syntax, added_imports, &located, &self.pool).ok()?;
        // A scratch copy: the aliases this add recorded are the ones that stay.
        self.aliases.clone().prepare(&self.pool, &mut descriptor, aliased);
        Some(descriptor)
    }

    /// `(file, text, import index)` of the import of `to` in `from`, for a cycle's location.
    fn cycle_start(&self, from: &str, to: &str) -> Option<String> {
        let bytes = match &self.origin {
            Origin::Includes(roots) => roots.iter().map(|r| r.join(from)).find(|p| p.is_file()).and_then(|p| std::fs::read(p).ok())?,
            Origin::Memory(files) => files.iter().find(|(n, _)| *n == from)?.1.as_bytes().to_vec(),
        };
        let descriptor = crate::parse::parse(from, &bytes).ok()?;
        let index = descriptor.dependency.iter().position(|d| d == to)?;
        let parsed = Parsed::new(descriptor, Default::default(), Some(String::from_utf8_lossy(&bytes).into_owned()));
        Some(self.import_location(from, &parsed, index, ""))
    }

    /// `err`, raised while loading import `index` of `name`, followed by protoc's line for that
    /// import: protoc names every import that led to an error.
    fn import_failed(&self, err: CompileError, name: &str, parsed: &Parsed, index: usize) -> CompileError {
        let import = &parsed.descriptor.dependency[index];
        let located = self.import_error(name, parsed, index, &format!("Import \"{import}\" was not found or had errors."));
        match (err, located) {
            (CompileError::Proto(first), CompileError::Proto(then)) => CompileError::Proto(format!("{first}\n{then}")),
            (err, _) => err,
        }
    }

    fn import_error(&self, name: &str, parsed: &Parsed, index: usize, message: &str) -> CompileError {
        CompileError::Proto(self.import_location(name, parsed, index, message))
    }

    fn import_location(&self, name: &str, parsed: &Parsed, index: usize, message: &str) -> String {
        let span = parsed
            .descriptor
            .source_code_info
            .as_ref()
            .and_then(|info| info.location.iter().find(|l| l.path == [3, index as i32]))
            .map(|l| (l.span[0] as usize, l.span[1] as u32));
        match (span, parsed.text.as_deref()) {
            (Some((line, column)), Some(text)) => {
                let shown = text.split('\n').nth(line).map(|l| display_line(l.as_bytes(), column));
                let caret = shown.as_ref().map_or(0, |s| s.1);
                located_error(name, line + 1, column as usize + 1, message, shown.as_ref().map(|s| s.0.as_str()), caret)
            }
            _ => format!("{name}: {message}"),
        }
    }
}

/// The descriptor as the pool gets it, without source info, and its full source info with the
/// names of its option statements. The pool would move each option's location to the path of
/// the option it interprets, as protoc does, but it scans every location it holds once per
/// option (quadratic in a file's options); `reattach` moves them instead
/// (`option_paths`). The pool's errors are located by adding the file again with its source
/// info (`Loader::add`). `statements`: the names, when the reading thread found them already.
fn for_pool(mut descriptor: FileDescriptorProto, statements: Option<Vec<Vec<NamePart>>>) -> (FileDescriptorProto, Option<FullInfo>) {
    let Some(info) = descriptor.source_code_info.take() else { return (descriptor, None) };
    let statements = statements.unwrap_or_else(|| super::option_paths::statement_names(&descriptor, &info));
    (descriptor, Some(FullInfo { info, statements }))
}

/// Each file's full source info from `infos`, with each option statement's location moved
/// to the path of the option it set (`option_paths::interpreted_paths`). The locations of an
/// option's parts (its name and value) are dropped: protoc keeps only the option statement's
/// own location once it has interpreted it. Returned encoded, by file name
/// (`Compiled::source_infos`), with the fields whose `json_name` each file writes
/// (`Compiled::json_names_written`).
pub(super) type Reattached = (HashMap<String, Vec<u8>>, HashMap<String, HashSet<Vec<i32>>>);

pub(super) fn reattach(pool: &DescriptorPool, mut infos: HashMap<String, FullInfo>) -> Reattached {
    use prost::Message as _;
    use rayon::prelude::*;
    let paired: Vec<_> = pool.files().filter_map(|f| Some((infos.remove(f.name())?, f))).collect();
    paired
        .into_par_iter()
        .map(|(FullInfo { info: mut full, statements }, file)| {
            let at: Vec<&[i32]> = full.location.iter().filter(|l| is_option_statement(l)).map(|l| l.path.as_slice()).collect();
            let named: Vec<(&[i32], &[NamePart])> = at.into_iter().zip(statements.iter().map(Vec::as_slice)).collect();
            let mut moved = super::option_paths::interpreted_paths(pool, &file, &named).into_iter();
            let mut parts = Vec::new();
            for (index, loc) in full.location.iter_mut().enumerate().filter(|(_, l)| is_option_location(l)) {
                if is_option_part(&loc.path) {
                    parts.push(index);
                    continue;
                }
                if let Some(Some(path)) = moved.next() {
                    loc.path = path;
                }
            }
            let mut index = 0;
            full.location.retain(|_| {
                index += 1;
                parts.binary_search(&(index - 1)).is_err()
            });
            let written = super::descriptors::written_json_names(Some(&full));
            ((file.name().to_string(), full.encode_to_vec()), (file.name().to_string(), written))
        })
        .unzip()
}


impl CompileError {
    /// A message placed at a location rendered by `import_location` with an empty message.
    fn located_at(self, location: Option<String>) -> CompileError {
        match (self, location) {
            (CompileError::Proto(message), Some(location)) => {
                let mut lines = location.splitn(2, '\n');
                let head = lines.next().unwrap_or_default().trim_end();
                let rest = lines.next().map(|r| format!("\n{r}")).unwrap_or_default();
                CompileError::Proto(format!("{head} {message}{rest}"))
            }
            (other, _) => other,
        }
    }
}

/// `file:line:col: message` (protoc's columns), the source line and a caret, plus protoc's
/// follow-up lines (e.g. where an unterminated comment started); every error of the file so.
pub(super) fn render_parse_error(err: &ParseError, bytes: &[u8]) -> CompileError {
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let render = |line: u32, column: u32, message: &str| {
        let shown = lines.get(line as usize).map(|l| display_line(l, column));
        let caret = shown.as_ref().map_or(0, |s| s.1);
        located_error(&err.file, line as usize + 1, column as usize + 1, message, shown.as_ref().map(|s| s.0.as_str()), caret)
    };
    let mut out = String::new();
    for err in std::iter::once(err).chain(&err.further) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&render(err.line, err.column, &err.message));
        for (line, column, note) in &err.notes {
            out.push('\n');
            out.push_str(&render(*line, *column, note));
        }
    }
    CompileError::Proto(out)
}

/// A linking/validation error of the pool, at protoc's line and column for the element.
fn render_check_error(err: prost_reflect::DescriptorError, text: Option<&str>) -> CompileError {
    let at = err.line().zip(err.column());
    match text {
        Some(text) => {
            let err = err.with_source_code(text);
            CompileError::Proto(render_diagnostic_at(&err, at, Some(text)))
        }
        None => CompileError::Proto(render_diagnostic_at(&err, None, None)),
    }
}

#[cfg(test)]
mod tests {
    use crate::compile::{compile_in_memory, CompileError};

    /// A failed add is retried with the file made again from its text (`prepared_again`): the
    /// pool's error is placed at the option, in a file whose fields the pool got renamed.
    #[test]
    fn a_pool_error_is_located_in_a_file_with_renamed_fields() {
        let text = "syntax = \"proto3\";\npackage g;\nimport \"google/protobuf/descriptor.proto\";\n\
                    extend google.protobuf.MessageOptions { int32 num = 50002; }\n\
                    message G {\n  option (num) = \"str\";\n  int32 foo = 1;\n  int32 Foo = 2;\n}\n";
        let Err(CompileError::Proto(err)) = compile_in_memory(&[("g.proto", text)], &["g.proto"]) else { panic!("compiled") };
        assert!(err.starts_with("g.proto:6:3: expected a value of type 'int32' for option '(num)'"), "{err}");
        assert!(!err.contains('#'), "a stand-in name reached the error: {err}");
    }

    /// Fields renamed for the pool on the reading side come back as written.
    #[test]
    fn fields_renamed_for_the_pool_read_back_as_written() {
        let proto3 = "syntax = \"proto3\";\npackage g;\nmessage G {\n  int32 foo = 1;\n  int32 Foo = 2;\n}\n";
        let proto2 = "syntax = \"proto2\";\npackage h;\nmessage H {\n  optional int32 foo_bar = 1;\n  optional int32 fooBar = 2;\n}\n";
        let compiled = compile_in_memory(&[("g.proto", proto3), ("h.proto", proto2)], &["g.proto", "h.proto"]).unwrap();
        let fields = |name: &str| -> Vec<(String, String)> {
            let file = compiled.file(name).unwrap();
            file.message_type[0].field.iter().map(|f| (f.name().to_string(), f.json_name().to_string())).collect()
        };
        assert_eq!(fields("g.proto"), [("foo".into(), "foo".into()), ("Foo".into(), "Foo".into())]);
        assert_eq!(fields("h.proto"), [("foo_bar".into(), "fooBar".into()), ("fooBar".into(), "fooBar".into())]);
    }
}

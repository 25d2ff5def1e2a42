//! What `X_pb2.pyi` and `X_pb2_grpc.pyi` share: the import table with its alias rules, the
//! descriptor index, type references, docstrings and deprecation decorators, all following
//! mypy-protobuf 5.1.0's conventions so the output is byte-identical to `protoc-gen-mypy`.
//!
//! Import aliases depend on the order in which names are first used (two modules whose last
//! component is the same get `_x` and `_x_1`; the `typing_extensions` names are listed in
//! first-use order), so the view builders ask for every name in the same order the reference
//! plugin writes them.

use std::collections::HashMap;

use prost_types::source_code_info::Location;
use prost_types::{DescriptorProto, FileDescriptorProto};

use super::{names, PythonOptions};
#[cfg(test)]
use super::Imports as ImportStyle;
use crate::lang::{GenError, Lang};

/// Names the stubs cannot use as identifiers (mypy-protobuf's list: keywords plus the soft
/// keywords it treats the same way). Fields with these names are left out of the typed
/// attributes and `__init__`; messages, enums and services get an `_r_` prefix.
pub use crate::lang::common::keywords::is_python_keyword as is_reserved;

/// Enum value names that would shadow `EnumTypeWrapper` methods: left out of the wrapper class
/// (still written as module/class constants).
pub const PROTO_ENUM_RESERVED: [&str; 5] = ["Name", "Value", "keys", "values", "items"];

/// `_r_from` for a reserved name, the name itself otherwise.
pub fn class_name(name: &str) -> String {
    if is_reserved(name) { format!("_r_{name}") } else { name.to_string() }
}

/// Module-level alias that disambiguates a top-level type from same-named fields or values.
pub fn global_name(name: &str) -> String {
    format!("Global___{name}")
}

/// Source-path field numbers (descriptor.proto), shared with the model.
pub use crate::model::source_path as path;

pub fn child(path: &[i32], more: &[i32]) -> Vec<i32> {
    let mut p = path.to_vec();
    p.extend_from_slice(more);
    p
}

/// Well-known types whose Python classes get an extra base with helper methods.
const WKT_BASES: [&str; 6] = ["Any", "Duration", "FieldMask", "ListValue", "Struct", "Timestamp"];

pub fn wkt_base(package: &str, message: &str) -> Option<&'static str> {
    if package != "google.protobuf" {
        return None;
    }
    WKT_BASES.iter().copied().find(|b| *b == message)
}

/// Release in which a `typing_extensions` name reached `typing`.
fn stabilized(name: &str) -> (u32, u32) {
    match name {
        "TypeAlias" => (3, 10),
        "Self" | "Never" => (3, 11),
        "type_check_only" => (3, 12),
        _ => (3, 13),
    }
}

/// One import statement: `import m`, `import m as a` or `from p import m as a`.
struct ImportEntry {
    key: String,
    from: Option<String>,
    alias: Option<String>,
    original: String,
}

/// The imports of one stub file, in first-use order.
#[derive(Default)]
pub struct Imports {
    entries: Vec<ImportEntry>,
    /// Every alias base handed out so far (module names and typing names share it).
    seen: HashMap<String, u32>,
    typing: Vec<(String, String)>,
    typing_min: Option<(u32, u32)>,
    deprecated: bool,
}

impl Imports {
    fn alias_for(&mut self, name: &str, mangle: bool) -> String {
        let prefix = if mangle { "_" } else { "" };
        match self.seen.get_mut(name) {
            Some(count) => {
                *count += 1;
                format!("{prefix}{name}_{count}")
            }
            None => {
                self.seen.insert(name.to_string(), 0);
                format!("{prefix}{name}")
            }
        }
    }

    /// `name` from module `module` (dotted or slashed): returns how the stub spells it.
    pub fn from(&mut self, module: &str, name: &str) -> String {
        self.add(&module.replace('/', "."), name, true)
    }

    fn add(&mut self, path: &str, name: &str, mangle: bool) -> String {
        let (from, original) = match path.rsplit_once('.') {
            Some((from, last)) => (Some(from), last),
            None => (None, path),
        };
        self.add_split(from, original, name, mangle)
    }

    /// `from {from} import {original} as alias` (or `import {original} as alias`), keyed by the
    /// full path so a module is imported once.
    fn add_split(&mut self, from: Option<&str>, original: &str, name: &str, mangle: bool) -> String {
        let key = match from {
            Some(f) if f.ends_with('.') => format!("{f}{original}"),
            Some(f) => format!("{f}.{original}"),
            None => original.to_string(),
        };
        let alias = match self.entries.iter().find(|e| e.key == key) {
            Some(e) => e.alias.clone().unwrap_or_default(),
            None => {
                let alias = self.alias_for(original, mangle);
                self.entries.push(ImportEntry {
                    key,
                    from: from.map(str::to_string),
                    alias: Some(alias.clone()),
                    original: original.to_string(),
                });
                alias
            }
        };
        format!("{alias}.{name}")
    }

    /// A generated `_pb2` module at `location`.
    pub fn module(&mut self, location: &ModuleLocation, name: &str) -> String {
        if names::contains_keyword(location.path().trim_start_matches('.')) {
            // No import statement can name a module under a keyword folder (`.class.def_pb2`);
            // the `.py` reaches it through importlib, which type checkers do not follow, so
            // its types are `Any` here (mypy-protobuf writes `from .class import ...`, a
            // syntax error).
            return self.from("typing", "Any");
        }
        self.add_split(location.from.as_deref(), &location.module, name, true)
    }

    /// `from public.base_pb2 import Base as Base`: names re-exported by `import public`.
    pub fn reexport(&mut self, location: &ModuleLocation, name: &str) {
        if names::contains_keyword(location.path().trim_start_matches('.')) {
            // Not expressible in a stub (see `module`): such names are left out.
            return;
        }
        self.add_split(Some(&location.path()), name, name, false);
    }

    fn plain(&mut self, module: &str) {
        if !self.entries.iter().any(|e| e.key == module) {
            self.entries.push(ImportEntry { key: module.into(), from: None, alias: None, original: module.into() });
        }
    }

    /// A name from `typing_extensions` (imported from `typing` on new enough Pythons).
    pub fn typing_ext(&mut self, name: &str) -> String {
        let since = stabilized(name);
        if self.typing_min.is_none_or(|m| m < since) {
            self.typing_min = Some(since);
        }
        if let Some((_, alias)) = self.typing.iter().find(|(n, _)| n == name) {
            return alias.clone();
        }
        let alias = self.alias_for(name, true);
        self.typing.push((name.to_string(), alias.clone()));
        alias
    }

    /// The `@deprecated` decorator (from `warnings` or `typing_extensions`).
    pub fn deprecated(&mut self) -> &'static str {
        self.deprecated = true;
        "_deprecated"
    }

    pub fn builtin(&mut self, name: &str) -> String {
        self.from("builtins", name)
    }

    /// The import block of the file, in the order the reference plugin prints it.
    pub fn finish(mut self) -> ImportsView {
        if self.typing_min.is_some() || self.deprecated {
            self.plain("sys");
        }
        let mut statements: Vec<String> = self
            .entries
            .iter()
            .map(|e| match (&e.from, &e.alias) {
                (None, None) => format!("import {}", e.original),
                (None, Some(a)) => format!("import {} as {a}", e.original),
                (Some(f), a) => format!("from {f} import {} as {}", e.original, a.as_deref().unwrap_or("")),
            })
            .collect();
        statements.sort();
        let typing_names = self.typing.iter().map(|(n, a)| format!("{n} as {a}")).collect::<Vec<_>>().join(", ");
        ImportsView {
            statements,
            typing: self.typing_min.map(|(major, minor)| TypingBlock { since: format!("({major}, {minor})"), names: typing_names }),
            deprecated: self.deprecated.then(|| "(3, 13)".to_string()),
        }
    }
}

#[derive(serde::Serialize)]
pub struct ImportsView {
    pub statements: Vec<String>,
    /// `if sys.version_info >= since: from typing import names else: from typing_extensions ...`
    pub typing: Option<TypingBlock>,
    /// The version from which `warnings.deprecated` exists, when `@deprecated` is used.
    pub deprecated: Option<String>,
}

#[derive(serde::Serialize)]
pub struct TypingBlock {
    pub since: String,
    pub names: String,
}

/// Every type of every file the request knows, by fully-qualified name with a leading dot.
pub struct Index<'a> {
    pub files: HashMap<&'a str, &'a FileDescriptorProto>,
    /// Type name -> the file declaring it (enums also under `Enum.ValueType`).
    type_file: HashMap<String, &'a FileDescriptorProto>,
    pub messages: HashMap<String, &'a DescriptorProto>,
}

impl<'a> Index<'a> {
    pub fn new(files: &'a [FileDescriptorProto]) -> Index<'a> {
        let mut index = Index { files: HashMap::new(), type_file: HashMap::new(), messages: HashMap::new() };
        for fd in files {
            index.files.insert(fd.name(), fd);
            let prefix = if fd.package().is_empty() { ".".to_string() } else { format!(".{}.", fd.package()) };
            index.add_enums(fd, &prefix, fd.enum_type.iter().map(|e| e.name()));
            index.add_messages(fd, &prefix, &fd.message_type);
        }
        index
    }

    fn add_enums<'n>(&mut self, fd: &'a FileDescriptorProto, prefix: &str, names: impl Iterator<Item = &'n str>) {
        for name in names {
            self.type_file.insert(format!("{prefix}{name}"), fd);
            self.type_file.insert(format!("{prefix}{name}.ValueType"), fd);
        }
    }

    fn add_messages(&mut self, fd: &'a FileDescriptorProto, prefix: &str, messages: &'a [DescriptorProto]) {
        for m in messages {
            let full = format!("{prefix}{}", m.name());
            self.messages.insert(full.clone(), m);
            self.type_file.insert(full.clone(), fd);
            let sub = format!("{full}.");
            self.add_messages(fd, &sub, &m.nested_type);
            self.add_enums(fd, &sub, m.enum_type.iter().map(|e| e.name()));
        }
    }

    pub fn file_of(&self, type_name: &str) -> Option<&'a FileDescriptorProto> {
        self.type_file.get(type_name).copied()
    }
}

/// Where a generated module is imported from: `from {from} import {module}`, or
/// `import {module}` when `from` is `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleLocation {
    pub from: Option<String>,
    pub module: String,
}

impl ModuleLocation {
    /// The dotted path of the module itself (`pkg.x_pb2`, `..pkg.x_pb2`, `.x_pb2`).
    pub fn path(&self) -> String {
        match &self.from {
            Some(f) if f.ends_with('.') => format!("{f}{}", self.module),
            Some(f) => format!("{f}.{}", self.module),
            None => self.module.clone(),
        }
    }
}

/// How the stubs of `importer` import the `_pb2` module of `target`: the same module path the
/// `_pb2.py` files use under `python.imports` / `python.package` (well-known types always from
/// `google.protobuf`), split into `from` and module the way mypy-protobuf prints it.
pub fn module_location(opts: &PythonOptions, importer: &str, target: &str) -> ModuleLocation {
    let path = names::import_path(importer, target, &opts.import_style());
    let body = path.trim_start_matches('.');
    let dots = &path[..path.len() - body.len()];
    match body.rsplit_once('.') {
        Some((parent, leaf)) => ModuleLocation { from: Some(format!("{dots}{parent}")), module: leaf.to_string() },
        None if !dots.is_empty() => ModuleLocation { from: Some(dots.to_string()), module: body.to_string() },
        None => ModuleLocation { from: None, module: body.to_string() },
    }
}

/// Output path of a stub: dots in the file name become folders, as in the reference plugin.
pub fn stub_path(proto: &str, suffix: &str) -> String {
    format!("{}{suffix}", proto.strip_suffix(".proto").unwrap_or(proto).replace('-', "_").replace('.', "/"))
}

pub fn unsupported(file: &str, construct: impl Into<String>) -> GenError {
    GenError::Unsupported { lang: Lang::Python, file: file.to_string(), construct: construct.into() }
}

/// Rejects what the reference plugin does differently from anything implemented here.
pub fn check_supported(pool: &prost_reflect::DescriptorPool, index: &Index, fd: &FileDescriptorProto) -> Result<(), GenError> {
    if !fd.name().ends_with(".proto") {
        return Err(unsupported(fd.name(), "a file name without the `.proto` suffix (mypy stubs)"));
    }
    if fd.syntax() == "editions" {
        return Err(unsupported(fd.name(), "editions syntax (mypy stubs)"));
    }
    for dep in &fd.dependency {
        if index.files.get(dep.as_str()).is_some_and(|d| d.package() == "mypy_protobuf") {
            return Err(unsupported(
                fd.name(),
                format!("mypy-protobuf's own casttype/keytype/valuetype options (import of `{dep}`)"),
            ));
        }
    }
    if let Some(file) = pool.get_file_by_name(fd.name()) {
        // Every field and extension of the file, with its options.
        let mut messages: Vec<prost_reflect::MessageDescriptor> = file.messages().collect();
        let mut options: Vec<(String, prost_reflect::DynamicMessage)> =
            file.extensions().map(|x| (x.full_name().to_string(), x.options())).collect();
        while let Some(m) = messages.pop() {
            options.extend(m.fields().map(|f| (f.full_name().to_string(), f.options())));
            options.extend(m.child_extensions().map(|x| (x.full_name().to_string(), x.options())));
            messages.extend(m.child_messages());
        }
        for (name, opts) in &options {
            let found = opts.extensions().map(|(x, _)| x).find(|x| x.full_name().starts_with(MYPY_PACKAGE));
            if let Some(ext) = found {
                return Err(unsupported(
                    fd.name(),
                    format!(
                        "field `{name}` sets mypy-protobuf's own option `{}` (casttype/keytype/valuetype)",
                        ext.full_name()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The package of mypy-protobuf's own FieldOptions extensions (`casttype`, `keytype`,
/// `valuetype`, `options`), which change the stubs. The plugin itself reads FieldOptions 1151-1154
/// by number whatever extension declares them (and crashes on googleapis'
/// `google.cloud.operation_response_field`, 1151); here only the extensions of this package
/// count, and every other extension leaves the stub as if it were absent.
const MYPY_PACKAGE: &str = "mypy_protobuf.";

/// Per-file state shared by both stub writers: imports, comments, and type references.
pub struct Writer<'a> {
    pub index: &'a Index<'a>,
    pub fd: &'a FileDescriptorProto,
    pub imports: Imports,
    /// Source locations by path; the last one recorded for a path wins.
    locations: HashMap<&'a [i32], &'a Location>,
    /// Service stubs import even this file's own messages (they live in `X_pb2`).
    grpc: bool,
    opts: &'a PythonOptions,
}

impl<'a> Writer<'a> {
    pub fn new(index: &'a Index<'a>, fd: &'a FileDescriptorProto, grpc: bool, opts: &'a PythonOptions) -> Writer<'a> {
        let mut locations = HashMap::new();
        if let Some(info) = &fd.source_code_info {
            for loc in &info.location {
                locations.insert(loc.path.as_slice(), loc);
            }
        }
        Writer { index, fd, imports: Imports::default(), locations, grpc, opts }
    }

    pub fn file_deprecated(&self) -> bool {
        self.fd.options.as_ref().is_some_and(|o| o.deprecated())
    }

    /// How the stub refers to message or enum `name` (leading dot; enums as `.X.ValueType`).
    pub fn type_ref(&mut self, name: &str) -> Result<String, GenError> {
        let fd = self
            .index
            .file_of(name)
            .ok_or_else(|| unsupported(self.fd.name(), format!("reference to unknown type `{name}`")))?;
        let local = match fd.package() {
            "" => name.strip_prefix('.'),
            pkg => name.strip_prefix(&format!(".{pkg}.")),
        }
        .unwrap_or(name);
        let parts: Vec<String> = local.split('.').map(class_name).collect();
        if !self.grpc && fd.name() == self.fd.name() {
            return Ok(global_name(&parts.join(".")));
        }
        let location = module_location(self.opts, self.fd.name(), fd.name());
        let head = self.imports.module(&location, &parts[0]);
        Ok(if parts.len() == 1 { head } else { format!("{head}.{}", parts[1..].join(".")) })
    }

    pub fn has_comments(&self, path: &[i32]) -> bool {
        // Empty strings count as no comment: protoc never records one, a descriptor set may.
        self.locations.get(path).is_some_and(|l| {
            l.leading_detached_comments.iter().any(|c| !c.is_empty())
                || !l.leading_comments().is_empty()
                || !l.trailing_comments().is_empty()
        })
    }

    /// Comment lines for an element: the last detached comment, a blank line, then the leading
    /// and trailing comments; one leading space stripped from every line.
    pub fn comment_lines(&self, path: &[i32]) -> Vec<String> {
        if !self.has_comments(path) {
            return Vec::new();
        }
        let loc = self.locations[path];
        let mut lines = loc.leading_detached_comments.iter().rfind(|c| !c.is_empty()).map(|c| break_text(c)).unwrap_or_default();
        let leading = break_text(loc.leading_comments());
        let trailing = break_text(loc.trailing_comments());
        if !lines.is_empty() && !(leading.is_empty() && trailing.is_empty()) {
            lines.push(String::new());
        }
        lines.extend(leading);
        lines.extend(trailing);
        lines
    }

    /// The docstring of an element, indented by `pad` (blank lines stay empty), or `None`.
    pub fn docstring(&self, path: &[i32], pad: &str) -> Option<String> {
        if !self.has_comments(path) {
            return None;
        }
        Some(indent_lines(&docstring_lines(&self.comment_lines(path)), pad))
    }

    /// `@_deprecated("""...""")`: the comment at `path` when it is a valid string literal body,
    /// else the fallback text.
    pub fn deprecation(&mut self, path: &[i32], fallback: &str) -> Result<String, GenError> {
        let lines = self.comment_lines(path);
        let mut message = fallback.to_string();
        if !lines.is_empty() {
            let joined = lines.join("\\n");
            match triple_quoted_parses(&joined) {
                Some(true) => message = joined,
                Some(false) => {}
                None => {
                    return Err(unsupported(
                        self.fd.name(),
                        format!("a deprecation comment whose text Python would parse as more than a string: {joined:?}"),
                    ))
                }
            }
        }
        Ok(format!("@{}(\"\"\"{message}\"\"\")", self.imports.deprecated()))
    }

    /// `import public` dependencies: every top-level name of the re-exported file is imported
    /// under its own name.
    pub fn add_reexports(&mut self) {
        for &idx in &self.fd.public_dependency {
            let Some(dep) = self.fd.dependency.get(idx as usize) else { continue };
            let Some(dep_fd) = self.index.files.get(dep.as_str()).copied() else { continue };
            let location = module_location(self.opts, self.fd.name(), dep);
            let names = dep_fd
                .message_type
                .iter()
                .map(|m| m.name())
                .chain(dep_fd.enum_type.iter().map(|e| e.name()))
                .chain(dep_fd.enum_type.iter().flat_map(|e| e.value.iter().map(|v| v.name())))
                .chain(dep_fd.extension.iter().map(|x| x.name()));
            for name in names {
                self.imports.reexport(&location, name);
            }
        }
    }

    /// The module docstring (package comment, else syntax comment) with the generated-by header.
    pub fn module_doc(&self) -> String {
        const HEADER: &str = "\n@generated by mypy-protobuf.  Do not edit manually!\nisort:skip_file\n";
        let mut path = vec![path::FILE_PACKAGE];
        if !self.has_comments(&path) {
            path = vec![path::FILE_SYNTAX];
        }
        match self.docstring(&path, "") {
            Some(doc) => format!("\"\"\"{HEADER}{}", &doc[3..]),
            None => format!("\"\"\"{HEADER}\"\"\""),
        }
    }
}

/// Python's `str.isspace` (which also counts the ASCII separators U+001C..U+001F).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn break_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.trim_end_matches(py_space)
        .split('\n')
        .map(|l| l.strip_prefix(' ').unwrap_or(l).to_string())
        .collect()
}

/// The lines of a docstring (quotes included, not indented).
pub use crate::lang::common::escape::python_mypy_docstring as docstring_lines;

/// Joins lines with `pad` in front of every non-empty one.
pub fn indent_lines(lines: &[String], pad: &str) -> String {
    lines.iter().map(|l| if l.is_empty() { String::new() } else { format!("{pad}{l}") }).collect::<Vec<_>>().join("\n")
}

/// Whether Python would accept `"""{body}"""` as an expression, the test mypy-protobuf applies to
/// deprecation comments. `None` when the answer would need a full Python parser (text after an
/// early `"""` that is neither a string literal nor a plain word, or a `\N{...}` escape).
pub fn triple_quoted_parses(body: &str) -> Option<bool> {
    let src: Vec<char> = format!("\"\"\"{body}\"\"\"").chars().collect();
    if src.contains(&'\0') {
        return Some(false);
    }
    let mut i = 0;
    let mut literals = 0;
    loop {
        while i < src.len() && matches!(src[i], ' ' | '\t' | '\x0c') {
            i += 1;
        }
        if i == src.len() {
            return Some(literals > 0);
        }
        // A string literal, possibly with prefix letters.
        let mut j = i;
        while j < src.len() && src[j].is_ascii_alphabetic() && j - i < 2 {
            j += 1;
        }
        if j < src.len() && src[j] == '"' {
            let prefix: String = src[i..j].iter().collect::<String>().to_ascii_lowercase();
            let raw = match prefix.as_str() {
                "" | "u" => false,
                "r" => true,
                _ => return None,
            };
            match scan_string(&src, j, raw) {
                Scan::End(next) => {
                    i = next;
                    literals += 1;
                    continue;
                }
                Scan::Invalid => return Some(false),
                Scan::Unknown => return None,
            }
        }
        // A word right after a string is a syntax error unless it is an operator keyword.
        if src[i].is_alphanumeric() || src[i] == '_' {
            let word: String = src[i..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').collect();
            return if ["and", "or", "not", "in", "is", "if", "else", "for", "async", "lambda"].contains(&word.as_str()) {
                None
            } else {
                Some(false)
            };
        }
        return None;
    }
}

enum Scan {
    End(usize),
    Invalid,
    Unknown,
}

/// Scans the string literal whose opening quote is at `start`.
fn scan_string(src: &[char], start: usize, raw: bool) -> Scan {
    let triple = src.len() >= start + 3 && src[start + 1] == '"' && src[start + 2] == '"';
    let mut i = if triple { start + 3 } else { start + 1 };
    while i < src.len() {
        match src[i] {
            '\\' => {
                if !raw {
                    match check_escape(src, i) {
                        Some(true) => {}
                        Some(false) => return Scan::Invalid,
                        None => return Scan::Unknown,
                    }
                }
                i += 2;
            }
            '"' if triple => {
                if src.len() >= i + 3 && src[i + 1] == '"' && src[i + 2] == '"' {
                    return Scan::End(i + 3);
                }
                i += 1;
            }
            '"' => return Scan::End(i + 1),
            '\n' if !triple => return Scan::Invalid,
            _ => i += 1,
        }
    }
    Scan::Invalid
}

/// Checks the escape sequence starting with the backslash at `at` (Python 3.11 rules).
fn check_escape(src: &[char], at: usize) -> Option<bool> {
    let hex = |n: usize| -> Option<u32> {
        let digits: String = src.get(at + 2..at + 2 + n)?.iter().collect();
        if digits.len() == n && digits.chars().all(|c| c.is_ascii_hexdigit()) {
            u32::from_str_radix(&digits, 16).ok()
        } else {
            None
        }
    };
    match src.get(at + 1) {
        None => Some(false),
        Some('x') => Some(hex(2).is_some()),
        Some('u') => Some(hex(4).is_some()),
        Some('U') => Some(hex(8).is_some_and(|v| v <= 0x10ffff)),
        Some('N') => None,
        Some(_) => Some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_count_per_name() {
        let mut imp = Imports::default();
        assert_eq!(imp.from("collections.abc", "Iterator"), "_abc.Iterator");
        assert_eq!(imp.from("abc", "ABCMeta"), "_abc_1.ABCMeta");
        assert_eq!(imp.from("collections.abc", "AsyncIterator"), "_abc.AsyncIterator");
        assert_eq!(imp.from("a/x_pb2", "M"), "_x_pb2.M");
        assert_eq!(imp.from("b/x_pb2", "M"), "_x_pb2_1.M");
        assert_eq!(imp.typing_ext("Self"), "_Self");
        assert_eq!(imp.typing_ext("TypeAlias"), "_TypeAlias");
        let view = imp.finish();
        assert_eq!(
            view.statements,
            [
                "from a import x_pb2 as _x_pb2",
                "from b import x_pb2 as _x_pb2_1",
                "from collections import abc as _abc",
                "import abc as _abc_1",
                "import sys",
            ]
        );
        let typing = view.typing.unwrap();
        assert_eq!((typing.since.as_str(), typing.names.as_str()), ("(3, 11)", "Self as _Self, TypeAlias as _TypeAlias"));
    }

    #[test]
    fn module_locations_follow_the_import_options() {
        let at = |opts: &PythonOptions, a: &str, b: &str| {
            let l = module_location(opts, a, b);
            format!("{} / {}", l.from.unwrap_or_default(), l.module)
        };
        let abs = PythonOptions::default();
        assert_eq!(at(&abs, "a/b/c.proto", "a/d-e.proto"), "a / d_e_pb2");
        assert_eq!(at(&abs, "a/b/c.proto", "top.proto"), " / top_pb2");
        assert_eq!(at(&abs, "x.proto", "google/protobuf/any.proto"), "google.protobuf / any_pb2");
        let pkg = PythonOptions { package: Some("proj.gen".into()), ..Default::default() };
        assert_eq!(at(&pkg, "a/c.proto", "top.proto"), "proj.gen / top_pb2");
        assert_eq!(at(&pkg, "a/c.proto", "google/protobuf/any.proto"), "google.protobuf / any_pb2");
        let rel = PythonOptions { imports: ImportStyle::Relative, ..Default::default() };
        assert_eq!(at(&rel, "a/b/c.proto", "a/b/d.proto"), ". / d_pb2");
        assert_eq!(at(&rel, "a/b/c.proto", "a/d.proto"), ".. / d_pb2");
        assert_eq!(at(&rel, "a/b/c.proto", "a/x/d.proto"), "..x / d_pb2");
        assert_eq!(at(&rel, "top.proto", "a/d.proto"), ".a / d_pb2");
        assert_eq!(at(&rel, "a/c.proto", "google/protobuf/any.proto"), "google.protobuf / any_pb2");
        let mut imp = Imports::default();
        let loc = module_location(&rel, "a/c.proto", "a/base.proto");
        assert_eq!(imp.module(&loc, "Base"), "_base_pb2.Base");
        imp.reexport(&loc, "Base");
        let loc = module_location(&rel, "a/c.proto", "b/base.proto");
        assert_eq!(imp.module(&loc, "Base"), "_base_pb2_1.Base");
        assert_eq!(
            imp.finish().statements,
            ["from . import base_pb2 as _base_pb2", "from ..b import base_pb2 as _base_pb2_1", "from .base_pb2 import Base as Base"]
        );
    }

    #[test]
    fn docstrings_escape_and_pad() {
        let one = docstring_lines(&["say \"hi\"".to_string()]);
        assert_eq!(one, ["\"\"\"say \"hi\" \"\"\""]);
        let many = docstring_lines(&["a \"\"\" b \\".to_string(), String::new(), "c".to_string()]);
        assert_eq!(indent_lines(&many, "    "), "    \"\"\"a \\\"\\\"\\\" b \\\\\n\n    c\n    \"\"\"");
    }

    #[test]
    fn deprecation_text_must_be_a_python_string() {
        assert_eq!(triple_quoted_parses("Use Foo instead."), Some(true));
        assert_eq!(triple_quoted_parses("ends with a quote\""), Some(false));
        assert_eq!(triple_quoted_parses("ends with a backslash\\"), Some(false));
        assert_eq!(triple_quoted_parses("bad \\x1 escape"), Some(false));
        assert_eq!(triple_quoted_parses("good \\x41 \\u00e9 escape"), Some(true));
        assert_eq!(triple_quoted_parses("use \"\"\"Foo\"\"\" instead"), Some(false));
        assert_eq!(triple_quoted_parses("a\"\"\" \"\"\"b"), Some(true));
        assert_eq!(triple_quoted_parses("a\"\"\" + \"\"\"b"), None);
        assert_eq!(triple_quoted_parses("line one\\nline two"), Some(true));
    }

    #[test]
    fn break_text_keeps_inner_blank_lines() {
        assert_eq!(break_text(" a\n\n b  \n"), ["a", "", "b"]);
        assert_eq!(break_text("  \n"), [""]);
        assert!(break_text("").is_empty());
    }
}

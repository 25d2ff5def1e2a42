//! The import block of one stub, with mypy-protobuf's alias rules: names are imported in
//! first-use order, two modules whose last component is the same get `_x` and `_x_1`, and the
//! `typing_extensions` names are listed in first-use order. The view builders therefore ask
//! for every name in the order the reference plugin writes them.

use std::collections::HashMap;

use crate::lang::python::{names, PythonOptions};
#[cfg(test)]
use crate::lang::python::Imports as ImportStyle;

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

}

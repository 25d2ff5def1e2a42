//! Rust output: prost messages and tonic clients/servers, produced by prost-build and
//! tonic-prost-build themselves (in memory, no protoc), wrapped in a crate. `generate_modules`
//! is shared with the build.rs API (`crate::build`), which writes the same files to OUT_DIR.

use crate::lang::common::escape::rust_line_comment;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

use prost_build::Module;
use rayon::prelude::*;
use serde::Serialize;

use super::{GenError, Lang, Request};
use crate::compile::Descriptors;
use crate::model::Model;
use crate::output::FileSet;

mod editions;
mod options;

pub use options::{apply_override, ProstSettings, RustOptions};

/// What `templates/rust/lib.rs.hbs` and `Cargo.toml.hbs` receive.
#[derive(Serialize)]
struct CrateView {
    crate_name: String,
    /// Source of lib.rs module tree, already nested and indented.
    modules: String,
    sources: Vec<String>,
    /// `name = value` lines for `[dependencies]` beyond prost/tonic (what `extern_path` needs).
    extra_dependencies: Vec<String>,
}

pub fn generate(req: &Request, opts: &RustOptions) -> Result<FileSet, GenError> {
    let fail = |message: String| GenError::Failed { lang: Lang::Rust, message };
    warn_extensions(req.model);
    let sources = generate_modules(req.descriptors, req.model, &opts.prost).map_err(fail)?;
    let mut out = req.file_set();
    for (file, (_, code)) in &sources {
        out.add(format!("src/{file}"), code.as_bytes())?;
    }
    if opts.crate_files {
        let view = CrateView {
            crate_name: crate::lang::common::escape::toml_str(&opts.crate_name),
            modules: module_tree(sources.iter().map(|(f, (m, _))| (m.clone(), f.clone())), &|file| format!("\"{file}\"")),
            sources: sources.keys().cloned().collect(),
            extra_dependencies: opts.dependencies.iter().map(|(name, value)| format!("{name} = {value}")).collect(),
        };
        out.add("Cargo.toml", req.templates.render("rust/Cargo.toml", &view)?)?;
        out.add("src/lib.rs", req.templates.render("rust/lib.rs", &view)?)?;
    }
    Ok(out)
}

fn warn_extensions(model: &Model) {
    for file in model.files_to_generate() {
        let scoped = file.messages.iter().any(has_extensions);
        if !file.extensions.is_empty() || scoped {
            eprintln!(
                "warning: {}: prost has no representation for proto2 extensions; the Rust output omits them",
                file.name
            );
        }
    }
}

/// prost-build's output for the requested files and everything they import, as prost-build
/// produces it from protoc's `--include_imports` descriptor set: one entry per Rust module,
/// keyed by prost's file name (`<package>.rs`, `_.rs` without a package). Packages mapped by
/// `extern_path` (and google.protobuf, unless `compile_well_known_types`) yield no types.
pub fn generate_modules(
    descriptors: Descriptors,
    model: &Model,
    settings: &ProstSettings,
) -> Result<BTreeMap<String, (Module, String)>, String> {
    let closure = import_closure(model);
    let requests: Vec<(Module, prost_types::FileDescriptorProto)> = descriptors
        .file_descriptor_set_for(closure)
        .file
        .into_iter()
        .map(|f| {
            let module = Module::from_protobuf_package_name(f.package());
            let file = editions::lower(model, canonical_enum_defaults(model, f))
                .map_err(|r| format!("{}: {}; the Rust output cannot represent it", r.location, r.construct))?;
            Ok((module, rust_safe_comments(file)))
        })
        .collect::<Result<_, String>>()?;

    let mut config = settings.prost_config();
    // Formatted below, every module at once.
    config.format(false);
    // prost-build reports some inconsistencies by panicking; never let that take the CLI down,
    // and keep the default hook from printing the panic as if protosmith had crashed (the
    // message becomes the error below). Generation runs on this thread alone.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let generated = catch_unwind(AssertUnwindSafe(|| config.generate(requests)));
    std::panic::set_hook(hook);
    let modules = generated
        .map_err(|p| {
            let why = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            format!("prost-build failed: {why}")
        })?
        .map_err(|e| format!("prost-build failed: {e}"))?;
    let formatted: Vec<(Module, String)> = modules
        .into_par_iter()
        .map(|(module, code)| format_module(&code).map(|code| (module, code)))
        .collect::<Result<_, _>>()?;
    let sources: BTreeMap<String, (Module, String)> =
        formatted.into_iter().map(|(module, code)| (module.to_file_name_or("_"), (module, code))).collect();
    check_module_clashes(model, &sources)?;
    Ok(sources)
}

/// What prost-build's formatting does to a module (after the line it puts on top, which the
/// formatter would drop with the other plain comments).
fn format_module(code: &str) -> Result<String, String> {
    const HEADER: &str = "// This file is @generated by prost-build.\n";
    let body = code.strip_prefix(HEADER).unwrap_or(code);
    let file = syn::parse_file(body).map_err(|e| format!("prost-build wrote Rust that does not parse: {e}"))?;
    Ok(format!("{HEADER}{}", prettyplease::unparse(&file)))
}

/// The requested files and, transitively, every file they import (public and weak included).
fn import_closure(model: &Model) -> BTreeSet<&str> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&str> = model.files_to_generate().map(|f| f.name.as_str()).collect();
    while let Some(name) = todo.pop() {
        if !seen.insert(name) {
            continue;
        }
        if let Some(file) = model.file(name) {
            todo.extend(file.dependencies.iter().map(String::as_str));
        }
    }
    seen
}

/// lib.rs nests package modules (`a::b` inside `a`), and prost puts a message's nested types in
/// a module named after the message (`a::b` for message `a.B`); tonic adds `<service>_client`
/// / `_server` modules. When two of these want the same module the crate cannot compile, so
/// the clash is reported instead of written.
fn check_module_clashes(model: &Model, sources: &BTreeMap<String, (Module, String)>) -> Result<(), String> {
    let modules: Vec<&Module> = sources.values().map(|(m, _)| m).collect();
    for (module, code) in sources.values() {
        let parts: Vec<&str> = module.parts().collect();
        let children: BTreeSet<&str> = modules
            .iter()
            .filter_map(|other| {
                let o: Vec<&str> = other.parts().collect();
                (o.len() > parts.len() && o[..parts.len()] == parts[..]).then(|| other.parts().nth(parts.len()).unwrap())
            })
            .collect();
        for child in children {
            if code.lines().any(|l| l == format!("pub mod {child} {{")) {
                let package = |m: &Module| {
                    model
                        .files
                        .iter()
                        .map(|f| f.package.as_str())
                        .find(|p| Module::from_protobuf_package_name(p) == *m)
                        .map(|p| if p.is_empty() { "(no package)".to_string() } else { format!("`{p}`") })
                        .unwrap_or_default()
                };
                let path = if parts.is_empty() { child.to_string() } else { format!("{}::{child}", parts.join("::")) };
                return Err(format!(
                    "Rust module `{path}` is wanted twice: by package {} for a nested type or service module, and by a package below it; prost's module layout cannot hold both (rename one, or generate them separately with extern_path)",
                    package(module)
                ));
            }
        }
    }
    Ok(())
}

fn has_extensions(m: &crate::model::Message) -> bool {
    !m.extensions.is_empty() || m.messages.iter().any(has_extensions)
}

/// Nested `pub mod` blocks mirroring the package hierarchy, each including its generated file,
/// because prost refers across packages with `super::` paths that assume exactly this tree.
/// `include` turns a file name into the included path expression (`"a.b.rs"` in the crate,
/// `concat!(env!("OUT_DIR"), "/a.b.rs")` from build.rs).
pub fn module_tree(modules: impl Iterator<Item = (Module, String)>, include: &dyn Fn(&str) -> String) -> String {
    #[derive(Default)]
    struct Node {
        file: Option<String>,
        children: BTreeMap<String, Node>,
    }
    let mut root = Node::default();
    for (module, file) in modules {
        let mut node = &mut root;
        for part in module.parts() {
            node = node.children.entry(part.to_string()).or_default();
        }
        node.file = Some(file);
    }
    fn emit(node: &Node, depth: usize, out: &mut String, include: &dyn Fn(&str) -> String) {
        let pad = "    ".repeat(depth);
        if let Some(file) = &node.file {
            out.push_str(&format!("{pad}include!({});\n", include(file)));
        }
        for (name, child) in &node.children {
            // prost already escaped keyword parts (`r#type`, `self_`).
            out.push_str(&format!("{pad}pub mod {name} {{\n"));
            emit(child, depth + 1, out, include);
            out.push_str(&format!("{pad}}}\n"));
        }
    }
    let mut out = String::new();
    emit(&root, 0, &mut out, include);
    out
}

/// prost keeps one variant per number (the first) and drops `allow_alias` aliases, but still
/// names a default that spells an alias, which then does not compile. The first value with the
/// same number is the same default.
fn canonical_enum_defaults(model: &Model, mut file: prost_types::FileDescriptorProto) -> prost_types::FileDescriptorProto {
    use prost_types::field_descriptor_proto::Type;
    fn fix(model: &Model, fields: &mut [prost_types::FieldDescriptorProto]) {
        for field in fields.iter_mut().filter(|f| f.r#type() == Type::Enum) {
            let (Some(default), Some(type_name)) = (field.default_value.as_deref(), field.type_name.as_deref()) else {
                continue;
            };
            let Some(e) = model.enumeration(type_name.trim_start_matches('.')) else { continue };
            let number = e.values.iter().find(|v| v.name == default).map(|v| v.number);
            if let Some(first) = number.and_then(|n| e.values.iter().find(|v| v.number == n)) {
                field.default_value = Some(first.name.clone());
            }
        }
    }
    fn fix_message(model: &Model, msg: &mut prost_types::DescriptorProto) {
        fix(model, &mut msg.field);
        fix(model, &mut msg.extension);
        for nested in &mut msg.nested_type {
            fix_message(model, nested);
        }
    }
    fix(model, &mut file.extension);
    for msg in &mut file.message_type {
        fix_message(model, msg);
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_tree_nests_packages() {
        let tree = module_tree(
            [
                (Module::from_protobuf_package_name("a.b"), "a.b.rs".to_string()),
                (Module::from_protobuf_package_name("a.b.c"), "a.b.c.rs".to_string()),
                (Module::from_protobuf_package_name("type"), "r#type.rs".to_string()),
            ]
            .into_iter(),
            &|file| format!("\"{file}\""),
        );
        assert_eq!(
            tree,
            "pub mod a {\n    pub mod b {\n        include!(\"a.b.rs\");\n        pub mod c {\n            include!(\"a.b.c.rs\");\n        }\n    }\n}\npub mod r#type {\n    include!(\"r#type.rs\");\n}\n"
        );
    }
}

/// prost-build copies comments into `///` doc comments line by line (split at `\n`); a `\r`
/// there that does not end its line (a CRLF source's) is a compile error ("bare CR not allowed
/// in doc-comment"), so it is written as the two characters `\r`.
fn rust_safe_comments(mut file: prost_types::FileDescriptorProto) -> prost_types::FileDescriptorProto {
    let fix = |text: &mut String| {
        if text.contains('\r') {
            *text = text
                .split('\n')
                .map(|line| match line.strip_suffix('\r') {
                    Some(body) => format!("{}\r", rust_line_comment(body)),
                    None => rust_line_comment(line),
                })
                .collect::<Vec<_>>()
                .join("\n");
        }
    };
    for location in file.source_code_info.iter_mut().flat_map(|info| info.location.iter_mut()) {
        location.leading_comments.iter_mut().for_each(fix);
        location.trailing_comments.iter_mut().for_each(fix);
        location.leading_detached_comments.iter_mut().for_each(fix);
    }
    file
}

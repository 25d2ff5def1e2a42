//! Rust output: prost messages and tonic clients/servers, produced by prost-build and
//! tonic-prost-build themselves (in memory, no protoc, no build.rs), wrapped in a crate.

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

use prost_build::Module;
use serde::{Deserialize, Serialize};

use super::{GenError, Lang, Request};
use crate::output::FileSet;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RustOptions {
    #[serde(default)]
    pub enabled: Option<bool>,
    /// Name of the generated crate (`Cargo.toml` `[package] name`).
    #[serde(default = "default_crate_name")]
    pub crate_name: String,
    /// Also emit the crate's `Cargo.toml` and `src/lib.rs`; off, only `src/<package>.rs` files.
    #[serde(default = "yes")]
    pub crate_files: bool,
    /// Emit tonic transport helpers (`connect`) in clients.
    #[serde(default = "yes")]
    pub transport: bool,
}

fn default_crate_name() -> String {
    "protosmith-generated".into()
}

fn yes() -> bool {
    true
}

/// What `templates/rust/lib.rs.hbs` and `Cargo.toml.hbs` receive.
#[derive(Serialize)]
struct CrateView {
    crate_name: String,
    /// Source of lib.rs module tree, already nested and indented.
    modules: String,
    sources: Vec<String>,
}

pub fn generate(req: &Request, opts: &RustOptions) -> Result<FileSet, GenError> {
    let fail = |message: String| GenError::Failed { lang: Lang::Rust, message };
    let wanted: BTreeSet<&str> = req.compiled.to_generate.iter().map(String::as_str).collect();
    // Every file is handed over (prost needs imported messages, well-known types included, to
    // decide which traits it can derive; it maps google.protobuf to prost-types and emits
    // nothing for it), and only the packages of the named files are kept.
    let requests: Vec<(Module, prost_types::FileDescriptorProto)> = req
        .compiled
        .files
        .iter()
        .map(|f| (Module::from_protobuf_package_name(f.package()), canonical_enum_defaults(req, f)))
        .collect();
    let wanted_modules: BTreeSet<Module> = requests
        .iter()
        .filter(|(_, f)| wanted.contains(f.name()))
        .map(|(m, _)| m.clone())
        .collect();

    for file in req.model.files_to_generate() {
        let scoped = file.messages.iter().any(has_extensions);
        if !file.extensions.is_empty() || scoped {
            eprintln!(
                "warning: {}: prost has no representation for proto2 extensions; the Rust output omits them",
                file.name
            );
        }
    }

    let mut config = prost_build::Config::new();
    // prost-build formats every module one after the other (syn + prettyplease, most of its
    // time on large trees); the wanted modules are formatted below instead, on the rayon pool,
    // with the same crates and the same steps, so the bytes are the same.
    config.format(false);
    let services = tonic_prost_build::configure().build_transport(opts.transport).service_generator();
    config.service_generator(services);
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
            fail(format!("prost-build failed: {why}"))
        })?
        .map_err(|e| fail(e.to_string()))?;

    let mut out = req.file_set();
    let mut sources = BTreeMap::new();
    for (module, code) in modules {
        if wanted_modules.contains(&module) {
            let file = module.to_file_name_or("_");
            sources.insert(file.clone(), (module, code));
        }
    }
    let sources: Vec<(String, (Module, String))> = sources.into_iter().collect();
    out.add_each(&sources, |(file, (_, code))| Ok::<_, GenError>(vec![(format!("src/{file}"), format_module(code)?.into())]))?;
    let sources: BTreeMap<String, (Module, String)> = sources.into_iter().map(|(f, (m, _))| (f, (m, String::new()))).collect();
    if opts.crate_files {
        let view = CrateView {
            crate_name: opts.crate_name.clone(),
            modules: module_tree(sources.iter().map(|(f, (m, _))| (m.clone(), f.clone()))),
            sources: sources.keys().cloned().collect(),
        };
        out.add("Cargo.toml", req.templates.render("rust/Cargo.toml", &view)?)?;
        out.add("src/lib.rs", req.templates.render("rust/lib.rs", &view)?)?;
    }
    Ok(out)
}

/// What prost-build does with a module's code when its `format` option is on: parse it,
/// pretty-print it, and put its `@generated` line on top (that line is added after formatting).
fn format_module(code: &str) -> Result<String, GenError> {
    let strip = "// This file is @generated by prost-build.\n";
    let body = code.strip_prefix(strip).unwrap_or(code);
    let file = syn::parse_file(body).map_err(|e| GenError::Failed {
        lang: Lang::Rust,
        message: format!("prost-build produced code that does not parse: {e}"),
    })?;
    Ok(format!("{strip}{}", prettyplease::unparse(&file)))
}

fn has_extensions(m: &crate::model::Message) -> bool {
    !m.extensions.is_empty() || m.messages.iter().any(has_extensions)
}

/// Nested `pub mod` blocks mirroring the package hierarchy, each including its generated file,
/// because prost refers across packages with `super::` paths that assume exactly this tree.
fn module_tree(modules: impl Iterator<Item = (Module, String)>) -> String {
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
    fn emit(node: &Node, depth: usize, out: &mut String) {
        let pad = "    ".repeat(depth);
        if let Some(file) = &node.file {
            out.push_str(&format!("{pad}include!(\"{file}\");\n"));
        }
        for (name, child) in &node.children {
            // prost already escaped keyword parts (`r#type`, `self_`).
            out.push_str(&format!("{pad}pub mod {name} {{\n"));
            emit(child, depth + 1, out);
            out.push_str(&format!("{pad}}}\n"));
        }
    }
    let mut out = String::new();
    emit(&root, 0, &mut out);
    out
}

/// prost keeps one variant per number (the first) and drops `allow_alias` aliases, but still
/// names a default that spells an alias, which then does not compile. The first value with the
/// same number is the same default.
fn canonical_enum_defaults(req: &Request, file: &prost_types::FileDescriptorProto) -> prost_types::FileDescriptorProto {
    use prost_types::field_descriptor_proto::Type;
    fn fix(req: &Request, fields: &mut [prost_types::FieldDescriptorProto]) {
        for field in fields.iter_mut().filter(|f| f.r#type() == Type::Enum) {
            let (Some(default), Some(type_name)) = (field.default_value.as_deref(), field.type_name.as_deref()) else {
                continue;
            };
            let Some(e) = req.model.enumeration(type_name.trim_start_matches('.')) else { continue };
            let number = e.values.iter().find(|v| v.name == default).map(|v| v.number);
            if let Some(first) = number.and_then(|n| e.values.iter().find(|v| v.number == n)) {
                field.default_value = Some(first.name.clone());
            }
        }
    }
    fn fix_message(req: &Request, msg: &mut prost_types::DescriptorProto) {
        fix(req, &mut msg.field);
        fix(req, &mut msg.extension);
        for nested in &mut msg.nested_type {
            fix_message(req, nested);
        }
    }
    let mut file = file.clone();
    fix(req, &mut file.extension);
    for msg in &mut file.message_type {
        fix_message(req, msg);
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
        );
        assert_eq!(
            tree,
            "pub mod a {\n    pub mod b {\n        include!(\"a.b.rs\");\n        pub mod c {\n            include!(\"a.b.c.rs\");\n        }\n    }\n}\npub mod r#type {\n    include!(\"r#type.rs\");\n}\n"
        );
    }
}

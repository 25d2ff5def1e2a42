//! Rust output: prost messages and tonic clients/servers, produced by prost-build and
//! tonic-prost-build themselves (in memory, no protoc), wrapped in a crate. `generate_modules`
//! is shared with the build.rs API (`crate::build`), which writes the same files to OUT_DIR.

use crate::lang::common::escape::rust_line_comment;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

use prost_build::Module;
use rayon::prelude::*;
use serde::Serialize;

use super::{GenError, Lang, Request};
use crate::compile::{keep_element_comments, Descriptors, FileOutline, SourceInfo};
use crate::model::{Model, Syntax};
use crate::output::FileSet;
use format::{format_module, ServiceSpans};

mod editions;
mod format;
mod options;
mod services;

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
    // Each module goes to the file set (the sink, when streaming) as soon as its group is done,
    // rather than every module's code being held until the last group finishes.
    let out = Mutex::new(req.file_set());
    let refused = Mutex::new(None);
    let sources = generate_modules_each(req.descriptors, req.model, &opts.prost, &|file, _, code| {
        out.lock().unwrap().add(format!("src/{file}"), code.into_bytes()).map_err(|e| {
            let message = e.to_string();
            refused.lock().unwrap().get_or_insert(e);
            message
        })
    });
    if let Some(e) = refused.into_inner().unwrap() {
        return Err(e.into());
    }
    let sources = sources.map_err(fail)?;
    let mut out = out.into_inner().unwrap();
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
    collect_modules(descriptors, model, settings, groups())
}

/// [`generate_modules`], each module's code handed to `emit` (file name, module, code) as its
/// group finishes instead of returned; what comes back is each module and the child modules
/// its code declares, for the module tree.
fn generate_modules_each(descriptors: Descriptors, model: &Model, settings: &ProstSettings, emit: Emit) -> Result<BTreeMap<String, Declared>, String> {
    generate_in_groups(descriptors, model, settings, groups(), emit)
}

fn groups() -> usize {
    let threads = rayon::current_num_threads();
    if threads > 1 { threads * GROUPS_PER_THREAD } else { 1 }
}

/// Where a finished module's code goes: file name, module, code.
type Emit<'e> = &'e (dyn Fn(&str, &Module, String) -> Result<(), String> + Sync);

/// A module written, and the modules its code declares at its top level (`pub mod x {`).
type Declared = (Module, BTreeSet<String>);

/// Every module's code, by file name.
fn collect_modules(
    descriptors: Descriptors,
    model: &Model,
    settings: &ProstSettings,
    groups: usize,
) -> Result<BTreeMap<String, (Module, String)>, String> {
    let codes = Mutex::new(BTreeMap::new());
    let emit = |file: &str, module: &Module, code: String| {
        codes.lock().unwrap().insert(file.to_string(), (module.clone(), code));
        Ok(())
    };
    generate_in_groups(descriptors, model, settings, groups, &emit)?;
    Ok(codes.into_inner().unwrap())
}

/// Groups per thread: enough for the work-stealing pool to even out modules of very different
/// sizes; each group costs prost-build's code generation of its imports once more.
const GROUPS_PER_THREAD: usize = 4;

/// `generate_modules` with the modules split into (at most) `groups` groups, each generated by
/// its own prost-build run on the rayon pool, so prost-build's sequential code generation and
/// the formatting spread over the cores. Any split gives the same bytes: a module's code
/// depends only on its own files (all in one group, in their order) and on prost-build's
/// message graph, which answers the same from a group's import closure as from every file
/// (recursion and derive checks follow message fields, and a field's type is always declared
/// in the file's imports).
fn generate_in_groups(
    descriptors: Descriptors,
    model: &Model,
    settings: &ProstSettings,
    groups: usize,
    emit: Emit,
) -> Result<BTreeMap<String, Declared>, String> {
    let closure = import_closure(model);
    let files = descriptors.outlines(|name| closure.contains(name));
    // Each group copies its own files from the descriptors (not the whole closure at once);
    // what prost cannot represent is refused first, in file order.
    for file in files.iter().filter(|f| model.file(f.name).is_some_and(|m| m.syntax == Syntax::Editions)) {
        prepare(descriptors, model, file.name, true)?;
    }
    let modules: Vec<Module> = files.iter().map(|f| Module::from_protobuf_package_name(f.package)).collect();
    let plan = group_plan(&files, &modules, groups);

    // prost-build reports some inconsistencies by panicking; never let that take the CLI down,
    // and keep the default hook from printing the panic as if protosmith had crashed (the
    // message becomes the error below).
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let generated: Vec<Result<Vec<Declared>, String>> = plan
        .into_par_iter()
        .map(|(own, members)| {
            let group = generate_group(descriptors, model, &files, &modules, &own, &members, settings)?;
            group.into_iter().map(|(module, code)| {
                let declared = code.lines().filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(" {")).map(str::to_string).collect();
                emit(&module.to_file_name_or("_"), &module, code)?;
                Ok((module, declared))
            }).collect()
        })
        .collect();
    std::panic::set_hook(hook);
    let mut sources = BTreeMap::new();
    for group in generated {
        for (module, declared) in group? {
            sources.insert(module.to_file_name_or("_"), (module, declared));
        }
    }
    check_module_clashes(model, &sources)?;
    Ok(sources)
}

/// The descriptor prost-build gets for the file `name`: editions lowered, enum defaults and
/// comments made representable; with its source info (comments) or without.
fn prepare(descriptors: Descriptors, model: &Model, name: &str, source_info: bool) -> Result<prost_types::FileDescriptorProto, String> {
    // Lowering editions locates what it refuses by the spans; other files need only comments.
    let editions = model.file(name).is_some_and(|f| f.syntax == Syntax::Editions);
    let wanted = match (source_info, editions) {
        (false, _) => SourceInfo::None,
        (true, true) => SourceInfo::Full,
        (true, false) => SourceInfo::ElementComments,
    };
    let file = descriptors.file_descriptor(name, wanted).ok_or_else(|| format!("{name} is not compiled"))?;
    let file = editions::lower(model, canonical_enum_defaults(model, file))
        .map_err(|r| format!("{}: {}; the Rust output cannot represent it", r.location, r.construct))?;
    Ok(only_what_prost_reads(rust_safe_comments(file)))
}

/// The file with only the source locations prost-build reads, in their order: those of
/// elements (a path of even length; it keeps no other) with their comments (it reads no
/// spans). A group's files take a fraction of the memory, for the same output.
fn only_what_prost_reads(mut file: prost_types::FileDescriptorProto) -> prost_types::FileDescriptorProto {
    if let Some(info) = file.source_code_info.as_mut() {
        keep_element_comments(info);
    }
    file
}

/// Splits the files (`files[i]` of module `modules[i]`) into at most `groups` groups of whole
/// modules, neighbours in module order together (packages side by side share most imports), of
/// about equal size. Each group is the list of file indexes prost-build gets: the group's
/// files, then every file they import from other modules (for the message graph; their output
/// is dropped), in file order. Returned as `(own files, all files)` per group.
fn group_plan(files: &[FileOutline], modules: &[Module], groups: usize) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut by_module: BTreeMap<String, (Vec<usize>, usize)> = BTreeMap::new();
    for (i, (module, file)) in modules.iter().zip(files).enumerate() {
        let entry = by_module.entry(module.to_file_name_or("_")).or_default();
        entry.0.push(i);
        entry.1 += file.encoded_len;
    }
    let total: usize = by_module.values().map(|(_, size)| size).sum();
    let target = total.div_ceil(groups.max(1)).max(1);
    let mut chunks: Vec<Vec<usize>> = vec![Vec::new()];
    let mut filled = 0;
    for (members, size) in by_module.into_values() {
        if filled >= target {
            chunks.push(Vec::new());
            filled = 0;
        }
        chunks.last_mut().unwrap().extend(members);
        filled += size;
    }
    if chunks.len() == 1 {
        let all: Vec<usize> = (0..files.len()).collect();
        return vec![(all.clone(), all)];
    }
    let index: HashMap<&str, usize> = files.iter().enumerate().map(|(i, f)| (f.name, i)).collect();
    chunks
        .into_iter()
        .map(|own| {
            let mut member = vec![false; files.len()];
            let mut todo = own.clone();
            while let Some(i) = todo.pop() {
                if !std::mem::replace(&mut member[i], true) {
                    todo.extend(files[i].dependencies.iter().filter_map(|d| index.get(d.as_str()).copied()));
                }
            }
            (own, (0..files.len()).filter(|&i| member[i]).collect())
        })
        .collect()
}

/// One prost-build run over `members` (indexes into `files`), formatted: the modules of the
/// group's `own` files (whole modules). An imported file of another module goes in without its
/// comments and services, which only its own (dropped) output would show.
fn generate_group(
    descriptors: Descriptors,
    model: &Model,
    files: &[FileOutline],
    modules: &[Module],
    own: &[usize],
    members: &[usize],
    settings: &ProstSettings,
) -> Result<Vec<(Module, String)>, String> {
    let own: BTreeSet<&Module> = own.iter().map(|&i| &modules[i]).collect();
    let packages: HashMap<&Module, &str> = members.iter().map(|&i| (&modules[i], files[i].package)).collect();
    let batch: Vec<(Module, prost_types::FileDescriptorProto)> = members
        .iter()
        .map(|&i| {
            let module = &modules[i];
            let mine = own.contains(module);
            let mut file = prepare(descriptors, model, files[i].name, mine)?;
            if !mine {
                file.service = Vec::new();
            }
            Ok((module.clone(), file))
        })
        .collect::<Result<_, String>>()?;
    // Formatted below, module by module on the pool, services as tonic formatted them.
    let spans = ServiceSpans::default();
    let failure = services::Failure::default();
    let mut config = settings.prost_config(&failure, |generator| spans.recorder(generator));
    config.format(false);
    let modules = catch_unwind(AssertUnwindSafe(|| config.generate(batch)))
        .map_err(|p| {
            let why = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            format!("prost-build failed: {why}")
        })?
        .map_err(|e| format!("prost-build failed: {e}"))?;
    if let Some(failure) = failure.take() {
        return Err(failure);
    }
    let modules: Vec<(Module, String, Vec<std::ops::Range<usize>>)> = modules
        .into_iter()
        .filter(|(module, _)| own.contains(module))
        .map(|(module, code)| {
            let spans = spans.take(packages[&module]);
            (module, code, spans)
        })
        .collect();
    modules.into_par_iter().map(|(module, code, spans)| format_module(&code, &spans).map(|code| (module, code))).collect()
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
fn check_module_clashes(model: &Model, sources: &BTreeMap<String, Declared>) -> Result<(), String> {
    let modules: Vec<&Module> = sources.values().map(|(m, _)| m).collect();
    for (module, declared) in sources.values() {
        let parts: Vec<&str> = module.parts().collect();
        let children: BTreeSet<&str> = modules
            .iter()
            .filter_map(|other| {
                let o: Vec<&str> = other.parts().collect();
                (o.len() > parts.len() && o[..parts.len()] == parts[..]).then(|| other.parts().nth(parts.len()).unwrap())
            })
            .collect();
        for child in children {
            if declared.contains(child) {
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

    /// A recursive message (boxed), derives that depend on fields of other packages' messages
    /// (Copy, Eq), two files of one package, comments and services: every split into groups
    /// gives the bytes of one prost-build run over everything.
    #[test]
    fn any_grouping_gives_the_bytes_of_one_run() {
        let sources = [
            ("a/a.proto", "syntax = \"proto3\";\npackage a;\nimport \"b/b.proto\";\n// A holds a B.\nmessage A { b.B b = 1; int32 n = 2; }\nmessage Plain { b.Flat f = 1; }\nmessage Exact { b.Whole w = 1; }\nservice S { rpc Get(A) returns (b.B); }\n"),
            ("b/b.proto", "syntax = \"proto3\";\npackage b;\nimport \"c/c.proto\";\nmessage B { c.C c = 1; }\nmessage Flat { int32 x = 1; bool y = 2; }\nmessage Whole { string s = 1; }\n"),
            ("c/c.proto", "syntax = \"proto3\";\npackage c;\nimport \"a/a.proto\";\nmessage C { a.A a = 1; double d = 2; }\n"),
            ("a/more.proto", "syntax = \"proto3\";\npackage a;\nimport \"c/c.proto\";\nmessage M { c.C c = 1; }\n"),
            ("d/d.proto", "syntax = \"proto3\";\npackage d.e;\nimport \"a/more.proto\";\nmessage D { a.M m = 1; }\nservice T { rpc Put(D) returns (D); }\n"),
        ];
        // Recursion needs a cycle of types, hence of one file's types (imports cannot cycle).
        let sources = sources.map(|(n, t)| (n, t.replace("import \"a/a.proto\";\nmessage C { a.A a = 1;", "message C { C2 a = 1;").replace("double d = 2; }", "double d = 2; }\nmessage C2 { C c = 1; }")));
        let sources: Vec<(&str, &str)> = sources.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let names = ["a/a.proto", "a/more.proto", "b/b.proto", "c/c.proto", "d/d.proto"];
        let compiled = crate::compile::compile_in_memory(&sources, &names).unwrap();
        let model = Model::build(&compiled);
        let settings = ProstSettings::default();
        let one = collect_modules(compiled.descriptors(), &model, &settings, 1).unwrap();
        assert_eq!(one.len(), 4, "{:?}", one.keys());
        assert!(one["c.rs"].1.contains("::prost::alloc::boxed::Box<"), "the recursion is boxed: {}", one["c.rs"].1);
        // Derives read the fields of messages in other packages.
        assert!(one["a.rs"].1.contains("#[derive(Clone, Copy, PartialEq, Eq, Hash, ::prost::Message)]\npub struct Plain"), "{}", one["a.rs"].1);
        assert!(one["a.rs"].1.contains("#[derive(Clone, PartialEq, Eq, Hash, ::prost::Message)]\npub struct Exact"), "{}", one["a.rs"].1);
        for groups in 2..=6 {
            let split = collect_modules(compiled.descriptors(), &model, &settings, groups).unwrap();
            assert!(split == one, "{groups} groups differ from one run");
        }
    }

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

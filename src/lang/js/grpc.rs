//! `X_grpc_pb.js`: what grpc-tools' node plugin (`--grpc_out=grpc_js`) writes, byte for byte.
//!
//! Per file: a `require` for `@grpc/grpc-js`, for the file's own `_pb.js` (when it declares
//! messages) and for every import, plus (a deliberate fix) for the declaring file of a method type
//! that only an `import public` chain brings in (see [`chained_imports`]; the plugin names that
//! module without loading it, and its output throws a `ReferenceError` at load time); one
//! serialize/deserialize pair per message a method of the
//! file uses (sorted by full name); per service a definition object and a
//! `makeGenericClientConstructor` client. A file without services still gets a one-line file.
//!
//! The plugin prints comments with protobuf's `Printer::PrintRaw`, which indents only the first
//! line of a raw block and leaves the printer believing it is mid-line afterwards. The method keys
//! after a comment therefore lose their indent; the view reproduces that (see [`MethodLayout`]).

use crate::lang::common::escape::js_str;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Imports, JsOptions};
use crate::lang::{GenError, Lang, Request};
use crate::model::{comment_lines, Comments, File, Method, Model, Streaming, Syntax, TypeInfo};
use crate::output::FileSet;

const TEMPLATE: &str = "js/grpc_pb.js";
/// Indent of one `Printer::Indent()` step in the plugin.
const STEP: &str = "  ";

pub fn generate(req: &Request, opts: &JsOptions, out: &mut FileSet) -> Result<(), GenError> {
    let files: Vec<_> = req.model.files_to_generate().collect();
    out.add_each(&files, |file| {
        reject_unsupported(file)?;
        let view = FileView::build(req.model, file, opts.imports)?;
        let text = req.templates.render(TEMPLATE, &view)?;
        Ok(vec![(format!("{}_grpc_pb.js", strip_proto(&file.name)), text.into())])
    })
}

/// Refuses names protoc-gen-js turns into code that cannot load. (Editions files are generated
/// from their resolved features, which the model states per field.)
pub(super) fn reject_unsupported(file: &File) -> Result<(), GenError> {
    // protoc-gen-js names a field by its `_`-separated words; a name of underscores only has
    // none, and one whose first word starts with a digit (`_0x`) gives an object key that is
    // not an identifier (`0x: ...`): its output does not load.
    fn nameless<'a>(
        messages: &[crate::model::Message],
        mut fields: impl Iterator<Item = &'a crate::model::Field>,
    ) -> Option<String> {
        let bad = |f: &&crate::model::Field| f.name.trim_start_matches('_').bytes().next().is_none_or(|b| b.is_ascii_digit());
        fields
            .find(bad)
            .map(|f| f.full_name.clone())
            .or_else(|| messages.iter().find_map(|m| nameless(&m.messages, m.fields.iter().chain(&m.extensions))))
    }
    if let Some(field) = nameless(&file.messages, file.extensions.iter()) {
        return Err(GenError::Unsupported {
            lang: Lang::Js,
            file: file.name.clone(),
            construct: format!("field `{field}`: its name gives no JavaScript name (underscores only, or a first word starting with a digit)"),
        });
    }
    Ok(())
}

#[derive(Serialize)]
struct FileView {
    has_services: bool,
    /// `// `-prefixed lines of the comments above `syntax`, each ending in a newline.
    file_comments: String,
    imports: Vec<Require>,
    messages: Vec<Codec>,
    services: Vec<ServiceView>,
}

#[derive(Serialize)]
struct Require {
    alias: String,
    path: String,
}

/// The serialize/deserialize pair of one message type.
#[derive(Serialize)]
struct Codec {
    /// `pkg_Outer_Inner`: the function name suffix.
    ident: String,
    /// `pkg.Outer.Inner`, for the error message.
    full_name: String,
    /// `pkg_file_pb.Outer.Inner`: the constructor.
    js_type: String,
}

#[derive(Serialize)]
struct ServiceView {
    name: String,
    leading: String,
    trailing: String,
    methods: Vec<MethodView>,
}

#[derive(Serialize)]
struct MethodView {
    /// Leading comments as printed (first line indented only if the printer was at a line start).
    leading: String,
    /// Indent before the method key: empty when a comment block was printed just before it.
    key_indent: &'static str,
    key: String,
    path: String,
    request_stream: bool,
    response_stream: bool,
    request_type: String,
    response_type: String,
    request_ident: String,
    response_ident: String,
    trailing: String,
}

impl FileView {
    fn build(model: &Model, file: &File, imports: Imports) -> Result<FileView, GenError> {
        let mut requires = Vec::new();
        if !file.messages.is_empty() {
            requires.push(Require { alias: module_alias(&file.name), path: js_str(&require_path(&file.name, &file.name, imports)) });
        }
        let mut codecs = BTreeMap::new();
        let mut used = BTreeSet::new();
        for service in &file.services {
            for method in &service.methods {
                for name in [&method.input, &method.output] {
                    codecs.insert(name.clone(), codec(model, file, name)?);
                    used.insert(imported_type(model, file, name, &[])?.file.clone());
                }
            }
        }
        let own = file.dependencies.iter().filter(|d| !options_only_import(file, d, &used));
        for dep in own.chain(&chained_imports(model, file, &used, &[])) {
            requires.push(Require { alias: module_alias(dep), path: js_str(&require_path(&file.name, dep, imports)) });
        }

        let mut services = Vec::new();
        for s in &file.services {
            services.push(ServiceView {
                name: s.name.clone(),
                leading: node_comments(&s.comments, true),
                trailing: node_comments(&s.comments, false),
                methods: MethodLayout::lay_out(model, file, &s.full_name, &s.methods)?,
            });
        }
        Ok(FileView {
            has_services: !file.services.is_empty(),
            file_comments: node_comments(&file.syntax_comments, true),
            imports: requires,
            messages: codecs.into_values().collect(),
            services,
        })
    }
}

fn codec(model: &Model, file: &File, full_name: &str) -> Result<Codec, GenError> {
    Ok(Codec {
        ident: full_name.replace('.', "_"),
        full_name: full_name.to_string(),
        js_type: js_type(model, file, full_name)?,
    })
}

/// `alias.Relative.Name` of a message, as the plugin spells it.
fn js_type(model: &Model, file: &File, full_name: &str) -> Result<String, GenError> {
    let info = imported_type(model, file, full_name, &[])?;
    Ok(format!("{}.{}", module_alias(&info.file), info.relative_name))
}

/// Looks up a type `file` refers to and checks that the generated module can reach it: it must
/// be declared in `file` itself, in a file `file` imports directly (minus `skipped` imports), or
/// in a file those re-export through `import public` chains (see [`public_only_files`]).
pub(super) fn imported_type<'m>(
    model: &'m Model,
    file: &File,
    full_name: &str,
    skipped: &[&str],
) -> Result<&'m TypeInfo, GenError> {
    let info = model.types.get(full_name).ok_or_else(|| GenError::Failed {
        lang: Lang::Js,
        message: format!("{}: type `{full_name}` is not in the descriptor set", file.name),
    })?;
    let direct = info.file == file.name
        || file.dependencies.iter().any(|d| *d == info.file && !skipped.contains(&d.as_str()));
    if !direct && !public_only_files(model, file, skipped).contains(&info.file) {
        return Err(GenError::Unsupported {
            lang: Lang::Js,
            file: file.name.clone(),
            construct: format!(
                "referring to `{full_name}` (declared in `{}`), a file it neither imports nor \
                 reaches through `import public`",
                info.file
            ),
        });
    }
    Ok(info)
}

/// Files `file` sees only because an import of it re-exports them with `import public`
/// (transitively), in the order protoc resolves them: each import in turn, then depth first
/// through its public imports. Files `file` imports directly, itself and `skipped` ones are left
/// out.
pub(super) fn public_only_files(model: &Model, file: &File, skipped: &[&str]) -> Vec<String> {
    fn visit(model: &Model, name: &str, file: &File, skipped: &[&str], out: &mut Vec<String>) {
        let Some(f) = model.file(name) else { return };
        for p in &f.public_dependencies {
            let direct = file.dependencies.contains(p) && !skipped.contains(&p.as_str());
            if direct || *p == file.name || skipped.contains(&p.as_str()) || out.contains(p) {
                continue;
            }
            out.push(p.clone());
            visit(model, p, file, skipped, out);
        }
    }
    let mut out = Vec::new();
    for dep in &file.dependencies {
        visit(model, dep, file, skipped, &mut out);
    }
    out
}

/// The declaring files of `used` types that `file` reaches only through `import public` chains,
/// in [`public_only_files`] order. The JS tools name such a file's module (`pub_base_pb.Base`)
/// but load only direct imports, so the name is unbound (a `ReferenceError` in `_pb.js` /
/// `_grpc_pb.js`, TS2503 in the `.d.ts`); protosmith loads these modules too, after the file's
/// own imports, exactly as if the file imported them directly.
pub(super) fn chained_imports(model: &Model, file: &File, used: &BTreeSet<String>, skipped: &[&str]) -> Vec<String> {
    public_only_files(model, file, skipped).into_iter().filter(|f| used.contains(f)).collect()
}

/// Tracks the plugin's printer state across a service's methods.
struct MethodLayout {
    at_line_start: bool,
}

impl MethodLayout {
    fn lay_out(model: &Model, file: &File, service: &str, methods: &[Method]) -> Result<Vec<MethodView>, GenError> {
        let mut printer = MethodLayout { at_line_start: true };
        methods
            .iter()
            .map(|m| {
                let leading = printer.raw(node_comments(&m.comments, true));
                let key_indent = if printer.at_line_start { STEP } else { "" };
                // The method body ends with `},\n`: the printer is at a line start again.
                printer.at_line_start = true;
                let trailing = printer.raw(node_comments(&m.comments, false));
                let (client, server) = match m.streaming {
                    Streaming::Unary => (false, false),
                    Streaming::ServerStreaming => (false, true),
                    Streaming::ClientStreaming => (true, false),
                    Streaming::BidiStreaming => (true, true),
                };
                Ok(MethodView {
                    leading,
                    key_indent,
                    key: lower_first(&m.name),
                    // Written inside a quoted literal: escaped like every string the templates write.
                    path: js_str(&format!("/{service}/{}", m.name)),
                    request_stream: client,
                    response_stream: server,
                    request_type: js_type(model, file, &m.input)?,
                    response_type: js_type(model, file, &m.output)?,
                    request_ident: m.input.replace('.', "_"),
                    response_ident: m.output.replace('.', "_"),
                    trailing,
                })
            })
            .collect()
    }

    /// `PrintRaw`: an indent before the first line only, and only at a line start.
    fn raw(&mut self, text: String) -> String {
        if text.is_empty() {
            return text;
        }
        let indent = if self.at_line_start { STEP } else { "" };
        self.at_line_start = false;
        format!("{indent}{text}")
    }
}

/// grpc's `GetNodeComments`: leading = detached blocks (each followed by an empty line) then the
/// leading comment; trailing = the trailing comment. Each line becomes `//`, `//<line>` (line
/// starts with a space) or `// <line>`, newline-terminated.
pub(super) fn node_comments(c: &Comments, leading: bool) -> String {
    let mut lines: Vec<&str> = Vec::new();
    if leading {
        for block in &c.detached {
            lines.extend(comment_lines(block));
            lines.push("");
        }
        if let Some(l) = &c.leading {
            lines.extend(comment_lines(l));
        }
    } else if let Some(t) = &c.trailing {
        lines.extend(comment_lines(t));
    }
    let mut out = String::new();
    for line in lines {
        // JS ends a `//` comment at `\r`, U+2028 and U+2029 too (see `js_line_comment`).
        let line = crate::lang::common::escape::js_line_comment(line);
        let line = line.as_str();
        if line.is_empty() {
            out.push_str("//\n");
        } else if line.starts_with(' ') {
            out.push_str(&format!("//{line}\n"));
        } else {
            out.push_str(&format!("// {line}\n"));
        }
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// `a/b-c.proto` -> `a/b-c` (grpc's `StripProto`: `.protodevel` or `.proto`).
pub(super) fn strip_proto(name: &str) -> &str {
    name.strip_suffix(".protodevel").or_else(|| name.strip_suffix(".proto")).unwrap_or(name)
}

/// The variable a generated module is bound to: `a/b-c.proto` -> `a_b$c_pb`.
pub(super) fn module_alias(proto: &str) -> String {
    format!("{}_pb", strip_proto(proto).replace('-', "$").replace(['/', '.'], "_"))
}

/// Whether `file` needs no module for its import of `dep`: an editions file imports the
/// language feature definitions (`google/protobuf/cpp_features.proto`, `java_features.proto`,
/// ...) to set `features.(pb.cpp)...` options, which no JS output carries, and google-protobuf
/// ships no module for them, so requiring one would stop the module from loading. Kept when a
/// type of the file is used (`used`: the files whose types the module names).
pub(super) fn options_only_import(file: &File, dep: &str, used: &BTreeSet<String>) -> bool {
    file.syntax == Syntax::Editions
        && dep.starts_with("google/protobuf/")
        && dep.ends_with("_features.proto")
        && !used.contains(dep)
}

/// Files the `google-protobuf` npm package ships compiled (`google-protobuf/google/protobuf/x_pb.js`).
pub(super) const PACKAGED_WELL_KNOWN: [&str; 12] = [
    "google/protobuf/any.proto",
    "google/protobuf/api.proto",
    "google/protobuf/compiler/plugin.proto",
    "google/protobuf/descriptor.proto",
    "google/protobuf/duration.proto",
    "google/protobuf/empty.proto",
    "google/protobuf/field_mask.proto",
    "google/protobuf/source_context.proto",
    "google/protobuf/struct.proto",
    "google/protobuf/timestamp.proto",
    "google/protobuf/type.proto",
    "google/protobuf/wrappers.proto",
];

/// The `require` path from the module generated for `from` to the `_pb.js` of `to` (both proto
/// names relative to the include root).
pub(super) fn require_path(from: &str, to: &str, imports: Imports) -> String {
    let target = format!("{}_pb.js", strip_proto(to));
    match imports {
        // grpc-tools: anything under google/protobuf comes from the npm package; everything
        // else goes up to the root (`./` at the top level) and back down.
        Imports::Protoc if target.starts_with("google/protobuf") => format!("google-protobuf/{target}"),
        Imports::Protoc => format!("{}{target}", protoc_root_path(from)),
        Imports::Relative if PACKAGED_WELL_KNOWN.contains(&to) => format!("google-protobuf/{target}"),
        Imports::Relative => relative_path(from, &target),
    }
}

/// `../` once per directory level of `from`, or `./` at the top level.
pub(super) fn protoc_root_path(from: &str) -> String {
    match from.matches('/').count() {
        0 => "./".to_string(),
        n => "../".repeat(n),
    }
}

/// The shortest path from the directory of `from` to `target` (both relative to one root),
/// always starting with `./` or `../`.
pub(super) fn relative_path(from: &str, target: &str) -> String {
    let from_dir: Vec<&str> = from.split('/').collect::<Vec<_>>().split_last().map(|(_, d)| d.to_vec()).unwrap_or_default();
    let to_parts: Vec<&str> = target.split('/').collect();
    let (to_dir, to_file) = to_parts.split_at(to_parts.len() - 1);
    let common = from_dir.iter().zip(to_dir).take_while(|(a, b)| a == b).count();
    let ups = from_dir.len() - common;
    let mut out = if ups == 0 { "./".to_string() } else { "../".repeat(ups) };
    for part in &to_dir[common..] {
        out.push_str(part);
        out.push('/');
    }
    out.push_str(to_file[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::compile_in_memory;
    use crate::render::Templates;

    fn generate_js(sources: &[(&str, &str)], files: &[&str]) -> Result<FileSet, GenError> {
        generate_compiled(compile_in_memory(sources, files).expect("compiles"))
    }

    fn generate_compiled(compiled: crate::compile::Compiled) -> Result<FileSet, GenError> {
        let model = Model::build(&compiled);
        let templates = Templates::load(None).unwrap();
        let req = Request::new(&compiled, &model, &templates);
        let mut table = toml::Table::new();
        table.insert("messages".into(), toml::Value::String("external".into()));
        let opts: JsOptions = crate::lang::parse_options(Lang::Js, &table).unwrap();
        super::super::generate(&req, &opts)
    }

    #[test]
    fn public_import_only_types_load_their_module() {
        let sources = [
            ("a.proto", "syntax = \"proto3\"; package a; message A {}"),
            ("b.proto", "syntax = \"proto3\"; package b; import public \"a.proto\";"),
            ("c.proto", "syntax = \"proto3\"; package c; import \"b.proto\"; message C {} service S { rpc M(a.A) returns (a.A); }"),
        ];
        let out = generate_js(&sources, &["c.proto"]).unwrap();
        let text = String::from_utf8(out.get("c_grpc_pb.js").unwrap().to_vec()).unwrap();
        let requires = "var b_pb = require('./b_pb.js');\nvar a_pb = require('./a_pb.js');\n";
        assert!(text.contains(requires) && text.contains("requestType: a_pb.A,"), "{text}");
        // A type the file cannot see at all is still refused by name (protox rejects it earlier).
        let model = Model::build(&compile_in_memory(&sources, &["c.proto"]).unwrap());
        let b = model.file("b.proto").unwrap();
        let err = imported_type(&model, b, "c.C", &[]).unwrap_err();
        assert!(matches!(err, GenError::Unsupported { .. }) && err.to_string().contains("`c.C`"), "{err}");
    }

    #[test]
    fn public_only_files_follow_chains_in_import_order() {
        let sources = [
            ("a.proto", "syntax = \"proto3\";"),
            ("b.proto", "syntax = \"proto3\"; import public \"a.proto\";"),
            ("d.proto", "syntax = \"proto3\";"),
            ("e.proto", "syntax = \"proto3\"; import public \"d.proto\"; import public \"a.proto\";"),
            ("c.proto", "syntax = \"proto3\"; import \"e.proto\"; import \"b.proto\"; import \"d.proto\";"),
        ];
        let model = Model::build(&compile_in_memory(&sources, &["c.proto"]).unwrap());
        let c = model.file("c.proto").unwrap();
        // d.proto is imported directly; a.proto is reached (first through e.proto) only publicly.
        assert_eq!(public_only_files(&model, c, &[]), ["a.proto"]);
        assert_eq!(public_only_files(&model, c, &["d.proto"]), ["a.proto"]);
        let used = BTreeSet::from(["d.proto".to_string()]);
        assert!(chained_imports(&model, c, &used, &[]).is_empty());
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative_path("a.proto", "b_pb.js"), "./b_pb.js");
        assert_eq!(relative_path("p/a.proto", "p/b_pb.js"), "./b_pb.js");
        assert_eq!(relative_path("p/a.proto", "q/b_pb.js"), "../q/b_pb.js");
        assert_eq!(relative_path("p/c/a.proto", "p/b_pb.js"), "../b_pb.js");
        assert_eq!(relative_path("a.proto", "p/q/b_pb.js"), "./p/q/b_pb.js");
        assert_eq!(relative_path("x/y/z/a.proto", "p/b_pb.js"), "../../../p/b_pb.js");
    }

    #[test]
    fn protoc_paths() {
        let p = |from, to| require_path(from, to, Imports::Protoc);
        assert_eq!(p("a.proto", "b.proto"), "./b_pb.js");
        assert_eq!(p("p/a.proto", "p/b.proto"), "../p/b_pb.js");
        assert_eq!(p("p/c/a.proto", "google/protobuf/empty.proto"), "google-protobuf/google/protobuf/empty_pb.js");
        // grpc-tools sends any google/protobuf file to the npm package, shipped or not.
        assert_eq!(p("a.proto", "google/protobuf/status.proto"), "google-protobuf/google/protobuf/status_pb.js");
        let r = |from, to| require_path(from, to, Imports::Relative);
        assert_eq!(r("p/a.proto", "p/b.proto"), "./b_pb.js");
        assert_eq!(r("a.proto", "google/protobuf/status.proto"), "./google/protobuf/status_pb.js");
        assert_eq!(r("p/a.proto", "google/protobuf/struct.proto"), "google-protobuf/google/protobuf/struct_pb.js");
    }

    #[test]
    fn aliases_and_comments() {
        assert_eq!(module_alias("a/b-c.d.proto"), "a_b$c_d_pb");
        let c = Comments {
            leading: Some(" one\ntwo\n\n".into()),
            trailing: Some(" t\n".into()),
            detached: vec![" d\n".into()],
        };
        assert_eq!(node_comments(&c, true), "// d\n//\n// one\n// two\n//\n");
        assert_eq!(node_comments(&c, false), "// t\n");
        let c = Comments { trailing: Some(" a\u{2028}b\u{2029}\n".into()), ..Default::default() };
        assert_eq!(node_comments(&c, false), "// a\\u2028b\\u2029\n");
        assert_eq!(node_comments(&Comments::default(), true), "");
    }
}

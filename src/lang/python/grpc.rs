//! `X_pb2_grpc.py`: what grpcio-tools' Python plugin writes: stubs, servicers,
//! `add_XServicer_to_server` and the experimental static class per service, in grpcio-tools
//! 1.59's form (`python.grpc=legacy`, no grpcio version gate) or 1.85.1's (`python.grpc=M.N.P`,
//! with the version check stamped M.N.P).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::names::{grpc_message_path, import_statement, module_alias, module_name, module_path, ImportStyle};
use super::{Grpc, PythonOptions};
use crate::lang::common::escape::{python_docstring_line, python_str};
use crate::lang::common::keywords::is_python_keyword;
use crate::lang::{GenError, Request};
use crate::model::{comment_lines, Comments, Method, Model, Service, Streaming};
use crate::output::FileSet;

pub fn generate(req: &Request, opts: &PythonOptions, out: &mut FileSet) -> Result<(), GenError> {
    let (template, version) = match &opts.grpc {
        Grpc::Legacy => ("python/pb2_grpc_legacy.py", String::new()),
        Grpc::Version(v) => ("python/pb2_grpc.py", v.clone()),
    };
    let style = opts.import_style();
    let files: Vec<_> = req.model.files_to_generate().collect();
    out.add_each(&files, |file| {
        reject_keywords(req.model, &file.name, &file.services)?;
        let text = req.templates.render(template, &view(req.model, &file.name, &file.services, &style, &version))?;
        // grpcio-tools 1.59 names the file after the proto path with its dots kept
        // (`a.b/c-d.v1.proto` -> `a.b/c_d.v1_pb2_grpc.py`); later releases after the module.
        let path = match opts.grpc {
            Grpc::Legacy => grpc_message_path(&file.name),
            Grpc::Version(_) => module_path(&file.name, "_grpc.py"),
        };
        Ok(vec![(path, text.into())])
    })
}

/// grpcio-tools writes service and method names as Python identifiers (`class S(object)`,
/// `def M(...)`, `self.M = ...`) and message types as attributes (`x_pb2.M`): a Python keyword
/// in any of them gives a module that does not compile, so it is refused, located.
fn reject_keywords(model: &Model, file: &str, services: &[Service]) -> Result<(), GenError> {
    let refuse = |what: String| GenError::Unsupported {
        lang: crate::lang::Lang::Python,
        file: file.to_string(),
        construct: format!("{what} is a Python keyword, which `_pb2_grpc.py` would use as an identifier"),
    };
    for s in services {
        if is_python_keyword(&s.name) {
            return Err(refuse(format!("service `{}`", s.full_name)));
        }
        for m in &s.methods {
            if is_python_keyword(&m.name) {
                return Err(refuse(format!("method `{}.{}`", s.full_name, m.name)));
            }
            for t in [&m.input, &m.output] {
                let relative = model.types.get(t.as_str()).map(|i| i.relative_name.as_str()).unwrap_or(t);
                if relative.split('.').any(is_python_keyword) {
                    return Err(refuse(format!("message `{t}` (used by method `{}.{}`)", s.full_name, m.name)));
                }
            }
        }
    }
    Ok(())
}

/// `alias.Outer.Inner` for a message type, `alias` being the module it is defined in.
fn message_ref(model: &Model, full_name: &str) -> String {
    match model.types.get(full_name) {
        Some(info) => format!("{}.{}", module_alias(&info.file), info.relative_name),
        None => full_name.to_string(),
    }
}

/// Docstring lines as the plugin prints them: detached, leading and trailing comments, each
/// line without its leading spaces.
fn docstring(comments: &Comments, indent: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for block in &comments.detached {
        lines.extend(comment_lines(block));
        lines.push("");
    }
    for text in comments.leading.iter().chain(comments.trailing.iter()) {
        lines.extend(comment_lines(text));
    }
    if lines.is_empty() {
        return format!("{indent}\"\"\"Missing associated documentation comment in .proto file.\"\"\"\n");
    }
    let mut out = format!("{indent}\"\"\"");
    for (i, line) in lines.iter().enumerate() {
        // The plugin copies the text as it is: `"""` or `\x` in a comment break the module.
        let text = python_docstring_line(line.trim_start_matches(' '));
        if i > 0 && !text.is_empty() {
            out.push_str(indent);
        }
        out.push_str(&text);
        out.push('\n');
    }
    let _ = writeln!(out, "{indent}\"\"\"");
    out
}

fn kind(m: &Method) -> &'static str {
    match m.streaming {
        Streaming::Unary => "unary_unary",
        Streaming::ServerStreaming => "unary_stream",
        Streaming::ClientStreaming => "stream_unary",
        Streaming::BidiStreaming => "stream_stream",
    }
}

fn request_arg(m: &Method) -> &'static str {
    match m.streaming {
        Streaming::Unary | Streaming::ServerStreaming => "request",
        Streaming::ClientStreaming | Streaming::BidiStreaming => "request_iterator",
    }
}

#[derive(Serialize)]
struct FileView {
    imports: Vec<String>,
    /// `GRPC_GENERATED_VERSION` (the current form only).
    version: String,
    path: String,
    services: Vec<ServiceView>,
}

#[derive(Serialize)]
struct ServiceView {
    name: String,
    full_name: String,
    /// The class docstring, indented, without its final newline (the template adds it).
    class_doc: String,
    methods: Vec<MethodView>,
}

#[derive(Serialize)]
struct MethodView {
    name: String,
    kind: &'static str,
    request_arg: &'static str,
    path: String,
    input: String,
    output: String,
    /// The servicer method's docstring, indented, with its final newline.
    doc: String,
}

fn view(model: &Model, name: &str, services: &[Service], style: &ImportStyle, version: &str) -> FileView {
    // Ordered as the plugin orders them: by the imported module's dotted name, then alias
    // (`order.sub.x_pb2` before `order.y_pb2`, whatever the statements look like).
    let imports: BTreeMap<(String, String), String> = services
        .iter()
        .flat_map(|s| &s.methods)
        .flat_map(|m| [&m.input, &m.output])
        .filter_map(|t| model.types.get(t.as_str()))
        .map(|info| ((module_name(&info.file), module_alias(&info.file)), import_statement(name, &info.file, style)))
        .collect();
    FileView {
        imports: imports.into_values().collect(),
        version: version.to_string(),
        path: python_str(&grpc_message_path(name)),
        services: services
            .iter()
            .map(|s| ServiceView {
                name: s.name.clone(),
                full_name: python_str(&s.full_name),
                class_doc: docstring(&s.comments, "    ").trim_end_matches('\n').to_string(),
                methods: s
                    .methods
                    .iter()
                    .map(|m| MethodView {
                        name: m.name.clone(),
                        kind: kind(m),
                        request_arg: request_arg(m),
                        path: python_str(&format!("/{}/{}", s.full_name, m.name)),
                        input: message_ref(model, &m.input),
                        output: message_ref(model, &m.output),
                        doc: docstring(&m.comments, "        "),
                    })
                    .collect(),
            })
            .collect(),
    }
}

//! `X_pb2_grpc.py`: what grpcio-tools' Python plugin writes (grpcio-tools 1.85.1): stubs,
//! servicers, `add_XServicer_to_server` and the experimental static class per service.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::names::{grpc_message_path, import_statement, module_alias, module_name, module_path, ImportStyle};
use crate::lang::{GenError, Request};
use crate::model::{comment_lines, Comments, Method, Model, Service, Streaming};
use crate::output::FileSet;

/// The grpcio-tools release whose plugin output this matches; stamped into the version check.
pub const GRPC_GENERATED_VERSION: &str = "1.85.1";

pub fn generate(req: &Request, style: &ImportStyle, out: &mut FileSet) -> Result<(), GenError> {
    let files: Vec<_> = req.model.files_to_generate().collect();
    out.add_each(&files, |file| {
        let text = req.templates.render("python/pb2_grpc.py", &view(req.model, &file.name, &file.services, style))?;
        Ok(vec![(module_path(&file.name, "_grpc.py"), text.into())])
    })
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
        // The plugin copies `"""` as it is, which ends the docstring early (a syntax error).
        let text = line.trim_start_matches(' ').replace("\"\"\"", "\\\"\\\"\\\"");
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
    version: &'static str,
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

fn view(model: &Model, name: &str, services: &[Service], style: &ImportStyle) -> FileView {
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
        version: GRPC_GENERATED_VERSION,
        path: grpc_message_path(name),
        services: services
            .iter()
            .map(|s| ServiceView {
                name: s.name.clone(),
                full_name: s.full_name.clone(),
                class_doc: docstring(&s.comments, "    ").trim_end_matches('\n').to_string(),
                methods: s
                    .methods
                    .iter()
                    .map(|m| MethodView {
                        name: m.name.clone(),
                        kind: kind(m),
                        request_arg: request_arg(m),
                        path: format!("/{}/{}", s.full_name, m.name),
                        input: message_ref(model, &m.input),
                        output: message_ref(model, &m.output),
                        doc: docstring(&m.comments, "        "),
                    })
                    .collect(),
            })
            .collect(),
    }
}

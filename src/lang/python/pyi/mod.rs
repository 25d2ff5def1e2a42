//! `X_pb2.pyi` and `X_pb2_grpc.pyi`: the typed stubs mypy-protobuf 5.1.0 writes
//! (`protoc-gen-mypy`, `protoc-gen-mypy_grpc`), byte for byte, read from the model.
//!
//! - `messages`, `services`: the view of each stub, built in the order the reference plugin
//!   visits the file (import aliases depend on first use); templates only lay the text out.
//! - `writer`: per-file state both share (type references, docstrings, deprecations).
//! - `imports`: the import block and its alias rules; `names`: identifiers;
//!   `docs`: comments as docstrings; `literal`: the Python string check of deprecation
//!   messages; `support`: what is refused.

mod docs;
mod imports;
mod literal;
mod messages;
mod names;
mod services;
mod support;
mod writer;

use super::{PyiGrpc, PythonOptions};
use crate::lang::{GenError, Request};
use crate::output::FileSet;

/// Writes both stubs of every file to generate.
pub fn generate(req: &Request, opts: &PythonOptions, out: &mut FileSet) -> Result<(), GenError> {
    let files: Vec<_> = req.model.files_to_generate().collect();
    let concrete = opts.pyi_grpc == PyiGrpc::Aio;
    out.add_each(&files, |file| {
        support::check_supported(req.model, file)?;
        let view = messages::build(req.model, opts, file, req.templates)?;
        let messages = req.templates.render("python/pb2.pyi", &view)?;
        let view = services::build(req.model, opts, file, concrete)?;
        let services = req.templates.render("python/pb2_grpc.pyi", &view)?;
        Ok(vec![
            (stub_path(&file.name, "_pb2.pyi"), finish_text(messages).into()),
            (stub_path(&file.name, "_pb2_grpc.pyi"), finish_text(services).into()),
        ])
    })
}

/// Templates end every line with a newline; the reference output ends with exactly one.
fn finish_text(mut text: String) -> String {
    while text.ends_with("\n\n") {
        text.pop();
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Output path of a stub: dots in the file name become folders, as in the reference plugin.
fn stub_path(proto: &str, suffix: &str) -> String {
    format!("{}{suffix}", proto.strip_suffix(".proto").unwrap_or(proto).replace('-', "_").replace('.', "/"))
}

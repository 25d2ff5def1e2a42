//! protosmith: .proto files in, Rust/Python/JavaScript stubs out.
//!
//! Flow, one direction only: `parse` (own parser) + `compile` (protox's compiler) -> `model`
//! (language-neutral view) ->
//! `lang::*` (per-language view + templates, pure) -> `output::FileSet` -> `write` (disk).

pub mod build;
pub mod cfloat;
pub mod cli;
pub mod compile;
pub mod config;
pub mod engine_command;
pub mod gen;
pub mod lang;
pub mod model;
pub mod output;
pub mod progress;
pub mod parse;
pub mod plugin;
pub mod render;
pub mod write;

/// An error and its `source()` chain on one line each, for the CLI.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(&format!("\n  caused by: {s_text}"));
        }
        source = s.source();
    }
    text
}

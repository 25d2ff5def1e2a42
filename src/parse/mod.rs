//! protosmith's own `.proto` front end: a lexer and recursive-descent parser (proto2 and
//! proto3) that accept, refuse and describe a file exactly as protoc's parser does. The result
//! is the unresolved `FileDescriptorProto` protoc's parser produces (options uninterpreted,
//! source info with protoc's spans and comments); linking, validation and option
//! interpretation happen afterwards (see `compile`).
//!
//! `edition = "..."` is recognised and refused by name; the parser keeps the dialect in one
//! [`Syntax`] value so editions can be added there.

mod error;
mod lexer;
mod parser;
mod source_info;

pub use error::{display_line, ParseError};
pub use parser::Syntax;

use prost_types::FileDescriptorProto;

/// Parses one file. Pure and `Send`: files can be parsed independently and in parallel.
pub fn parse(name: &str, bytes: &[u8]) -> Result<FileDescriptorProto, ParseError> {
    parser::Parser::new(name, bytes).parse_file(name)
}

#[cfg(test)]
mod tests;

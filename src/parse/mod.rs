//! protosmith's own `.proto` front end: a lexer and recursive-descent parser (proto2 and
//! proto3) that accept, refuse and describe a file exactly as protoc's parser does. The result
//! is the unresolved `FileDescriptorProto` protoc's parser produces (options uninterpreted,
//! source info with protoc's spans and comments); linking, validation and option
//! interpretation happen afterwards (see `compile`).
//!
//! `edition = "..."` files are read with protoc's editions grammar (no `optional`/`required`
//! labels, no groups, reserved identifiers, 2024's `export`/`local` and `import option`); what
//! descriptor.proto's prost-types copy has no field for comes back beside the descriptor in
//! [`EditionsSyntax`]. Features are left as uninterpreted options, as protoc's parser leaves
//! them; `compile::editions` resolves them.

mod error;
mod lexer;
mod parser;
mod source_info;

pub use error::{display_line, ParseError};
pub use parser::{EditionsSyntax, Syntax, Visibility};

use prost_types::FileDescriptorProto;

/// Parses one file. Pure and `Send`: files can be parsed independently and in parallel.
pub fn parse(name: &str, bytes: &[u8]) -> Result<FileDescriptorProto, ParseError> {
    parse_with_editions(name, bytes).map(|(file, _)| file)
}

/// `parse`, with what an editions file says that the descriptor cannot hold.
pub fn parse_with_editions(name: &str, bytes: &[u8]) -> Result<(FileDescriptorProto, EditionsSyntax), ParseError> {
    parser::Parser::new(name, bytes).parse_file(name)
}

#[cfg(test)]
mod tests;

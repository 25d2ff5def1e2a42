//! Errors placed as protoc places them: `file:line:col: message`, the source line and a caret,
//! at the start of the element a source path names (protoc's columns, as the parser records
//! them); a path without a location gives the bare `file: message`.

use std::collections::HashMap;

use prost_types::FileDescriptorProto;

use crate::compile::{located_error, CompileError};
use crate::parse::display_line;

pub(crate) struct Located<'a> {
    name: String,
    text: Option<&'a str>,
    starts: Starts,
}

/// Where each path of a file's source info starts (line, column).
pub(crate) type Starts = HashMap<Vec<i32>, (u32, u32)>;

impl<'a> Located<'a> {
    pub fn new(file: &FileDescriptorProto, text: Option<&'a str>) -> Located<'a> {
        Located::with_starts(file, text, starts(file))
    }

    /// With `starts(file)` found earlier (e.g. on the thread that parsed the file).
    pub fn with_starts(file: &FileDescriptorProto, text: Option<&'a str>, starts: Starts) -> Located<'a> {
        Located { name: file.name().to_string(), text, starts }
    }

    pub fn error(&self, path: &[i32], message: &str) -> CompileError {
        match self.starts.get(path) {
            Some(&at) => self.error_at(at, message),
            None => CompileError::Proto(format!("{}: {message}", self.name)),
        }
    }

    /// A warning line as protoc prints it (`file:line:col: warning: message`), at `path`.
    pub fn warning(&self, path: &[i32], message: &str) -> String {
        match self.starts.get(path) {
            Some(&(line, column)) => format!("{}:{}:{}: warning: {message}", self.name, line + 1, column + 1),
            None => format!("{}: warning: {message}", self.name),
        }
    }

    pub fn error_at(&self, (line, column): (u32, u32), message: &str) -> CompileError {
        let shown = self.text.and_then(|t| t.split('\n').nth(line as usize)).map(|l| display_line(l.as_bytes(), column));
        let caret = shown.as_ref().map_or(0, |s| s.1);
        CompileError::Proto(located_error(
            &self.name,
            line as usize + 1,
            column as usize + 1,
            message,
            shown.as_ref().map(|s| s.0.as_str()),
            caret,
        ))
    }
}

pub(crate) fn starts(file: &FileDescriptorProto) -> Starts {
    let mut starts = HashMap::new();
    for loc in file.source_code_info.iter().flat_map(|i| &i.location) {
        if let [line, col, ..] = loc.span[..] {
            // The first location of a path is the element's own (later ones are parts).
            starts.entry(loc.path.clone()).or_insert((line as u32, col as u32));
        }
    }
    starts
}

//! Errors placed as protoc places them: `file:line:col: message`, the source line and a caret,
//! at the start of the element a source path names (protoc's columns, as the parser records
//! them); a path without a location gives the bare `file: message`.

use prost_types::FileDescriptorProto;

use crate::compile::{located_error, CompileError};
use crate::parse::display_line;

pub(crate) struct Located<'a> {
    name: String,
    text: Option<&'a str>,
    starts: Starts,
}

/// Where each path of a file's source info starts (line, column): the paths laid end to end
/// in one buffer and sorted, looked up by binary search. Made for every file and read only
/// for an error, so it is two allocations (a map of one vector per path was most of the cost
/// of making and of dropping it, on the loader's thread).
#[derive(Default)]
pub(crate) struct Starts {
    /// Every path's elements, one after another.
    paths: Vec<i32>,
    /// (where its path lies in `paths`, line, column), by path.
    entries: Vec<(std::ops::Range<u32>, (u32, u32))>,
}

impl Starts {
    fn path(&self, range: &std::ops::Range<u32>) -> &[i32] {
        &self.paths[range.start as usize..range.end as usize]
    }

    fn get(&self, path: &[i32]) -> Option<&(u32, u32)> {
        let found = self.entries.binary_search_by(|(range, _)| self.path(range).cmp(path)).ok()?;
        Some(&self.entries[found].1)
    }
}

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
    let mut starts = Starts::default();
    for loc in file.source_code_info.iter().flat_map(|i| &i.location) {
        if let [line, col, ..] = loc.span[..] {
            let at = starts.paths.len() as u32;
            starts.paths.extend_from_slice(&loc.path);
            starts.entries.push((at..starts.paths.len() as u32, (line as u32, col as u32)));
        }
    }
    // A stable sort, so the first location of a path stays first: it is the element's own
    // (later ones are its parts).
    let mut entries = std::mem::take(&mut starts.entries);
    entries.sort_by(|(a, _), (b, _)| starts.path(a).cmp(starts.path(b)));
    entries.dedup_by(|later, first| starts.path(&later.0) == starts.path(&first.0));
    starts.entries = entries;
    starts
}

#[cfg(test)]
mod tests {
    use prost_types::source_code_info::Location;
    use prost_types::SourceCodeInfo;

    use super::*;

    fn at(path: &[i32], line: i32, column: i32) -> Location {
        Location { path: path.to_vec(), span: vec![line, column, column + 1], ..Default::default() }
    }

    #[test]
    fn a_path_starts_where_its_first_location_does() {
        let location = vec![at(&[4, 1], 9, 0), at(&[4, 0, 2, 0], 3, 2), at(&[4, 0], 2, 0), at(&[4, 0], 7, 4), at(&[], 0, 0), at(&[4, 0, 2], 5, 1)];
        let file = FileDescriptorProto { source_code_info: Some(SourceCodeInfo { location }), ..Default::default() };
        let starts = starts(&file);
        assert_eq!(starts.get(&[4, 0]), Some(&(2, 0)));
        assert_eq!(starts.get(&[4, 0, 2, 0]), Some(&(3, 2)));
        assert_eq!(starts.get(&[4, 1]), Some(&(9, 0)));
        assert_eq!(starts.get(&[]), Some(&(0, 0)));
        assert_eq!(starts.get(&[4, 0, 2]), Some(&(5, 1)));
        assert_eq!(starts.get(&[4, 2]), None);
        assert_eq!(starts.get(&[4]), None);
    }
}

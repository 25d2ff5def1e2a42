//! Source locations recorded the way protoc's parser records them: a location is added when
//! its element starts (so the list is in start order), and its span is closed when the element
//! ends, at the end of the last token consumed unless set explicitly.

use prost_types::source_code_info::Location;

use super::lexer::Token;

/// Index of a location in the list.
pub type LocId = usize;

#[derive(Default)]
pub struct Locations {
    pub list: Vec<Location>,
}

impl Locations {
    /// A new location with `path`, starting at `at`.
    pub fn open(&mut self, path: Vec<i32>, at: &Token) -> LocId {
        self.list.push(Location { path, span: vec![at.line as i32, at.column as i32], ..Default::default() });
        self.list.len() - 1
    }

    /// A child of `parent`: its path plus `more`, starting at `at`.
    pub fn child(&mut self, parent: LocId, more: &[i32], at: &Token) -> LocId {
        let mut path = self.list[parent].path.clone();
        path.extend_from_slice(more);
        self.open(path, at)
    }

    pub fn add_path(&mut self, id: LocId, component: i32) {
        self.list[id].path.push(component);
    }

    pub fn path_len(&self, id: LocId) -> usize {
        self.list[id].path.len()
    }

    pub fn start_at(&mut self, id: LocId, token: &Token) {
        let span = &mut self.list[id].span;
        span[0] = token.line as i32;
        span[1] = token.column as i32;
    }

    pub fn start_at_location(&mut self, id: LocId, other: LocId) {
        let (line, column) = (self.list[other].span[0], self.list[other].span[1]);
        let span = &mut self.list[id].span;
        span[0] = line;
        span[1] = column;
    }

    /// Ends the span at the end of `token`; a span on one line keeps three numbers.
    pub fn end_at(&mut self, id: LocId, token: &Token) {
        let span = &mut self.list[id].span;
        if token.line as i32 != span[0] {
            span.push(token.line as i32);
        }
        span.push(token.end_column as i32);
    }

    /// Closes a location whose end was not set explicitly, at the last consumed token.
    pub fn close(&mut self, id: LocId, previous: &Token) {
        if self.list[id].span.len() <= 2 {
            self.end_at(id, previous);
        }
    }

    pub fn attach_comments(&mut self, id: LocId, leading: String, trailing: String, detached: Vec<String>) {
        let location = &mut self.list[id];
        if !leading.is_empty() {
            location.leading_comments = Some(leading);
        }
        if !trailing.is_empty() {
            location.trailing_comments = Some(trailing);
        }
        location.leading_detached_comments.extend(detached);
    }
}

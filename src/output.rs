//! The typed result of a generator: relative paths and bytes, nothing on disk yet.
//!
//! A set may carry a [`Sink`] (the writer's staging folder, or `--check`'s comparison): each
//! file is then handed to it as soon as it is rendered and the set keeps only its path and
//! size, so a run never holds the whole output tree in memory.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use rayon::prelude::*;

/// A path inside a language's output root. Construction is the only place paths are checked,
/// so a `FileSet` can never name a file outside its root.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutputPath(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("refusing output path `{path}`: {reason}")]
pub struct PathError {
    pub path: String,
    pub reason: &'static str,
}

impl OutputPath {
    pub fn new(path: impl Into<String>) -> Result<Self, PathError> {
        let path = path.into();
        let reject = |reason| Err(PathError { path: path.clone(), reason });
        if path.is_empty() {
            return reject("empty path");
        }
        if path.starts_with('/') || path.contains('\\') || path.contains(':') {
            return reject("must be relative, with forward slashes");
        }
        if path.contains('\0') {
            return reject("contains a NUL byte");
        }
        for part in path.split('/') {
            match part {
                "" => return reject("empty path component"),
                "." | ".." => return reject("`.` and `..` components would leave the output root"),
                _ => {}
            }
        }
        Ok(OutputPath(path))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parent folders, nearest last (`a/b/c.py` -> [`a`, `a/b`]).
    pub fn ancestors(&self) -> Vec<String> {
        let parts: Vec<&str> = self.0.split('/').collect();
        (1..parts.len()).map(|n| parts[..n].join("/")).collect()
    }
}

impl std::borrow::Borrow<str> for OutputPath {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OutputPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Takes each finished file of one language root as soon as it is rendered (called from the
/// rendering threads, in any order).
pub trait Sink: Send + Sync {
    fn put(&self, path: &OutputPath, contents: &[u8]) -> Result<(), SinkError>;
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct SinkError(pub String);

/// A file's contents, or, once a sink has stored them, only their size.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Contents {
    Bytes(Vec<u8>),
    Stored(usize),
}

/// Files one generator produced, sorted by path (so writing and diffs are deterministic).
#[derive(Clone, Default)]
pub struct FileSet {
    files: BTreeMap<OutputPath, Contents>,
    sink: Option<Arc<dyn Sink>>,
}

impl fmt::Debug for FileSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileSet").field("files", &self.files).field("streamed", &self.sink.is_some()).finish()
    }
}

impl PartialEq for FileSet {
    fn eq(&self, other: &Self) -> bool {
        self.files == other.files
    }
}

impl Eq for FileSet {}

#[derive(Debug, thiserror::Error)]
pub enum FileSetError {
    #[error(transparent)]
    Path(#[from] PathError),
    #[error("two generated files claim the same path `{0}`")]
    Duplicate(String),
    #[error(transparent)]
    Sink(#[from] SinkError),
}

impl FileSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// A set whose files go to `sink` as they are added; it keeps only paths and sizes.
    pub fn streaming(sink: Arc<dyn Sink>) -> Self {
        FileSet { files: BTreeMap::new(), sink: Some(sink) }
    }

    /// An empty set that streams where this one does.
    pub fn sibling(&self) -> Self {
        FileSet { files: BTreeMap::new(), sink: self.sink.clone() }
    }

    fn store(&self, path: &OutputPath, contents: Vec<u8>) -> Result<Contents, FileSetError> {
        match &self.sink {
            Some(sink) => {
                sink.put(path, &contents)?;
                Ok(Contents::Stored(contents.len()))
            }
            None => Ok(Contents::Bytes(contents)),
        }
    }

    pub fn add(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) -> Result<(), FileSetError> {
        let path = OutputPath::new(path)?;
        if self.files.contains_key(&path) {
            return Err(FileSetError::Duplicate(path.0));
        }
        let stored = self.store(&path, contents.into())?;
        self.files.insert(path, stored);
        Ok(())
    }

    /// Renders the files of every item on the rayon pool (each item gives zero or more
    /// `(path, contents)`), streams each to the sink from the thread that rendered it, and adds
    /// them in the items' order: the set, and which error is reported first, do not depend on
    /// the number of threads. A path rendered twice is an error, as with [`FileSet::add`].
    pub fn add_each<T, E, F>(&mut self, items: &[T], render: F) -> Result<(), E>
    where
        T: Sync,
        E: From<FileSetError> + Send,
        F: Fn(&T) -> Result<Vec<(String, Vec<u8>)>, E> + Sync,
    {
        let this = &*self;
        let rendered: Vec<Result<Vec<(OutputPath, Contents)>, E>> = items
            .par_iter()
            .map(|item| {
                let mut files = Vec::new();
                for (path, contents) in render(item)? {
                    let path = OutputPath::new(path).map_err(FileSetError::from)?;
                    if this.files.contains_key(&path) {
                        return Err(FileSetError::Duplicate(path.0).into());
                    }
                    let stored = this.store(&path, contents)?;
                    files.push((path, stored));
                }
                Ok(files)
            })
            .collect();
        for files in rendered {
            for (path, stored) in files? {
                if self.files.contains_key(&path) {
                    return Err(FileSetError::Duplicate(path.0).into());
                }
                self.files.insert(path, stored);
            }
        }
        Ok(())
    }

    /// Adds or replaces (for files several inputs contribute to identically, like `__init__.py`).
    pub fn put(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) -> Result<(), FileSetError> {
        let path = OutputPath::new(path)?;
        // A sink keeps the last copy of a path, as the set does.
        let stored = self.store(&path, contents.into())?;
        self.files.insert(path, stored);
        Ok(())
    }

    /// The contents of a file kept in memory (`None` for a missing or streamed file).
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        match self.files.get(path)? {
            Contents::Bytes(b) => Some(b.as_slice()),
            Contents::Stored(_) => None,
        }
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Files kept in memory; a streaming set yields none (its sink has them).
    pub fn iter(&self) -> impl Iterator<Item = (&OutputPath, &[u8])> {
        self.files.iter().filter_map(|(p, c)| match c {
            Contents::Bytes(b) => Some((p, b.as_slice())),
            Contents::Stored(_) => None,
        })
    }

    pub fn paths(&self) -> impl Iterator<Item = &OutputPath> {
        self.files.keys()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn extend(&mut self, other: FileSet) -> Result<(), FileSetError> {
        for (p, c) in other.files {
            if self.files.contains_key(&p) {
                return Err(FileSetError::Duplicate(p.0));
            }
            let c = match (c, &self.sink, &other.sink) {
                // Bytes kept by a set that did not stream go to this set's sink now.
                (Contents::Bytes(b), Some(_), _) => self.store(&p, b)?,
                (c, _, _) => c,
            };
            self.files.insert(p, c);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_paths_that_escape() {
        for bad in ["", "/etc/passwd", "../x", "a/../../x", "a//b", "./a", "a\\b", "C:/x", "a/."] {
            assert!(OutputPath::new(bad).is_err(), "{bad} should be rejected");
        }
        for good in ["a.py", "a/b/c_pb2.py", "..hidden/x", "a..b"] {
            assert!(OutputPath::new(good).is_ok(), "{good} should be accepted");
        }
    }

    #[test]
    fn duplicates_are_errors_and_iteration_is_sorted() {
        let mut set = FileSet::new();
        set.add("b.txt", "1").unwrap();
        set.add("a/z.txt", "2").unwrap();
        assert!(matches!(set.add("b.txt", "3"), Err(FileSetError::Duplicate(_))));
        let order: Vec<_> = set.paths().map(|p| p.as_str().to_string()).collect();
        assert_eq!(order, ["a/z.txt", "b.txt"]);
        assert_eq!(OutputPath::new("a/b/c").unwrap().ancestors(), ["a", "a/b"]);
    }
}

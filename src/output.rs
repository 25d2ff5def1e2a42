//! The typed result of a generator: relative paths and bytes, nothing on disk yet.

use std::collections::BTreeMap;
use std::fmt;

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

impl fmt::Display for OutputPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Files one generator produced, sorted by path (so writing and diffs are deterministic).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSet {
    files: BTreeMap<OutputPath, Vec<u8>>,
}

#[derive(Debug, thiserror::Error)]
pub enum FileSetError {
    #[error(transparent)]
    Path(#[from] PathError),
    #[error("two generated files claim the same path `{0}`")]
    Duplicate(String),
}

impl FileSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) -> Result<(), FileSetError> {
        let path = OutputPath::new(path)?;
        if self.files.contains_key(&path) {
            return Err(FileSetError::Duplicate(path.0));
        }
        self.files.insert(path, contents.into());
        Ok(())
    }

    /// Adds or replaces (for files several inputs contribute to identically, like `__init__.py`).
    pub fn put(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) -> Result<(), FileSetError> {
        self.files.insert(OutputPath::new(path)?, contents.into());
        Ok(())
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.iter().find(|(p, _)| p.as_str() == path).map(|(_, v)| v.as_slice())
    }

    pub fn contains(&self, path: &str) -> bool {
        self.get(path).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&OutputPath, &[u8])> {
        self.files.iter().map(|(p, c)| (p, c.as_slice()))
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

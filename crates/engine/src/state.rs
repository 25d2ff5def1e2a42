//! The state file: what exists after the last completed step. Written atomically (temporary
//! file, fsync, rename) so that a crash at any point leaves either the previous or the next
//! complete state, never a torn one.

use std::io::Write as _;
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    pub project: String,
    pub stack: String,
    pub resources: Vec<Resource>,
    /// Creates sent to a provider whose outcome the engine has not recorded yet. Left behind
    /// only when a run ended in the middle of one (killed, or the result could not be stored):
    /// the resource may exist at the provider without being in `resources`.
    #[serde(default, skip_serializing_if = "Vec::is_empty", rename = "pendingCreates")]
    pub pending_creates: Vec<PendingCreate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingCreate {
    pub urn: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub provider: String,
    /// The id the provider answered, when it answered before the run failed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    pub inputs: Map<String, Json>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub urn: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub name: String,
    pub custom: bool,
    pub parent: String,
    pub id: String,
    /// The package whose provider manages the resource; empty for components and the stack.
    pub provider: String,
    pub dependencies: Vec<String>,
    pub inputs: Map<String, Json>,
    pub outputs: Map<String, Json>,
    /// A replaced resource whose Delete has not completed yet; the next run deletes it first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not", rename = "pendingDelete")]
    pub pending_delete: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot read state file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("state file {path} is not a protosmith state: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("cannot write state file {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("state file {path} is in use by another `protosmith engine` (it holds {lock})")]
    Busy { path: PathBuf, lock: PathBuf },
}

/// Takes the state's lock file (`STATE.lock` beside it) for this process; released when the
/// file is dropped or the process ends, however it ends. Creating the lock also proves, before
/// any provider is called, that the state's folder is writable.
pub fn lock(path: &Path) -> Result<std::fs::File, StateError> {
    let write_err = |source| StateError::Write { path: path.into(), source };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(write_err)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "state".into());
    let lock = dir.join(format!("{name}.lock"));
    let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&lock).map_err(write_err)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StateError::Busy { path: path.into(), lock }),
        Err(std::fs::TryLockError::Error(e)) => Err(write_err(e)),
    }
}

impl State {
    pub fn empty(project: &str, stack: &str) -> State {
        State { version: VERSION, project: project.into(), stack: stack.into(), resources: Vec::new(), pending_creates: Vec::new() }
    }

    /// The state at `path`, or an empty one when the file does not exist yet.
    pub fn load(path: &Path, project: &str, stack: &str) -> Result<State, StateError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::empty(project, stack)),
            Err(source) => return Err(StateError::Read { path: path.into(), source }),
        };
        let invalid = |message: String| StateError::Invalid { path: path.into(), message };
        let state: State = serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        if state.version != VERSION {
            return Err(invalid(format!("version {} (this engine reads version {VERSION})", state.version)));
        }
        if state.project != project || state.stack != stack {
            return Err(invalid(format!(
                "it belongs to project `{}` stack `{}`, not `{project}` stack `{stack}`",
                state.project, state.stack
            )));
        }
        Ok(state)
    }

    /// Pretty JSON with sorted keys and a trailing newline (deterministic bytes).
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("state serializes");
        text.push('\n');
        text
    }

    pub fn save(&self, path: &Path) -> Result<(), StateError> {
        let write_err = |source| StateError::Write { path: path.into(), source };
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(write_err)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "state".into());
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        // The state holds secrets' plaintext: a new file is private to its owner, and a rewrite
        // keeps whatever mode the file was given.
        let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o7777).unwrap_or(0o600);
        let result = (|| {
            let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(mode).open(&tmp)?;
            f.set_permissions(std::fs::Permissions::from_mode(mode))?;
            f.write_all(self.to_text().as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(write_err)
    }

    pub fn find(&self, urn: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.urn == urn && !r.pending_delete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(urn: &str) -> Resource {
        Resource {
            urn: urn.into(),
            ty: "t:m:T".into(),
            name: "n".into(),
            custom: true,
            parent: String::new(),
            id: "i".into(),
            provider: "t".into(),
            dependencies: vec![],
            inputs: Map::new(),
            outputs: Map::new(),
            pending_delete: false,
        }
    }

    #[test]
    fn save_is_atomic_and_deterministic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        let mut s = State::empty("p", "dev");
        s.resources.push(res("u1"));
        s.save(&path).unwrap();
        let first = std::fs::read(&path).unwrap();
        s.save(&path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), first);
        assert_eq!(State::load(&path, "p", "dev").unwrap(), s);
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary files stay behind");
        assert!(!String::from_utf8(first).unwrap().contains("pendingDelete"));
    }

    #[test]
    fn new_state_is_private_and_a_rewrite_keeps_the_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        State::empty("p", "dev").save(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        State::empty("p", "dev").save(&path).unwrap();
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn one_engine_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/state.json");
        let held = lock(&path).unwrap();
        assert!(matches!(lock(&path), Err(StateError::Busy { .. })));
        drop(held);
        assert!(lock(&path).is_ok());
    }

    #[test]
    fn refuses_foreign_or_torn_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        State::empty("p", "dev").save(&path).unwrap();
        assert!(matches!(State::load(&path, "q", "dev"), Err(StateError::Invalid { .. })));
        std::fs::write(&path, "{\"version\": 1, \"proj").unwrap();
        assert!(matches!(State::load(&path, "p", "dev"), Err(StateError::Invalid { .. })));
        assert!(State::load(&dir.path().join("absent.json"), "p", "dev").unwrap().resources.is_empty());
    }
}

//! Folders an interrupted run left beside a language root: `.NAME.protosmith-stage-PID` (a
//! staging folder) and `.NAME.protosmith-old-PID` (the previous root, moved aside during the
//! swap). They belong to process PID; once it is gone nobody will finish or remove them.

use std::fs;
use std::path::{Path, PathBuf};

use super::{io_err, WriteError};

/// A folder left by a run whose process is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub path: PathBuf,
    pub pid: u32,
    /// `true` for a previous root moved aside (`-old-`), `false` for a staging folder.
    pub old_root: bool,
}

/// The leftovers of dead processes beside `root`, sorted by path.
pub fn find(root: &Path) -> Vec<Leftover> {
    let Some(name) = root.file_name().map(|n| n.to_string_lossy().into_owned()) else { return Vec::new() };
    let parent = root.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Ok(entries) = fs::read_dir(parent) else { return Vec::new() };
    let prefix = format!(".{name}.protosmith-");
    let mut found: Vec<Leftover> = entries
        .flatten()
        .filter_map(|entry| {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let rest = file_name.strip_prefix(&prefix)?;
            let (old_root, pid) = match rest.split_once('-')? {
                ("stage", pid) => (false, pid),
                ("old", pid) => (true, pid),
                _ => return None,
            };
            let pid: u32 = pid.parse().ok()?;
            (pid != std::process::id() && !alive(pid)).then(|| Leftover { path: entry.path(), pid, old_root })
        })
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// Removes the leftovers beside `root`. A previous root moved aside by a run that died before
/// moving its staging folder in is put back first if the root is missing, so no generated
/// tree is ever lost to a crash.
pub fn clean(root: &Path) -> Result<(), WriteError> {
    for leftover in find(root) {
        if leftover.old_root && root.symlink_metadata().is_err() {
            fs::rename(&leftover.path, root).map_err(io_err("cannot restore interrupted run's root", &leftover.path))?;
            continue;
        }
        fs::remove_dir_all(&leftover.path).map_err(io_err("cannot remove interrupted run's folder", &leftover.path))?;
    }
    Ok(())
}

/// Whether process `pid` exists (signal 0 checks without sending anything; EPERM means it
/// exists but belongs to someone else).
#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    // SAFETY: kill with signal 0 performs only the existence and permission checks.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    true
}

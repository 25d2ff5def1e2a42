//! `protosmith engine ...`: the reference engine is its own program (`protosmith-engine`, in
//! crates/engine), because it builds on the generated Rust stubs and the generator must not. This
//! hands the arguments to it unchanged, the way `git foo` runs `git-foo`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const ENGINE_PROGRAM: &str = "protosmith-engine";

#[derive(Debug, thiserror::Error)]
pub enum EngineCommandError {
    #[error(
        "`protosmith engine` needs the {ENGINE_PROGRAM} program, found neither next to {exe} nor on PATH; \
install it with `cargo install --path crates/engine` (or build it: `cargo build --manifest-path crates/engine/Cargo.toml`)"
    )]
    NotFound { exe: String },
    #[error("cannot run {program}: {source}")]
    Spawn { program: String, source: std::io::Error },
}

/// The engine program next to this executable (both installed by cargo into one folder, or built
/// into one target directory), else the first on PATH.
pub fn find_engine() -> Result<PathBuf, EngineCommandError> {
    let exe = std::env::current_exe().ok();
    let sibling = exe.as_deref().and_then(Path::parent).map(|dir| dir.join(program_file_name()));
    if let Some(path) = sibling.filter(|p| p.is_file()) {
        return Ok(path);
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program_file_name()))
        .find(|p| p.is_file())
        .ok_or_else(|| EngineCommandError::NotFound {
            exe: exe.map(|e| e.display().to_string()).unwrap_or_else(|| "protosmith".into()),
        })
}

fn program_file_name() -> String {
    format!("{ENGINE_PROGRAM}{}", std::env::consts::EXE_SUFFIX)
}

/// Runs the engine with `args`. On Unix this process becomes the engine (signals, exit status
/// and standard streams are the engine's own); elsewhere it waits and returns the exit code.
pub fn run(args: &[OsString]) -> Result<i32, EngineCommandError> {
    let program = find_engine()?;
    let mut command = Command::new(&program);
    command.args(args);
    let spawn_error = |source| EngineCommandError::Spawn { program: program.display().to_string(), source };
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        Err(spawn_error(command.exec()))
    }
    #[cfg(not(unix))]
    {
        let status = command.status().map_err(spawn_error)?;
        Ok(status.code().unwrap_or(1))
    }
}

//! The Rust language runtime (docs/engine.md, "Projects and programs"). A Rust program is a
//! prebuilt executable: a path relative to the program directory, or the name of a cargo example
//! of this crate, found next to the runtime binary. It runs with the PROTOSMITH_* environment
//! the SDK (`crate::sdk`) reads.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};

use protosmith_pulumirpc::pulumirpc::language_runtime_server::LanguageRuntime;
use protosmith_pulumirpc::pulumirpc::{
    GetRequiredPluginsRequest, GetRequiredPluginsResponse, InstallDependenciesRequest, InstallDependenciesResponse,
    PluginDependency, PluginInfo, RunRequest, RunResponse,
};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tonic::{Request, Response, Status};

/// How many of the program's last stderr lines a failed Run reports.
const STDERR_TAIL: usize = 20;
/// How long output is still copied after the program has exited.
const DRAIN_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The language runtime service; `engine` is the address it was started with.
pub struct RustRuntime {
    pub engine: String,
}

/// The executable for `entry`: a file of that name in the program directory `dir`, else, for a
/// bare name, the cargo example `<directory of this runtime>/examples/NAME`.
pub fn program_path(dir: &Path, entry: &str, runtime_dir: Option<&Path>) -> Result<PathBuf, String> {
    let direct = dir.join(entry);
    if !entry.is_empty() && direct.is_file() {
        return Ok(direct);
    }
    let bare = !entry.is_empty() && entry != "." && entry != ".." && !entry.contains(std::path::is_separator);
    let example = runtime_dir.filter(|_| bare).map(|d| d.join("examples").join(entry));
    if let Some(example) = example.filter(|e| e.is_file()) {
        return Ok(example);
    }
    let mut why = format!("no Rust program `{entry}`: {} is not a file", direct.display());
    if let Some(d) = runtime_dir.filter(|_| bare) {
        why += &format!(
            ", and there is no cargo example of that name in {} (build the examples with \
             `cargo build -p protosmith-demo-plugins --bins --examples`)",
            d.join("examples").display()
        );
    }
    Err(why)
}

/// Copies a pipe of the program, line by line, to this runtime's stderr, keeping the last lines
/// in `tail`. Bytes are copied whatever their encoding: stopping at bad UTF-8 would close the
/// pipe, and the program's next write would kill it (SIGPIPE).
async fn forward(pipe: impl AsyncRead + Unpin, tail: Option<Arc<Mutex<VecDeque<String>>>>) {
    let mut reader = BufReader::new(pipe);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        eprintln!("{line}");
        if let Some(Ok(mut tail)) = tail.as_ref().map(|t| t.lock()) {
            if tail.len() == STDERR_TAIL {
                tail.pop_front();
            }
            tail.push_back(line.to_string());
        }
    }
}

fn describe(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt as _;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("program exited with status {code}"),
        (None, Some(signal)) => format!("program was killed by signal {signal}"),
        (None, None) => format!("program ended: {status}"),
    }
}

impl RustRuntime {
    /// Runs the program to its end; `Err` is the text of RunResponse.error.
    async fn run_program(&self, req: &RunRequest) -> Result<(), String> {
        let info = req.info.clone().unwrap_or_default();
        let dir = PathBuf::from(if info.program_directory.is_empty() { &req.pwd } else { &info.program_directory });
        // `program` is the field older engines fill; newer ones also send `info.entry_point`.
        #[allow(deprecated)]
        let entry = if info.entry_point.is_empty() { req.program.as_str() } else { info.entry_point.as_str() };
        let exe = std::env::current_exe().ok();
        let program = program_path(&dir, entry, exe.as_deref().and_then(Path::parent))?;
        let config: BTreeMap<_, _> = req.config.iter().collect();
        let config = serde_json::to_string(&config).map_err(|e| format!("cannot encode the config: {e}"))?;
        let mut child = tokio::process::Command::new(&program)
            .current_dir(&dir)
            .env("PROTOSMITH_MONITOR", &req.monitor_address)
            .env("PROTOSMITH_ENGINE", &self.engine)
            .env("PROTOSMITH_PROJECT", &req.project)
            .env("PROTOSMITH_STACK", &req.stack)
            .env("PROTOSMITH_DRY_RUN", if req.dry_run { "true" } else { "false" })
            .env("PROTOSMITH_CONFIG", config)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // If the engine gives up on Run, the program must not go on registering resources.
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let out = child.stdout.take().map(|p| tokio::spawn(forward(p, None)));
        let err = child.stderr.take().map(|p| tokio::spawn(forward(p, Some(tail.clone()))));
        let status = child.wait().await.map_err(|e| format!("lost the program {}: {e}", program.display()))?;
        // The pipes close when the program is gone, unless something it started in the
        // background keeps them open: then its later output is not waited for.
        for copier in [out, err].into_iter().flatten() {
            let abort = copier.abort_handle();
            if tokio::time::timeout(DRAIN_TIMEOUT, copier).await.is_err() {
                abort.abort();
            }
        }
        if status.success() {
            return Ok(());
        }
        let lines: String = tail.lock().map(|t| t.iter().map(|l| format!("\n  | {l}")).collect()).unwrap_or_default();
        Err(format!("{}{lines}", describe(status)))
    }
}

#[tonic::async_trait]
impl LanguageRuntime for RustRuntime {
    async fn get_required_plugins(&self, _: Request<GetRequiredPluginsRequest>) -> Result<Response<GetRequiredPluginsResponse>, Status> {
        let demo = PluginDependency { name: "demo".into(), kind: "resource".into(), ..Default::default() };
        Ok(Response::new(GetRequiredPluginsResponse { plugins: vec![demo] }))
    }

    async fn run(&self, req: Request<RunRequest>) -> Result<Response<RunResponse>, Status> {
        // A program that fails, or cannot start, is an answer, not a failed call.
        let error = self.run_program(&req.into_inner()).await.err().unwrap_or_default();
        Ok(Response::new(RunResponse { error, bail: false }))
    }

    async fn get_plugin_info(&self, _: Request<()>) -> Result<Response<PluginInfo>, Status> {
        Ok(Response::new(PluginInfo { version: "1.0.0".into() }))
    }

    type InstallDependenciesStream =
        Pin<Box<dyn tokio_stream::Stream<Item = Result<InstallDependenciesResponse, Status>> + Send + 'static>>;

    async fn install_dependencies(&self, _: Request<InstallDependenciesRequest>) -> Result<Response<Self::InstallDependenciesStream>, Status> {
        Err(Status::unimplemented("the Rust runtime installs nothing: programs are prebuilt executables"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_points() {
        let tmp = std::env::temp_dir().join(format!("protosmith-runtime-unit-{}", std::process::id()));
        let (program_dir, runtime_dir) = (tmp.join("prog"), tmp.join("bin"));
        std::fs::create_dir_all(program_dir.join("sub")).unwrap();
        std::fs::create_dir_all(runtime_dir.join("examples")).unwrap();
        for f in [program_dir.join("sub/p"), program_dir.join("both"), runtime_dir.join("examples/both"), runtime_dir.join("examples/ex")] {
            std::fs::write(f, "").unwrap();
        }
        let find = |entry: &str| program_path(&program_dir, entry, Some(&runtime_dir));
        assert_eq!(find("sub/p"), Ok(program_dir.join("sub/p")));
        assert_eq!(find("ex"), Ok(runtime_dir.join("examples/ex")));
        // The program directory wins over the examples.
        assert_eq!(find("both"), Ok(program_dir.join("both")));
        // A path is never looked up among the examples.
        assert!(find("sub/ex").unwrap_err().starts_with("no Rust program `sub/ex`"));
        let err = find("missing").unwrap_err();
        assert!(err.contains("no cargo example of that name") && err.contains("cargo build -p protosmith-demo-plugins"), "{err}");
        assert!(find(".").is_err() && find("").is_err());
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}

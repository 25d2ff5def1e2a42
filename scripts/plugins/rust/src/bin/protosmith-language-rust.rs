//! The Rust language runtime (docs/engine.md, "Projects and programs"): a Rust program is an
//! executable (a cargo example of this crate, or any path in the program directory) run with
//! the PROTOSMITH_* environment its SDK reads.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::process::Stdio;
use std::sync::{Arc, Mutex};

use protosmith_demo_plugins::serve::{announce_and_serve, engine_address};
use protosmith_pulumirpc::pulumirpc::language_runtime_server::{LanguageRuntime, LanguageRuntimeServer};
use protosmith_pulumirpc::pulumirpc::{
    GetRequiredPluginsRequest, GetRequiredPluginsResponse, InstallDependenciesRequest, InstallDependenciesResponse,
    PluginDependency, PluginInfo, RunRequest, RunResponse,
};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tonic::{Request, Response, Status};

const STDERR_TAIL: usize = 20;

struct RustRuntime {
    engine: String,
}

/// `ENTRY` relative to the program directory, or a bare name as a cargo example next to this
/// runtime (`target/<profile>/examples/NAME`).
fn program_path(dir: &Path, entry: &str) -> Result<PathBuf, String> {
    let direct = dir.join(entry);
    if direct.is_file() {
        return Ok(direct);
    }
    if !entry.contains('/') && entry != "." {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        if let Some(example) = exe.parent().map(|d| d.join("examples").join(entry)) {
            if example.is_file() {
                return Ok(example);
            }
        }
    }
    Err(format!(
        "no Rust program `{entry}` in {} or among the cargo examples next to this runtime \
         (build them with `cargo build -p protosmith-demo-plugins --examples`)",
        dir.display()
    ))
}

async fn copy(pipe: impl AsyncRead + Unpin, tail: Option<Arc<Mutex<VecDeque<String>>>>) {
    let mut lines = BufReader::new(pipe).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        eprintln!("{line}");
        if let Some(tail) = &tail {
            if let Ok(mut t) = tail.lock() {
                if t.len() == STDERR_TAIL {
                    t.pop_front();
                }
                t.push_back(line);
            }
        }
    }
}

#[tonic::async_trait]
impl LanguageRuntime for RustRuntime {
    async fn get_required_plugins(&self, _: Request<GetRequiredPluginsRequest>) -> Result<Response<GetRequiredPluginsResponse>, Status> {
        Ok(Response::new(GetRequiredPluginsResponse {
            plugins: vec![PluginDependency { name: "demo".into(), kind: "resource".into(), ..Default::default() }],
        }))
    }

    async fn run(&self, req: Request<RunRequest>) -> Result<Response<RunResponse>, Status> {
        let req = req.into_inner();
        let info = req.info.clone().unwrap_or_default();
        let dir = PathBuf::from(if info.program_directory.is_empty() { &req.pwd } else { &info.program_directory });
        #[allow(deprecated)]
        let entry = if info.entry_point.is_empty() { req.program.clone() } else { info.entry_point.clone() };
        let fail = |error: String| Ok(Response::new(RunResponse { error, bail: false }));
        let program = match program_path(&dir, &entry) {
            Ok(p) => p,
            Err(e) => return fail(e),
        };
        let config: BTreeMap<_, _> = req.config.iter().collect();
        let mut child = match tokio::process::Command::new(&program)
            .current_dir(&dir)
            .env("PROTOSMITH_MONITOR", &req.monitor_address)
            .env("PROTOSMITH_ENGINE", &self.engine)
            .env("PROTOSMITH_PROJECT", &req.project)
            .env("PROTOSMITH_STACK", &req.stack)
            .env("PROTOSMITH_DRY_RUN", if req.dry_run { "true" } else { "false" })
            .env("PROTOSMITH_CONFIG", serde_json::to_string(&config).unwrap_or_else(|_| "{}".into()))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
        {
            Ok(c) => c,
            Err(e) => return fail(format!("cannot start {}: {e}", program.display())),
        };
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let out = tokio::spawn(copy(child.stdout.take().expect("piped"), None));
        let err = tokio::spawn(copy(child.stderr.take().expect("piped"), Some(tail.clone())));
        let status = child.wait().await.map_err(|e| Status::internal(format!("waiting for the program: {e}")))?;
        let _ = tokio::join!(out, err);
        if status.success() {
            return Ok(Response::new(RunResponse::default()));
        }
        let lines: String = tail.lock().map(|t| t.iter().map(|l| format!("\n  | {l}")).collect()).unwrap_or_default();
        let how = status.code().map_or_else(|| "was killed by a signal".to_string(), |c| format!("exited with status {c}"));
        fail(format!("program {how}{lines}"))
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

#[tokio::main]
async fn main() {
    let engine = match engine_address() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let router = tonic::transport::Server::builder().add_service(LanguageRuntimeServer::new(RustRuntime { engine }));
    if let Err(e) = announce_and_serve(router).await {
        eprintln!("Rust language runtime: {e}");
        std::process::exit(1);
    }
}

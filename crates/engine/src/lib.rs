//! The reference engine: runs a program through a language-runtime plugin, serves the
//! ResourceMonitor and Engine services it calls back, manages resources through provider plugins
//! and keeps the result in a state file. See docs/engine.md for the plugin contract.

pub mod cli;
mod deploy;
mod error;
mod host;
mod monitor;
mod options;
mod plan;
mod program;
mod progress;
mod project;
pub mod props;
mod providers;
mod report;
mod resource_calls;
pub mod state;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use protosmith_pulumirpc::pulumirpc::engine_server::EngineServer;
use protosmith_pulumirpc::pulumirpc::resource_monitor_server::ResourceMonitorServer;

use deploy::Deployment;
use error::Error;
use host::PluginSpec;
use program::Runtime;
use project::Project;
use providers::Providers;
use state::State;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Preview,
    Destroy,
}

/// Everything `protosmith engine ...` was told.
#[derive(Debug, Clone)]
pub struct EngineArgs {
    pub action: Action,
    pub program: PathBuf,
    pub runtime: Option<String>,
    pub runtime_address: Option<String>,
    pub providers: Vec<(String, String)>,
    pub state: Option<PathBuf>,
    pub config: Vec<(String, String)>,
    pub stack: String,
}

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// Bad flags or project files: nothing was started (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The deployment failed; the state holds every step that completed (exit 1).
    #[error("{0}")]
    Failed(String),
}

pub fn run(args: &EngineArgs) -> Result<(), EngineError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| EngineError::Failed(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(run_async(args))
}

/// What the command line and the project files ask for, checked before anything starts.
struct Setup {
    project: Project,
    program: PathBuf,
    state_path: PathBuf,
    config: BTreeMap<String, String>,
    providers: BTreeMap<String, PluginSpec>,
}

fn setup(args: &EngineArgs) -> Result<Setup, EngineError> {
    let usage = EngineError::Usage;
    let program = std::fs::canonicalize(&args.program)
        .map_err(|e| usage(format!("program directory {}: {e}", args.program.display())))?;
    if !program.is_dir() {
        return Err(usage(format!("program {} is not a directory", program.display())));
    }
    let project = Project::load(&program).map_err(usage)?;
    // Pulumi's rule for stack names; they become part of every URN.
    if args.stack.is_empty() || !args.stack.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        return Err(usage(format!("--stack {:?}: a stack name is letters, digits, `-`, `_` and `.`", args.stack)));
    }
    if let Some(address) = &args.runtime_address {
        check_address(address).map_err(|why| usage(format!("--runtime-address {address}: {why}")))?;
    }
    let state_path = args.state.clone().unwrap_or_else(|| program.join(".protosmith").join("state.json"));
    // A symlinked state file is rewritten where it points: the rename of an atomic save would
    // otherwise replace the link with a file and leave its target stale.
    let state_path = through_links(state_path);
    let config = args
        .config
        .iter()
        .map(|(k, v)| (if k.contains(':') { k.clone() } else { format!("{}:{k}", project.name) }, v.clone()))
        .collect();
    let mut providers = BTreeMap::new();
    for (package, command) in &args.providers {
        if package.is_empty() || package.contains(':') {
            return Err(usage(format!("--provider {package}={command}: PKG must be a package name such as `demo`")));
        }
        let spec = PluginSpec::parse(command, "resource").map_err(|e| usage(format!("--provider {package}={command}: {e}")))?;
        // Known before anything starts, like a missing runtime.
        spec.ensure_found().map_err(|e| usage(format!("--provider {package}={command}: {e}")))?;
        if providers.insert(package.clone(), spec).is_some() {
            return Err(usage(format!("--provider {package}=... is given twice")));
        }
    }
    Ok(Setup { project, program, state_path, config, providers })
}

async fn run_async(args: &EngineArgs) -> Result<(), EngineError> {
    let setup = setup(args)?;
    // Held to the end: a second engine on the same state would interleave its writes with ours.
    // A preview writes nothing, so a state it cannot lock for want of a writable folder is
    // still previewed (one held by another engine is not).
    let _lock = match state::lock(&setup.state_path) {
        Ok(lock) => Some(lock),
        Err(state::StateError::Write { .. }) if args.action == Action::Preview => None,
        Err(e) => return Err(EngineError::Usage(e.to_string())),
    };
    let state = State::load(&setup.state_path, &setup.project.name, &args.stack).map_err(|e| EngineError::Usage(e.to_string()))?;
    let preview = args.action == Action::Preview;
    // Destroy runs no program.
    let runtime = match (&args.runtime_address, args.action) {
        (_, Action::Destroy) => None,
        (Some(address), _) => Some(Runtime::At(address.clone())),
        (None, _) => {
            let runtime = args.runtime.clone().or_else(|| setup.project.runtime.clone()).ok_or_else(|| {
                EngineError::Usage("no language runtime: pass --runtime NAME|CMD or set `runtime` in Protosmith.toml".into())
            })?;
            let spec = PluginSpec::parse(&runtime, "language").map_err(|e| EngineError::Usage(format!("--runtime {runtime:?}: {e}")))?;
            // A runtime that cannot be found is a usage error, known before anything starts.
            spec.ensure_found().map_err(|e| EngineError::Usage(e.to_string()))?;
            Some(Runtime::Start(spec))
        }
    };

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| EngineError::Failed(format!("cannot listen on loopback: {e}")))?;
    let address = listener.local_addr().map_err(|e| EngineError::Failed(e.to_string()))?.to_string();
    let providers = Providers::new(
        setup.providers.clone(),
        setup.config.clone(),
        setup.program.clone(),
        &setup.project.name,
        &args.stack,
        &address,
    );
    let deployment = Arc::new(Deployment::new(state, setup.state_path.clone(), preview, providers));
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(ResourceMonitorServer::new(monitor::Monitor(deployment.clone())))
            .add_service(EngineServer::new(monitor::EngineService(deployment.clone())))
            .serve_with_incoming_shutdown(tokio_stream::wrappers::TcpListenerStream::new(listener), async {
                let _ = stop_rx.await;
            }),
    );

    let work = async {
        deployment.report_pending_creates()?;
        match &runtime {
            None => deployment.delete_all().await,
            Some(runtime) => program::deploy(&deployment, &setup, runtime, &address).await,
        }
    };
    // On SIGINT/SIGTERM the work is dropped at its next await: a state save in progress is
    // synchronous and completes, plugins are stopped (with their process groups) below.
    let result = tokio::select! {
        r = work => r,
        signal = interrupted() => Err(Error::interrupted(signal, preview)),
    };
    deployment.providers.stop_all().await;
    let _ = stop_tx.send(());
    let _ = server.await;

    // A failed run's stack outputs are the previous run's, not this one's: not shown.
    let outputs = deployment.stack_outputs();
    if args.action != Action::Destroy && result.is_ok() && !outputs.is_empty() {
        println!("Outputs:\n{}", outputs.join("\n"));
    }
    println!("{}", deployment.report.summary());
    match result {
        Ok(()) => Ok(()),
        Err(e) => Err(EngineError::Failed(e.to_string())),
    }
}

/// Resolves when the engine is asked to stop; names the signal.
async fn interrupted() -> &'static str {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut int), Ok(mut term)) = (signal(SignalKind::interrupt()), signal(SignalKind::terminate())) else {
        return std::future::pending().await;
    };
    tokio::select! {
        _ = int.recv() => "SIGINT",
        _ = term.recv() => "SIGTERM",
    }
}

/// Where a chain of symlinks ends (the target need not exist yet).
fn through_links(mut path: PathBuf) -> PathBuf {
    for _ in 0..40 {
        let Ok(target) = std::fs::read_link(&path) else { break };
        path = match path.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    path
}

/// `HOST:PORT` with a port number.
fn check_address(address: &str) -> Result<(), String> {
    let (host, port) = address.rsplit_once(':').ok_or("expected HOST:PORT")?;
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err("expected HOST:PORT".into());
    }
    match port.parse::<u16>() {
        Ok(p) if p > 0 => Ok(()),
        _ => Err(format!("{port:?} is not a port number")),
    }
}

/// An error followed by its `source()` chain (tonic hides the useful part, e.g. "connection
/// refused", in the sources).
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    for source in std::iter::successors(err.source(), |e| e.source()) {
        let line = source.to_string();
        if !text.contains(&line) {
            text.push_str(&format!("\n  caused by: {line}"));
        }
    }
    text
}

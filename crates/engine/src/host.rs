//! Plugin processes: start one, read the port it prints as its first stdout line, connect to
//! it over gRPC, forward what it prints later to the engine's log, stop it at the end.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, BufReader};
use tokio::process::{Child, Command};
use tonic::transport::{Channel, Endpoint};

/// How many of a plugin's last stderr lines an error message quotes.
const STDERR_TAIL: usize = 20;

/// How long a port line may trail the exit of the process that printed it.
const EXIT_GRACE: Duration = Duration::from_millis(500);

enum FirstLine {
    /// Bytes read (0: end of the pipe), or `None` on a read error.
    Read(Option<usize>),
    Exited(String),
}

/// The port line is a few digits; more than this without a newline is garbage, not a slow port.
const PORT_LINE_MAX: u64 = 256;

/// How a plugin is named on the command line: a bare name looked up as an executable, or a
/// command line.
#[derive(Debug, Clone)]
pub enum PluginSpec {
    /// `protosmith-language-python`, `protosmith-resource-demo`: looked up on
    /// `$PROTOSMITH_PLUGIN_PATH`, then `$PATH`.
    Named(String),
    Command(Vec<String>),
}

impl PluginSpec {
    /// `--runtime` / `--provider` values: a word without spaces or slashes is a plugin name.
    pub fn parse(value: &str, kind: &str) -> Result<PluginSpec, HostError> {
        let value = value.trim();
        if value.is_empty() {
            return Err(HostError::BadCommand { plugin: kind.into(), message: "empty command".into() });
        }
        if !value.contains(char::is_whitespace) && !value.contains('/') {
            return Ok(PluginSpec::Named(format!("protosmith-{kind}-{value}")));
        }
        let words = shell_words::split(value)
            .map_err(|e| HostError::BadCommand { plugin: value.into(), message: e.to_string() })?;
        Ok(PluginSpec::Command(words))
    }

    /// Fails if a plugin given by name is on neither the plugin path nor PATH, or a command's
    /// executable does not exist (a path) or is not on PATH (a bare name).
    pub fn ensure_found(&self) -> Result<(), HostError> {
        let (program, _) = self.resolve()?;
        let found = if program.components().count() > 1 {
            is_executable(&program)
        } else {
            std::env::var_os("PATH").is_some_and(|v| std::env::split_paths(&v).any(|d| is_executable(&d.join(&program))))
        };
        if found { Ok(()) } else { Err(HostError::NoExecutable { program }) }
    }

    fn resolve(&self) -> Result<(PathBuf, Vec<String>), HostError> {
        match self {
            PluginSpec::Command(words) => {
                let (program, args) = words.split_first().expect("parse rejects empty commands");
                Ok((absolute(PathBuf::from(program)), args.to_vec()))
            }
            PluginSpec::Named(name) => find_executable(name)
                .map(|p| (absolute(p), Vec::new()))
                .ok_or_else(|| HostError::NotFound { name: name.clone() }),
        }
    }
}

/// Plugins run in the program's directory: a relative path to the executable (`./x`,
/// `scripts/...`) means relative to where the engine was started.
fn absolute(p: PathBuf) -> PathBuf {
    if p.is_relative() && p.components().count() > 1 {
        std::env::current_dir().map(|d| d.join(&p)).unwrap_or(p)
    } else {
        p
    }
}

fn find_executable(name: &str) -> Option<PathBuf> {
    let dirs = std::env::var_os("PROTOSMITH_PLUGIN_PATH")
        .into_iter()
        .chain(std::env::var_os("PATH"))
        .flat_map(|v| std::env::split_paths(&v).collect::<Vec<_>>());
    dirs.map(|d| d.join(name)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[derive(Debug, thiserror::Error)]
pub enum HostError {
    #[error("plugin `{name}` not found in $PROTOSMITH_PLUGIN_PATH or $PATH")]
    NotFound { name: String },
    #[error("`{}` is not an executable file (or, without a `/`, not on $PATH)", program.display())]
    NoExecutable { program: PathBuf },
    #[error("plugin `{plugin}`: bad command: {message}")]
    BadCommand { plugin: String, message: String },
    #[error("plugin `{plugin}` could not be started: {source}")]
    Spawn { plugin: String, source: std::io::Error },
    #[error("plugin `{plugin}` {status} before printing its port (started as `{command}`){}", tail_text(stderr))]
    ExitedEarly { plugin: String, command: String, status: String, stderr: Vec<String> },
    #[error("plugin `{plugin}` printed {line:?} instead of a port number on its first line (started as `{command}`){}", tail_text(stderr))]
    Garbage { plugin: String, command: String, line: String, stderr: Vec<String> },
    #[error("plugin `{plugin}` printed no port within {seconds} s (started as `{command}`){}", tail_text(stderr))]
    Timeout { plugin: String, command: String, seconds: u64, stderr: Vec<String> },
    #[error("plugin `{plugin}` announced port {port}, which refuses connections (started as `{command}`): {message}{}", tail_text(stderr))]
    Refused { plugin: String, command: String, port: u16, message: String, stderr: Vec<String> },
}

/// ": its stderr ended with:\n  line..." or nothing.
pub fn tail_text(lines: &[String]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let mut out = String::from("; its stderr ended with:");
    for l in lines {
        out.push_str("\n  | ");
        out.push_str(l);
    }
    out
}

/// A running plugin. Dropping it kills the process.
pub struct Plugin {
    pub name: String,
    command: String,
    pub channel: Channel,
    child: Group,
    stderr: Arc<Mutex<VecDeque<String>>>,
}

/// A plugin process that leads its own process group; dropping it kills the whole group.
struct Group {
    leader: Child,
    /// The group id (the leader's pid), kept after the leader is reaped: members it left
    /// behind still carry it, and Linux does not hand out a pid still in use as a group id.
    pgid: Option<u32>,
}

impl Group {
    fn new(child: Child) -> Group {
        let pgid = child.id();
        Group { leader: child, pgid }
    }

    fn signal_group(&self) {
        if let Some(pgid) = self.pgid {
            // SAFETY: kill(2) with a negative pid signals the process group the plugin leads
            // (`process_group(0)` at spawn); it reads or writes no memory of this process.
            unsafe {
                libc::kill(-(pgid as libc::pid_t), libc::SIGKILL);
            }
        }
    }

    async fn kill(&mut self) {
        self.signal_group();
        let _ = self.leader.kill().await;
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        self.signal_group();
    }
}

impl Plugin {
    /// Starts `spec` with `engine_address` as its last argument and connects to the port it prints.
    pub async fn start(display: &str, spec: &PluginSpec, engine_address: &str, cwd: &Path) -> Result<Plugin, HostError> {
        let (program, mut args) = spec.resolve()?;
        args.push(engine_address.to_string());
        let name = display.to_string();
        // Which executable a plugin name resolved to (plugin path or PATH) is part of the
        // answer when its handshake fails.
        let command = std::iter::once(program.display().to_string()).chain(args.iter().cloned()).collect::<Vec<_>>().join(" ");
        // Its own process group, so that stopping it also stops what it started (a wrapper
        // script's interpreter, a program's children), not just the process the engine spawned.
        let mut command_line = Command::new(&program);
        command_line
            .args(&args)
            .current_dir(cwd)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .kill_on_drop(true);
        // If the engine itself is killed (SIGKILL: no chance to stop anything), the kernel
        // stops the plugin. The signal follows the death of the thread that spawned it; plugins
        // are spawned on the main thread or on the runtime's worker threads, which all live
        // until the engine is done.
        // SAFETY: the closure runs in the forked child before exec and only makes
        // async-signal-safe system calls (prctl, getppid, kill on itself).
        unsafe {
            let engine = std::process::id() as libc::pid_t;
            command_line.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // The engine died between fork and prctl: nobody is left to stop us.
                if libc::getppid() != engine {
                    libc::kill(libc::getpid(), libc::SIGKILL);
                }
                Ok(())
            });
        }
        let child = command_line
            .spawn()
            .map_err(|source| HostError::Spawn { plugin: format!("{name} ({})", program.display()), source })?;
        let mut child = Group::new(child);
        let stderr = Arc::new(Mutex::new(VecDeque::new()));
        forward(child.leader.stderr.take().expect("piped stderr"), name.clone(), Some(stderr.clone()));
        let mut stdout = BufReader::new(child.leader.stdout.take().expect("piped stdout"));
        let seconds = handshake_timeout();
        let mut first = Vec::new();
        // The first line, or the plugin's exit: a process it left behind may hold stdout open,
        // so its exit is not seen as the end of the pipe. A line already on its way after the
        // exit still counts.
        let read = tokio::time::timeout(Duration::from_secs(seconds), async {
            let mut limited = (&mut stdout).take(PORT_LINE_MAX);
            let line = limited.read_until(b'\n', &mut first);
            tokio::pin!(line);
            tokio::select! {
                biased;
                r = &mut line => FirstLine::Read(r.ok()),
                status = child.leader.wait() => {
                    match tokio::time::timeout(EXIT_GRACE, &mut line).await {
                        Ok(r) => FirstLine::Read(r.ok()),
                        Err(_) => FirstLine::Exited(status.map(|s| s.to_string()).unwrap_or_else(|e| e.to_string())),
                    }
                }
            }
        })
        .await;
        let tail = |stderr: &Arc<Mutex<VecDeque<String>>>| stderr.lock().map(|t| t.iter().cloned().collect()).unwrap_or_default();
        let status = match read {
            Err(_) => {
                child.kill().await;
                return Err(HostError::Timeout { plugin: name, command, seconds, stderr: tail(&stderr) });
            }
            Ok(FirstLine::Read(Some(n))) if n > 0 => None,
            Ok(FirstLine::Exited(status)) => Some(format!("exited ({status})")),
            Ok(FirstLine::Read(_)) => Some(match tokio::time::timeout(Duration::from_secs(5), child.leader.wait()).await {
                Ok(Ok(s)) => format!("exited ({s})"),
                _ => "closed its stdout".to_string(),
            }),
        };
        if let Some(status) = status {
            child.kill().await;
            settle().await;
            return Err(HostError::ExitedEarly { plugin: name, command, status, stderr: tail(&stderr) });
        }
        let line = String::from_utf8_lossy(&first).trim().to_string();
        let Ok(port) = line.parse::<u16>() else {
            child.kill().await;
            settle().await;
            let line = if first.ends_with(b"\n") { line } else { format!("{line}... (no newline after {PORT_LINE_MAX} bytes)") };
            return Err(HostError::Garbage { plugin: name, command, line, stderr: tail(&stderr) });
        };
        forward(stdout.into_inner(), name.clone(), None);
        let endpoint = Endpoint::from_shared(format!("http://127.0.0.1:{port}"))
            .expect("a loopback URL is valid")
            .connect_timeout(Duration::from_secs(seconds));
        let connected = tokio::time::timeout(Duration::from_secs(seconds), endpoint.connect()).await;
        let channel = match connected {
            Ok(Ok(c)) => c,
            failed => {
                child.kill().await;
                settle().await;
                let message = match failed {
                    Ok(Err(e)) => crate::error_chain(&e),
                    _ => format!("no connection within {seconds} s"),
                };
                return Err(HostError::Refused { plugin: name, command, port, message, stderr: tail(&stderr) });
            }
        };
        Ok(Plugin { name, command, channel, child, stderr })
    }

    /// Runs the plugin's first call, which a healthy plugin answers at once, under the
    /// handshake timeout: a port that accepts connections but never speaks gRPC fails here
    /// instead of hanging the engine.
    pub async fn first_call<T>(
        &mut self,
        call: &str,
        future: impl std::future::Future<Output = Result<T, tonic::Status>>,
    ) -> Result<Result<T, tonic::Status>, String> {
        let seconds = handshake_timeout();
        match tokio::time::timeout(Duration::from_secs(seconds), future).await {
            Ok(result) => Ok(result),
            Err(_) => {
                let tail = self.stderr_tail().await;
                Err(format!(
                    "plugin `{}` did not answer {call} within {seconds} s (started as `{}`): is it a gRPC server?{}",
                    self.name,
                    self.command,
                    tail_text(&tail)
                ))
            }
        }
    }

    /// The plugin's last stderr lines, after giving a dying process a moment to finish writing.
    pub async fn stderr_tail(&mut self) -> Vec<String> {
        let _ = tokio::time::timeout(Duration::from_millis(500), self.child.leader.wait()).await;
        settle().await;
        self.stderr.lock().map(|t| t.iter().cloned().collect()).unwrap_or_default()
    }

    /// A failed call, explained with whatever the plugin said on its way out.
    pub async fn call_error(&mut self, call: &str, status: &tonic::Status) -> String {
        let exited = match tokio::time::timeout(Duration::from_millis(500), self.child.leader.wait()).await {
            Ok(Ok(s)) => format!(" (the plugin exited: {s})"),
            _ => String::new(),
        };
        let tail = self.stderr_tail().await;
        format!("{}: {call} failed: {}{exited}{}", self.name, status_text(status), tail_text(&tail))
    }

    pub async fn stop(mut self) {
        self.child.kill().await;
    }
}

pub fn status_text(status: &tonic::Status) -> String {
    if status.message().is_empty() { format!("{:?}", status.code()) } else { format!("{:?}: {}", status.code(), status.message()) }
}

pub fn handshake_timeout() -> u64 {
    std::env::var("PROTOSMITH_PLUGIN_TIMEOUT").ok().and_then(|v| v.parse().ok()).filter(|&s| s > 0).unwrap_or(10)
}

/// Lets the forwarding tasks drain what a plugin wrote just before it failed.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// Copies a plugin's output lines to the engine's stderr, prefixed with the plugin's name, and
/// keeps the last lines of its stderr for error messages.
fn forward(pipe: impl AsyncRead + Unpin + Send + 'static, name: String, keep: Option<Arc<Mutex<VecDeque<String>>>>) {
    tokio::spawn(async move {
        let mut lines = BufReader::new(pipe).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            eprintln!("    [{name}] {line}");
            if let Some(keep) = &keep {
                if let Ok(mut tail) = keep.lock() {
                    if tail.len() == STDERR_TAIL {
                        tail.pop_front();
                    }
                    tail.push_back(line);
                }
            }
        }
    });
}

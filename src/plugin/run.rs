//! Runs one plugin process: request on stdin, response from stdout, stderr passed through,
//! bounded by a timeout. Plain threads and `std::process`; the generator has no async runtime.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a plugin run failed before it produced a response.
#[derive(Debug, thiserror::Error)]
pub enum RunFault {
    #[error("cannot start `{program}`: {source}")]
    Spawn { program: String, source: std::io::Error },
    #[error("exited with {status}{stderr}")]
    Exit { status: String, stderr: String },
    #[error("did not finish within {0:?} (killed)")]
    Timeout(Duration),
    #[error("i/o with the plugin failed: {0}")]
    Io(std::io::Error),
}

/// What the plugin printed on stdout, after a zero exit status.
pub fn run(argv: &[String], cwd: Option<&Path>, request: &[u8], timeout: Duration) -> Result<Vec<u8>, RunFault> {
    let program = resolve(&argv[0], cwd);
    let mut cmd = Command::new(&program);
    cmd.args(&argv[1..]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    #[cfg(unix)]
    {
        // Its own process group, so a timeout kills whatever the plugin started too.
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd
        .spawn()
        .map_err(|source| RunFault::Spawn { program: program.display().to_string(), source })?;
    let mut stdin = child.stdin.take().expect("piped");
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let request = request.to_vec();
    // A plugin may exit without reading its input: a broken pipe here is not the error to report.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&request);
    });
    let (out_tx, out_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_tx.send(stdout.read_to_end(&mut buf).map(|_| buf));
    });
    let (err_tx, err_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        let _ = err_tx.send(buf);
    });
    let started = Instant::now();
    let remaining = || timeout.saturating_sub(started.elapsed());
    let status = loop {
        match child.try_wait().map_err(RunFault::Io)? {
            Some(status) => break status,
            None if remaining().is_zero() => {
                // Still running, so its group exists: kill the plugin and whatever it started.
                kill_group(&mut child);
                let _ = child.wait();
                let _ = writer.join();
                return Err(RunFault::Timeout(timeout));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let _ = writer.join();
    // A process the plugin left behind may hold stdout open; it shares the plugin's group,
    // which therefore still exists and is the one to kill when the deadline passes.
    let out = match out_rx.recv_timeout(remaining()) {
        Ok(out) => out.map_err(RunFault::Io)?,
        Err(_) => {
            kill_group(&mut child);
            return Err(RunFault::Timeout(timeout));
        }
    };
    let err = err_rx.recv_timeout(Duration::from_secs(1).max(remaining())).unwrap_or_default();
    // stderr is the plugin's own report; protoc passes it through, and so do we.
    let _ = std::io::stderr().write_all(&err);
    if !status.success() {
        let text = String::from_utf8_lossy(&err).trim().to_string();
        let stderr = if text.is_empty() { String::new() } else { format!(": {}", last_lines(&text, 5)) };
        return Err(RunFault::Exit { status: describe(status), stderr });
    }
    Ok(out)
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn describe(status: std::process::ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("signal {sig}");
        }
    }
    match status.code() {
        Some(code) => format!("status {code}"),
        None => status.to_string(),
    }
}

#[cfg(unix)]
fn kill_group(child: &mut std::process::Child) {
    // The child leads its own group (process_group(0)), so its pid is the group id.
    let pgid = child.id() as libc::pid_t;
    // SAFETY: kill(2) with a negative pid signals that process group only; no memory is touched.
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
}

#[cfg(not(unix))]
fn kill_group(child: &mut std::process::Child) {
    let _ = child.kill();
}

/// A command word with a `/` is a path (relative to `cwd`, the config's folder, when given);
/// a bare name is looked up on PATH by the OS.
fn resolve(word: &str, cwd: Option<&Path>) -> PathBuf {
    let path = PathBuf::from(word);
    match cwd {
        Some(base) if word.contains('/') && path.is_relative() && !base.as_os_str().is_empty() => base.join(path),
        _ => path,
    }
}

//! Starting a plugin binary the way the engine does (docs/engine.md, "Launching a plugin") and
//! watching it: its port line, its stderr, its exit.

#![allow(dead_code)] // each test file uses its own part of this module

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use prost_types::Struct;
use protosmith_demo_plugins::value::{from_struct, to_struct};
use serde_json::Value as Json;

pub const TIMEOUT: Duration = Duration::from_secs(60);

/// A running plugin; killed when dropped.
pub struct Plugin {
    child: Child,
    pub port: u16,
    stderr: Arc<Mutex<String>>,
}

impl Plugin {
    /// Starts `exe` with `args` (the engine address last) and waits for its port line.
    pub fn start(exe: &str, args: &[&str], env: &[(&str, &str)]) -> Plugin {
        let mut child = Command::new(exe)
            .args(args)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {exe}: {e}"));
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut err_pipe = child.stderr.take().expect("stderr is piped");
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = err_pipe.read(&mut buf) {
                sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        // The first stdout line is the port; the rest is only drained, so the plugin never blocks.
        let (tx, rx) = mpsc::channel();
        let out_pipe = child.stdout.take().expect("stdout is piped");
        std::thread::spawn(move || {
            let mut lines = BufReader::new(out_pipe).lines();
            let _ = tx.send(lines.next());
            for _ in lines {}
        });
        let first = rx.recv_timeout(Duration::from_secs(20));
        let mut plugin = Plugin { child, port: 0, stderr };
        plugin.port = match first {
            Ok(Some(Ok(line))) => line.trim().parse().unwrap_or_else(|_| panic!("{exe}: first stdout line {line:?} is not a port")),
            other => panic!("{exe}: no port line ({other:?}); stderr:\n{}", plugin.stderr()),
        };
        plugin
    }

    pub fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address())
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr contains `text` (it is copied by a thread, so it may lag a little).
    pub fn wait_for_stderr(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let all = self.stderr();
            if all.contains(text) || Instant::now() > deadline {
                return all;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the plugin to exit on its own.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "the plugin did not exit; stderr:\n{}", self.stderr());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Plugin {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `exe` without the engine address: it must refuse with status 2 and say why.
pub fn assert_refuses_missing_engine_address(exe: &str) {
    let out = Command::new(exe).stdin(Stdio::null()).output().expect("run the plugin");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("missing the engine address"), "{stderr}");
    assert!(out.stdout.is_empty(), "no port line without an engine address");
}

/// A JSON object literal as a Struct.
pub fn st(v: Json) -> Struct {
    match v {
        Json::Object(m) => to_struct(&m),
        other => panic!("not an object: {other}"),
    }
}

/// A Struct as JSON, whole numbers as integers.
pub fn js(s: Option<&Struct>) -> Json {
    Json::Object(from_struct(s))
}

//! Shared by tests/js_grpc.rs and tests/js_dts.rs (included with `#[path]`): the JS test corpus,
//! scratch directories that resolve the repo's `node_modules/`, and the real tools.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};

use super::common;

/// Protos exercising what the JS service and declaration generators must get exactly right.
pub fn js_corpus_root() -> PathBuf {
    common::repo().join("tests/js/grpc/protos")
}

/// The shared golden corpus's files; fails (never skips) when the corpus is absent.
pub fn golden_corpus() -> (PathBuf, Vec<String>) {
    let root = common::golden_root();
    let files = common::golden_files();
    assert!(!files.is_empty(), "the golden corpus {} has no .proto files", root.display());
    (root, files)
}

/// A scratch directory under `target/` inside the repo, so that `require(...)` from Node and
/// module resolution in `tsc` find the repo's `node_modules/` the way a real project would.
pub fn scratch(name: &str) -> tempfile::TempDir {
    let base = common::repo().join("target/js-tests");
    std::fs::create_dir_all(&base).expect("create target/js-tests");
    tempfile::Builder::new().prefix(&format!("{name}-")).tempdir_in(base).expect("scratch dir")
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

pub fn run_ok(cmd: &mut Command) -> Output {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        common::text(&out.stdout),
        common::text(&out.stderr)
    );
    out
}

/// Runs the real `protoc` (grpcio-tools' bundled one, from `.venv`) with extra plugin arguments.
pub fn real_protoc(root: &Path, files: &[String], args: &[String]) -> Output {
    let python = common::tool(".venv/bin/python");
    let mut cmd = Command::new(python);
    cmd.args(["-m", "grpc_tools.protoc", "-I"]).arg(root).args(args).args(files);
    run_ok(&mut cmd)
}

/// grpc_tools_node_protoc_ts's declarations for `files` (the oracle), written to `out`.
pub fn oracle_dts(root: &Path, files: &[String], out: &Path) {
    let plugin = common::tool("node_modules/.bin/protoc-gen-ts");
    real_protoc(
        root,
        files,
        &[format!("--plugin=protoc-gen-ts={}", plugin.display()), format!("--ts_out=grpc_js:{}", out.display())],
    );
}

/// Python messages and grpcio stubs from grpcio-tools, written to `out`.
pub fn python_stubs(root: &Path, files: &[String], out: &Path) {
    real_protoc(root, files, &[format!("--python_out={}", out.display()), format!("--grpc_python_out={}", out.display())]);
}

/// protosmith's JS output for `files` under `root`; returns the `js/` directory.
pub fn protosmith_js(root: &Path, files: &[String], out: &Path, opts: &[&str]) -> PathBuf {
    common::generate_into(out, root, files, "js", opts);
    out.join("js")
}

/// Compares the files `only` selects under two trees; panics with a diff and counts otherwise.
// Not every test that includes this file uses both.
#[allow(unused_imports)]
pub use common::{assert_same, golden};

pub fn is_grpc_js(f: &str) -> bool {
    f.ends_with("_grpc_pb.js")
}

pub fn is_dts(f: &str) -> bool {
    f.ends_with("_pb.d.ts")
}

/// A process serving on a port it prints as its first stdout line; it stops when its stdin
/// closes (dropping this closes it) and is killed if it has not stopped by then.
pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    pub port: u16,
}

impl Server {
    pub fn start(cmd: &mut Command) -> Server {
        use std::io::{BufRead, BufReader};
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(std::time::Duration::from_secs(30)).unwrap_or_default();
        let port = match line.trim().parse() {
            Ok(p) => p,
            Err(_) => {
                let _ = child.kill();
                panic!("{cmd:?} did not print a port (first line: {line:?})");
            }
        };
        Server { child, stdin, port }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.stdin.take());
        for _ in 0..50 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `import public` chain corpus (tests/js/chain/protos): types reached only through a
/// re-exporting import, used in fields and as method types.
pub fn chain_root() -> PathBuf {
    common::repo().join("tests/js/chain/protos")
}

pub fn chain_files() -> Vec<String> {
    common::protos_under(&chain_root())
}

/// The files of the chain corpus that use `pub/base.proto`'s types without importing it.
pub const CHAIN_USERS: [&str; 4] = ["deep/elsewhere.proto", "pub/chain.proto", "pub/enum_only.proto", "pub/outer.proto"];

/// A copy of the chain corpus under `dir` in which every file of [`CHAIN_USERS`] also imports
/// `pub/base.proto` directly, after its own imports. The incumbent tools' output for this copy
/// works; protosmith's output for the chain corpus must equal it (minus the extra `require` of
/// `pub/enum_only_pb.js`, whose chained type is an enum).
pub fn chain_direct_variant(dir: &Path) -> PathBuf {
    for f in chain_files() {
        let text = std::fs::read_to_string(chain_root().join(&f)).unwrap();
        let text = if CHAIN_USERS.contains(&f.as_str()) {
            let last = text.lines().rfind(|l| l.starts_with("import ")).expect("an import").to_string();
            text.replacen(&format!("{last}\n"), &format!("{last}\nimport \"pub/base.proto\";\n"), 1)
        } else {
            text
        };
        let dest = dir.join(&f);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, text).unwrap();
    }
    dir.to_path_buf()
}

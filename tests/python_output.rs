//! Python output: byte-identical to grpcio-tools (the `legacy` `_pb2.py` dialect against
//! grpcio-tools 1.59.5's protoc, `_pb2_grpc.py` against grpcio-tools 1.85.1's plugin), golden
//! bytes, and the generated modules working under old and new runtimes and over real gRPC.

mod common;

use std::path::Path;
use std::process::Command;

use common::{diff_trees, files_under, generate_into, golden_files, golden_root, protos_under, protosmith, repo, text, tool};

const OPTS: &[&str] = &["python.pyi=none"];

fn is_py(f: &str) -> bool {
    f.ends_with(".py") && !f.ends_with("__init__.py")
}

/// Runs the real tools on `files` under `root` into `out`.
fn oracle(root: &Path, files: &[String], out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    for (python, flag) in [(".venv-legacy/bin/python", "--python_out"), (".venv/bin/python", "--grpc_python_out")] {
        let run = Command::new(tool(python))
            .args(["-m", "grpc_tools.protoc", "-I"])
            .arg(root)
            .arg(format!("{flag}={}", out.display()))
            .args(files)
            .output()
            .unwrap();
        assert!(run.status.success(), "{python} grpc_tools.protoc failed:\n{}", text(&run.stderr));
    }
}

fn oracle_matches(root: &Path, files: &[String]) {
    let dir = tempfile::tempdir().unwrap();
    oracle(root, files, &dir.path().join("oracle"));
    generate_into(&dir.path().join("ours"), root, files, "python", OPTS);
    let ours = dir.path().join("ours/python");
    let report = diff_trees(&dir.path().join("oracle"), &ours, is_py);
    let compared = files_under(&ours).into_iter().filter(|f| is_py(f)).count();
    assert!(report.is_empty(), "python output differs from grpcio-tools on {}:\n{report}", root.display());
    assert_eq!(compared, files.len() * 2, "one _pb2.py and one _pb2_grpc.py per file");
}

#[test]
fn oracle_golden_corpus() {
    oracle_matches(&golden_root(), &golden_files());
}

#[test]
fn oracle_project_protocol() {
    let root = repo().join("proto");
    oracle_matches(&root, &protos_under(&root));
}

#[test]
fn golden_bytes() {
    let files = golden_files();
    let mut args = vec!["gen", "-I", "tests/golden/protos", "--out", "tests/golden/expected/python", "--lang", "python"];
    for o in OPTS {
        args.extend(["--opt", o]);
    }
    args.extend(files.iter().map(String::as_str));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let out = protosmith(&repo(), &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    args.push("--check");
    let out = protosmith(&repo(), &args);
    assert_eq!(out.status.code(), Some(0), "python golden drifted (UPDATE_GOLDEN=1 to accept):\n{}", text(&out.stdout));
}

fn generated_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    generate_into(dir.path(), &golden_root(), &golden_files(), "python", OPTS);
    dir
}

fn run_python(python: &str, script: &str, args: &[&Path], extra: &[&str]) -> String {
    let out = Command::new(tool(python)).arg(repo().join(script)).args(args).args(extra).output().unwrap();
    assert!(out.status.success(), "{python} {script} failed:\n{}\n{}", text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn modules_load_and_round_trip_on_current_protobuf() {
    let dir = generated_corpus();
    let out = run_python(".venv/bin/python", "tests/python/runtime_check.py", &[&dir.path().join("python")], &[]);
    assert!(out.starts_with("ok 36 modules"), "{out}");
}

/// The `legacy` dialect's promise: it loads on protobuf 4.21 (the gRPC modules need a current
/// grpcio, so only `_pb2` modules are loaded there).
#[test]
fn legacy_dialect_loads_on_protobuf_4_21() {
    let dir = generated_corpus();
    let version = Command::new(tool(".venv-old/bin/python"))
        .args(["-c", "import google.protobuf; print(google.protobuf.__version__)"])
        .output()
        .unwrap();
    assert_eq!(text(&version.stdout).trim(), "4.21.12");
    let out = run_python(".venv-old/bin/python", "tests/python/runtime_check.py", &[&dir.path().join("python")], &["--pb2-only"]);
    assert!(out.starts_with("ok 18 modules"), "{out}");
}

#[test]
fn grpc_all_streaming_kinds_sync_and_aio() {
    let dir = generated_corpus();
    let out = run_python(".venv/bin/python", "tests/python/grpc_check.py", &[&dir.path().join("python")], &[]);
    assert_eq!(out.trim(), "ok grpc sync+aio");
}

#[test]
fn unimplemented_variants_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().to_str().unwrap();
    for (opt, needle) in [
        ("python.pyi=mypy", ".pyi"),
        ("python.runtime=7.35.1", "python.runtime"),
        ("python.imports=relative", "python.imports=relative"),
    ] {
        let out = protosmith(&repo(), &["gen", "-I", "proto", "--out", out_dir, "--lang", "python", "--opt", opt, "pulumi/engine.proto"]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{opt}: {err}");
        assert!(err.contains(needle), "{opt}: {err}");
    }
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none(), "nothing written");
}

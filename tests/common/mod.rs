//! Shared by the integration tests: paths, the built binary, and the tools `scripts/setup`
//! installs. A missing tool is a test failure with instructions, never a skip.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (these helpers also serve the engine's tests in crates/engine).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|dir| dir.join("protosmith.toml").is_file() && dir.join("proto").is_dir())
        .expect("the repository root above CARGO_MANIFEST_DIR")
        .to_path_buf()
}

/// The generator binary: cargo's own in the root package's tests; built on first use in the
/// engine's workspace, which cannot depend on it.
pub fn bin() -> PathBuf {
    if let Some(exe) = option_env!("CARGO_BIN_EXE_protosmith") {
        return PathBuf::from(exe);
    }
    static BUILD: std::sync::Once = std::sync::Once::new();
    BUILD.call_once(|| {
        let out = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--locked", "--bin", "protosmith", "--manifest-path"])
            .arg(repo().join("Cargo.toml"))
            .output()
            .expect("run cargo build");
        assert!(out.status.success(), "building the protosmith binary failed:\n{}", text(&out.stderr));
    });
    target_dir().join("debug").join("protosmith")
}

/// `protosmith-engine`, for the engine's tests.
pub fn engine_bin() -> PathBuf {
    PathBuf::from(option_env!("CARGO_BIN_EXE_protosmith-engine").expect("only the engine's tests run the engine"))
}

/// The target directory both workspaces share (.cargo/config.toml), unless CARGO_TARGET_DIR says otherwise.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| repo().join("target"))
}

/// Runs the protosmith binary in `cwd`.
pub fn protosmith(cwd: &Path, args: &[&str]) -> Output {
    Command::new(bin()).current_dir(cwd).args(args).output().expect("run protosmith")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A file installed by `scripts/setup` (e.g. `.venv/bin/python`); panics with the fix if absent.
pub fn tool(rel: &str) -> PathBuf {
    let path = repo().join(rel);
    assert!(
        path.exists(),
        "required test tool `{}` is missing: run `scripts/setup` (the README test command does this)",
        path.display()
    );
    path
}

/// Every .proto under an include root, as names relative to it, sorted.
pub fn protos_under(root: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "proto"))
        .map(|e| e.path().strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"))
        .collect();
    out.sort();
    out
}

pub fn golden_root() -> PathBuf {
    repo().join("tests/golden/protos")
}

pub fn golden_files() -> Vec<String> {
    protos_under(&golden_root())
}

/// Generates `lang` for the golden corpus (or any include root) into a fresh temp dir.
pub fn generate_into(out: &Path, include: &Path, files: &[String], lang: &str, opts: &[&str]) -> Output {
    let mut args: Vec<String> = vec!["gen".into(), "-I".into(), include.display().to_string()];
    args.extend(["--out".into(), out.display().to_string(), "--lang".into(), lang.into()]);
    for o in opts {
        args.extend(["--opt".into(), o.to_string()]);
    }
    args.extend(files.iter().cloned());
    let out = Command::new(bin()).args(&args).output().expect("run protosmith");
    assert!(out.status.success(), "protosmith {args:?} failed:\n{}", text(&out.stderr));
    out
}

/// Every regular file under `dir` (relative paths, sorted), skipping caches.
pub fn files_under(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/"))
        .filter(|p| !p.contains("__pycache__"))
        .collect();
    out.sort();
    out
}

/// Compares two trees file by file; returns a readable unified diff of every difference.
pub fn diff_trees(expected: &Path, actual: &Path, only: impl Fn(&str) -> bool) -> String {
    let mut report = String::new();
    let mut names: Vec<String> = files_under(expected).into_iter().chain(files_under(actual)).filter(|p| only(p)).collect();
    names.sort();
    names.dedup();
    for name in names {
        let e = std::fs::read(expected.join(&name)).ok();
        let a = std::fs::read(actual.join(&name)).ok();
        match (e, a) {
            (Some(e), Some(a)) if e == a => {}
            (Some(e), Some(a)) => {
                let (e, a) = (text(&e), text(&a));
                let d = similar::TextDiff::from_lines(&e, &a)
                    .unified_diff()
                    .header(&format!("expected/{name}"), &format!("actual/{name}"))
                    .to_string();
                report.push_str(&d);
            }
            (Some(_), None) => report.push_str(&format!("missing from actual: {name}\n")),
            (None, Some(_)) => report.push_str(&format!("unexpected in actual: {name}\n")),
            (None, None) => {}
        }
    }
    report
}

/// The golden corpus's comment-heavy files rewritten with CRLF line endings (as a Windows
/// checkout has them) into the include root `dest`; returns their names.
pub fn crlf_corpus(dest: &Path) -> Vec<String> {
    let names = ["services/comments.proto", "services/streaming.proto", "nested/nesting.proto"];
    for name in names {
        let text = std::fs::read_to_string(golden_root().join(name)).unwrap();
        let target = dest.join(name);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text.replace("\r\n", "\n").replace('\n', "\r\n")).unwrap();
    }
    names.iter().map(|n| n.to_string()).collect()
}

/// The one switch that lets tests rewrite golden files: `UPDATE_GOLDEN=1` (any other value, or
/// none, compares).
pub fn updating_golden() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

/// `actual` must equal `expected` for the files `only` selects (at least one); returns how many.
pub fn assert_same(expected: &Path, actual: &Path, what: &str, only: impl Fn(&str) -> bool + Copy) -> usize {
    let report = diff_trees(expected, actual, only);
    let n = files_under(expected).iter().filter(|f| only(f)).count();
    assert!(report.is_empty(), "{what}: output differs\n{report}");
    assert!(n > 0, "{what}: no files compared");
    n
}

/// Golden check: `actual` must equal the checked-in `expected` tree (for the files `only`
/// selects); under `updating_golden()` the expected files are rewritten instead.
pub fn golden(expected: &Path, actual: &Path, only: impl Fn(&str) -> bool + Copy) -> usize {
    if updating_golden() {
        for f in files_under(expected).into_iter().filter(|f| only(f)) {
            std::fs::remove_file(expected.join(f)).expect("remove stale golden file");
        }
        for f in files_under(actual).into_iter().filter(|f| only(f)) {
            let dest = expected.join(&f);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(actual.join(&f), dest).expect("write golden file");
        }
    }
    assert_same(expected, actual, &format!("golden {} (UPDATE_GOLDEN=1 rewrites it)", expected.display()), only)
}

/// `cargo check`s generated crates offline: `members` (folders relative to `root`) become one
/// throwaway workspace at `root`, pinned to the engine workspace's lock file (it builds
/// generated/rust, so it pins everything a generated crate needs) so nothing is downloaded.
pub fn check_generated_crates(root: &Path, members: &[&str]) -> Output {
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    std::fs::write(root.join("Cargo.toml"), format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", list.join(", "))).unwrap();
    std::fs::copy(repo().join("crates/engine/Cargo.lock"), root.join("Cargo.lock")).unwrap();
    Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--offline", "--workspace", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", repo().join("target/golden-rust"))
        .output()
        .expect("run cargo check")
}

//! The conformance suite's quick subset: `scripts/conformance --quick` compares protosmith with
//! protoc and its plugins file by file on a few dozen files of each public corpus (googleapis as
//! shipped on npm, protobuf 27.1's own protos), and its findings must be exactly those listed in
//! tests/conformance/quick-findings.txt: a new difference fails, and so does a listed one that
//! is fixed (take it off the list). The full run is `scripts/conformance` (README).
//!
//! `--load-all --quick` checks what users get on the same googleapis folders: generated with
//! default options in every language, every Python module imported and every JS module required;
//! its findings are listed in tests/conformance/quick-load-findings.txt. With
//! `python.runtime=7.36.2` the Python run has none (quick-load-runtime-findings.txt).

mod common;

use std::process::Command;
use std::sync::Mutex;

/// The runs share `.conformance/` (corpus installation, oracle cache): one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

#[test]
fn quick_conformance_has_exactly_the_known_findings() {
    run_quick(&[], "tests/conformance/quick-findings.txt");
}

#[test]
fn quick_load_all_has_exactly_the_known_findings() {
    run_quick(&["--load-all"], "tests/conformance/quick-load-findings.txt");
}

/// The one exception to "the default googleapis run loads": the default `legacy` Python
/// dialect refuses editions files (quick-load-findings.txt); the option its error names makes
/// the same Python run load everything (7.36.2: the protobuf runtime of `.venv`).
#[test]
fn quick_load_all_python_with_a_runtime_version_loads_everything() {
    run_quick(
        &["--load-all", "--lang", "python", "--opt", "python.runtime=7.36.2"],
        "tests/conformance/quick-load-runtime-findings.txt",
    );
}

fn run_quick(args: &[&str], expect: &str) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let repo = common::repo();
    let log = tempfile::tempdir().unwrap();
    let out = Command::new(repo.join("scripts/conformance"))
        .arg("--quick")
        .args(args)
        .arg("--protosmith")
        .arg(common::bin())
        .arg("--log")
        .arg(log.path().join("conformance.log"))
        .arg("--expect")
        .arg(repo.join(expect))
        .output()
        .expect("run scripts/conformance");
    let report = common::text(&out.stdout) + &common::text(&out.stderr);
    let details = std::fs::read_to_string(log.path().join("conformance.log")).unwrap_or_default();
    assert!(out.status.success(), "{report}\n--- log ---\n{details}");
}

//! The interop matrix (scripts/interop): 3 language runtimes x 3 providers, each through three
//! deployments and a destroy, every state equal field by field to tests/interop/expected.

#[path = "../../../tests/common/mod.rs"]
mod common;

use std::process::Command;

#[test]
fn interop_matrix_all_cells_pass() {
    let out = Command::new(common::repo().join("scripts/interop"))
        .args(["--no-setup"])
        .current_dir(common::repo())
        .output()
        .expect("run scripts/interop");
    let stdout = common::text(&out.stdout);
    assert!(
        out.status.success() && stdout.trim_end().ends_with("9/9 cells passed"),
        "scripts/interop failed:\n{stdout}\n{}",
        common::text(&out.stderr)
    );
    assert_eq!(stdout.lines().filter(|l| l.contains(" runtime x ") && l.contains(": ok ")).count(), 9, "{stdout}");
}

/// A plugin author's provider joins the matrix by command: only its cells run, against every
/// runtime, and the same expected states judge it.
#[test]
fn an_added_provider_runs_against_every_runtime() {
    let provider = common::repo().join("plugins/bin/demo-provider-rust");
    let out = Command::new(common::repo().join("scripts/interop"))
        .args(["--no-setup", "--provider"])
        .arg(format!("mine={}", provider.display()))
        .current_dir(common::repo())
        .output()
        .expect("run scripts/interop");
    let stdout = common::text(&out.stdout);
    assert!(out.status.success(), "scripts/interop failed:\n{stdout}\n{}", common::text(&out.stderr));
    let cells: Vec<&str> = stdout.lines().filter(|l| l.contains(" runtime x ")).collect();
    assert_eq!(cells.len(), 3, "{stdout}");
    for lang in ["python", "nodejs", "rust"] {
        assert!(
            cells.iter().any(|l| l.trim_start().starts_with(&format!("{lang} runtime x mine")) && l.contains(": ok ")),
            "no passing {lang} x mine cell:\n{stdout}"
        );
    }
    assert!(stdout.trim_end().ends_with("3/3 cells passed"), "{stdout}");
}

/// A provider that breaks the handshake fails every one of its cells, with the engine's reason.
#[test]
fn a_broken_added_provider_fails_its_cells() {
    let out = Command::new(common::repo().join("scripts/interop"))
        .args(["--no-setup", "--provider", "broken=sh -c 'echo hello'"])
        .current_dir(common::repo())
        .output()
        .expect("run scripts/interop");
    let stdout = common::text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert_eq!(stdout.lines().filter(|l| l.contains("x broken provider: FAIL")).count(), 3, "{stdout}");
    assert!(stdout.contains("instead of a port number"), "{stdout}");
    assert!(stdout.trim_end().ends_with("0/3 cells passed"), "{stdout}");
}

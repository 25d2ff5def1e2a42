//! The interop matrix (scripts/interop): 3 language runtimes x 3 providers, each through three
//! deployments and a destroy, every state equal field by field to tests/interop/expected.

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

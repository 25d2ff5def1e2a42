//! The conformance suite's quick subset: `scripts/conformance --quick` compares protosmith with
//! protoc and its plugins file by file on a few dozen files of each public corpus (googleapis as
//! shipped on npm, protobuf 27.1's own protos), and its findings must be exactly those listed in
//! tests/conformance/quick-findings.txt: a new difference fails, and so does a listed one that
//! is fixed (take it off the list). The full run is `scripts/conformance` (README).

mod common;

use std::process::Command;

#[test]
fn quick_conformance_has_exactly_the_known_findings() {
    let repo = common::repo();
    let log = tempfile::tempdir().unwrap();
    let out = Command::new(repo.join("scripts/conformance"))
        .arg("--quick")
        .arg("--protosmith")
        .arg(common::bin())
        .arg("--log")
        .arg(log.path().join("conformance.log"))
        .arg("--expect")
        .arg(repo.join("tests/conformance/quick-findings.txt"))
        .output()
        .expect("run scripts/conformance");
    let report = common::text(&out.stdout) + &common::text(&out.stderr);
    let details = std::fs::read_to_string(log.path().join("conformance.log")).unwrap_or_default();
    assert!(out.status.success(), "{report}\n--- log ---\n{details}");
}

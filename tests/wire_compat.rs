//! proto/ is wire-compatible with the Pulumi plugin protocol: every message, field, enum and RPC
//! it declares matches the descriptors vendored in the pinned Pulumi Python SDK.

mod common;

use std::process::Command;

use common::{repo, text, tool};
use protosmith::compile::{compile, Input};

#[test]
fn proto_dir_matches_pulumi_sdk_descriptors() {
    let compiled = compile(&Input::Sources {
        includes: vec![repo().join("proto")],
        files: vec!["pulumi/*.proto".into()],
    })
    .expect("proto/ compiles");
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("proto.binpb");
    std::fs::write(&set, compiled.encoded_descriptor_set()).unwrap();
    let out = Command::new(tool(".venv-pulumi/bin/python"))
        .arg(repo().join("tests/pulumi_wire_compat.py"))
        .arg(&set)
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "wire mismatch against the Pulumi SDK:\n{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains(", 0 mismatches"), "{stdout}");
    assert!(stdout.contains("54 messages"), "expected every message of proto/ checked:\n{stdout}");
}

//! docs/examples/rust-build: a crate whose build.rs generates its gRPC code with
//! `protosmith::build::Builder`. It builds offline, its tonic client talks to its tonic server
//! over loopback, and a broken proto fails `cargo build` with the located error.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

use common::{repo, text};

const EXAMPLE: &str = "docs/examples/rust-build";

/// Builds with this repository's lock file (no downloads) into target/examples, which keeps
/// the example's dependencies compiled between runs.
fn cargo_build(krate: &Path) -> Output {
    fs::copy(repo().join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    let start = Instant::now();
    let out = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--manifest-path"])
        .arg(krate.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", repo().join("target/examples"))
        .output()
        .unwrap();
    eprintln!("cargo build {}: {:.1?}", krate.display(), start.elapsed());
    out
}

#[test]
fn example_builds_and_its_client_talks_to_its_server() {
    let krate = repo().join(EXAMPLE);
    let build = cargo_build(&krate);
    assert!(build.status.success(), "{}", text(&build.stderr));

    let run = Command::new(repo().join("target/examples/debug/protosmith-example-rust-build")).output().unwrap();
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert_eq!(text(&run.stdout), "hello, protosmith\ntick 3\ntick 2\ntick 1\nlowest tick 1\n");

    // Cargo reruns the build script when an input or anything under an include root changes.
    let outputs: Vec<String> = fs::read_dir(repo().join("target/examples/debug/build"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("protosmith-example-rust-build-"))
        .filter_map(|e| fs::read_to_string(e.path().join("output")).ok())
        .collect();
    assert!(
        outputs.iter().any(|o| o == "cargo:rerun-if-changed=proto\ncargo:rerun-if-changed=proto/greet/v1/greeter.proto\n"),
        "{outputs:?}"
    );
}

#[test]
fn a_broken_proto_fails_the_build_with_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let src = repo().join(EXAMPLE);
    for f in ["build.rs", "src/main.rs", "proto/greet/v1/greeter.proto"] {
        fs::create_dir_all(dir.path().join(f).parent().unwrap()).unwrap();
        fs::copy(src.join(f), dir.path().join(f)).unwrap();
    }
    let manifest = fs::read_to_string(src.join("Cargo.toml")).unwrap();
    let manifest = manifest.replace("path = \"../../..\"", &format!("path = {:?}", repo().display().to_string()));
    fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
    let proto = dir.path().join("proto/greet/v1/greeter.proto");
    let broken = fs::read_to_string(&proto).unwrap().replace("  string name = 1;", "  strng name = 1;");
    fs::write(&proto, broken).unwrap();

    let build = cargo_build(dir.path());
    let err = text(&build.stderr);
    assert!(!build.status.success());
    assert!(err.contains("Error: greet/v1/greeter.proto:14:3: name 'strng' is not defined"), "{err}");
    assert!(err.contains("      strng name = 1;\n      ^"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

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

/// The example needs protosmith's dependencies (its build script) and tonic/tokio's (its
/// program): the packages of both workspaces' lock files, which cargo prunes to what it uses.
fn write_lock(krate: &Path) {
    let mut packages: Vec<toml::Value> = Vec::new();
    for lock in ["Cargo.lock", "crates/engine/Cargo.lock"] {
        let table: toml::Table = toml::from_str(&fs::read_to_string(repo().join(lock)).unwrap()).unwrap();
        for package in table["package"].as_array().unwrap() {
            let key = |p: &toml::Value| (p.get("name").cloned(), p.get("version").cloned(), p.get("source").cloned());
            match packages.iter_mut().find(|p| key(p) == key(package)) {
                // One package resolved with more optional dependencies in one of the workspaces.
                Some(known) => {
                    let deps = package.get("dependencies").and_then(|d| d.as_array()).cloned().unwrap_or_default();
                    let table = known.as_table_mut().unwrap();
                    let list = table.entry("dependencies").or_insert_with(|| toml::Value::Array(Vec::new())).as_array_mut().unwrap();
                    for dep in deps {
                        if !list.contains(&dep) {
                            list.push(dep);
                        }
                    }
                }
                None => packages.push(package.clone()),
            }
        }
    }
    let mut merged = toml::Table::new();
    merged.insert("version".into(), toml::Value::Integer(4));
    merged.insert("package".into(), toml::Value::Array(packages));
    fs::write(krate.join("Cargo.lock"), toml::to_string(&merged).unwrap()).unwrap();
}

/// Builds offline, pinned to this repository's lock files (no downloads), into target/examples,
/// which keeps the example's dependencies compiled between runs.
fn cargo_build(krate: &Path) -> Output {
    write_lock(krate);
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
    // Its own package name: cargo hashes a workspace root's artifacts without its path, so under
    // the example's name this copy would share (and race on) the example's build-script output.
    let manifest = manifest.replace("name = \"protosmith-example-rust-build\"", "name = \"protosmith-example-broken\"");
    assert!(manifest.contains("protosmith-example-broken"), "{manifest}");
    fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
    let proto = dir.path().join("proto/greet/v1/greeter.proto");
    let broken = fs::read_to_string(&proto).unwrap().replace("  string name = 1;", "  strng name = 1;");
    fs::write(&proto, broken).unwrap();

    let build = cargo_build(dir.path());
    let err = text(&build.stderr);
    assert!(!build.status.success());
    assert!(err.contains("Error: greet/v1/greeter.proto:14:3: \"strng\" is not defined."), "{err}");
    assert!(err.contains("      strng name = 1;\n      ^"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// protosmith as a build-dependency compiles no async runtime: its dependency tree has
/// neither tokio nor tonic (tonic-prost-build is code generation only).
#[test]
fn the_build_dependency_pulls_no_runtime() {
    let tree = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--edges", "normal,build", "--prefix", "none", "--format", "{p}", "--manifest-path"])
        .arg(repo().join("Cargo.toml"))
        .output()
        .unwrap();
    assert!(tree.status.success(), "{}", text(&tree.stderr));
    let tree = text(&tree.stdout);
    let runtime: Vec<&str> = tree.lines().filter(|l| l.starts_with("tokio ") || l.starts_with("tonic ") || l.starts_with("hyper ")).collect();
    assert!(tree.contains("tonic-prost-build "), "{tree}");
    assert!(runtime.is_empty(), "{runtime:?}");
}

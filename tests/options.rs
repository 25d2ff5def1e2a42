//! Option values (config tables and `--opt`) are validated before anything runs: a value that
//! would be pasted into generated code (a Python package, a crate name) must be a name of its
//! kind, every language's options are checked whether it runs or not, and `enabled` is honoured.

mod common;

use std::fs;
use std::path::Path;

use common::{protosmith, text};

const PROTO: &str = "syntax = \"proto3\";\npackage keep;\nmessage M {}\nservice S { rpc Do(M) returns (M); }\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("keep.proto"), PROTO).unwrap();
    dir
}

fn gen(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["gen", "-I", ".", "--out", "out"];
    args.extend_from_slice(extra);
    args.push("keep.proto");
    protosmith(dir, &args)
}

#[test]
fn bad_values_exit_2_naming_the_option_and_write_nothing() {
    let cases: &[(&[&str], &str)] = &[
        (&["--lang", "python", "--opt", "python.package=a b;import os"], "package"),
        (&["--lang", "python", "--opt", "python.package=a.class"], "package"),
        (&["--lang", "rust", "--opt", "rust.crate_name=a\"b\n[x]"], "crate_name"),
        (&["--lang", "rust", "--opt", "rust.crate_name=1abc"], "crate_name"),
        (&["--lang", "python", "--opt", "python.grpc=1.85"], "grpc"),
        (&["--lang", "python", "--opt", "python.imports=sideways"], "imports"),
        // Options of a language this run leaves out are validated all the same.
        (&["--lang", "python", "--opt", "js.dts=maybe"], "js"),
        (&["--lang", "js", "--opt", "rust.crate_name=a b"], "crate_name"),
        (&["--lang", "js", "--opt", "python.nonsense=1"], "nonsense"),
        (&["--opt", "rust.enabled=maybe"], "enabled"),
        (&["--lang", "rust", "--opt", "rust.enabled=false"], "enabled"),
    ];
    for (args, needle) in cases {
        let p = project();
        let out = gen(p.path(), args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: the error should name `{needle}`:\n{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(!p.path().join("out").exists(), "{args:?} wrote output");
    }
}

#[test]
fn config_values_are_validated_too() {
    let p = project();
    fs::write(p.path().join("protosmith.toml"), "[inputs]\nfiles=['keep.proto']\n[python]\n[js]\nenabled=false\n[rust]\ncrate_name='a\"b'\n").unwrap();
    let out = protosmith(p.path(), &["gen"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("crate_name"), "{}", text(&out.stderr));
}

#[test]
fn enabled_false_skips_the_language() {
    let p = project();
    let out = gen(p.path(), &["--opt", "rust.enabled=false", "--opt", "python.pyi=none"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!p.path().join("out/rust").exists(), "rust.enabled=false must not generate rust");
    assert!(p.path().join("out/python/keep_pb2.py").is_file() && p.path().join("out/js/keep_pb.js").is_file());
    // And `enabled=true` turns on a language the config disabled.
    fs::write(p.path().join("protosmith.toml"), "[inputs]\nfiles=['keep.proto']\n[python]\n[rust]\nenabled=false\n").unwrap();
    let out = protosmith(p.path(), &["gen", "--out", "out2", "--opt", "rust.enabled=true"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(p.path().join("out2/rust/Cargo.toml").is_file() && p.path().join("out2/python").is_dir());
}

#[test]
fn valid_values_reach_the_output() {
    let p = project();
    let out = gen(p.path(), &["--lang", "python", "--lang", "rust", "--opt", "python.package=vendor.proto", "--opt", "rust.crate_name=my_crate-1"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let grpc = fs::read_to_string(p.path().join("out/python/keep_pb2_grpc.py")).unwrap();
    assert!(grpc.contains("from vendor.proto import keep_pb2 as keep__pb2"), "{grpc}");
    let cargo = fs::read_to_string(p.path().join("out/rust/Cargo.toml")).unwrap();
    assert!(cargo.contains("name = \"my_crate-1\""), "{cargo}");
}

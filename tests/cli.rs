//! The `gen` command end to end: config, flags, --check, errors, and what reaches the disk.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::{protosmith, text};

const A: &str = "syntax = \"proto3\";\npackage demo;\nimport \"dep/b.proto\";\n// A message.\nmessage A { dep.B b = 1; string name = 2; }\nservice Svc { rpc Call(A) returns (A); }\n";
const B: &str = "syntax = \"proto3\";\npackage dep;\nmessage B { int32 x = 1; }\n";
const CONFIG: &str = "[inputs]\ninclude = [\"protos\"]\nfiles = [\"*.proto\"]\n\n[output]\ndir = \"out\"\n\n[rust]\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("protos/dep")).unwrap();
    fs::write(dir.path().join("protos/a.proto"), A).unwrap();
    fs::write(dir.path().join("protos/dep/b.proto"), B).unwrap();
    fs::write(dir.path().join("protosmith.toml"), CONFIG).unwrap();
    dir
}

/// Every file under `dir` with its bytes, to prove a failed run changed nothing.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), text(&fs::read(e.path()).unwrap())))
        .collect()
}

#[test]
fn help_documents_every_flag_with_examples() {
    let out = protosmith(Path::new("."), &["gen", "--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for flag in ["--lang", "--proto-path", "-I", "--out", "--opt", "--check", "--templates", "--config", "--descriptor-set-in", "Examples:"] {
        assert!(help.contains(flag), "gen --help lacks {flag}:\n{help}");
    }
    let top = text(&protosmith(Path::new("."), &["--help"]).stdout);
    assert!(top.contains("gen") && top.contains("Exit codes"), "{top}");
}

#[test]
fn config_run_then_check_is_clean() {
    let p = project();
    let out = protosmith(p.path(), &["gen"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Named by the glob: only a.proto at the root; dep/b.proto is an import, which the Rust
    // crate needs too (prost-build generates imports; issue #15).
    let root = p.path().join("out/rust");
    assert!(root.join("src/demo.rs").is_file());
    assert!(root.join("src/dep.rs").is_file());
    let lib = fs::read_to_string(root.join("src/lib.rs")).unwrap();
    assert!(lib.contains("pub mod demo {\n    include!(\"demo.rs\");\n}"), "{lib}");
    let check = protosmith(p.path(), &["gen", "--check"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(text(&check.stdout).is_empty());
}

#[test]
fn check_prints_diffs_and_exits_1_without_writing() {
    let p = project();
    assert!(protosmith(p.path(), &["gen"]).status.success());
    let demo = p.path().join("out/rust/src/demo.rs");
    let original = fs::read_to_string(&demo).unwrap();
    fs::write(&demo, original.replace("/// A message.", "/// Edited by hand.")).unwrap();
    fs::remove_file(p.path().join("out/rust/src/lib.rs")).unwrap();
    let before = snapshot(p.path());
    let check = protosmith(p.path(), &["gen", "--check"]);
    assert_eq!(check.status.code(), Some(1));
    let diff = text(&check.stdout);
    assert!(diff.contains("-/// Edited by hand.\n+/// A message.\n"), "{diff}");
    assert!(diff.contains("+++ b/") && diff.contains("lib.rs"), "missing file reported: {diff}");
    assert!(text(&check.stderr).contains("2 generated file(s) differ"), "{}", text(&check.stderr));
    assert_eq!(snapshot(p.path()), before, "--check must not write");
}

#[test]
fn stale_files_are_reported_and_removed() {
    let p = project();
    fs::write(p.path().join("protos/c.proto"), "syntax = \"proto3\";\npackage gone;\nmessage C {}\n").unwrap();
    assert!(protosmith(p.path(), &["gen"]).status.success());
    assert!(p.path().join("out/rust/src/gone.rs").is_file());
    fs::write(p.path().join("out/rust/mine.txt"), "keep").unwrap();
    fs::remove_file(p.path().join("protos/c.proto")).unwrap();
    let check = protosmith(p.path(), &["gen", "--check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check.stdout).contains("gone.rs"), "{}", text(&check.stdout));
    assert!(protosmith(p.path(), &["gen"]).status.success());
    assert!(!p.path().join("out/rust/src/gone.rs").exists());
    assert_eq!(fs::read_to_string(p.path().join("out/rust/mine.txt")).unwrap(), "keep");
}

#[test]
fn broken_protos_give_located_errors_and_change_nothing() {
    let cases = [
        ("syntax = \"proto3\";\nmessage X {\n  int32 a = 1\n}\n", "bad.proto:4:1", "}"),
        ("syntax = \"proto3\";\nmessage X {\n  Nope a = 1;\n}\n", "bad.proto:3:3", "  Nope a = 1;"),
        ("syntax = \"proto3\";\nimport \"missing.proto\";\n", "bad.proto:2:1", "import \"missing.proto\";"),
    ];
    for (source, location, line) in cases {
        let p = project();
        assert!(protosmith(p.path(), &["gen"]).status.success());
        fs::write(p.path().join("protos/bad.proto"), source).unwrap();
        let before = snapshot(p.path());
        let out = protosmith(p.path(), &["gen"]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(location), "expected {location} in:\n{err}");
        assert!(err.contains(&format!("\n  {line}\n")), "expected source line in:\n{err}");
        assert!(err.contains('^'), "expected a caret in:\n{err}");
        assert_eq!(snapshot(p.path()), before, "a failed run must leave the tree untouched");
    }
}

#[test]
fn usage_errors_exit_2() {
    let p = project();
    for args in [
        vec!["gen", "--lang", "cobol"],
        vec!["gen", "--opt", "noequals"],
        vec!["gen", "--opt", "rust.no_such_option=1"],
        vec!["gen", "--config", "missing.toml"],
        vec!["gen", "-I", "nowhere", "x.proto"],
        vec!["gen", "-I", "protos", "nothing/*.proto"],
        vec!["frobnicate"],
    ] {
        let out = protosmith(p.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(!text(&out.stderr).is_empty());
    }
    let bad_opt = text(&protosmith(p.path(), &["gen", "--opt", "rust.no_such_option=1"]).stderr);
    assert!(bad_opt.contains("no_such_option"), "{bad_opt}");
}

#[test]
fn protoc_style_flags_replace_config_inputs() {
    let p = project();
    let out = protosmith(p.path(), &["gen", "-I", "protos", "--out", "alt", "--lang", "rust", "dep/b.proto"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(p.path().join("alt/rust/src/dep.rs").is_file());
    assert!(!p.path().join("alt/rust/src/demo.rs").exists());
    assert!(!p.path().join("out").exists(), "config output dir untouched");
}

#[test]
fn template_override_replaces_builtin() {
    let p = project();
    fs::create_dir_all(p.path().join("tpl/rust")).unwrap();
    fs::write(p.path().join("tpl/rust/lib.rs.hbs"), "// custom\n{{modules}}").unwrap();
    let out = protosmith(p.path(), &["gen", "--templates", "tpl"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lib = fs::read_to_string(p.path().join("out/rust/src/lib.rs")).unwrap();
    assert!(lib.starts_with("// custom\npub mod demo"), "{lib}");
}

/// Templates compile beside the front end: a broken override still stops the run before
/// anything is written, named with its line, and wins over a proto error found at the same time.
#[test]
fn broken_template_override_is_reported_and_nothing_is_written() {
    let p = project();
    fs::create_dir_all(p.path().join("tpl/python")).unwrap();
    fs::write(p.path().join("tpl/python/pb2.py.hbs"), "# ok\n{{#if x}}\nnever closed\n").unwrap();
    let out = protosmith(p.path(), &["gen", "--templates", "tpl"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("template `python/pb2.py`"), "{err}");
    assert!(!p.path().join("out").exists(), "nothing written");

    fs::write(p.path().join("protos/a.proto"), "syntax = \"proto3\";\nmessage {\n").unwrap();
    let both = protosmith(p.path(), &["gen", "--templates", "tpl"]);
    assert_eq!(both.status.code(), Some(2));
    assert!(text(&both.stderr).contains("template `python/pb2.py`"), "{}", text(&both.stderr));
}

#[test]
fn opt_overrides_config() {
    let p = project();
    let out = protosmith(p.path(), &["gen", "--opt", "rust.crate_name=renamed-crate"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let cargo = fs::read_to_string(p.path().join("out/rust/Cargo.toml")).unwrap();
    assert!(cargo.contains("name = \"renamed-crate\""), "{cargo}");
}

#[test]
fn descriptor_set_input_matches_source_input() {
    let p = project();
    assert!(protosmith(p.path(), &["gen"]).status.success());
    // Build a descriptor set with protox-through-protosmith's own compile path.
    let compiled = protosmith::compile::compile(&protosmith::compile::Input::Sources {
        includes: vec![p.path().join("protos")],
        files: vec!["a.proto".into()],
    })
    .unwrap();
    fs::write(p.path().join("set.binpb"), compiled.encoded_descriptor_set()).unwrap();
    let out = protosmith(p.path(), &["gen", "--descriptor-set-in", "set.binpb", "--out", "fromset", "a.proto"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let a = snapshot(&p.path().join("out"));
    let b = snapshot(&p.path().join("fromset"));
    assert_eq!(a, b);
    let bad = protosmith(p.path(), &["gen", "--descriptor-set-in", "protosmith.toml", "--out", "x"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// `protosmith engine ...` runs the protosmith-engine program found next to the executable,
/// with the arguments untouched and its exit status; without one, a usage error says how to
/// install it.
#[test]
fn engine_subcommand_runs_the_engine_program_beside_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("protosmith");
    fs::copy(common::bin(), &exe).unwrap();

    let alone = std::process::Command::new(&exe).args(["engine", "up"]).env("PATH", dir.path()).output().unwrap();
    assert_eq!(alone.status.code(), Some(2), "{}", text(&alone.stderr));
    assert!(text(&alone.stderr).contains("cargo install --path crates/engine"), "{}", text(&alone.stderr));

    let engine = dir.path().join("protosmith-engine");
    let record = dir.path().join("args");
    fs::write(&engine, format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > {}\nexit 7\n", record.display())).unwrap();
    fs::set_permissions(&engine, fs::Permissions::from_mode(0o755)).unwrap();
    let out = std::process::Command::new(&exe)
        .args(["engine", "preview", "--program", "p q", "--help", "--config", "k=v"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "the engine's exit status: {}", text(&out.stderr));
    assert_eq!(fs::read_to_string(&record).unwrap(), "preview\n--program\np q\n--help\n--config\nk=v\n");
}

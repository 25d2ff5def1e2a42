//! Rust output: exact bytes against the golden tree, and the generated crate compiles.

mod common;


use common::{golden_files, golden_root, protosmith, repo, text};

const GOLDEN_OUT: &str = "tests/golden/expected/rust";

fn gen_args<'a>(mode: &'a [&'a str], files: &'a [String]) -> Vec<&'a str> {
    let mut args = vec!["gen", "-I", "tests/golden/protos", "--out", GOLDEN_OUT, "--lang", "rust"];
    args.extend_from_slice(mode);
    args.extend(files.iter().map(String::as_str));
    args
}

#[test]
fn golden_corpus_matches_expected_bytes() {
    let files = golden_files();
    assert!(!files.is_empty(), "golden corpus missing under {}", golden_root().display());
    if common::updating_golden() {
        let out = protosmith(&repo(), &gen_args(&[], &files));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let out = protosmith(&repo(), &gen_args(&["--check"], &files));
    assert_eq!(
        out.status.code(),
        Some(0),
        "Rust golden output drifted (UPDATE_GOLDEN=1 cargo test --test rust_output to accept):\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

/// Builds the generated golden crate with cargo, in a throwaway workspace pinned to the engine
/// workspace's lock file so no new downloads are needed.
#[test]
fn golden_crate_compiles() {
    let dir = tempfile::tempdir().unwrap();
    let out = protosmith(
        &repo(),
        &[&["gen", "-I", "tests/golden/protos", "--out"][..], &[dir.path().to_str().unwrap(), "--lang", "rust"], &golden_files().iter().map(String::as_str).collect::<Vec<_>>()[..]].concat(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let status = common::check_generated_crates(dir.path(), &["rust"]);
    assert!(status.status.success(), "generated golden crate does not compile:\n{}", text(&status.stderr));
}

/// What prost-build refuses by panicking (enum variants that collide once prefixes are
/// stripped, which protoc allows in proto2 under `deprecated_legacy_json_field_conflicts`)
/// is a clean error naming the values, without a panic report.
#[test]
fn prost_build_refusals_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("legacy.proto"),
        "syntax = \"proto2\";\npackage legacy;\nenum FooBar {\n  option deprecated_legacy_json_field_conflicts = true;\n  FOO_BAR_X = 0;\n  X = 1;\n}\n",
    )
    .unwrap();
    let out = protosmith(dir.path(), &["gen", "legacy.proto", "--lang", "rust", "--out", "out"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("rust generator: prost-build failed: Generated enum variant names overlap"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!dir.path().join("out").exists(), "nothing written");
}

/// A `\r` inside a comment line (not a CRLF line end) would be a bare CR in a doc comment,
/// which rustc refuses: the generated crate must still compile, and CRLF line ends stay.
#[test]
fn carriage_returns_in_comments_still_compile() {
    let dir = tempfile::tempdir().unwrap();
    let protos = dir.path().join("protos");
    std::fs::create_dir_all(&protos).unwrap();
    let source = "syntax = \"proto3\";\r\npackage cr;\r\n// Carriage\rreturn inside.\r\nmessage M {\r\n  // A lone\rcr.\r\n  int32 x = 1;\r\n}\r\n";
    std::fs::write(protos.join("cr.proto"), source).unwrap();
    let out = protosmith(
        &repo(),
        &["gen", "-I", protos.to_str().unwrap(), "--out", dir.path().to_str().unwrap(), "--lang", "rust", "--opt", "rust.crate_name=cr-comments", "cr.proto"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let module = std::fs::read_to_string(dir.path().join("rust/src/cr.rs")).unwrap();
    assert!(module.contains("Carriage\\rreturn inside."), "{module}");
    let check = common::check_generated_crates(dir.path(), &["rust"]);
    assert!(check.status.success(), "crate with CRs in comments does not compile:\n{}", text(&check.stderr));
}

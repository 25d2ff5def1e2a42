//! Rust output covers what the named files import, as prost-build does, except packages
//! mapped by `rust.extern_path`; every package shape (nested, prefix of another, keyword
//! segment, no package) lands in a crate that compiles.

mod common;

use std::fs;
use std::path::Path;

use common::{files_under, protosmith, repo, text};

const CHAIN: &str = "tests/rust/chain";

fn gen(cwd: &Path, args: &[&str]) {
    let out = protosmith(cwd, args);
    assert!(out.status.success(), "protosmith {args:?}:\n{}", text(&out.stderr));
}

fn check_workspace(root: &Path, members: &[&str]) {
    let check = common::check_generated_crates(root, members);
    assert!(check.status.success(), "crate does not compile:\n{}", text(&check.stderr));
}

#[test]
fn imports_are_generated_and_the_crate_compiles() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("top");
    gen(&repo(), &["gen", "-I", CHAIN, "--lang", "rust", "--out", out.to_str().unwrap(), "--opt", "rust.crate_name=chain-all", "chain/top/v1/top.proto"]);
    assert_eq!(
        files_under(&out.join("rust")),
        [
            ".protosmith-manifest",
            "Cargo.toml",
            "src/_.rs",
            "src/chain.base.v1.rs",
            "src/chain.r#type.rs",
            "src/chain.rs",
            "src/chain.top.v1.rs",
            "src/lib.rs"
        ]
    );
    let lib = fs::read_to_string(out.join("rust/src/lib.rs")).unwrap();
    assert!(lib.contains("include!(\"_.rs\");\npub mod chain {\n    include!(\"chain.rs\");\n    pub mod base {"), "{lib}");
    assert!(lib.contains("    pub mod r#type {\n        include!(\"chain.r#type.rs\");"), "{lib}");
    check_workspace(dir.path(), &["top/rust"]);
}

/// `extern_path` takes a package's types from another crate (here generated separately and
/// added with `rust.dependencies`): its file is not generated and references go to the crate.
#[test]
fn extern_path_takes_a_package_from_another_crate() {
    let dir = tempfile::tempdir().unwrap();
    let include = repo().join(CHAIN);
    gen(
        dir.path(),
        &["gen", "-I", include.to_str().unwrap(), "--lang", "rust", "--out", "base", "--opt", "rust.crate_name=chain-base", "chain/base/v1/base.proto"],
    );
    fs::write(
        dir.path().join("protosmith.toml"),
        format!(
            "[inputs]\ninclude = [{:?}]\nfiles = [\"chain/top/v1/top.proto\"]\n[output]\ndir = \"top\"\n[rust]\ncrate_name = \"chain-top\"\n[rust.extern_path]\n\".chain.base\" = \"::chain_base::chain::base\"\n[rust.dependencies]\nchain-base = {{ path = \"../../base/rust\" }}\n",
            include.display().to_string()
        ),
    )
    .unwrap();
    gen(dir.path(), &["gen"]);
    let top = dir.path().join("top/rust");
    assert!(!top.join("src/chain.base.v1.rs").exists(), "{:?}", files_under(&top));
    let chain = fs::read_to_string(top.join("src/chain.rs")).unwrap();
    assert!(chain.contains("::chain_base::chain::base::v1::Base"), "{chain}");
    let cargo = fs::read_to_string(top.join("Cargo.toml")).unwrap();
    assert!(cargo.ends_with("tonic-prost = \"0.14\"\nchain-base = { path = \"../../base/rust\" }\n"), "{cargo}");
    check_workspace(dir.path(), &["base/rust", "top/rust"]);
}

/// A package below another package's message with nested types would need the same module
/// twice (prost's layout); that is an error naming the module, not a crate that fails later.
#[test]
fn a_module_wanted_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.proto"), "syntax = \"proto3\";\npackage clash;\nmessage Inner {\n  message Deep {}\n  Deep d = 1;\n}\n").unwrap();
    fs::write(dir.path().join("b.proto"), "syntax = \"proto3\";\npackage clash.inner;\nmessage Other {}\n").unwrap();
    let out = protosmith(dir.path(), &["gen", "a.proto", "b.proto", "--lang", "rust", "--out", "out"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("Rust module `clash::inner` is wanted twice: by package `clash`"), "{err}");
    assert!(!dir.path().join("out").exists());
}

//! `rust.*` options: each one's output equals what tonic-prost-build (over prost-build) writes
//! with the same builder call, driven here on protox-compiled descriptors; bad values are
//! located usage errors; the golden corpus crate compiles under the combinations set here.

mod common;

use std::fs;
use std::path::Path;

use common::{diff_trees, golden_files, protosmith, repo, text};
use prost_build::Config;
use tonic_prost_build::Builder;

const FILES: [&str; 1] = ["shop/v1/shop.proto"];

fn corpus() -> std::path::PathBuf {
    repo().join("tests/rust/options")
}

/// What a build.rs using tonic-prost-build would write for the corpus.
fn reference(out: &Path, configure: &dyn Fn(Builder, &mut Config) -> Builder) {
    let fds = protox::Compiler::new([corpus()])
        .unwrap()
        .include_source_info(true)
        .include_imports(true)
        .open_files(FILES)
        .unwrap()
        .file_descriptor_set();
    let mut config = Config::new();
    let builder = configure(tonic_prost_build::configure().out_dir(out), &mut config);
    builder.compile_fds_with_config(fds, config).unwrap();
}

fn protosmith_gen(out: &Path, opts: &[&str]) -> std::process::Output {
    let mut args = vec!["gen", "-I", "tests/rust/options", "--lang", "rust", "--out"];
    let out = out.to_str().unwrap();
    args.push(out);
    for o in opts {
        args.extend(["--opt", o]);
    }
    args.extend(["--opt", "rust.crate_files=false"]);
    args.extend(FILES);
    protosmith(&repo(), &args)
}

/// `--opt` settings and the tonic-prost-build / prost-build calls they stand for.
type Case = (&'static str, &'static [&'static str], &'static dyn Fn(Builder, &mut Config) -> Builder);

const CASES: &[Case] = &[
    ("defaults", &[], &|b, _| b),
    ("type_attribute", &["rust.type_attribute=.=#[derive(Eq, Hash)]", "rust.type_attribute=.shop.v1.Item=#[must_use]"], &|b, _| {
        b.type_attribute(".", "#[derive(Eq, Hash)]").type_attribute(".shop.v1.Item", "#[must_use]")
    }),
    ("field_attribute", &["rust.field_attribute=Order.id=#[doc(alias = \"key\")]", "rust.field_attribute=.shop.v1.Item=#[allow(missing_docs)]"], &|b, _| {
        b.field_attribute("Order.id", "#[doc(alias = \"key\")]").field_attribute(".shop.v1.Item", "#[allow(missing_docs)]")
    }),
    ("enum_attribute", &["rust.enum_attribute=.=#[allow(clippy::enum_variant_names)]"], &|b, _| {
        b.enum_attribute(".", "#[allow(clippy::enum_variant_names)]")
    }),
    ("message_attribute", &["rust.message_attribute=.shop=#[non_exhaustive]"], &|b, _| b.message_attribute(".shop", "#[non_exhaustive]")),
    ("bytes", &["rust.bytes=.shop.v1.Order", "rust.bytes=Item.blobs"], &|b, _| b.bytes(".shop.v1.Order").bytes("Item.blobs")),
    ("btree_map", &["rust.btree_map=."], &|b, _| b.btree_map(".")),
    ("boxed", &["rust.boxed=.shop.v1.Order.item", "rust.boxed=Order.alt"], &|b, _| b.boxed(".shop.v1.Order.item").boxed("Order.alt")),
    ("extern_path", &["rust.extern_path=.shop.common=::shop_common"], &|b, _| b.extern_path(".shop.common", "::shop_common")),
    ("client", &["rust.client=false"], &|b, _| b.build_client(false)),
    ("server", &["rust.server=false"], &|b, _| b.build_server(false)),
    ("transport", &["rust.transport=false"], &|b, _| b.build_transport(false)),
    ("client and server off", &["rust.client=false", "rust.server=false"], &|b, _| b.build_client(false).build_server(false)),
    ("compile_well_known_types", &["rust.compile_well_known_types=true"], &|b, _| b.compile_well_known_types(true)),
    // tonic-prost-build hands its disable_comments to the service generator only; the same
    // paths go to prost-build's Config for messages.
    ("disable_comments", &["rust.disable_comments=.shop.v1.Order", "rust.disable_comments=shop.v1.Shop.Get"], &|b, c| {
        c.disable_comments([".shop.v1.Order", "shop.v1.Shop.Get"]);
        b.disable_comments([".shop.v1.Order", "shop.v1.Shop.Get"])
    }),
];

#[test]
fn each_option_matches_tonic_prost_build() {
    let mut failures = String::new();
    for (name, opts, configure) in CASES {
        let dir = tempfile::tempdir().unwrap();
        let expected = dir.path().join("expected");
        fs::create_dir(&expected).unwrap();
        reference(&expected, configure);
        let out = protosmith_gen(&dir.path().join("out"), opts);
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        let diff = diff_trees(&expected, &dir.path().join("out/rust/src"), |p| !p.starts_with(".protosmith"));
        if !diff.is_empty() {
            failures.push_str(&format!("== {name}\n{diff}"));
        }
        if *name != "defaults" {
            let defaults = dir.path().join("defaults");
            fs::create_dir(&defaults).unwrap();
            reference(&defaults, &|b, _| b);
            assert!(!diff_trees(&defaults, &expected, |_| true).is_empty(), "{name}: the option changed nothing");
        }
    }
    assert!(failures.is_empty(), "protosmith differs from tonic-prost-build:\n{failures}");
}

/// The TOML shapes mean the same as repeated `--opt`s: a table of path = attribute (a list for
/// several attributes on one path), and lists of paths.
#[test]
fn config_tables_equal_opt_flags() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("protosmith.toml");
    fs::write(
        &config,
        format!(
            "[inputs]\ninclude = [{:?}]\nfiles = [\"shop/v1/shop.proto\"]\n[output]\ndir = \"toml\"\n[rust]\ncrate_files = false\nbytes = [\".shop.v1.Order\"]\n[rust.type_attribute]\n\".\" = [\"#[derive(Eq)]\", \"#[derive(Hash)]\"]\n\".shop.v1.Item\" = \"#[must_use]\"\n[rust.extern_path]\n\".shop.common\" = \"::shop_common\"\n",
            corpus().display().to_string()
        ),
    )
    .unwrap();
    let out = protosmith(dir.path(), &["gen"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = protosmith_gen(
        &dir.path().join("flags"),
        &[
            "rust.bytes=.shop.v1.Order",
            "rust.type_attribute=.=#[derive(Eq)]",
            "rust.type_attribute=.=#[derive(Hash)]",
            "rust.type_attribute=.shop.v1.Item=#[must_use]",
            "rust.extern_path=.shop.common=::shop_common",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let diff = diff_trees(&dir.path().join("toml/rust"), &dir.path().join("flags/rust"), |_| true);
    assert!(diff.is_empty(), "{diff}");
}

#[test]
fn bad_values_are_usage_errors() {
    for (opt, needle) in [
        ("rust.type_attribute=.=derive(Eq)", "rust.type_attribute for `.`: `derive(Eq)` is not a Rust attribute"),
        ("rust.type_attribute=#[derive(Eq)]", "`#[derive(Eq)]` is not PATH=VALUE"),
        ("rust.bytes=shop v1", "rust.bytes: `shop v1` is not a protobuf path"),
        ("rust.extern_path=shop.common=::x", "rust.extern_path: `shop.common` must be a fully qualified"),
        ("rust.extern_path=.shop.common=shop common", "`shop common` is not a Rust path"),
        ("rust.client=maybe", "invalid options for rust"),
        ("rust.boxes=.", "unknown field `boxes`"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = protosmith_gen(&dir.path().join("out"), &[opt]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{opt}: {err}");
        assert!(err.contains(needle), "{opt}: {err}");
        assert!(!dir.path().join("out").exists(), "{opt}: nothing written");
    }
}

/// Generates the golden corpus as a crate with `opts` and `cargo check`s it, pinned to this
/// workspace's lock file (no downloads).
fn golden_crate_checks(opts: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["gen", "-I", "tests/golden/protos", "--lang", "rust", "--out", dir.path().to_str().unwrap()];
    args.extend(["--opt", "rust.crate_name=golden-options"]);
    for o in opts {
        args.extend(["--opt", o]);
    }
    let files = golden_files();
    args.extend(files.iter().map(String::as_str));
    let out = protosmith(&repo(), &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let check = common::check_generated_crates(dir.path(), &["rust"]);
    assert!(check.status.success(), "golden crate with {opts:?} does not compile:\n{}", text(&check.stderr));
}

#[test]
fn golden_crate_compiles_with_options() {
    golden_crate_checks(&[
        "rust.type_attribute=.=#[must_use]",
        "rust.message_attribute=.golden=#[allow(missing_docs)]",
        "rust.enum_attribute=.=#[allow(clippy::enum_variant_names)]",
        "rust.field_attribute=.=#[allow(deprecated)]",
        "rust.bytes=.",
        "rust.btree_map=.",
        "rust.boxed=.golden.nested.Tree.favourite",
        "rust.boxed=Tree.subtree",
        "rust.disable_comments=.",
        "rust.compile_well_known_types=true",
        "rust.server=false",
    ]);
    golden_crate_checks(&["rust.client=false", "rust.transport=false"]);
}

/// `protosmith::build::Builder` (the build.rs API) writes what tonic-prost-build writes with
/// the same calls, names files like prost (`<package>.rs`), and reports errors as values.
#[test]
fn build_api_matches_tonic_prost_build() {
    let dir = tempfile::tempdir().unwrap();
    let (expected, actual) = (dir.path().join("expected"), dir.path().join("actual"));
    fs::create_dir(&expected).unwrap();
    fs::create_dir(&actual).unwrap();
    reference(&expected, &|b, _| b.type_attribute(".", "#[derive(Eq, Hash)]").bytes(".").extern_path(".shop.common", "::shop_common").build_server(false));
    // tonic-prost-build's compile_protos form: a path under the include root.
    protosmith::build::Builder::new()
        .out_dir(&actual)
        .emit_rerun_if_changed(false)
        .type_attribute(".", "#[derive(Eq, Hash)]")
        .bytes(".")
        .extern_path(".shop.common", "::shop_common")
        .build_server(false)
        .compile_protos(&[corpus().join("shop/v1/shop.proto")], &[corpus()])
        .unwrap();
    assert_eq!(common::files_under(&actual), ["shop.v1.rs"]);
    let diff = diff_trees(&expected, &actual, |_| true);
    assert!(diff.is_empty(), "{diff}");

    // include_file: one file of nested modules to include! from lib.rs.
    let with_include = dir.path().join("include");
    fs::create_dir(&with_include).unwrap();
    protosmith::build::Builder::new()
        .include(corpus())
        .out_dir(&with_include)
        .emit_rerun_if_changed(false)
        .include_file("protos.rs")
        .compile(&["shop/v1/shop.proto"])
        .unwrap();
    assert_eq!(
        fs::read_to_string(with_include.join("protos.rs")).unwrap(),
        "pub mod shop {\n    pub mod common {\n        include!(\"shop.common.rs\");\n    }\n    pub mod v1 {\n        include!(\"shop.v1.rs\");\n    }\n}\n"
    );

    let broken = dir.path().join("broken");
    fs::create_dir(&broken).unwrap();
    fs::write(broken.join("bad.proto"), "syntax = \"proto3\";\nmessage M {\n  strng s = 1;\n}\n").unwrap();
    let err = protosmith::build::Builder::new().include(&broken).out_dir(&broken).emit_rerun_if_changed(false).compile(&["bad.proto"]).unwrap_err();
    assert!(format!("{err:?}").starts_with("bad.proto:3:3: "), "{err:?}");
    let err = protosmith::build::Builder::new().include(corpus()).out_dir(&broken).type_attribute(".", "derive(Eq)").compile(&FILES).unwrap_err();
    assert_eq!(err.to_string(), "invalid option: type_attribute for `.`: `derive(Eq)` is not a Rust attribute (`#[...]`)");
}

/// `rust.dependencies` names become keys of the generated Cargo.toml: one that could break out
/// of its line (or is no crate name) is refused, nothing written.
#[test]
fn dependency_names_must_be_crate_names() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("protos")).unwrap();
    fs::write(dir.path().join("protos/a.proto"), "syntax = \"proto3\";\npackage a;\nmessage A {}\n").unwrap();
    let config = "[inputs]\ninclude = [\"protos\"]\nfiles = [\"a.proto\"]\n\n[rust.dependencies]\n\"x = 1\\n[bad]\" = \"1\"\n";
    fs::write(dir.path().join("protosmith.toml"), config).unwrap();
    let out = protosmith(dir.path(), &["gen"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("rust.dependencies: `x = 1\n[bad]` is not a crate name"), "{err}");
    assert!(!dir.path().join("generated").exists(), "nothing written");

    fs::write(dir.path().join("protosmith.toml"), config.replace("\"x = 1\\n[bad]\" = \"1\"", "serde = \"1\"")).unwrap();
    let out = protosmith(dir.path(), &["gen"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let cargo = fs::read_to_string(dir.path().join("generated/rust/Cargo.toml")).unwrap();
    assert!(cargo.ends_with("tonic-prost = \"0.14\"\nserde = \"1\"\n"), "{cargo}");
}

//! `_grpc_pb.js` (grpc-tools' node plugin, grpc_js mode): golden outputs and real gRPC traffic.
//!
//! grpc-tools downloads its plugin binary from a host outside the package registries at install
//! time, so the plugin cannot run here. Its output format was matched byte for byte at
//! development time against the plugin built from grpc-node's source (grpc-tools 1.13.1), and
//! the `expected/protoc` files below are that verified output; the golden files pin it.
//! The runtime tests run protosmith's whole JS output (`_pb.js` included) over real gRPC:
//! grpc-js <-> grpc-js, grpcio -> grpc-js and grpc-js -> grpcio, all four streaming kinds.

mod common;
#[path = "js/grpc/support.rs"]
mod support;

use std::process::Command;

use support::*;

fn js_corpus_files() -> Vec<String> {
    common::protos_under(&js_corpus_root())
}

/// The JS corpus as the real tool writes it (`js.imports=protoc`).
#[test]
fn js_corpus_protoc_imports_match_grpc_tools() {
    let tmp = scratch("grpc-protoc");
    let js = protosmith_js(&js_corpus_root(), &js_corpus_files(), tmp.path(), &["js.imports=protoc"]);
    golden(&common::repo().join("tests/js/grpc/expected/protoc"), &js, is_grpc_js);
}

/// The JS corpus with the default shortest relative `require` paths.
#[test]
fn js_corpus_default_golden() {
    let tmp = scratch("grpc-default");
    let js = protosmith_js(&js_corpus_root(), &js_corpus_files(), tmp.path(), &[]);
    golden(&common::repo().join("tests/js/grpc/expected/relative"), &js, |f| is_grpc_js(f) || is_dts(f));
}

/// The shared golden corpus, default options.
#[test]
fn golden_corpus_grpc_js() {
    let tmp = scratch("grpc-golden");
    let (root, files) = golden_corpus();
    let js = protosmith_js(&root, &files, tmp.path(), &[]);
    golden(&common::repo().join("tests/golden/expected/js/js"), &js, is_grpc_js);
}

/// Default and protoc paths differ only in `require` lines, and only for files below the root.
#[test]
fn imports_option_changes_only_require_paths() {
    let tmp = scratch("grpc-paths");
    let files = js_corpus_files();
    let rel = protosmith_js(&js_corpus_root(), &files, &tmp.path().join("rel"), &[]);
    let pro = protosmith_js(&js_corpus_root(), &files, &tmp.path().join("pro"), &["js.imports=protoc"]);
    let mut changed = 0;
    for f in common::files_under(&rel).into_iter().filter(|f| is_grpc_js(f)) {
        let a = std::fs::read_to_string(rel.join(&f)).unwrap();
        let b = std::fs::read_to_string(pro.join(&f)).unwrap();
        assert_eq!(a.lines().count(), b.lines().count(), "{f}");
        for (x, y) in a.lines().zip(b.lines()) {
            if x != y {
                assert!(x.contains("require('") && y.contains("require('"), "{f}: non-require line differs:\n{x}\n{y}");
                assert!(f.contains('/'), "{f}: a top-level file's paths are the same either way");
                changed += 1;
            }
        }
    }
    assert!(changed > 0, "nested files must get shorter relative paths");
}

/// protosmith's JS for the runtime fixture: `rt/echo.proto` and what it imports.
fn echo_js(tmp: &std::path::Path) -> std::path::PathBuf {
    let files = vec!["rt/echo.proto".to_string(), "common/types.proto".to_string()];
    let js = protosmith_js(&js_corpus_root(), &files, tmp, &[]);
    for f in ["rt/echo_pb.js", "rt/echo_grpc_pb.js", "common/types_pb.js"] {
        assert!(js.join(f).is_file(), "protosmith wrote no {f}: the JS generator must emit it for the gRPC tests");
    }
    js
}

fn echo_script() -> std::path::PathBuf {
    common::repo().join("tests/js/grpc/echo.js")
}

fn node() -> Command {
    Command::new("node")
}

fn assert_all_calls(out: &std::process::Output, with_type_check: bool) {
    let stdout = common::text(&out.stdout);
    let mut want = vec!["ok unary", "ok expand", "ok collect", "ok chat", "ok ping"];
    if with_type_check {
        want.push("ok type-check");
    }
    let got: Vec<&str> = stdout.lines().collect();
    assert_eq!(got, want, "stderr:\n{}", common::text(&out.stderr));
}

/// A grpc-js server built from the generated service definition, called by the generated
/// client, over all four streaming kinds.
#[test]
fn js_client_calls_js_server() {
    let tmp = scratch("grpc-js-js");
    let js = echo_js(tmp.path());
    let out = run_ok(node().arg(echo_script()).arg("self").arg(&js));
    assert_all_calls(&out, true);
}

/// grpcio (Python) client -> generated JS server.
#[test]
fn python_client_calls_js_server() {
    let tmp = scratch("grpc-py-js");
    let js = echo_js(&tmp.path().join("gen"));
    let py = tmp.path().join("py");
    std::fs::create_dir_all(&py).unwrap();
    python_stubs(&js_corpus_root(), &["rt/echo.proto".into(), "common/types.proto".into()], &py);
    let server = Server::start(node().arg(echo_script()).arg("serve").arg(&js));
    let out = run_ok(
        Command::new(common::tool(".venv/bin/python"))
            .arg(common::repo().join("tests/js/grpc/py_peer.py"))
            .arg("call")
            .arg(&py)
            .arg(server.port.to_string()),
    );
    assert_all_calls(&out, false);
}

/// Generated JS client -> grpcio (Python) server.
#[test]
fn js_client_calls_python_server() {
    let tmp = scratch("grpc-js-py");
    let js = echo_js(&tmp.path().join("gen"));
    let py = tmp.path().join("py");
    std::fs::create_dir_all(&py).unwrap();
    python_stubs(&js_corpus_root(), &["rt/echo.proto".into(), "common/types.proto".into()], &py);
    let server = Server::start(
        Command::new(common::tool(".venv/bin/python"))
            .arg(common::repo().join("tests/js/grpc/py_peer.py"))
            .arg("serve")
            .arg(&py),
    );
    let out = run_ok(node().arg(echo_script()).arg("call").arg(&js).arg(server.port.to_string()));
    assert_all_calls(&out, true);
}

/// Where grpc-tools' plugin writes files that do not load, protosmith's load: a service comment
/// with U+2028/U+2029 or a lone `\r` (line terminators in JS, which end a `//` comment), in
/// both `js.global` modes.
#[test]
fn comments_with_js_line_terminators_still_load() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("in");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("sep.proto"),
        "syntax = \"proto3\";\npackage sep;\nmessage M {}\n// Split\u{2028}here ]; and\u{2029}here );\nservice S {\n  // Method\u{2028}too ];\n  // Carriage\rreturn ]; too\r\n  rpc Do(M) returns (M);\n}\n",
    )
    .unwrap();
    for (i, opts) in [&[][..], &["js.global=protoc"][..]].iter().enumerate() {
        let out = tmp.path().join(format!("out{i}"));
        common::generate_into(&out, &root, &["sep.proto".to_string()], "js", opts);
        for module in ["js/sep_grpc_pb.js", "js/sep_pb.js"] {
            let required = node().arg("-e").arg("require(process.argv[1])").arg(out.join(module)).env("NODE_PATH", common::repo().join("node_modules")).output().unwrap();
            assert!(required.status.success(), "{opts:?} {module}: {}", common::text(&required.stderr));
        }
        let text = std::fs::read_to_string(out.join("js/sep_grpc_pb.js")).unwrap();
        assert!(text.contains("// Split\\u2028here ]; and\\u2029here );"), "{text}");
        // The lone `\r` is escaped; the one ending the line (CRLF) stays, as the plugin writes it.
        assert!(text.contains("// Carriage\\rreturn ]; too\r\n") || text.contains("// Carriage\\rreturn ]; too\n"), "{text}");
    }
}

/// `import public` chains: golden output of the chain corpus with the default options and with
/// protoc-gen-js's / grpc-tools' exact form (`js.global=protoc`, `js.imports=protoc`).
#[test]
fn public_import_chains_golden() {
    let tmp = scratch("chain-golden");
    let expected = common::repo().join("tests/js/chain/expected");
    let all = |f: &str| !f.ends_with(".protosmith-manifest");
    let js = protosmith_js(&chain_root(), &chain_files(), &tmp.path().join("default"), &[]);
    golden(&expected.join("default"), &js, all);
    let js = protosmith_js(&chain_root(), &chain_files(), &tmp.path().join("protoc"), &["js.global=protoc", "js.imports=protoc"]);
    golden(&expected.join("protoc"), &js, all);
}

/// A type reached only through `import public` gets its declaring module loaded exactly as if
/// the file imported it directly (after its own imports): every output for the chain corpus
/// equals the output for a copy whose users import `pub/base.proto` directly, in every mode.
/// The one exception is `_pb.js` of a file whose chained type is only an enum: protoc-gen-js
/// names enums in JSDoc only, so its output works as it is and stays byte for byte.
#[test]
fn public_import_chains_load_as_direct_imports() {
    let tmp = scratch("chain-direct");
    let variant = chain_direct_variant(&tmp.path().join("variant"));
    for (i, opts) in [&[][..], &["js.global=protoc", "js.imports=protoc"][..], &["js.imports=protoc"][..]].iter().enumerate() {
        let ours = protosmith_js(&chain_root(), &chain_files(), &tmp.path().join(format!("chain{i}")), opts);
        let direct = protosmith_js(&variant, &chain_files(), &tmp.path().join(format!("direct{i}")), opts);
        let enum_only = "pub/enum_only_pb.js";
        let report = common::diff_trees(&direct, &ours, |f| f != enum_only && !f.ends_with("manifest"));
        assert!(report.is_empty(), "{opts:?}: chained output differs from direct imports:\n{report}");
        let with_require = std::fs::read_to_string(direct.join(enum_only)).unwrap();
        let without = without_chained_require(&with_require);
        assert_ne!(with_require, without);
        assert_eq!(std::fs::read_to_string(ours.join(enum_only)).unwrap(), without, "{opts:?}");
    }
}

/// A `_pb.js` / `_grpc_pb.js` as protoc-gen-js and grpc-tools write it for the chain corpus:
/// without the `require` (and namespace merge) of the module the chain reaches.
fn without_chained_require(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("var pub_base_pb = require(") && *l != "goog.object.extend(proto, pub_base_pb);")
        .map(|l| format!("{l}\n"))
        .collect()
}

fn chain_node(js: &std::path::Path) -> std::process::Output {
    node()
        .env("NODE_PATH", common::repo().join("node_modules"))
        .arg(common::repo().join("tests/js/chain/chain.js"))
        .arg(js)
        .output()
        .expect("run node")
}

/// Every generated module of the chain corpus loads; messages using the chained types
/// round-trip; both services answer over @grpc/grpc-js; in both namespace modes. Without the
/// added `require`s (what protoc-gen-js and grpc-tools write) the modules do not work.
#[test]
fn public_import_chains_load_and_call() {
    let tmp = scratch("chain-run");
    for mode in ["local", "protoc"] {
        let js = protosmith_js(&chain_root(), &chain_files(), &tmp.path().join(mode), &[&format!("js.global={mode}")]);
        let out = chain_node(&js);
        assert!(out.status.success(), "{mode}:\n{}{}", common::text(&out.stdout), common::text(&out.stderr));
        assert_eq!(common::text(&out.stdout), "ok loaded 12 modules\nok round trips\nok grpc\n", "{mode}");
    }
    // The incumbents' form: the same files without the chained modules' `require`s.
    let js = tmp.path().join("protoc/js");
    let mut stripped = 0;
    for f in common::files_under(&js).into_iter().filter(|f| f.ends_with(".js")) {
        let text = std::fs::read_to_string(js.join(&f)).unwrap();
        if f == "pub/only_public_pb.js" || !text.contains("var pub_base_pb = require(") {
            continue;
        }
        let kept = without_chained_require(&text);
        std::fs::write(js.join(&f), kept).unwrap();
        stripped += 1;
    }
    assert_eq!(stripped, 5, "chain_pb, chain_grpc_pb, outer_pb, elsewhere_pb, elsewhere_grpc_pb");
    let out = chain_node(&js);
    assert!(!out.status.success());
    assert!(common::text(&out.stderr).contains("ReferenceError: pub_base_pb is not defined"), "{}", common::text(&out.stderr));
}

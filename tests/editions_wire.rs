//! Editions on the wire: the JavaScript and Rust output for tests/editions_corpus against the
//! reference runtime (protobuf 7 for Python, on `_pb2.py` that grpcio-tools 1.85.1's protoc
//! writes), both directions, every feature: explicit / implicit presence and LEGACY_REQUIRED,
//! packed vs expanded, DELIMITED (group wire format), closed enums, utf8_validation, files at
//! both editions, proto3 files importing editions files and the reverse.
//!
//! The machinery is the proto2/proto3 one (tests/js/pb/conformance.{py,js}): Python writes
//! every message type with edge-case and random values, the other side decodes, must agree on
//! the values (JS: `toObject()`), and what it writes back must parse to equal messages in Python
//! *with the same wire form* (field numbers and wire types, recursively: packed vs expanded and
//! group vs length-prefixed are compared exactly).

mod common;
#[path = "js/grpc/support.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use support::*;

fn corpus_root() -> PathBuf {
    common::repo().join("tests/editions_corpus")
}

fn corpus() -> Vec<String> {
    let files = common::protos_under(&corpus_root());
    assert!(files.len() >= 8, "the editions corpus is missing files: {files:?}");
    files
}

/// The files the Rust output refuses (closed enum fields, strings without UTF-8 validation;
/// see `rust_refuses_what_prost_cannot_represent`); the rest is the Rust wire corpus.
const RUST_REFUSED: [&str; 2] = ["e2023/closed.proto", "e2023/file_features.proto"];

fn rust_corpus() -> Vec<String> {
    corpus().into_iter().filter(|f| !RUST_REFUSED.contains(&f.as_str())).collect()
}

fn python() -> Command {
    Command::new(common::tool(".venv/bin/python"))
}

fn conformance_py() -> PathBuf {
    common::repo().join("tests/js/pb/conformance.py")
}

/// The reference side: `_pb2.py` from grpcio-tools' protoc, and conformance.py's cases (and
/// how many).
fn reference(tmp: &Path) -> (PathBuf, PathBuf, usize) {
    let py = tmp.join("py");
    std::fs::create_dir_all(&py).unwrap();
    real_protoc(&corpus_root(), &corpus(), &[format!("--python_out={}", py.display())]);
    let cases = tmp.join("cases.json");
    let made = run_ok(python().arg(conformance_py()).arg("make").arg(&py).arg(&cases));
    let stdout = common::text(&made.stdout);
    let made = count(&stdout, "made ");
    assert!(made > 200, "{stdout}");
    (py, cases, made)
}

fn count(text: &str, prefix: &str) -> usize {
    text.strip_prefix(prefix).and_then(|t| t.split(' ').next()).and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// JS: Python's bytes decode to the `toObject()` Python computes (closed enums: google-protobuf
/// keeps an undeclared number in the field, as protoc-gen-js's proto2 enums do, and writes it
/// back, where Python keeps it as an unknown field); every accessor protoc-gen-js's rules give
/// the resolved features exists and behaves (hasX/clearX exactly for explicit presence); what
/// JS writes (re-serialized, and rebuilt through the setters) parses equal in Python with the
/// same wire form. google-protobuf 3.21.4 and 4.0.3 (4.x: the two known gaps of the format).
#[test]
fn js_wire_conformance_with_python() {
    let tmp = scratch("editions-js-wire");
    let (py, cases, made) = reference(tmp.path());
    let js = protosmith_js(&corpus_root(), &corpus(), &tmp.path().join("gen"), &[]);
    for v4 in [false, true] {
        let results = tmp.path().join(format!("results-{v4}.json"));
        let mut node = Command::new("node");
        if v4 {
            node.arg("-r").arg(common::repo().join("tests/js/pb/alias_v4.js")).env("GOOGLE_PROTOBUF_4_GAPS", "1");
        }
        let out = run_ok(node.arg(common::repo().join("tests/js/pb/conformance.js")).arg(&js).arg(&cases).arg(&results));
        let stdout = common::text(&out.stdout);
        assert!(stdout.starts_with("ok ") && stdout.contains(" cases, "), "{stdout}");
        assert_eq!(stdout.contains("4.x gaps"), v4, "{stdout}");
        let cases_run = count(&stdout, "ok ");
        let mut check = python();
        check.arg(conformance_py()).arg("check").arg(&py).arg(&cases).arg(&results);
        if v4 {
            check.arg("--allow-missing");
        } else {
            assert_eq!(cases_run, made, "every case runs on google-protobuf 3.21.4: {stdout}");
        }
        let checked = run_ok(&mut check);
        let checked = common::text(&checked.stdout);
        assert!(checked.starts_with("ok ") && checked.contains(" with the same wire form"), "{checked}");
        if !v4 {
            // Both writings of every case.
            assert_eq!(count(&checked, "ok "), 2 * cases_run, "{checked}");
        }
    }
}

/// The `.d.ts` files describe the editions `_pb.js` API: every accessor the resolved features
/// give exists in the declarations, and `hasX`/`clearX` of implicit-presence fields do not
/// (each such use is `@ts-expect-error`, which fails when the accessor is declared).
#[test]
fn dts_declares_the_presence_accessors() {
    let tmp = scratch("editions-dts");
    let (_, cases, _) = reference(tmp.path());
    let js = protosmith_js(&corpus_root(), &corpus(), &tmp.path().join("gen"), &[]);
    let probe = js.join("probe.ts");
    let made = run_ok(python().arg(common::repo().join("tests/editions_wire/dts_probe.py")).arg(&cases).arg(&probe));
    assert!(common::text(&made.stdout).starts_with("probed "), "{}", common::text(&made.stdout));
    tsc_strict(&js, "probe.ts");
}

/// `tsc --strict --noEmit` on `file` in `dir` (beside the generated declarations) must pass.
fn tsc_strict(dir: &Path, file: &str) {
    let config = serde_json::json!({
        "compilerOptions": {"strict": true, "noEmit": true, "target": "es2020", "module": "commonjs", "types": ["node"], "pretty": false},
        "files": [file],
    });
    std::fs::write(dir.join("tsconfig.json"), config.to_string()).unwrap();
    let out = run(Command::new(common::tool("node_modules/.bin/tsc")).current_dir(dir).args(["-p", "tsconfig.json"]));
    assert!(out.status.success(), "tsc --strict on {file}:\n{}{}", common::text(&out.stdout), common::text(&out.stderr));
}

/// Rust: prost-build's messages for the editions files (as protosmith lowers them) decode
/// Python's bytes and write them back; Python parses what Rust wrote to equal messages with the
/// same wire form. A program generated from the reference descriptors also pins each field's
/// Rust type: `Option<T>` for explicit presence, `T` for implicit presence and
/// LEGACY_REQUIRED, `Vec<T>` for repeated fields (it does not compile otherwise). prost writes
/// an unset required field with its default (its required fields are not `Option`), so those
/// cases are compared with the default filled in; everything else must be equal as sent.
#[test]
fn rust_wire_conformance_with_python() {
    let tmp = tempfile::tempdir().unwrap();
    let (py, cases, _) = reference(tmp.path());
    let files = rust_corpus();
    let gen = tmp.path().join("gen");
    common::generate_into(&gen, &corpus_root(), &files, "rust", &["rust.crate_name=editions-wire"]);
    let peer = tmp.path().join("peer");
    let mut prepare = python();
    prepare.arg(common::repo().join("tests/editions_wire/rust_peer.py")).arg("prepare").arg(&py).arg(&cases);
    prepare.arg("editions_wire").arg(&peer).args(&files);
    let prepared = common::text(&run_ok(&mut prepare).stdout);
    let cases_run = count(&prepared, "prepared ");
    assert!(cases_run >= 150, "{prepared}");
    std::fs::write(
        peer.join("Cargo.toml"),
        "[package]\nname = \"editions-wire-peer\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nprost = \"0.14\"\neditions-wire = { path = \"../gen/rust\" }\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"gen/rust\", \"peer\"]\n",
    )
    .unwrap();
    std::fs::copy(common::repo().join("crates/engine/Cargo.lock"), tmp.path().join("Cargo.lock")).unwrap();
    let target = common::repo().join("target/golden-rust");
    let build = run(Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline", "-p", "editions-wire-peer", "--manifest-path"])
        .arg(tmp.path().join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target));
    assert!(build.status.success(), "the Rust peer does not build:\n{}", common::text(&build.stderr));
    let input = std::fs::File::open(peer.join("input.txt")).unwrap();
    let out = run(Command::new(target.join("debug/editions-wire-peer")).stdin(Stdio::from(input)));
    assert!(out.status.success(), "the Rust peer failed:\n{}", common::text(&out.stderr));
    let output = tmp.path().join("rust-output.txt");
    std::fs::write(&output, &out.stdout).unwrap();
    let results = tmp.path().join("results.json");
    run_ok(python().arg(common::repo().join("tests/editions_wire/rust_peer.py")).arg("results").arg(&cases).arg(&output).arg(&results));
    // Only the Rust corpus's types have results; the refused files' types are absent.
    let mut check = python();
    check.arg(conformance_py()).arg("check").arg(&py).arg(&cases).arg(&results);
    check.args(["--allow-missing", "--writer=Rust", "--required-defaults"]);
    let checked = common::text(&run_ok(&mut check).stdout);
    assert!(checked.starts_with("ok ") && checked.contains(" with the same wire form"), "{checked}");
    assert_eq!(count(&checked, "ok "), cases_run, "{checked}");
}

/// What prost cannot represent is refused for Rust, naming the feature, the field and its
/// `file:line:col`, with exit 2 and nothing written: a field of a closed enum (protobuf
/// runtimes keep an undeclared value as an unknown field and leave the field unset; prost
/// stores it in the field) and a string without UTF-8 validation (prost rejects what those
/// runtimes accept). The JS output of the same files is wire-conformant (above).
#[test]
fn rust_refuses_what_prost_cannot_represent() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("map_value.proto"),
        "edition = \"2023\";\npackage m;\nmessage M {\n  map<int32, string> names = 1 [features.utf8_validation = NONE];\n}\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("open_ok.proto"),
        "edition = \"2023\";\npackage o;\nenum Shut {\n  option features.enum_type = CLOSED;\n  SHUT_A = 1;\n}\nmessage M {\n  int32 n = 1;\n}\n",
    )
    .unwrap();
    let corpus = corpus_root();
    let cases: [(&Path, &str, &[&str]); 3] = [
        (&corpus, "e2023/closed.proto", &["e2023/closed.proto:26:3", "`ed.closed.ClosedLists.packed`", "closed enum `ed.closed.Closed`", "enum_type = CLOSED"]),
        (&corpus, "e2023/file_features.proto", &["e2023/file_features.proto:28:3", "`ed.filefeatures.Leaf.text`", "utf8_validation = NONE"]),
        (tmp.path(), "map_value.proto", &["map_value.proto:4:3", "`m.M.names`", "utf8_validation = NONE"]),
    ];
    for (root, file, wanted) in cases {
        let out_dir = tmp.path().join("out");
        let out = Command::new(common::bin())
            .args(["gen", "-I"])
            .arg(root)
            .arg("--out")
            .arg(&out_dir)
            .args(["--lang", "rust", file])
            .output()
            .unwrap();
        let stderr = common::text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{file}: {stderr}");
        for w in wanted {
            assert!(stderr.contains(w), "{file}: expected {w:?} in:\n{stderr}");
        }
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!out_dir.exists(), "{file}: nothing may be written");
    }
    // From a descriptor set without source info the refusal names the field (no position).
    let set = tmp.path().join("bare.binpb");
    real_protoc(&corpus, &["e2023/closed.proto".to_string()], &[format!("-o{}", set.display()), "--include_imports".into()]);
    let out_dir = tmp.path().join("out-set");
    let out = Command::new(common::bin())
        .arg("gen")
        .arg("--descriptor-set-in")
        .arg(&set)
        .arg("--out")
        .arg(&out_dir)
        .args(["--lang", "rust", "e2023/closed.proto"])
        .output()
        .unwrap();
    let stderr = common::text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("e2023/closed.proto: field `ed.closed.ClosedLists.packed` of closed enum"), "{stderr}");
    assert!(!out_dir.exists());
    // A closed enum no field uses is no obstacle.
    let out_dir = tmp.path().join("ok");
    common::generate_into(&out_dir, tmp.path(), &["open_ok.proto".to_string()], "rust", &[]);
    assert!(out_dir.join("rust/src/o.rs").is_file());
}

fn generated(f: &str) -> bool {
    !f.ends_with(".protosmith-manifest")
}

/// The JS (`_pb.js`, `_grpc_pb.js`, `.d.ts`) and Rust output for the editions corpus, pinned
/// byte for byte (there is no reference output for editions in protoc-gen-js 3.21's format or
/// from prost-build, which reads no editions descriptors; the wire tests above are the proof,
/// these files what was proven).
#[test]
fn golden_js_and_rust() {
    let tmp = scratch("editions-golden");
    let expected = common::repo().join("tests/editions_wire/expected");
    let js = protosmith_js(&corpus_root(), &corpus(), &tmp.path().join("js"), &[]);
    common::golden(&expected.join("js"), &js, generated);
    let rust = tmp.path().join("rust");
    common::generate_into(&rust, &corpus_root(), &rust_corpus(), "rust", &[]);
    common::golden(&expected.join("rust"), &rust.join("rust"), generated);
}

/// An editions file imports `google/protobuf/cpp_features.proto` to set `features.(pb.cpp)`;
/// google-protobuf ships no module for it and no JS output uses it, so neither `_pb.js`,
/// `_grpc_pb.js` nor the `.d.ts` load it: the modules load on google-protobuf 3.21.4 and the
/// declarations type-check (with the require, both fail: `Cannot find module`).
#[test]
fn feature_definition_imports_need_no_module() {
    let tmp = scratch("editions-features");
    let protos = tmp.path().join("protos");
    std::fs::create_dir_all(&protos).unwrap();
    std::fs::write(
        protos.join("f.proto"),
        "edition = \"2023\";\npackage feat;\nimport \"google/protobuf/cpp_features.proto\";\n\
         message M {\n  string s = 1 [features.(pb.cpp).string_type = VIEW];\n}\n\
         service S {\n  rpc Call(M) returns (M);\n}\n",
    )
    .unwrap();
    // grpcio-tools ships the feature definitions next to descriptor.proto, as protoc does.
    let shipped = common::tool(".venv/lib/python3.11/site-packages/grpc_tools/_proto");
    let out = run_ok(
        Command::new(common::bin())
            .args(["gen", "-q", "-I"])
            .arg(&protos)
            .arg("-I")
            .arg(&shipped)
            .arg("--out")
            .arg(tmp.path().join("gen"))
            .args(["--lang", "js", "f.proto"]),
    );
    assert!(out.status.success());
    let js = tmp.path().join("gen/js");
    for f in ["f_pb.js", "f_grpc_pb.js", "f_pb.d.ts", "f_grpc_pb.d.ts"] {
        let text = std::fs::read_to_string(js.join(f)).unwrap();
        assert!(!text.contains("cpp_features"), "{f} loads the feature definitions:\n{text}");
    }
    let loaded = common::text(&run_ok(Command::new("node").arg(common::repo().join("tests/js/pb/load_all.js")).arg(&js)).stdout);
    assert!(loaded.starts_with("ok 1 modules, 1 classes"), "{loaded}");
    std::fs::write(js.join("use.ts"), "import * as f from \"./f_pb\";\nimport * as g from \"./f_grpc_pb\";\nconst m: f.M = new f.M().setS(\"x\");\nconst c: typeof g.SClient = g.SClient;\nexport { m, c };\n").unwrap();
    tsc_strict(&js, "use.ts");
}

/// Editions files read from a descriptor set (protoc's `-o --include_source_info`) give the
/// same JS and Rust output as their sources (a method's `deprecated` option included).
#[test]
fn descriptor_set_input_gives_the_same_js_and_rust() {
    let tmp = tempfile::tempdir().unwrap();
    let set = tmp.path().join("set.binpb");
    real_protoc(&corpus_root(), &corpus(), &[format!("-o{}", set.display()), "--include_imports".into(), "--include_source_info".into()]);
    for (lang, files) in [("js", corpus()), ("rust", rust_corpus())] {
        let from_sources = tmp.path().join(format!("{lang}-sources"));
        common::generate_into(&from_sources, &corpus_root(), &files, lang, &[]);
        let from_set = tmp.path().join(format!("{lang}-set"));
        let mut cmd = Command::new(common::bin());
        cmd.args(["gen", "-q", "--descriptor-set-in"]).arg(&set).arg("--out").arg(&from_set).args(["--lang", lang]).args(&files);
        run_ok(&mut cmd);
        common::assert_same(&from_sources.join(lang), &from_set.join(lang), &format!("{lang} from a descriptor set"), generated);
    }
}

//! `X_pb2.pyi` / `X_pb2_grpc.pyi`: byte-identical to mypy-protobuf 5.1.0 (run through
//! grpcio-tools' protoc from `.venv`) on the golden corpus and on proto/, golden files for the
//! default options, and `mypy --strict` on programs written against the stubs (which must pass)
//! and on deliberate misuse (which must fail with the expected errors).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn is_pyi(f: &str) -> bool {
    f.ends_with(".pyi")
}

fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("protosmith-pyi-{name}-")).tempdir().expect("temp dir")
}

fn python() -> PathBuf {
    common::tool(".venv/bin/python")
}

/// grpcio-tools' bundled well-known-type protos (protoc itself has no built-in include path).
fn grpc_tools_include() -> String {
    let out = Command::new(python())
        .args(["-c", "import grpc_tools, os; print(os.path.join(os.path.dirname(grpc_tools.__file__), '_proto'))"])
        .output()
        .expect("run .venv python");
    assert!(out.status.success(), "cannot locate grpc_tools: {}", common::text(&out.stderr));
    common::text(&out.stdout).trim().to_string()
}

/// Runs protoc-gen-mypy and protoc-gen-mypy_grpc twice over (default parameters into
/// `out/mypy`, and `generate_concrete_servicer_stubs` for the grpc stubs into `out/concrete`).
fn oracle(root: &Path, files: &[String], out: &Path) -> (PathBuf, PathBuf) {
    let mypy = common::tool(".venv/bin/protoc-gen-mypy");
    let mypy_grpc = common::tool(".venv/bin/protoc-gen-mypy_grpc");
    let (plain, concrete) = (out.join("mypy"), out.join("concrete"));
    std::fs::create_dir_all(&plain).unwrap();
    std::fs::create_dir_all(&concrete).unwrap();
    let mut cmd = Command::new(python());
    cmd.args(["-m", "grpc_tools.protoc", "-I"])
        .arg(root)
        .arg("-I")
        .arg(grpc_tools_include())
        .arg(format!("--plugin=protoc-gen-mypy={}", mypy.display()))
        .arg(format!("--plugin=protoc-gen-mypy_grpc={}", mypy_grpc.display()))
        .arg(format!("--plugin=protoc-gen-mypy_grpc_concrete={}", mypy_grpc.display()))
        .arg(format!("--mypy_out=quiet:{}", plain.display()))
        .arg(format!("--mypy_grpc_out=quiet:{}", plain.display()))
        .arg(format!("--mypy_out=quiet:{}", concrete.display()))
        .arg(format!("--mypy_grpc_concrete_out=quiet,generate_concrete_servicer_stubs:{}", concrete.display()))
        .args(files);
    let res = cmd.output().expect("run grpc_tools.protoc");
    assert!(res.status.success(), "oracle failed: {cmd:?}\n{}", common::text(&res.stderr));
    (plain, concrete)
}

fn protosmith(root: &Path, files: &[String], out: &Path, opts: &[&str]) -> PathBuf {
    common::generate_into(out, root, files, "python", opts);
    out.join("python")
}

fn assert_same(expected: &Path, actual: &Path, what: &str) -> usize {
    common::assert_same(expected, actual, what, is_pyi)
}

/// Both stub kinds for every file, in both grpc modes, byte for byte.
fn oracle_check(root: &Path, what: &str) {
    let files = common::protos_under(root);
    assert!(!files.is_empty(), "no protos under {}", root.display());
    let tmp = scratch("oracle");
    let (plain, concrete) = oracle(root, &files, &tmp.path().join("oracle"));
    let ours_mypy = protosmith(root, &files, &tmp.path().join("ours-mypy"), &["python.pyi_grpc=mypy"]);
    let ours_aio = protosmith(root, &files, &tmp.path().join("ours-aio"), &[]);
    let n = assert_same(&plain, &ours_mypy, &format!("{what}, python.pyi_grpc=mypy vs mypy-protobuf"));
    assert_eq!(n, 2 * files.len(), "{what}: expected a _pb2.pyi and a _pb2_grpc.pyi per proto");
    let n = assert_same(
        &concrete,
        &ours_aio,
        &format!("{what}, default options vs mypy-protobuf generate_concrete_servicer_stubs"),
    );
    assert_eq!(n, 2 * files.len());
}

#[test]
fn pyi_oracle_golden_corpus() {
    oracle_check(&common::golden_root(), "tests/golden/protos");
}

/// Comments of a CRLF source keep their `\r` in the stubs, as mypy-protobuf writes them.
#[test]
fn pyi_oracle_crlf_sources() {
    let tmp = scratch("crlf");
    common::crlf_corpus(tmp.path());
    oracle_check(tmp.path(), "CRLF copies of golden files");
}

#[test]
fn pyi_oracle_project_protocol() {
    oracle_check(&common::repo().join("proto"), "proto/");
}

#[test]
fn pyi_golden_corpus() {
    let tmp = scratch("golden");
    let ours = protosmith(&common::golden_root(), &common::golden_files(), tmp.path(), &[]);
    let expected = common::repo().join("tests/golden/expected/pyi/python");
    let n = common::golden(&expected, &ours, is_pyi);
    assert_eq!(n, 2 * common::golden_files().len());
}

#[test]
fn pyi_none_writes_no_stubs() {
    let tmp = scratch("none");
    let ours = protosmith(&common::golden_root(), &["services/streaming.proto".into()], tmp.path(), &["python.pyi=none"]);
    let stubs: Vec<String> = common::files_under(&ours).into_iter().filter(|f| is_pyi(f)).collect();
    assert!(stubs.is_empty(), "python.pyi=none wrote {stubs:?}");
}

#[test]
fn pyi_refuses_options_mypy_protobuf_misreads() {
    let tmp = scratch("casttype");
    let src = tmp.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        src.join("ct.proto"),
        "syntax = \"proto3\";\nimport \"google/protobuf/descriptor.proto\";\n\
         extend google.protobuf.FieldOptions { string note = 1151; }\n\
         message M { string a = 1 [(note) = \"x\"]; }\n",
    )
    .unwrap();
    let out = Command::new(common::bin())
        .args(["gen", "-I"])
        .arg(&src)
        .arg("--out")
        .arg(tmp.path().join("out"))
        .args(["--lang", "python", "ct.proto"])
        .output()
        .unwrap();
    let err = common::text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("FieldOptions extension 1151") && err.contains("M.a"), "{err}");
}

// ---- typing ----

const PULUMI: [&str; 5] =
    ["pulumi/engine.proto", "pulumi/language.proto", "pulumi/plugin.proto", "pulumi/provider.proto", "pulumi/resource.proto"];

/// Stubs for services/streaming.proto and proto/ plus the programs of tests/python/typing, in a
/// scratch directory laid out for mypy (`gen/` holds both stub trees).
fn typing_project(opts: &[&str]) -> tempfile::TempDir {
    let tmp = scratch("typing");
    let golden = protosmith(&common::golden_root(), &["services/streaming.proto".into()], &tmp.path().join("g"), opts);
    let pulumi: Vec<String> = PULUMI.iter().map(|s| s.to_string()).collect();
    let project = protosmith(&common::repo().join("proto"), &pulumi, &tmp.path().join("p"), opts);
    let gen = tmp.path().join("gen");
    std::fs::create_dir_all(&gen).unwrap();
    std::fs::rename(golden.join("services"), gen.join("services")).unwrap();
    std::fs::rename(project.join("pulumi"), gen.join("pulumi")).unwrap();
    for f in ["client.py", "servicer.py", "wrong.py", "vendored.py"] {
        std::fs::copy(common::repo().join("tests/python/typing").join(f), tmp.path().join(f)).unwrap();
    }
    tmp
}

fn mypy(dir: &Path, files: &[&str]) -> Output {
    let stubs = Command::new(python())
        .args(["-c", "import importlib.metadata as m; m.version('types-grpcio'); m.version('types-protobuf')"])
        .output()
        .unwrap();
    assert!(
        stubs.status.success(),
        "the typing tests need types-grpcio and types-protobuf in .venv (scripts/requirements/venv.txt; \
         run scripts/setup)\n{}",
        common::text(&stubs.stderr)
    );
    Command::new(python())
        .current_dir(dir)
        .env("MYPYPATH", dir.join("gen"))
        .args(["-m", "mypy", "--strict", "--no-color-output", "--no-error-summary", "--cache-dir"])
        .arg(dir.join(".mypy_cache"))
        .args(files)
        .output()
        .expect("run mypy")
}

#[test]
fn pyi_typing_clients_and_async_servicer_pass() {
    let dir = typing_project(&[]);
    let out = mypy(dir.path(), &["client.py", "servicer.py"]);
    assert!(
        out.status.success(),
        "mypy --strict rejected code written against the stubs:\n{}{}",
        common::text(&out.stdout),
        common::text(&out.stderr)
    );
}

/// `(line, text)` for every `# E: text` marker in a program.
fn expected_errors(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.split_once("# E: ").map(|(_, e)| (i + 1, e.trim().to_string())))
        .collect()
}

#[test]
fn pyi_typing_misuse_fails() {
    let dir = typing_project(&[]);
    let out = mypy(dir.path(), &["wrong.py"]);
    let report = common::text(&out.stdout);
    assert!(!out.status.success(), "mypy accepted deliberately wrong code:\n{report}");
    let source = std::fs::read_to_string(dir.path().join("wrong.py")).unwrap();
    let expected = expected_errors(&source);
    assert!(expected.len() >= 8, "{expected:?}");
    let errors: Vec<(usize, &str)> = report
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("wrong.py:")?;
            let (line, msg) = rest.split_once(": error: ")?;
            Some((line.parse().ok()?, msg))
        })
        .collect();
    for (line, text) in &expected {
        assert!(
            errors.iter().any(|(l, m)| l == line && m.contains(text.as_str())),
            "wrong.py:{line}: expected an error containing `{text}`; mypy said:\n{report}"
        );
    }
    let unexpected: Vec<_> = errors.iter().filter(|(l, _)| !expected.iter().any(|(e, _)| e == l)).collect();
    assert!(unexpected.is_empty(), "errors on unmarked lines: {unexpected:?}\n{report}");
}

/// With `python.pyi_grpc=mypy` the servicer base is abstract, as in mypy-protobuf: the partial
/// servicers of servicer.py cannot be instantiated. This is what the default option fixes.
#[test]
fn pyi_typing_mypy_mode_servicers_are_abstract() {
    let dir = typing_project(&["python.pyi_grpc=mypy"]);
    let out = mypy(dir.path(), &["servicer.py"]);
    let report = common::text(&out.stdout);
    assert!(!out.status.success(), "{report}");
    for class in ["AsyncEcho", "SyncEcho", "Provider"] {
        assert!(report.contains(&format!("Cannot instantiate abstract class \"{class}\"")), "{class}:\n{report}");
    }
}

/// With `python.imports=relative` the stub tree works as a subpackage: the stubs' imports of
/// other generated modules (across folders, and `import public` re-exports) resolve there.
#[test]
fn pyi_typing_relative_tree_as_subpackage() {
    let dir = typing_project(&[]);
    let vendored = protosmith(
        &common::golden_root(),
        &common::golden_files(),
        &dir.path().join("rel"),
        &["python.imports=relative"],
    );
    let protos = dir.path().join("gen/vendor/protos");
    std::fs::create_dir_all(protos.parent().unwrap()).unwrap();
    std::fs::rename(&vendored, &protos).unwrap();
    std::fs::write(dir.path().join("gen/vendor/__init__.py"), "").unwrap();
    let stub = std::fs::read_to_string(protos.join("cross/beta/z_pb2.pyi")).unwrap();
    assert!(stub.contains("from ..alpha import w_pb2 as _w_pb2"), "{stub}");
    let out = mypy(dir.path(), &["vendored.py"]);
    assert!(
        out.status.success(),
        "mypy --strict on the relative-import tree:\n{}{}",
        common::text(&out.stdout),
        common::text(&out.stderr)
    );
}

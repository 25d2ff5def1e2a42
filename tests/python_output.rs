//! Python output: byte-identical to grpcio-tools (the default `legacy` `_pb2.py` dialect and
//! `_pb2_grpc.py` form against grpcio-tools 1.59.5's protoc and plugin; `python.runtime=M.N.P`
//! and `python.grpc=M.N.P` against grpcio-tools 1.85.1), golden bytes, and the generated
//! modules working under old and new runtimes and over real gRPC.

mod common;

use std::path::Path;
use std::process::Command;

use common::{diff_trees, files_under, generate_into, golden_files, golden_root, protos_under, protosmith, repo, text, tool};

const OPTS: &[&str] = &["python.pyi=none"];

fn is_py(f: &str) -> bool {
    f.ends_with(".py") && !f.ends_with("__init__.py")
}

/// grpcio-tools' protoc from the venv `python` on `files` under `root`, `flag` into `out`.
fn grpcio_protoc(python: &str, root: &Path, files: &[String], flag: &str, out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    let run = Command::new(tool(python))
        .args(["-m", "grpc_tools.protoc", "-I"])
        .arg(root)
        .arg(format!("{flag}={}", out.display()))
        .args(files)
        .output()
        .unwrap();
    assert!(run.status.success(), "{python} grpc_tools.protoc {flag} failed:\n{}", text(&run.stderr));
}

/// Runs the real tools (the legacy dialect's: grpcio-tools 1.59.5) on `files` under `root` into `out`.
fn oracle(root: &Path, files: &[String], out: &Path) {
    for flag in ["--python_out", "--grpc_python_out"] {
        grpcio_protoc(".venv-legacy/bin/python", root, files, flag, out);
    }
}

fn oracle_matches(root: &Path, files: &[String]) {
    let dir = tempfile::tempdir().unwrap();
    oracle(root, files, &dir.path().join("oracle"));
    generate_into(&dir.path().join("ours"), root, files, "python", OPTS);
    let ours = dir.path().join("ours/python");
    let report = diff_trees(&dir.path().join("oracle"), &ours, is_py);
    let compared = files_under(&ours).into_iter().filter(|f| is_py(f)).count();
    assert!(report.is_empty(), "python output differs from grpcio-tools on {}:\n{report}", root.display());
    assert_eq!(compared, files.len() * 2, "one _pb2.py and one _pb2_grpc.py per file");
}

#[test]
fn oracle_golden_corpus() {
    oracle_matches(&golden_root(), &golden_files());
}

/// Comments of a CRLF source keep their `\r` in `_pb2_grpc.py` docstrings, as the plugin writes them.
#[test]
fn oracle_crlf_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let files = common::crlf_corpus(tmp.path());
    oracle_matches(tmp.path(), &files);
}

/// Python-only corners (tests/python/oracle/README.md): written `json_name`s, import order,
/// dotted paths.
#[test]
fn oracle_python_corners() {
    let root = repo().join("tests/python/oracle");
    oracle_matches(&root, &protos_under(&root));
}

/// `python.runtime=M.N.P`: the current form, against the protoc bundled with grpcio-tools 1.85.1
/// (which stamps protobuf 7.35.1).
#[test]
fn oracle_current_dialect() {
    for root in [golden_root(), repo().join("proto"), repo().join("tests/python/oracle")] {
        let files = protos_under(&root);
        let dir = tempfile::tempdir().unwrap();
        let oracle = dir.path().join("oracle");
        grpcio_protoc(".venv/bin/python", &root, &files, "--python_out", &oracle);
        generate_into(&dir.path().join("ours"), &root, &files, "python", &["python.runtime=7.35.1"]);
        let only_pb2 = |f: &str| f.ends_with("_pb2.py");
        common::assert_same(&oracle, &dir.path().join("ours/python"), &format!("current dialect on {}", root.display()), only_pb2);
        let first = files_under(&oracle).into_iter().find(|f| f.ends_with("_pb2.py")).expect("the oracle wrote _pb2.py files");
        let stamped = std::fs::read_to_string(oracle.join(first)).unwrap();
        assert!(stamped.contains("# Protobuf Python Version: 7.35.1"), "oracle stamps another version:\n{stamped}");
    }
}

/// `python.grpc=1.85.1`: the current `_pb2_grpc.py` form, against grpcio-tools 1.85.1's plugin.
#[test]
fn oracle_grpc_current_form() {
    let crlf = tempfile::tempdir().unwrap();
    let crlf_files = common::crlf_corpus(crlf.path());
    let roots = [
        (golden_root(), golden_files()),
        (repo().join("proto"), protos_under(&repo().join("proto"))),
        (repo().join("tests/python/oracle"), protos_under(&repo().join("tests/python/oracle"))),
        (crlf.path().to_path_buf(), crlf_files),
    ];
    for (root, files) in roots {
        let dir = tempfile::tempdir().unwrap();
        let oracle = dir.path().join("oracle");
        grpcio_protoc(".venv/bin/python", &root, &files, "--grpc_python_out", &oracle);
        generate_into(&dir.path().join("ours"), &root, &files, "python", &["python.pyi=none", "python.grpc=1.85.1"]);
        let only_grpc = |f: &str| f.ends_with("_pb2_grpc.py");
        common::assert_same(&oracle, &dir.path().join("ours/python"), &format!("python.grpc=1.85.1 on {}", root.display()), only_grpc);
    }
}

/// `python.grpc`: the default has no grpcio version gate; `M.N.P` stamps that version; anything
/// else is refused before anything is written.
#[test]
fn python_grpc_option_sets_the_form() {
    let root = repo().join("tests/golden/protos");
    let files = ["services/streaming.proto".to_string()];
    let dir = tempfile::tempdir().unwrap();
    generate_into(&dir.path().join("legacy"), &root, &files, "python", OPTS);
    let legacy = std::fs::read_to_string(dir.path().join("legacy/python/services/streaming_pb2_grpc.py")).unwrap();
    assert!(!legacy.contains("GRPC_GENERATED_VERSION") && legacy.contains("class EchoStub(object):"), "{legacy}");
    generate_into(&dir.path().join("pinned"), &root, &files, "python", &["python.pyi=none", "python.grpc=1.70.2"]);
    let pinned = std::fs::read_to_string(dir.path().join("pinned/python/services/streaming_pb2_grpc.py")).unwrap();
    assert!(pinned.contains("GRPC_GENERATED_VERSION = '1.70.2'\n") && pinned.contains("class EchoStub:"), "{pinned}");
    for bad in ["1.70", "latest", "1.70.2'; import os; '"] {
        let out = protosmith(&repo(), &["gen", "-I", "tests/golden/protos", "--out", dir.path().join("bad").to_str().unwrap(), "--lang", "python", "--opt", &format!("python.grpc={bad}"), "services/streaming.proto"]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("grpc"), "{}", text(&out.stderr));
        assert!(!dir.path().join("bad").exists());
    }
}

/// The default `_pb2_grpc.py` has no version gate: the whole corpus serves over grpcio 1.59
/// (with protobuf 4.21), as it does on the current grpcio (`grpc_all_streaming_kinds_sync_and_aio`).
#[test]
fn legacy_grpc_serves_on_grpcio_1_59() {
    let dir = generated_corpus();
    let version = Command::new(tool(".venv-old/bin/python")).args(["-c", "import grpc; print(grpc.__version__)"]).output().unwrap();
    assert!(text(&version.stdout).trim().starts_with("1.59."), "{}", text(&version.stdout));
    let out = run_python(".venv-old/bin/python", "tests/python/grpc_check.py", &[&dir.path().join("python")], &[]);
    assert_eq!(out.trim(), "ok grpc sync+aio");
}

#[test]
fn oracle_project_protocol() {
    let root = repo().join("proto");
    oracle_matches(&root, &protos_under(&root));
}

#[test]
fn golden_bytes() {
    let files = golden_files();
    let mut args = vec!["gen", "-I", "tests/golden/protos", "--out", "tests/golden/expected/python", "--lang", "python"];
    for o in OPTS {
        args.extend(["--opt", o]);
    }
    args.extend(files.iter().map(String::as_str));
    if common::updating_golden() {
        let out = protosmith(&repo(), &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    args.push("--check");
    let out = protosmith(&repo(), &args);
    assert_eq!(out.status.code(), Some(0), "python golden drifted (UPDATE_GOLDEN=1 to accept):\n{}", text(&out.stdout));
}

fn generated_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    generate_into(dir.path(), &golden_root(), &golden_files(), "python", OPTS);
    dir
}

fn run_python(python: &str, script: &str, args: &[&Path], extra: &[&str]) -> String {
    let out = Command::new(tool(python)).arg(repo().join(script)).args(args).args(extra).output().unwrap();
    assert!(out.status.success(), "{python} {script} failed:\n{}\n{}", text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn modules_load_and_round_trip_on_current_protobuf() {
    let dir = generated_corpus();
    let out = run_python(".venv/bin/python", "tests/python/runtime_check.py", &[&dir.path().join("python")], &[]);
    assert!(out.starts_with("ok 38 modules"), "{out}");
}

/// The `legacy` dialect's promise: it loads on protobuf 4.21 (the gRPC modules need a current
/// grpcio, so only `_pb2` modules are loaded there).
#[test]
fn legacy_dialect_loads_on_protobuf_4_21() {
    let dir = generated_corpus();
    let version = Command::new(tool(".venv-old/bin/python"))
        .args(["-c", "import google.protobuf; print(google.protobuf.__version__)"])
        .output()
        .unwrap();
    assert_eq!(text(&version.stdout).trim(), "4.21.12");
    let out = run_python(".venv-old/bin/python", "tests/python/runtime_check.py", &[&dir.path().join("python")], &["--pb2-only"]);
    assert!(out.starts_with("ok 19 modules"), "{out}");
}

#[test]
fn grpc_all_streaming_kinds_sync_and_aio() {
    let dir = generated_corpus();
    let out = run_python(".venv/bin/python", "tests/python/grpc_check.py", &[&dir.path().join("python")], &[]);
    assert_eq!(out.trim(), "ok grpc sync+aio");
}

/// Relative imports: the tree works as a subpackage of any package, imported from elsewhere.
#[test]
fn relative_tree_imports_as_a_subpackage() {
    let dir = tempfile::tempdir().unwrap();
    let outer = dir.path().join("throwaway");
    std::fs::create_dir_all(&outer).unwrap();
    std::fs::write(outer.join("__init__.py"), "").unwrap();
    generate_into(&outer, &golden_root(), &golden_files(), "python", &["python.imports=relative"]);
    let tree = outer.join("python");
    assert!(tree.join("__init__.py").is_file() && tree.join("cross/beta/__init__.py").is_file(), "__init__.py files");
    let z = std::fs::read_to_string(tree.join("cross/beta/z_pb2.py")).unwrap();
    assert!(z.contains("from ..alpha import w_pb2 as cross_dot_alpha_dot_w__pb2"), "{z}");
    // Imported as `throwaway.python.*` from an unrelated working directory.
    let out = Command::new(tool(".venv/bin/python"))
        .current_dir(std::env::temp_dir())
        .arg(repo().join("tests/python/runtime_check.py"))
        .arg(&tree)
        .arg("--as-package")
        .env("PYTHONPATH", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}\n{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).starts_with("ok 38 modules"), "{}", text(&out.stdout));
}

/// `python.package`: absolute imports under a package prefix.
#[test]
fn package_prefix_imports() {
    let dir = tempfile::tempdir().unwrap();
    let vendor = dir.path().join("vendor");
    std::fs::create_dir_all(&vendor).unwrap();
    std::fs::write(vendor.join("__init__.py"), "").unwrap();
    generate_into(&vendor, &golden_root(), &golden_files(), "python", &["python.package=vendor.python", "python.init=true"]);
    let z = std::fs::read_to_string(vendor.join("python/cross/beta/z_pb2.py")).unwrap();
    assert!(z.contains("from vendor.python.cross.alpha import w_pb2 as cross_dot_alpha_dot_w__pb2"), "{z}");
    let out = Command::new(tool(".venv/bin/python"))
        .arg(repo().join("tests/python/runtime_check.py"))
        .arg(vendor.join("python"))
        .arg("--as-package")
        .env("PYTHONPATH", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}\n{}", text(&out.stdout), text(&out.stderr));
}

/// The checked-in `generated/python` (what the engine's Python plugins import) loads and works.
#[test]
fn generated_tree_for_proto_dir_imports() {
    let out = run_python(".venv/bin/python", "tests/python/runtime_check.py", &[&repo().join("generated/python")], &[]);
    assert!(out.starts_with("ok 10 modules"), "{out}");
}

/// Where grpcio-tools' plugin writes a module that does not compile, protosmith's compiles: a
/// service or method comment containing `"""` or a backslash that starts a Python escape
/// (`C:\xyz`, `\N{`, `\u`), which the plugin copies into the docstring; in both forms.
#[test]
fn docstrings_with_triple_quotes_still_compile() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("in");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("quotes.proto"),
        "syntax = \"proto3\";\npackage quotes;\nmessage M {}\n// \"\"\"\n// Says \"\"\"hi\"\"\" and \\\"\"\"\n// C:\\xyz \\N{ \\u12 \\U \\0 \\n \\ kept \\\nservice S {\n  // \"\"\" \\x\n  rpc Do(M) returns (M);\n}\n",
    )
    .unwrap();
    for grpc in ["python.grpc=legacy", "python.grpc=1.85.1"] {
        let out = tmp.path().join(grpc);
        generate_into(&out, &root, &["quotes.proto".to_string()], "python", &["python.pyi=none", grpc]);
        let module = out.join("python/quotes_pb2_grpc.py");
        // The docstring must say exactly what the comment says.
        let script = "import ast, sys\n\
            comment = [l[3:] for l in open(sys.argv[2]).read().split('service')[0].splitlines() if l.startswith('// ')]\n\
            tree = ast.parse(open(sys.argv[1]).read())\n\
            cls = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == 'SServicer'][0]\n\
            doc = [l.strip() for l in ast.get_docstring(cls, clean=False).splitlines() if l.strip()]\n\
            assert doc == comment, (doc, comment)\n\
            print('ok')\n";
        let run = Command::new(tool(".venv/bin/python")).args(["-c", script]).arg(&module).arg(root.join("quotes.proto")).output().unwrap();
        assert!(run.status.success(), "{}\n{}", text(&run.stderr), std::fs::read_to_string(&module).unwrap());
        assert_eq!(text(&run.stdout).trim(), "ok");
    }
}

/// Pulumi's own protocol, as the descriptors vendored in the `pulumi` SDK (`.venv-pulumi`), with
/// default options: `_pb2.py` and `_pb2_grpc.py` byte-identical to grpcio-tools 1.59.5's
/// (`--descriptor_set_in`), so regenerating Pulumi's stubs with protosmith shows no diff.
#[test]
fn oracle_pulumi_descriptor_set_with_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("pulumi.binpb");
    run_python(".venv-pulumi/bin/python", "tests/pulumi/extract_descriptors.py", &[&set], &[]);
    let names = Command::new(tool(".venv/bin/python"))
        .args(["-c", "import sys\nfrom google.protobuf import descriptor_pb2 as d\ns = d.FileDescriptorSet()\ns.ParseFromString(open(sys.argv[1], 'rb').read())\nprint('\\n'.join(f.name for f in s.file if not f.name.startswith('google/protobuf/')))"])
        .arg(&set)
        .output()
        .unwrap();
    let names: Vec<String> = text(&names.stdout).lines().map(str::to_string).collect();
    assert!(names.len() >= 15, "{names:?}");
    let oracle = dir.path().join("oracle");
    std::fs::create_dir_all(&oracle).unwrap();
    let run = Command::new(tool(".venv-legacy/bin/python"))
        .args(["-m", "grpc_tools.protoc"])
        .arg(format!("--descriptor_set_in={}", set.display()))
        .arg(format!("--python_out={}", oracle.display()))
        .arg(format!("--grpc_python_out={}", oracle.display()))
        .args(&names)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", text(&run.stderr));
    let ours = dir.path().join("ours");
    let out = protosmith(&repo(), &["gen", "--descriptor-set-in", set.to_str().unwrap(), "--out", ours.to_str().unwrap(), "--lang", "python"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = diff_trees(&oracle, &ours.join("python"), is_py);
    assert!(report.is_empty(), "Pulumi's protos differ from grpcio-tools 1.59.5:\n{report}");
    assert_eq!(files_under(&oracle).len(), names.len() * 2);
}

/// `--descriptor-set-in`: a set protoc made (every field with a `json_name`, source info) gives
/// the `_pb2.py` protoc gives from the same set, in both dialects: the set's `json_name`s
/// embedded, except in the files protoc has compiled in (here `google/protobuf/any.proto`),
/// which it generates from its own copies.
#[test]
fn oracle_descriptor_set_input() {
    let root = repo().join("tests/python/oracle");
    let dir = tempfile::tempdir().unwrap();
    let any = dir.path().join("uses_any.proto");
    std::fs::write(&any, "syntax = \"proto3\";\npackage setin;\nimport \"google/protobuf/any.proto\";\nmessage W { google.protobuf.Any some_any = 1; }\n").unwrap();
    let set = dir.path().join("set.binpb");
    let mut files = protos_under(&root);
    let run = Command::new(tool(".venv/bin/python"))
        .args(["-m", "grpc_tools.protoc", "-I"])
        .arg(&root)
        .arg("-I")
        .arg(dir.path())
        .arg(format!("--descriptor_set_out={}", set.display()))
        .args(["--include_imports", "--include_source_info", "uses_any.proto"])
        .args(&files)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", text(&run.stderr));
    files.extend(["uses_any.proto".to_string(), "google/protobuf/any.proto".to_string()]);
    for (python, opt) in [(".venv-legacy/bin/python", "python.runtime=legacy"), (".venv/bin/python", "python.runtime=7.35.1")] {
        let oracle = dir.path().join(format!("oracle-{opt}"));
        std::fs::create_dir_all(&oracle).unwrap();
        let run = Command::new(tool(python))
            .args(["-m", "grpc_tools.protoc"])
            .arg(format!("--descriptor_set_in={}", set.display()))
            .arg(format!("--python_out={}", oracle.display()))
            .args(&files)
            .output()
            .unwrap();
        assert!(run.status.success(), "{python}: {}", text(&run.stderr));
        let ours = dir.path().join(format!("ours-{opt}"));
        let mut args = vec!["gen".to_string(), "--descriptor-set-in".into(), set.display().to_string()];
        args.extend(["--out".into(), ours.display().to_string(), "--lang".into(), "python".into()]);
        args.extend(["--opt".into(), opt.into(), "--opt".into(), "python.pyi=none".into()]);
        args.extend(files.iter().cloned());
        let out = Command::new(common::bin()).args(&args).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        let report = diff_trees(&oracle, &ours.join("python"), |f| f.ends_with("_pb2.py"));
        assert!(report.is_empty(), "{opt} from a descriptor set differs:\n{report}");
    }
}

/// Comment bytes that are not UTF-8 (protoc accepts them: descriptor.proto's strings are not
/// validated in proto2): `_pb2.py` embeds no comments and is identical to grpcio-tools' in both
/// dialects; in `_pb2_grpc.py` (both forms) and the `.pyi` each such byte reads U+FFFD, so the
/// module compiles, where grpcio-tools' plugin copies the raw bytes into a docstring (a
/// SyntaxError) and mypy-protobuf crashes on them.
#[test]
fn non_utf8_comment_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("in");
    std::fs::create_dir_all(&root).unwrap();
    let source: &[u8] = b"syntax = \"proto3\";\npackage latin;\n// caf\xe9 \xff\nmessage M {\n  // field \xe9\n  int32 a = 1;\n}\n// svc caf\xe9\nservice S {\n  // rpc \xff\xfe\n  rpc Call(M) returns (M);\n}\n";
    std::fs::write(root.join("latin.proto"), source).unwrap();
    let files = ["latin.proto".to_string()];
    for (venv, opts) in [(".venv-legacy/bin/python", &["python.pyi=none"][..]), (".venv/bin/python", &["python.runtime=7.35.1", "python.grpc=1.85.1"][..])] {
        let oracle = tmp.path().join(format!("oracle-{}", venv.len()));
        grpcio_protoc(venv, &root, &files, "--python_out", &oracle);
        grpcio_protoc(venv, &root, &files, "--grpc_python_out", &oracle);
        let ours = tmp.path().join(format!("ours-{}", venv.len()));
        generate_into(&ours, &root, &files, "python", opts);
        let pb2 = |dir: &Path| std::fs::read(dir.join("latin_pb2.py")).unwrap();
        assert_eq!(pb2(&oracle), pb2(&ours.join("python")), "{venv}: _pb2.py differs");
        let compiles = |module: &Path| {
            Command::new(tool(".venv/bin/python")).args(["-m", "py_compile"]).arg(module).output().unwrap().status.success()
        };
        assert!(!compiles(&oracle.join("latin_pb2_grpc.py")), "grpcio-tools' module compiles now: compare bytes instead");
        let module = ours.join("python/latin_pb2_grpc.py");
        assert!(compiles(&module), "{}", String::from_utf8_lossy(&std::fs::read(&module).unwrap()));
        let grpc = std::fs::read_to_string(&module).unwrap();
        assert!(grpc.contains("svc caf\u{fffd}") && grpc.contains("rpc \u{fffd}\u{fffd}"), "{grpc}");
    }
    let ours = tmp.path().join("pyi");
    generate_into(&ours, &root, &files, "python", &["python.pyi_grpc=mypy"]);
    let pyi = std::fs::read_to_string(ours.join("python/latin_pb2.pyi")).unwrap();
    assert!(pyi.contains("\"\"\"caf\u{fffd} \u{fffd}\"\"\"") && pyi.contains("\"\"\"field \u{fffd}\"\"\""), "{pyi}");
}

/// A tree shipping its own (current) `google/protobuf/descriptor.proto`: once a file of the run
/// imports it, protoc 24 decides by that copy which options are source-retention, in every file
/// of the run, so the legacy dialect leaves out an extension range's `verification` (with
/// protoc 24's built-in copy it keeps it: `descriptor/ranges.proto` of the oracle corpus, and
/// here the run without the importing file).
#[test]
fn own_descriptor_proto_decides_retention_in_the_legacy_dialect() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("in");
    std::fs::create_dir_all(root.join("google/protobuf")).unwrap();
    // The current descriptor.proto, as grpcio-tools 1.85.1 installs it (copied at test time).
    let venv_lib = tool(".venv/lib");
    let python_dir = std::fs::read_dir(&venv_lib).unwrap().flatten().find(|e| e.file_name().to_string_lossy().starts_with("python")).unwrap();
    let current = python_dir.path().join("site-packages/grpc_tools/_proto/google/protobuf/descriptor.proto");
    std::fs::copy(&current, root.join("google/protobuf/descriptor.proto")).unwrap();
    std::fs::write(
        root.join("set.proto"),
        "syntax = \"proto2\";\npackage own;\nmessage Set {\n  option message_set_wire_format = true;\n  extensions 4 to max [verification = UNVERIFIED];\n}\n",
    )
    .unwrap();
    std::fs::write(
        root.join("opts.proto"),
        "syntax = \"proto2\";\npackage opts;\nimport \"google/protobuf/descriptor.proto\";\nextend google.protobuf.FileOptions { optional int32 x = 50000; }\n",
    )
    .unwrap();
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    let mut seen = Vec::new();
    for files in [vec!["set.proto".to_string()], vec!["set.proto".to_string(), "opts.proto".to_string()]] {
        let run = tmp.path().join(files.len().to_string());
        grpcio_protoc(".venv-legacy/bin/python", &root, &files, "--python_out", &run.join("oracle"));
        generate_into(&run.join("ours"), &root, &files, "python", OPTS);
        let theirs = read(&run.join("oracle/set_pb2.py"));
        assert_eq!(theirs, read(&run.join("ours/python/set_pb2.py")), "{files:?}");
        seen.push(theirs);
    }
    assert_ne!(seen[0], seen[1], "the oracle no longer depends on the tree's descriptor.proto");
}

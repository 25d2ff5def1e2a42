//! `google/protobuf/descriptor_pb2.py`: protoc writes descriptor.proto's own module with its
//! descriptors built in pure Python (`if not _descriptor._USE_C_DESCRIPTORS:` ...), since the
//! pure-Python runtime cannot parse a serialized descriptor without that module. Compared byte
//! for byte with grpcio-tools 1.59.5 (legacy dialect) and 1.85.1 (`python.runtime=7.35.1`) on
//! both grpcio-tools' own copies of descriptor.proto, from sources and from a descriptor set;
//! and the generated module, put in place of the runtime's own, runs the pure-Python runtime.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{generate_into, protosmith, text, tool};

const FILE: &str = "google/protobuf/descriptor.proto";
const MODULE: &str = "google/protobuf/descriptor_pb2.py";

/// The two dialects: the venv whose grpcio-tools is the oracle, and the option that selects it.
const DIALECTS: [(&str, &str); 2] = [(".venv-legacy", "python.runtime=legacy"), (".venv", "python.runtime=7.35.1")];

fn site_packages(venv: &str) -> PathBuf {
    let lib = tool(&format!("{venv}/lib"));
    let python = std::fs::read_dir(&lib).unwrap().flatten().find(|e| e.file_name().to_string_lossy().starts_with("python"));
    python.unwrap_or_else(|| panic!("no python folder in {}", lib.display())).path().join("site-packages")
}

/// A tree holding only the descriptor.proto that `venv`'s grpcio-tools ships.
fn tree_with_descriptor_of(venv: &str, dest: &Path) -> PathBuf {
    let source = site_packages(venv).join("grpc_tools/_proto").join(FILE);
    std::fs::create_dir_all(dest.join("google/protobuf")).unwrap();
    std::fs::copy(&source, dest.join(FILE)).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    dest.to_path_buf()
}

/// Runs `body(venv, opt, run folder, tree)` for each dialect, the tree holding the copy of
/// descriptor.proto that dialect's grpcio-tools ships.
fn each_dialect(mut body: impl FnMut(&str, &str, &Path, &Path)) {
    let tmp = tempfile::tempdir().unwrap();
    for (venv, opt) in DIALECTS {
        let run = tmp.path().join(venv.trim_start_matches('.'));
        let root = tree_with_descriptor_of(venv, &run.join("in"));
        body(venv, opt, &run, &root);
    }
}

/// protosmith's descriptor_pb2.py from the source under `root`, generated into `out`.
fn ours_from_sources(root: &Path, out: &Path, opt: &str) -> PathBuf {
    let run = generate_into(out, root, &[FILE.to_string()], "python", &[opt, "python.pyi=none"]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    out.join("python").join(MODULE)
}

fn grpcio_protoc(venv: &str, args: &[String]) {
    let run = Command::new(tool(&format!("{venv}/bin/python"))).args(["-m", "grpc_tools.protoc"]).args(args).output().unwrap();
    assert!(run.status.success(), "{venv} grpc_tools.protoc {args:?}:\n{}", text(&run.stderr));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// From the .proto source: protoc 24's copy (no top-level enums) with the legacy dialect, and
/// protoc 35's copy with both (the current form carries resolved features). Not protoc 24's
/// copy under protoc 35: protoc 35 encodes that copy's `edition_defaults` (a string `edition`,
/// field 1, which its built-in descriptor.proto reserves) as an unknown field, after `value`,
/// in the embedded bytes of every module, not only this one.
#[test]
fn oracle_descriptor_pb2_from_sources() {
    let tmp = tempfile::tempdir().unwrap();
    for (copy, dialects) in [(".venv-legacy", &DIALECTS[..1]), (".venv", &DIALECTS[..])] {
        let root = tree_with_descriptor_of(copy, &tmp.path().join(format!("in{copy}")));
        for &(venv, opt) in dialects {
            let run = tmp.path().join(format!("{copy}-{opt}"));
            let oracle = run.join("oracle");
            std::fs::create_dir_all(&oracle).unwrap();
            grpcio_protoc(venv, &["-I".into(), root.display().to_string(), format!("--python_out={}", oracle.display()), FILE.into()]);
            let ours = ours_from_sources(&root, &run.join("ours"), opt);
            let theirs = read(&oracle.join(MODULE));
            assert!(theirs.contains("_descriptor.FieldDescriptor("), "the oracle no longer writes pure-Python descriptors");
            assert!(theirs == read(&ours), "{MODULE} of {copy}'s copy with {opt} differs from {venv}'s grpcio-tools");
        }
    }
}

/// From a descriptor set, protoc generates descriptor.proto from its own built-in copy: each
/// oracle is given a set holding exactly that copy, so both sides read the same file.
#[test]
fn oracle_descriptor_pb2_from_a_descriptor_set() {
    each_dialect(|venv, opt, run, root| {
        let set = run.join("set.binpb");
        grpcio_protoc(venv, &["-I".into(), root.display().to_string(), format!("--descriptor_set_out={}", set.display()), FILE.into()]);
        let oracle = run.join("oracle");
        std::fs::create_dir_all(&oracle).unwrap();
        grpcio_protoc(venv, &[format!("--descriptor_set_in={}", set.display()), format!("--python_out={}", oracle.display()), FILE.into()]);
        let ours = run.join("ours");
        let args = ["gen", "--descriptor-set-in", &set.display().to_string(), "--out", &ours.display().to_string(), "--lang", "python", "--opt", opt, "--opt", "python.pyi=none", FILE];
        let out = protosmith(run, &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(read(&oracle.join(MODULE)) == read(&ours.join("python").join(MODULE)), "{MODULE} from a descriptor set with {opt} differs from {venv}'s grpcio-tools");
    });
}

/// The generated module in place of the runtime's own `descriptor_pb2.py` (in a copy of the
/// runtime package), under `PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python`, where its
/// hand-built descriptors are the ones every other module is parsed with; and under the
/// default (upb) implementation. Each dialect on the runtime it is made for: legacy on
/// protobuf 4.24 (`.venv-legacy`, descriptor.proto of protoc 24), current on protobuf 7.
#[test]
fn descriptor_pb2_runs_the_runtime() {
    each_dialect(|venv, opt, run, root| {
        let module = ours_from_sources(root, &run.join("ours"), opt);
        let runtime = run.join("runtime");
        copy_dir(&site_packages(venv).join("google"), &runtime.join("google"));
        std::fs::copy(&module, runtime.join(MODULE)).unwrap();
        for implementation in ["python", "upb"] {
            let check = Command::new(tool(&format!("{venv}/bin/python")))
                .arg(common::repo().join("tests/python/descriptor_pb2_check.py"))
                .arg(runtime.join(MODULE))
                .arg(opt)
                .env("PYTHONPATH", &runtime)
                .env("PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION", implementation)
                .output()
                .unwrap();
            assert!(check.status.success(), "{opt} on {venv}, {implementation}:\n{}{}", text(&check.stdout), text(&check.stderr));
            let said = text(&check.stdout);
            assert!(said.contains(&format!("implementation {implementation}")), "{opt} on {venv}: ran as {said}");
        }
    });
}

/// A `json_name` written in descriptor.proto reaches the pure-Python section as a Python string
/// literal: one that would close the literal and run code stays a string, with its value.
#[test]
fn hostile_json_name_in_descriptor_proto_stays_a_string() {
    const HOSTILE: &str = r#"x');import os;os.system('false');('\\"#;
    each_dialect(|venv, opt, run, root| {
        let path = root.join(FILE);
        let source = read(&path);
        let field = "  optional string name = 1;     // file name, relative to root of source tree";
        assert!(source.contains(field), "{venv}'s descriptor.proto changed its first field");
        let escaped = HOSTILE.replace('\\', "\\\\").replace('"', "\\\"");
        std::fs::write(&path, source.replacen(field, &format!("  optional string name = 1 [json_name = \"{escaped}\"];"), 1)).unwrap();
        let module = ours_from_sources(root, &run.join("ours"), opt);
        // Every `json_name=` keyword of the generated module, evaluated as Python sees it.
        let check = Command::new(tool(&format!("{venv}/bin/python")))
            .args(["-c", "import ast,sys\nfor n in ast.walk(ast.parse(open(sys.argv[1]).read())):\n  if isinstance(n, ast.keyword) and n.arg == 'json_name': print(ast.literal_eval(n.value))"])
            .arg(&module)
            .output()
            .unwrap();
        assert!(check.status.success(), "{opt}: {}", text(&check.stderr));
        assert_eq!(text(&check.stdout).lines().collect::<Vec<_>>(), [HOSTILE], "{opt}: json_name literals of {}", module.display());
    });
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if entry.file_name() != "__pycache__" {
                copy_dir(&path, &to.join(entry.file_name()));
            }
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

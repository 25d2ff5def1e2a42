//! Which comment counts when `SourceCodeInfo` holds several locations for one path. protoc
//! writes one per element, but a descriptor set may hold more; the model has one rule for every
//! generator, and this test lets the incumbents decide it: protoc's descriptor tables
//! (`GetSourceLocation`, read by its C++ plugins such as the gRPC Python plugin) and
//! mypy-protobuf (a dict by path) both keep the last location.

mod common;

use std::path::Path;
use std::process::Command;

use common::{text, tool};

const PROTO: &str = "syntax = \"proto3\";\npackage dup;\n\n// first message comment\nmessage M {}\n\nservice S {\n  // first method comment\n  rpc Call(M) returns (M);\n}\n";

/// Adds a second location, with a `second ...` comment, for the message and for the method.
const DUPLICATE: &str = r#"
import sys
from google.protobuf import descriptor_pb2 as d
s = d.FileDescriptorSet()
s.ParseFromString(open(sys.argv[1], 'rb').read())
f = next(f for f in s.file if f.name == 'dup.proto')
for path, what in (([4, 0], 'message'), ([6, 0, 2, 0], 'method')):
    first = next(l for l in f.source_code_info.location if list(l.path) == path)
    extra = f.source_code_info.location.add()
    extra.CopyFrom(first)
    extra.leading_comments = ' second %s comment\n' % what
open(sys.argv[2], 'wb').write(s.SerializeToString())
"#;

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("run tool");
    assert!(out.status.success(), "{cmd:?} failed:\n{}{}", text(&out.stdout), text(&out.stderr));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn last_location_wins_as_in_protoc_and_mypy_protobuf() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("dup.proto"), PROTO).unwrap();
    let (plain, set) = (dir.path().join("plain.binpb"), dir.path().join("dup.binpb"));
    let legacy = tool(".venv-legacy/bin/python");
    run(Command::new(&legacy)
        .args(["-m", "grpc_tools.protoc", "--include_source_info", "-I"])
        .arg(&src)
        .arg(format!("-o{}", plain.display()))
        .arg("dup.proto"));
    run(Command::new(tool(".venv/bin/python")).args(["-c", DUPLICATE]).arg(&plain).arg(&set));

    // The incumbents, from the same set.
    let oracle = dir.path().join("oracle");
    std::fs::create_dir_all(&oracle).unwrap();
    run(Command::new(&legacy)
        .args(["-m", "grpc_tools.protoc"])
        .arg(format!("--descriptor_set_in={}", set.display()))
        .arg(format!("--grpc_python_out={}", oracle.display()))
        .arg("dup.proto"));
    run(Command::new(tool(".venv/bin/python"))
        .args(["-m", "grpc_tools.protoc"])
        .arg(format!("--descriptor_set_in={}", set.display()))
        .arg(format!("--plugin=protoc-gen-mypy={}", tool(".venv/bin/protoc-gen-mypy").display()))
        .arg(format!("--mypy_out=quiet:{}", oracle.display()))
        .arg("dup.proto"));
    let grpc = read(&oracle.join("dup_pb2_grpc.py"));
    assert!(grpc.contains("second method comment") && !grpc.contains("first"), "{grpc}");
    let mypy = read(&oracle.join("dup_pb2.pyi"));
    assert!(mypy.contains("second message comment") && !mypy.contains("first"), "{mypy}");

    let ours = dir.path().join("ours");
    let out = common::protosmith(
        dir.path(),
        &["gen", "--descriptor-set-in", set.to_str().unwrap(), "--out", ours.to_str().unwrap(), "--lang", "python", "dup.proto"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(read(&ours.join("python/dup_pb2_grpc.py")), grpc);
    assert_eq!(read(&ours.join("python/dup_pb2.pyi")), mypy);
    let grpc_stub = read(&ours.join("python/dup_pb2_grpc.pyi"));
    assert!(grpc_stub.contains("second method comment") && !grpc_stub.contains("first"), "{grpc_stub}");
}

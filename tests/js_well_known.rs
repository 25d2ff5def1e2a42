//! The well-known types protoc-gen-js extends with helper methods (`google/protobuf/any.proto`,
//! `struct.proto`, `timestamp.proto`): protosmith generates them with its own implementation of
//! the same API, in both JS modes. Golden bytes pin the modules; in `js.global=protoc` mode
//! everything before the helpers must equal google-protobuf 3.21.4's shipped copies (which are
//! protoc-gen-js's output); and every helper must behave as google-protobuf's copies do, with
//! bytes written by either side read back by the other (tests/js/pb/well_known.js).

mod common;
#[path = "js/grpc/support.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::*;

const FILES: [&str; 3] = ["google/protobuf/any.proto", "google/protobuf/struct.proto", "google/protobuf/timestamp.proto"];
const PROTOC_MODE: [&str; 2] = ["js.global=protoc", "js.imports=protoc"];

fn is_pb_js(f: &str) -> bool {
    f.ends_with("_pb.js") && !f.ends_with("_grpc_pb.js")
}

/// The three modules, generated from protosmith's built-in well-known types (no include root of
/// the user's holds them).
fn generate(tmp: &Path, name: &str, opts: &[&str]) -> PathBuf {
    let empty = tmp.join("empty-root");
    std::fs::create_dir_all(&empty).unwrap();
    let files: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    protosmith_js(&empty, &files, &tmp.join(name), opts)
}

#[test]
fn golden_in_both_modes() {
    let tmp = scratch("wkt-golden");
    let expected = common::repo().join("tests/golden/expected/js-well-known");
    let local = generate(tmp.path(), "local", &[]);
    assert_eq!(golden(&expected.join("default"), &local, is_pb_js), FILES.len());
    let protoc = generate(tmp.path(), "protoc", &PROTOC_MODE);
    assert_eq!(golden(&expected.join("protoc"), &protoc, is_pb_js), FILES.len());
}

/// protoc-gen-js appends its helpers after `goog.object.extend(exports, ...)`; up to that line
/// the protoc-mode module is protoc-gen-js's output byte for byte, and after it come helpers.
#[test]
fn protoc_mode_matches_shipped_copies_up_to_the_helpers() {
    let tmp = scratch("wkt-shipped");
    let protoc = generate(tmp.path(), "protoc", &PROTOC_MODE);
    let exports = "goog.object.extend(exports, proto.google.protobuf);\n";
    for f in FILES {
        let js = f.replace(".proto", "_pb.js");
        let ours = std::fs::read_to_string(protoc.join(&js)).unwrap();
        let shipped = std::fs::read_to_string(common::repo().join("node_modules/google-protobuf").join(&js))
            .unwrap_or_else(|e| panic!("google-protobuf's {js} (scripts/setup installs it): {e}"));
        let (ours_head, ours_helpers) = ours.split_once(exports).unwrap_or_else(|| panic!("{js}: no exports line"));
        let (shipped_head, _) = shipped.split_once(exports).unwrap();
        assert_eq!(ours_head, shipped_head, "{js}: generated classes differ from google-protobuf's copy");
        assert!(ours_helpers.contains(".prototype."), "{js}: no helper methods after the exports");
    }
}

fn node(args: &[&dyn AsRef<std::ffi::OsStr>]) -> serde_json::Value {
    let mut cmd = Command::new("node");
    cmd.arg(common::repo().join("tests/js/pb/well_known.js"));
    for a in args {
        cmd.arg(a);
    }
    serde_json::from_slice(&run_ok(&mut cmd).stdout).expect("well_known.js prints JSON")
}

#[test]
fn helpers_behave_as_google_protobufs_in_both_modes() {
    let tmp = scratch("wkt-runtime");
    let shipped = node(&[&"report", &"shipped"]);
    let shipped_file = tmp.path().join("shipped.json");
    std::fs::write(&shipped_file, shipped.to_string()).unwrap();
    assert!(shipped["results"].as_object().unwrap().len() > 40, "too few checks ran");
    for (mode, opts) in [("default", &[][..]), ("protoc", &PROTOC_MODE[..])] {
        let dir = generate(tmp.path(), mode, opts);
        let ours = node(&[&"report", &dir]);
        for key in ["results", "written", "decoded"] {
            for (name, theirs) in shipped[key].as_object().unwrap() {
                assert_eq!(&ours[key][name], theirs, "{mode}: {key} `{name}` differs from google-protobuf's");
            }
            assert_eq!(ours[key], shipped[key], "{mode}: {key}");
        }
        // Each side reads what the other wrote.
        let ours_file = tmp.path().join(format!("{mode}.json"));
        std::fs::write(&ours_file, ours.to_string()).unwrap();
        assert_eq!(node(&[&"decode", &"shipped", &ours_file]), ours["decoded"], "{mode}: google-protobuf reading ours");
        assert_eq!(node(&[&"decode", &dir, &shipped_file]), shipped["decoded"], "{mode}: ours reading google-protobuf's");
    }
}

//! The broken and unsupported inputs of the golden corpus: each names its expected location in
//! its first comment line, and must fail with exit 2, that location, and nothing written.

mod common;

use std::fs;

use common::{protosmith, repo, text};

#[test]
fn broken_inputs_fail_with_their_documented_location() {
    let dir = repo().join("tests/golden");
    let cases = common::protos_under(&dir.join("broken"));
    assert_eq!(cases.len(), 3, "expected the three broken fixtures");
    for name in cases {
        let rel = format!("broken/{name}");
        let source = fs::read_to_string(dir.join(&rel)).unwrap();
        let expected = source
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// Expected: "))
            .and_then(|l| l.split(": ").next())
            .unwrap_or_else(|| panic!("{rel} lacks its `// Expected: file:line:col: ...` comment"))
            .to_string();
        let out_dir = tempfile::tempdir().unwrap();
        let out = protosmith(&dir, &["gen", "-I", ".", "--out", out_dir.path().to_str().unwrap(), &rel]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{rel}: {err}");
        assert!(err.contains(&expected), "{rel}: expected `{expected}` in:\n{err}");
        assert!(fs::read_dir(out_dir.path()).unwrap().next().is_none(), "{rel}: something was written");
    }
}

#[test]
fn editions_are_refused_by_name() {
    let dir = repo().join("tests/golden");
    let out = protosmith(&dir, &["gen", "-I", ".", "--out", "/nonexistent/never-written", "unsupported/editions.proto"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("unsupported/editions.proto:2:1"), "{err}");
    assert!(err.contains("editions") && err.contains("not supported"), "{err}");
}

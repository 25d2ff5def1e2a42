use super::*;
use std::fs;

fn set(files: &[(&str, &str)]) -> FileSet {
    let mut s = FileSet::new();
    for (p, c) in files {
        s.add(*p, c.as_bytes()).unwrap();
    }
    s
}

fn out(root: &Path, files: &[(&str, &str)]) -> RootOutput {
    RootOutput { root: root.to_path_buf(), files: set(files) }
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap()
}

#[test]
fn writes_files_and_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("gen/python");
    let s = write(&[out(&root, &[("a/b_pb2.py", "x"), ("c.py", "y")])]).unwrap();
    assert_eq!(s.written, 2);
    assert_eq!(read(&root.join("a/b_pb2.py")), "x");
    assert_eq!(read(&root.join(MANIFEST)), format!("{MANIFEST_HEADER}a/b_pb2.py\nc.py\n"));
    // Nothing left behind beside the root.
    let siblings: Vec<_> = fs::read_dir(root.parent().unwrap()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(siblings, [std::ffi::OsString::from("python")]);
}

#[test]
fn removes_stale_generated_files_but_keeps_foreign_ones() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("js");
    write(&[out(&root, &[("old_pb.js", "1"), ("keep_pb.js", "2"), ("sub/gone.js", "3")])]).unwrap();
    fs::write(root.join("notes.txt"), "mine").unwrap();
    fs::create_dir_all(root.join("user")).unwrap();
    fs::write(root.join("user/own.js"), "mine too").unwrap();
    let s = write(&[out(&root, &[("keep_pb.js", "2b")])]).unwrap();
    assert_eq!(s.removed, 2);
    assert!(!root.join("old_pb.js").exists());
    assert!(!root.join("sub").exists(), "emptied generated folder is gone");
    assert_eq!(read(&root.join("keep_pb.js")), "2b");
    assert_eq!(read(&root.join("notes.txt")), "mine");
    assert_eq!(read(&root.join("user/own.js")), "mine too");
}

#[test]
fn tampered_manifest_cannot_delete_outside_root() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("py");
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "precious").unwrap();
    write(&[out(&root, &[("a.py", "1")])]).unwrap();
    fs::write(root.join(MANIFEST), "a.py\n../victim.txt\n/etc/passwd\n").unwrap();
    write(&[out(&root, &[("b.py", "2")])]).unwrap();
    assert_eq!(read(&victim), "precious");
    assert!(!root.join("a.py").exists());
}

#[test]
fn unchanged_root_is_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("rust");
    let files = [("src/lib.rs", "x")];
    write(&[out(&root, &files)]).unwrap();
    let before = fs::metadata(root.join("src/lib.rs")).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let s = write(&[out(&root, &files)]).unwrap();
    assert_eq!((s.written, s.unchanged_roots), (0, 1));
    assert_eq!(fs::metadata(root.join("src/lib.rs")).unwrap().modified().unwrap(), before);
}

#[test]
fn check_reports_changed_missing_and_stale() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("py");
    write(&[out(&root, &[("same.py", "s\n"), ("changed.py", "old\n"), ("stale.py", "z\n")])]).unwrap();
    let drift = check(&[out(&root, &[("same.py", "s\n"), ("changed.py", "new\n"), ("new.py", "n\n")])]).unwrap();
    let kinds: Vec<_> = drift
        .iter()
        .map(|d| match d {
            Drift::Changed { path, .. } => format!("changed {}", path.file_name().unwrap().to_string_lossy()),
            Drift::Missing { path, .. } => format!("missing {}", path.file_name().unwrap().to_string_lossy()),
            Drift::Stale { path, .. } => format!("stale {}", path.file_name().unwrap().to_string_lossy()),
        })
        .collect();
    assert_eq!(kinds, ["changed changed.py", "missing new.py", format!("changed {MANIFEST}").as_str(), "stale stale.py"]);
    let changed = drift[0].diff();
    assert!(changed.contains("-old\n+new\n"), "{changed}");
    assert!(changed.contains("--- a/") && changed.contains("+++ b/"), "{changed}");
    // check never writes
    assert_eq!(read(&root.join("changed.py")), "old\n");
    assert!(!root.join("new.py").exists());
    assert!(check(&[out(&root, &[("same.py", "s\n"), ("changed.py", "old\n"), ("stale.py", "z\n")])]).unwrap().is_empty());
}

#[test]
fn failure_while_staging_leaves_every_root_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("out/python");
    let bad = dir.path().join("out/js");
    write(&[out(&good, &[("a.py", "1")])]).unwrap();
    // A regular file where the js root should be: staging it must fail...
    fs::write(&bad, "not a dir").unwrap();
    let err = write(&[out(&good, &[("a.py", "2")]), out(&bad, &[("x.js", "3")])]).unwrap_err();
    assert!(matches!(err, WriteError::NotADirectory(_)), "{err}");
    // ...and the python root, though staged first, keeps its old contents.
    assert_eq!(read(&good.join("a.py")), "1");
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("out"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("protosmith-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn generated_file_cannot_shadow_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let err = write(&[out(&dir.path().join("r"), &[(MANIFEST, "x")])]).unwrap_err();
    assert!(matches!(err, WriteError::ReservedName(_)));
}

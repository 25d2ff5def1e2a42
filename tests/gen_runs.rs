//! How `gen` runs rather than what it generates: the same tree whatever the thread count,
//! `--quiet`, and the writer's corners (symlinked roots, folders left by killed runs,
//! `--check` naming files relative to the output root).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::{bin, golden_files, golden_root, protosmith, text};

/// Every file under `dir` with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), fs::read(e.path()).unwrap()))
        .collect()
}

/// `gen` of the whole golden corpus, every language, into `out`.
fn gen_golden(out: &Path, extra: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(bin());
    cmd.args(["gen", "-I"]).arg(golden_root()).arg("--out").arg(out);
    for lang in ["rust", "python", "js"] {
        cmd.args(["--lang", lang]);
    }
    cmd.args(extra).args(golden_files()).envs(env.iter().copied());
    let output = cmd.output().expect("run protosmith");
    assert!(output.status.success(), "{}", text(&output.stderr));
    output
}

#[test]
fn thread_count_does_not_change_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one");
    let many = dir.path().join("many");
    let env = dir.path().join("env");
    gen_golden(&one, &["--jobs", "1"], &[]);
    gen_golden(&many, &["--jobs", "7"], &[]);
    gen_golden(&env, &[], &[("RAYON_NUM_THREADS", "3")]);
    let reference = tree(&one);
    assert!(reference.len() > 50, "the corpus generates a real tree: {}", reference.len());
    assert!(tree(&many) == reference, "--jobs 7 differs from --jobs 1");
    assert!(tree(&env) == reference, "RAYON_NUM_THREADS=3 differs from --jobs 1");
}

#[test]
fn quiet_prints_nothing_on_success_and_errors_still_print() {
    let dir = tempfile::tempdir().unwrap();
    let out = gen_golden(&dir.path().join("out"), &["--quiet"], &[]);
    // Only the generators' warnings remain (the Rust one about proto2 extensions here).
    let stderr = text(&out.stderr);
    assert!(stderr.lines().all(|l| l.starts_with("warning: ")), "--quiet prints no summary: {stderr}");
    assert_eq!(text(&out.stdout), "");
    // Not a terminal: no progress line even without --quiet, only the summary.
    let out = gen_golden(&dir.path().join("out2"), &[], &[]);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains('\r') && !stderr.contains("parsed"), "{stderr:?}");
    assert_eq!(stderr.lines().filter(|l| l.starts_with("protosmith:")).count(), 1, "{stderr}");
    let bad = protosmith(dir.path(), &["gen", "--quiet", "-I", ".", "--lang", "python", "missing.proto"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("missing.proto"), "{}", text(&bad.stderr));
}

const PROTO: &str = "syntax = \"proto3\";\npackage p;\nmessage M { int32 a = 1; }\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("m.proto"), PROTO).unwrap();
    dir
}

fn gen(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["gen", "-I", ".", "--out", "out", "--lang", "python"];
    args.extend_from_slice(extra);
    args.push("m.proto");
    protosmith(dir, &args)
}

#[cfg(unix)]
#[test]
fn symlinked_language_root_is_written_through() {
    let p = project();
    fs::create_dir_all(p.path().join("out")).unwrap();
    fs::create_dir_all(p.path().join("elsewhere/py")).unwrap();
    fs::write(p.path().join("elsewhere/py/mine.txt"), "keep").unwrap();
    std::os::unix::fs::symlink("../elsewhere/py", p.path().join("out/python")).unwrap();
    let run = gen(p.path(), &[]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let link = p.path().join("out/python");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink(), "the link stays a link");
    assert!(p.path().join("elsewhere/py/m_pb2.py").is_file(), "files land in the link's target");
    assert_eq!(fs::read_to_string(p.path().join("elsewhere/py/mine.txt")).unwrap(), "keep");
    let check = gen(p.path(), &["--check"]);
    assert_eq!(check.status.code(), Some(0), "{}{}", text(&check.stdout), text(&check.stderr));
    // A second run that changes a file still writes through.
    let before = fs::read(p.path().join("elsewhere/py/m_pb2.py")).unwrap();
    fs::write(p.path().join("m.proto"), PROTO.replace("int32 a", "int64 a")).unwrap();
    assert!(gen(p.path(), &[]).status.success());
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_ne!(fs::read(p.path().join("elsewhere/py/m_pb2.py")).unwrap(), before);
    let leftovers: Vec<_> = fs::read_dir(p.path().join("elsewhere")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(leftovers, [std::ffi::OsString::from("py")], "no staging folder left beside the target");
    // A dangling link is refused and nothing is created.
    fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink("../nowhere", &link).unwrap();
    let bad = gen(p.path(), &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("symbolic link"), "{}", text(&bad.stderr));
    assert!(!p.path().join("nowhere").exists());
}

#[test]
fn folders_of_killed_runs_are_reported_then_removed() {
    let p = project();
    assert!(gen(p.path(), &[]).status.success());
    // What a SIGKILLed run leaves: a staging folder named for a process that no longer exists.
    let mut child = Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let stage = p.path().join(format!("out/.python.protosmith-stage-{dead}"));
    fs::create_dir_all(stage.join("sub")).unwrap();
    fs::write(stage.join("sub/half.py"), "x").unwrap();
    // One of a live process (this test) is someone else's run in progress: left alone.
    let live = p.path().join(format!("out/.python.protosmith-stage-{}", std::process::id()));
    fs::create_dir_all(&live).unwrap();
    let check = gen(p.path(), &["--check"]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stderr));
    let stderr = text(&check.stderr);
    assert!(stderr.contains(&format!(".python.protosmith-stage-{dead}")) && stderr.contains("interrupted"), "{stderr}");
    assert!(!stderr.contains(&format!("stage-{}", std::process::id())), "{stderr}");
    assert!(stage.exists(), "--check removes nothing");
    assert!(gen(p.path(), &[]).status.success());
    assert!(!stage.exists(), "the next gen removes it");
    assert!(live.exists(), "a live process's folder stays");
    assert_eq!(gen(p.path(), &["--check"]).status.code(), Some(0));
}

#[test]
fn root_moved_aside_by_a_killed_run_is_restored() {
    let p = project();
    assert!(gen(p.path(), &[]).status.success());
    fs::write(p.path().join("out/python/mine.txt"), "keep").unwrap();
    let mut child = Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    // Killed between moving the old root aside and moving the staged one in.
    fs::rename(p.path().join("out/python"), p.path().join(format!("out/.python.protosmith-old-{dead}"))).unwrap();
    assert!(gen(p.path(), &[]).status.success());
    assert_eq!(fs::read_to_string(p.path().join("out/python/mine.txt")).unwrap(), "keep");
    let names: Vec<_> = fs::read_dir(p.path().join("out")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(names, [std::ffi::OsString::from("python")]);
}

#[test]
fn check_names_files_relative_to_the_output_root() {
    let p = project();
    let out = p.path().join("out");
    let out_arg = out.display().to_string();
    let args = ["gen", "-I", ".", "--out", out_arg.as_str(), "--lang", "python", "m.proto"];
    assert!(protosmith(p.path(), &args).status.success());
    fs::write(out.join("python/m_pb2.py"), "edited\n").unwrap();
    let check = protosmith(p.path(), &[&args[..], &["--check"]].concat());
    assert_eq!(check.status.code(), Some(1));
    let diff = text(&check.stdout);
    assert!(diff.contains("--- a/python/m_pb2.py\n+++ b/python/m_pb2.py\n"), "{diff}");
    assert!(!diff.contains(&out_arg) && !diff.contains("a//"), "{diff}");
}

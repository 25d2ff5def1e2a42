//! `protosmith engine`: plugin handshake failures, a provider crashing mid-deployment, a
//! program that throws, preview, destroy, usage errors. The plugins are this repo's Python ones
//! (scripts/plugins) and small shell scripts written here.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn engine(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(common::bin());
    cmd.arg("engine").args(args).current_dir(common::repo());
    cmd.env("PROTOSMITH_PLUGIN_PATH", common::repo().join("scripts/plugins/bin"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run protosmith engine")
}

/// The Python interop program in a scratch directory (its state goes to `dir/state.json`).
fn python_program(dir: &Path) -> (PathBuf, PathBuf) {
    let program = dir.join("program");
    std::fs::create_dir_all(&program).unwrap();
    for f in ["Protosmith.toml", "__main__.py"] {
        std::fs::copy(common::repo().join("tests/interop/programs/python").join(f), program.join(f)).unwrap();
    }
    (program, dir.join("state.json"))
}

fn provider(lang: &str) -> String {
    format!("demo={}", common::repo().join("scripts/plugins/bin").join(format!("demo-provider-{lang}")).display())
}

fn up(program: &Path, state: &Path, step: u32, env: &[(&str, &str)]) -> Output {
    let step = format!("step={step}");
    engine(
        &["up", "--program", &program.to_string_lossy(), "--state", &state.to_string_lossy(), "--provider", &provider("python"), "--config", &step],
        env,
    )
}

fn stderr(o: &Output) -> String {
    common::text(&o.stderr)
}

fn state_urns(state: &Path) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(state).unwrap()).unwrap();
    json["resources"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_string()).collect()
}

fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// Runs `up` with `runtime` as the language runtime command; returns the failed output.
fn handshake_failure(runtime: &Path, env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    let out = engine(
        &["up", "--program", &program.to_string_lossy(), "--state", &state.to_string_lossy(), "--runtime", &runtime.to_string_lossy()],
        env,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!state.exists(), "a failed handshake writes no state");
    stderr(&out)
}

#[test]
fn plugin_exiting_before_its_port_is_reported_with_its_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let err = handshake_failure(&script(dir.path(), "dies", "echo 'cannot load config' >&2; exit 4"), &[]);
    assert!(err.contains("exited (exit status: 4) before printing its port"), "{err}");
    assert!(err.contains("cannot load config"), "{err}");
}

#[test]
fn plugin_printing_garbage_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let err = handshake_failure(&script(dir.path(), "chatty", "echo 'hello there'; sleep 5"), &[]);
    assert!(err.contains("printed \"hello there\" instead of a port number"), "{err}");
}

#[test]
fn plugin_silent_past_the_timeout_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let err = handshake_failure(&script(dir.path(), "silent", "sleep 30"), &[("PROTOSMITH_PLUGIN_TIMEOUT", "1")]);
    assert!(err.contains("printed no port within 1 s"), "{err}");
    assert!(started.elapsed().as_secs() < 20, "the timeout must end the wait");
}

#[test]
fn plugin_announcing_a_dead_port_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = handshake_failure(&script(dir.path(), "liar", &format!("echo {port}; sleep 30")), &[]);
    assert!(err.contains(&format!("announced port {port}, which refuses connections")), "{err}");
}

#[test]
fn provider_handshake_failure_names_the_provider() {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    let bad = script(dir.path(), "bad-provider", "echo nope");
    let out = engine(
        &["up", "--program", &program.to_string_lossy(), "--state", &state.to_string_lossy(), "--provider", &format!("demo={}", bad.display()), "--config", "step=1"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("plugin `provider demo` printed \"nope\""), "{}", stderr(&out));
}

/// A provider that dies in the middle: non-zero exit, its stderr in the message, the state keeps
/// what completed, and a rerun with a healthy provider converges on the normal result.
#[test]
fn provider_crash_keeps_completed_steps_and_rerun_converges() {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    let out = up(&program, &state, 1, &[("DEMO_CRASH_ON_CREATE", "b.txt")]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("demo provider: crashing on create of b.txt"), "{err}");
    assert!(err.contains("Create of urn:pulumi:dev::interop::demo:index:Bundle$demo:index:File::b"), "{err}");
    assert_eq!(state_urns(&state), ["interop-dev", "bundle", "a"], "completed steps are kept");

    let out = up(&program, &state, 1, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = std::fs::read(common::repo().join("tests/interop/expected/step1.json")).unwrap();
    assert_eq!(std::fs::read(&state).unwrap(), expected, "the rerun converges on the normal state");
}

#[test]
fn program_error_is_reported_and_completed_resources_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    std::fs::write(
        program.join("__main__.py"),
        "from protosmith_sdk import Resource, run\n\n\ndef main():\n    Resource('demo:index:File', 'a', {'path': 'a.txt', 'content': 'x'})\n    raise RuntimeError('the program gave up')\n\n\nrun(main)\n",
    )
    .unwrap();
    let out = up(&program, &state, 1, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the program failed: program exited with status 1"), "{err}");
    assert!(err.contains("RuntimeError: the program gave up"), "{err}");
    assert_eq!(state_urns(&state), ["interop-dev", "a"]);
}

#[test]
fn invalid_inputs_fail_the_run_with_the_providers_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    std::fs::write(
        program.join("__main__.py"),
        "from protosmith_sdk import Resource, run\n\nrun(lambda: Resource('demo:index:File', 'a', {'path': '', 'content': 1}))\n",
    )
    .unwrap();
    let out = up(&program, &state, 1, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("invalid inputs: path: path must be a non-empty string; content: content must be a string"), "{err}");
}

#[test]
fn preview_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    assert!(up(&program, &state, 1, &[]).status.success());
    let before = std::fs::read(&state).unwrap();
    let out = engine(
        &["preview", "--program", &program.to_string_lossy(), "--state", &state.to_string_lossy(), "--provider", &provider("python"), "--config", "step=2"],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(&state).unwrap(), before, "preview must leave the state byte-identical");
    let stdout = common::text(&out.stdout);
    assert!(stdout.contains("Preview: Resources: 0 to create, 1 to update, 1 to replace, 0 to delete, 3 unchanged"), "{stdout}");
    // A first preview writes no state at all.
    let fresh = dir.path().join("fresh.json");
    let out = engine(&["preview", "--program", &program.to_string_lossy(), "--state", &fresh.to_string_lossy(), "--provider", &provider("python")], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!fresh.exists());
}

#[test]
fn destroy_deletes_dependents_first() {
    let dir = tempfile::tempdir().unwrap();
    let (program, state) = python_program(dir.path());
    assert!(up(&program, &state, 1, &[]).status.success());
    let out = engine(&["destroy", "--program", &program.to_string_lossy(), "--state", &state.to_string_lossy(), "--provider", &provider("python")], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let order: Vec<String> = common::text(&out.stdout)
        .lines()
        .filter(|l| l.contains("delete "))
        .map(|l| l.rsplit(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(order, ["c", "b", "a", "bundle", "interop-dev"]);
    assert!(state_urns(&state).is_empty());
}

#[test]
fn usage_errors_exit_2() {
    let out = engine(&["up", "--program", "/nonexistent/program", "--runtime", "python"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("/nonexistent/program"));
    let dir = tempfile::tempdir().unwrap();
    let (program, _) = python_program(dir.path());
    let out = engine(&["up", "--program", &program.to_string_lossy(), "--provider", "demo:x=cmd"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    std::fs::write(dir.path().join("state.json"), "{ torn").unwrap();
    let out = engine(&["up", "--program", &program.to_string_lossy(), "--state", &dir.path().join("state.json").to_string_lossy()], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is not a protosmith state"), "{}", stderr(&out));
}

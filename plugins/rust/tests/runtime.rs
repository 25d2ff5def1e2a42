//! The Rust language runtime binary over gRPC, running the interop program (a cargo example) and
//! small shell-script programs against a fake ResourceMonitor and Engine served by this test
//! with the generated server traits. The fakes record every call, so the tests see exactly what
//! a program sent, and in which order.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Once};

use common::{js, st, Plugin, TIMEOUT};
use protosmith_pulumirpc::pulumirpc::engine_server::{Engine, EngineServer};
use protosmith_pulumirpc::pulumirpc::language_runtime_client::LanguageRuntimeClient;
use protosmith_pulumirpc::pulumirpc::resource_monitor_server::{ResourceMonitor, ResourceMonitorServer};
use protosmith_pulumirpc::pulumirpc::{
    CheckFailure, GetRequiredPluginsRequest, GetRootResourceRequest, GetRootResourceResponse, LogRequest, ProgramInfo,
    ReadResourceRequest, ReadResourceResponse, RegisterResourceOutputsRequest, RegisterResourceRequest,
    RegisterResourceResponse, ResourceInvokeRequest, ResourceInvokeResponse, RunRequest, RunResponse,
    SetRootResourceRequest, SetRootResourceResponse, SupportsFeatureRequest, SupportsFeatureResponse,
};
use serde_json::{json, Value as Json};
use tokio_stream::wrappers::TcpListenerStream;
use tonic::transport::{Channel, Server};
use tonic::{Request, Response, Status};

const RUNTIME: &str = env!("CARGO_BIN_EXE_protosmith-language-rust");
const FAKE_INVOKE_DIGEST: &str = "sha256:from-the-fake";

/// One call a program made, as the fakes received it.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // a handful of calls per test: size does not matter
enum Call {
    Register(RegisterResourceRequest),
    SetRoot(String),
    Invoke(ResourceInvokeRequest),
    Outputs(RegisterResourceOutputsRequest),
    Log(LogRequest),
}

/// The state both fakes share. `preview` answers custom resources as a preview of new ones
/// would (no id, no computed outputs); `refuse` fails the registration of that resource name.
#[derive(Clone, Default)]
struct Fake {
    calls: Arc<Mutex<Vec<Call>>>,
    preview: bool,
    refuse: Option<&'static str>,
}

impl Fake {
    fn record(&self, call: Call) {
        self.calls.lock().unwrap().push(call);
    }

    fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }
}

struct FakeMonitor(Fake);
struct FakeEngine(Fake);

fn urn(ty: &str, name: &str) -> String {
    format!("urn:pulumi:dev::interop::{ty}::{name}")
}

#[tonic::async_trait]
impl ResourceMonitor for FakeMonitor {
    async fn supports_feature(&self, _: Request<SupportsFeatureRequest>) -> Result<Response<SupportsFeatureResponse>, Status> {
        Ok(Response::new(SupportsFeatureResponse { has_support: false }))
    }

    async fn invoke(&self, req: Request<ResourceInvokeRequest>) -> Result<Response<ResourceInvokeResponse>, Status> {
        let req = req.into_inner();
        self.0.record(Call::Invoke(req.clone()));
        if req.tok != "demo:index:digest" {
            let failures = vec![CheckFailure { property: "tok".into(), reason: format!("no function {}", req.tok) }];
            return Ok(Response::new(ResourceInvokeResponse { failures, ..Default::default() }));
        }
        let ret = st(json!({"digest": FAKE_INVOKE_DIGEST, "size": 3}));
        Ok(Response::new(ResourceInvokeResponse { r#return: Some(ret), ..Default::default() }))
    }

    async fn read_resource(&self, _: Request<ReadResourceRequest>) -> Result<Response<ReadResourceResponse>, Status> {
        Err(Status::unimplemented("the fake monitor reads nothing"))
    }

    async fn register_resource(&self, req: Request<RegisterResourceRequest>) -> Result<Response<RegisterResourceResponse>, Status> {
        let req = req.into_inner();
        if self.0.refuse == Some(req.name.as_str()) {
            return Err(Status::failed_precondition(format!("fake monitor refuses {}", req.name)));
        }
        self.0.record(Call::Register(req.clone()));
        let mut res = RegisterResourceResponse { urn: urn(&req.r#type, &req.name), ..Default::default() };
        if req.custom {
            let mut outputs = js(req.object.as_ref());
            if !self.0.preview {
                res.id = outputs["path"].as_str().unwrap_or_default().to_string();
                outputs["digest"] = json!(format!("digest-of-{}", req.name));
            }
            res.object = Some(st(outputs));
        }
        Ok(Response::new(res))
    }

    async fn register_resource_outputs(&self, req: Request<RegisterResourceOutputsRequest>) -> Result<Response<()>, Status> {
        self.0.record(Call::Outputs(req.into_inner()));
        Ok(Response::new(()))
    }
}

#[tonic::async_trait]
impl Engine for FakeEngine {
    async fn log(&self, req: Request<LogRequest>) -> Result<Response<()>, Status> {
        self.0.record(Call::Log(req.into_inner()));
        Ok(Response::new(()))
    }

    async fn get_root_resource(&self, _: Request<GetRootResourceRequest>) -> Result<Response<GetRootResourceResponse>, Status> {
        let root = self.0.calls().into_iter().rev().find_map(|c| if let Call::SetRoot(u) = c { Some(u) } else { None });
        Ok(Response::new(GetRootResourceResponse { urn: root.unwrap_or_default() }))
    }

    async fn set_root_resource(&self, req: Request<SetRootResourceRequest>) -> Result<Response<SetRootResourceResponse>, Status> {
        self.0.record(Call::SetRoot(req.into_inner().urn));
        Ok(Response::new(SetRootResourceResponse {}))
    }
}

/// Serves `router` on a free loopback port for the rest of the test; returns HOST:PORT.
async fn serve(router: tonic::transport::server::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    tokio::spawn(router.serve_with_incoming(TcpListenerStream::new(listener)));
    address
}

/// The runtime, started with the fake engine's address, and the fakes it talks to.
struct Harness {
    fake: Fake,
    monitor: String,
    engine: String,
    runtime: Plugin,
    client: LanguageRuntimeClient<Channel>,
}

async fn harness(fake: Fake) -> Harness {
    // Two servers, so the tests can tell which address the program was given for which service.
    let monitor = serve(Server::builder().add_service(ResourceMonitorServer::new(FakeMonitor(fake.clone())))).await;
    let engine = serve(Server::builder().add_service(EngineServer::new(FakeEngine(fake.clone())))).await;
    let runtime = Plugin::start(RUNTIME, &[engine.as_str()], &[]);
    let client = LanguageRuntimeClient::connect(runtime.url()).await.expect("connect to the runtime");
    Harness { fake, monitor, engine, runtime, client }
}

impl Harness {
    /// Run as the engine sends it (docs/engine.md, "Projects and programs").
    #[allow(deprecated)] // `program` is the field older engines read; the engine fills both
    async fn run(&mut self, dir: &Path, entry: &str, config: &[(&str, &str)], dry_run: bool) -> RunResponse {
        let dir = dir.to_string_lossy().to_string();
        let req = RunRequest {
            project: "interop".into(),
            stack: "dev".into(),
            pwd: dir.clone(),
            program: entry.into(),
            info: Some(ProgramInfo { root_directory: dir.clone(), program_directory: dir, entry_point: entry.into(), options: None }),
            config: config.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            dry_run,
            parallel: 1,
            monitor_address: self.monitor.clone(),
            ..Default::default()
        };
        let call = self.client.run(req);
        match tokio::time::timeout(TIMEOUT, call).await {
            Ok(res) => res.expect("Run answers, whatever the program does").into_inner(),
            Err(_) => panic!("Run did not return; runtime stderr:\n{}", self.runtime.stderr()),
        }
    }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The interop program's directory and its `main` (the name of the cargo example).
fn interop_program() -> (PathBuf, String) {
    let dir = repo().join("tests/interop/programs/rust");
    let toml = std::fs::read_to_string(dir.join("Protosmith.toml")).expect("read Protosmith.toml");
    let field = |key: &str| {
        toml.lines()
            .find_map(|l| l.strip_prefix(key).map(str::trim).and_then(|l| l.strip_prefix('=')).map(|v| v.trim().trim_matches('"').to_string()))
            .unwrap_or_else(|| panic!("no {key} in {toml}"))
    };
    assert_eq!(field("name"), "interop");
    (dir, field("main"))
}

/// The runtime finds examples next to itself; `cargo test --test runtime` alone does not build
/// them, so build them here (a no-op when they are fresh), into the target directory and
/// profile the runtime binary came from.
fn build_examples() {
    static BUILD: Once = Once::new();
    BUILD.call_once(|| {
        let profile_dir = Path::new(RUNTIME).parent().expect("the runtime binary is in a profile directory");
        let target_dir = profile_dir.parent().expect("the profile directory is in the target directory");
        let mut cargo = std::process::Command::new(env!("CARGO"));
        cargo.args(["build", "--quiet", "--locked", "-p", "protosmith-demo-plugins", "--examples", "--target-dir"]).arg(target_dir);
        match profile_dir.file_name().and_then(|n| n.to_str()) {
            Some("debug") => {}
            Some("release") => {
                cargo.arg("--release");
            }
            Some(other) => {
                cargo.args(["--profile", other]);
            }
            None => panic!("odd binary path {RUNTIME}"),
        }
        let status = cargo.current_dir(env!("CARGO_MANIFEST_DIR")).status().expect("run cargo build --examples");
        assert!(status.success(), "building the examples of protosmith-demo-plugins failed");
    });
}

fn name_of(urn: &str) -> &str {
    urn.rsplit("::").next().unwrap_or(urn)
}

/// The calls, a line each, URNs shortened to resource names.
fn render(calls: &[Call]) -> Vec<String> {
    calls
        .iter()
        .map(|c| match c {
            Call::Register(r) => {
                let deps: Vec<&str> = r.dependencies.iter().map(|d| name_of(d)).collect();
                format!("register {} {} custom={} parent={} deps=[{}]", r.r#type, r.name, r.custom, name_of(&r.parent), deps.join(","))
            }
            Call::SetRoot(urn) => format!("set-root {}", name_of(urn)),
            Call::Invoke(i) => format!("invoke {} {}", i.tok, js(i.args.as_ref())),
            Call::Outputs(o) => format!("outputs {} {}", name_of(&o.urn), js(o.outputs.as_ref())),
            Call::Log(l) => format!("log {} {}", l.severity, l.message),
        })
        .collect()
}

fn registration<'a>(calls: &'a [Call], name: &str) -> &'a RegisterResourceRequest {
    calls
        .iter()
        .find_map(|c| match c {
            Call::Register(r) if r.name == name => Some(r),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{name} was not registered"))
}

fn metadata() -> Json {
    json!({"list": [1, 2.5, true, null, "ü"], "nested": {"k": "v", "empty": {}}, "n": -3})
}

/// The calls docs/engine.md's interop program makes at `step`, against the fake.
fn expected_interop_calls(step: u32, preview: bool) -> Vec<String> {
    let a_urn = urn("demo:index:File", "a");
    let mut lines = vec![
        "register pulumi:pulumi:Stack interop-dev custom=false parent= deps=[]".to_string(),
        "set-root interop-dev".into(),
        "register demo:index:Bundle bundle custom=false parent=interop-dev deps=[]".into(),
        "register demo:index:File a custom=true parent=bundle deps=[]".into(),
        r#"invoke demo:index:digest {"content":"abc"}"#.into(),
    ];
    if step <= 2 {
        lines.push("register demo:index:File b custom=true parent=bundle deps=[a]".into());
        lines.push("register demo:index:File c custom=true parent=interop-dev deps=[b]".into());
    }
    lines.push(format!(r#"outputs bundle {{"a":"{a_urn}"}}"#));
    // A preview of a new `a` has no digest yet, so `aDigest` is left out.
    let a_digest = if preview { String::new() } else { r#""aDigest":"digest-of-a","#.into() };
    lines.push(format!(r#"outputs interop-dev {{{a_digest}"invoked":"{FAKE_INVOKE_DIGEST}"}}"#));
    lines
}

#[tokio::test]
#[allow(deprecated)] // superseded in Pulumi, but it is the call docs/engine.md's engine makes
async fn required_plugins_are_the_demo_provider() {
    let mut h = harness(Fake::default()).await;
    let res = h.client.get_required_plugins(GetRequiredPluginsRequest::default()).await.unwrap().into_inner();
    let plugins: Vec<(&str, &str)> = res.plugins.iter().map(|p| (p.name.as_str(), p.kind.as_str())).collect();
    assert_eq!(plugins, [("demo", "resource")]);
}

#[tokio::test]
async fn interop_program_registers_in_program_order_at_every_step() {
    build_examples();
    let (dir, main) = interop_program();
    for step in 1..=3u32 {
        let mut h = harness(Fake::default()).await;
        let step_text = step.to_string();
        let res = h.run(&dir, &main, &[("interop:step", &step_text)], false).await;
        assert_eq!(res.error, "", "step {step}; runtime stderr:\n{}", h.runtime.stderr());
        let calls = h.fake.calls();
        assert_eq!(render(&calls), expected_interop_calls(step, false), "step {step}");

        let v2 = if step >= 2 { " v2" } else { "" };
        let a = registration(&calls, "a");
        let a_object = json!({"path": "a.txt", "content": format!("héllo wörld ✓{v2}"), "metadata": metadata()});
        assert_eq!(js(a.object.as_ref()), a_object, "step {step}");
        for r in calls.iter().filter_map(|c| if let Call::Register(r) = c { Some(r) } else { None }) {
            assert!(!r.accept_secrets, "{}", r.name);
            assert!(r.property_dependencies.is_empty(), "{}", r.name);
            assert_eq!(r.object.is_some(), r.custom, "{}: only custom resources send properties", r.name);
        }
        if step <= 2 {
            // b's metadata carries a's id, as the fake gave it.
            let b = registration(&calls, "b");
            assert_eq!(js(b.object.as_ref()), json!({"path": "b.txt", "content": "b", "metadata": {"source": "a.txt"}}));
            let c_path = if step == 1 { "c.txt" } else { "c2.txt" };
            assert_eq!(js(registration(&calls, "c").object.as_ref()), json!({"path": c_path, "content": "c"}));
        }
    }
}

#[tokio::test]
async fn interop_program_in_a_preview_leaves_unknown_outputs_out() {
    build_examples();
    let (dir, main) = interop_program();
    let mut h = harness(Fake { preview: true, ..Fake::default() }).await;
    let res = h.run(&dir, &main, &[], true).await;
    assert_eq!(res.error, "", "runtime stderr:\n{}", h.runtime.stderr());
    let calls = h.fake.calls();
    // No step in the config means step 1.
    assert_eq!(render(&calls), expected_interop_calls(1, true));
    let b = registration(&calls, "b");
    assert_eq!(js(b.object.as_ref())["metadata"], json!({"source": ""}), "a has no id yet");
}

#[tokio::test]
async fn a_failing_program_is_an_error_in_the_response() {
    build_examples();
    let (dir, main) = interop_program();

    let mut h = harness(Fake::default()).await;
    let res = h.run(&dir, &main, &[("interop:step", "x")], false).await;
    assert!(res.error.starts_with("program exited with status 1\n  | "), "{}", res.error);
    assert!(res.error.contains(r#"config interop:step must be 1, 2 or 3, not "x""#), "{}", res.error);
    assert_eq!(render(&h.fake.calls()), ["register pulumi:pulumi:Stack interop-dev custom=false parent= deps=[]", "set-root interop-dev"]);

    // A registration the monitor refuses ends the program; what came before it stays done.
    let mut h = harness(Fake { refuse: Some("b"), ..Fake::default() }).await;
    let res = h.run(&dir, &main, &[("interop:step", "1")], false).await;
    assert!(res.error.starts_with("program exited with status 1"), "{}", res.error);
    assert!(res.error.contains("RegisterResource of demo:index:File b failed (FailedPrecondition): fake monitor refuses b"), "{}", res.error);
    assert_eq!(render(&h.fake.calls()), expected_interop_calls(1, false)[..5]);
}

/// A program directory holding `bin/prog`, a shell script with `body`.
fn script_program(body: &str, executable: bool) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let prog = dir.path().join("bin/prog");
    std::fs::create_dir_all(prog.parent().unwrap()).unwrap();
    std::fs::write(&prog, format!("#!/bin/sh\n{body}\n")).unwrap();
    let mode = if executable { 0o755 } else { 0o644 };
    std::fs::set_permissions(&prog, std::fs::Permissions::from_mode(mode)).unwrap();
    dir
}

#[tokio::test]
async fn the_program_gets_the_environment_and_directory_and_its_output_goes_to_stderr() {
    let program = script_program(
        "env | grep '^PROTOSMITH_' | sort > env.txt\npwd -P > pwd.txt\necho 'said on stdout'\necho 'said on stderr' >&2",
        true,
    );
    let mut h = harness(Fake::default()).await;
    let res = h.run(program.path(), "bin/prog", &[("interop:step", "2"), ("other:key", "ü v")], true).await;
    assert_eq!(res.error, "");
    let env = std::fs::read_to_string(program.path().join("env.txt")).unwrap();
    let expected = [
        r#"PROTOSMITH_CONFIG={"interop:step":"2","other:key":"ü v"}"#.to_string(),
        "PROTOSMITH_DRY_RUN=true".into(),
        format!("PROTOSMITH_ENGINE={}", h.engine),
        format!("PROTOSMITH_MONITOR={}", h.monitor),
        "PROTOSMITH_PROJECT=interop".into(),
        "PROTOSMITH_STACK=dev".into(),
    ];
    assert_eq!(env.lines().collect::<Vec<_>>(), expected);
    let pwd = std::fs::read_to_string(program.path().join("pwd.txt")).unwrap();
    assert_eq!(Path::new(pwd.trim()), program.path().canonicalize().unwrap());
    let stderr = h.runtime.wait_for_stderr("said on stderr");
    assert!(stderr.contains("said on stdout\n") && stderr.contains("said on stderr\n"), "{stderr}");

    // An empty config is an empty object, and a real run says so.
    h.run(program.path(), "bin/prog", &[], false).await;
    let env = std::fs::read_to_string(program.path().join("env.txt")).unwrap();
    assert!(env.contains("PROTOSMITH_CONFIG={}\n") && env.contains("PROTOSMITH_DRY_RUN=false\n"), "{env}");
}

#[tokio::test]
async fn a_failure_reports_the_status_and_the_last_stderr_lines() {
    let program = script_program("i=1\nwhile [ $i -le 30 ]; do echo \"line $i\" >&2; i=$((i+1)); done\necho 'not in the tail'\nexit 7", true);
    let mut h = harness(Fake::default()).await;
    let res = h.run(program.path(), "bin/prog", &[], false).await;
    let tail: String = (11..=30).map(|i| format!("\n  | line {i}")).collect();
    assert_eq!(res.error, format!("program exited with status 7{tail}"));

    let program = script_program("kill -9 $$", true);
    let res = h.run(program.path(), "bin/prog", &[], false).await;
    assert_eq!(res.error, "program was killed by signal 9");
}

#[tokio::test]
async fn a_program_that_cannot_start_is_an_error_too() {
    let mut h = harness(Fake::default()).await;
    let program = script_program("exit 0", false);
    let res = h.run(program.path(), "bin/prog", &[], false).await;
    assert!(res.error.starts_with("cannot start ") && res.error.contains("bin/prog"), "{}", res.error);

    let res = h.run(program.path(), "no-such-program", &[], false).await;
    assert!(res.error.starts_with("no Rust program `no-such-program`"), "{}", res.error);
    assert!(res.error.contains("cargo build -p protosmith-demo-plugins --bins --examples"), "{}", res.error);

    let res = h.run(program.path(), "bin/none", &[], false).await;
    assert!(res.error.starts_with("no Rust program `bin/none`"), "{}", res.error);
}

#[tokio::test]
async fn output_that_is_not_utf8_does_not_end_the_program() {
    // Plenty of output after a line that is not UTF-8: all of it must be copied.
    let program = script_program("printf 'bad \\377\\376 bytes\\n'\ni=0\nwhile [ $i -lt 4000 ]; do echo \"filler line $i of some length to fill the pipe\"; i=$((i+1)); done", true);
    let mut h = harness(Fake::default()).await;
    let res = h.run(program.path(), "bin/prog", &[], false).await;
    assert_eq!(res.error, "");
    let stderr = h.runtime.wait_for_stderr("filler line 3999");
    assert!(stderr.contains("bad \u{fffd}\u{fffd} bytes") && stderr.contains("filler line 3999"), "{}", &stderr[..stderr.len().min(500)]);
}

#[test]
fn refuses_to_start_without_an_engine_address() {
    common::assert_refuses_missing_engine_address(RUNTIME);
}

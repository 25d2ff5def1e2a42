//! The protoc plugin protocol, both ways, against the real tools `scripts/setup` installs:
//! Debian's protoc 3.21.12, protoc-gen-go, protoc-gen-go-grpc and Go; npm's
//! @bufbuild/protoc-gen-es and tsc; mypy-protobuf's protoc-gen-mypy from .venv.
//! - protosmith running a plugin writes what protoc running it writes, byte for byte;
//! - the request it sends is protoc's (compared field by field with a dumping plugin);
//! - faulty plugins fail the run with a clear error and nothing written;
//! - `protoc --protosmith_out` writes what `protosmith gen` writes, for every language;
//! - `--descriptor-set-out` writes what `protoc -o` writes.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::{bin, diff_trees, golden_files, golden_root, text, tool};

fn protoc() -> PathBuf {
    tool_abs("/usr/bin/protoc")
}

/// A tool scripts/setup installs outside the repo (Debian packages).
fn tool_abs(path: &str) -> PathBuf {
    let p = PathBuf::from(path);
    assert!(p.exists(), "required test tool `{path}` is missing: run `scripts/setup` (it apt-get installs it)");
    p
}

fn scratch(name: &str) -> tempfile::TempDir {
    // Under the repo, so node resolves node_modules/ for tsc.
    let base = common::repo().join("target/plugin-tests");
    std::fs::create_dir_all(&base).unwrap();
    tempfile::Builder::new().prefix(&format!("{name}-")).tempdir_in(base).unwrap()
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn ok(out: Output, what: &str) -> Output {
    assert!(out.status.success(), "{what} failed ({}):\n{}{}", out.status, text(&out.stdout), text(&out.stderr));
    out
}

/// An empty config, so the repo's protosmith.toml does not leak into a run.
fn no_config(dir: &Path) -> PathBuf {
    let path = dir.join("empty.toml");
    std::fs::write(&path, "").unwrap();
    path
}

/// `protosmith gen` over `files` of `include`, into `out`, with extra args.
fn gen(dir: &Path, include: &Path, out: &Path, files: &[String], extra: &[&str]) -> Output {
    let config = no_config(dir);
    let mut cmd = Command::new(bin());
    cmd.arg("gen").arg("--config").arg(&config).arg("-I").arg(include).arg("--out").arg(out);
    cmd.args(extra).args(files);
    run(&mut cmd)
}

fn proto_dir() -> PathBuf {
    common::repo().join("proto")
}

fn pulumi_files() -> Vec<String> {
    common::protos_under(&proto_dir())
}

/// The M options giving proto/'s files (which carry no go_package) a Go package.
fn go_opt() -> String {
    let mut opt = "paths=source_relative".to_string();
    for f in pulumi_files() {
        opt.push_str(&format!(",M{f}=example.com/pulumirpc;pulumirpc"));
    }
    opt
}

fn without_manifest(p: &str) -> bool {
    !p.ends_with(".protosmith-manifest")
}

/// protoc + protoc-gen-go + protoc-gen-go-grpc on proto/.
fn protoc_go(out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    let opt = go_opt();
    let mut cmd = Command::new(protoc());
    cmd.arg("-I").arg(proto_dir());
    cmd.arg(format!("--plugin=protoc-gen-go={}", tool_abs("/usr/bin/protoc-gen-go").display()));
    cmd.arg(format!("--plugin=protoc-gen-go-grpc={}", tool_abs("/usr/bin/protoc-gen-go-grpc").display()));
    cmd.arg(format!("--go_out={opt}:{}", out.display())).arg(format!("--go-grpc_out={opt}:{}", out.display()));
    cmd.args(pulumi_files());
    ok(run(&mut cmd), "protoc --go_out --go-grpc_out");
}

/// `go vet` on one generated package, offline, in GOPATH mode against Debian's Go libraries.
fn go_vet(go_files: &Path) {
    let gopath = scratch("gopath");
    let pkg = gopath.path().join("src/example.com/pulumirpc");
    std::fs::create_dir_all(&pkg).unwrap();
    for entry in std::fs::read_dir(go_files).unwrap() {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "go") {
            std::fs::copy(entry.path(), pkg.join(entry.file_name())).unwrap();
        }
    }
    // A cache kept between runs: compiling grpc from source takes a minute the first time.
    let cache = common::repo().join("target/plugin-tests/gocache");
    let out = run(Command::new(tool_abs("/usr/bin/go"))
        .args(["vet", "example.com/pulumirpc"])
        .current_dir(gopath.path())
        .env("GO111MODULE", "off")
        .env("GOPATH", format!("{}:/usr/share/gocode", gopath.path().display()))
        .env("GOCACHE", cache)
        .env("GOPROXY", "off")
        .env("GOFLAGS", ""));
    ok(out, "go vet on the generated Go package");
}

/// Go via protoc-gen-go and protoc-gen-go-grpc: protosmith writes what protoc writes, and it builds.
#[test]
fn go_plugins_match_protoc_and_vet() {
    let tmp = scratch("go");
    let expected = tmp.path().join("protoc");
    protoc_go(&expected);
    let actual = tmp.path().join("protosmith");
    let opt = go_opt();
    let (go_opt, grpc_opt) = (format!("go={opt}"), format!("go-grpc={opt}"));
    let out = gen(
        tmp.path(),
        &proto_dir(),
        &actual,
        &pulumi_files(),
        &["--plugin", "go", "--plugin", "go-grpc=protoc-gen-go-grpc", "--plugin-opt", &go_opt, "--plugin-opt", &grpc_opt, "--lang", "go", "--lang", "go-grpc"],
    );
    ok(out, "protosmith gen --plugin go --plugin go-grpc");
    // Each plugin has its own root by default.
    let merged = tmp.path().join("merged");
    for root in ["go", "go-grpc"] {
        for f in common::files_under(&actual.join(root)).into_iter().filter(|p| without_manifest(p)) {
            let dest = merged.join(&f);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(actual.join(root).join(&f), dest).unwrap();
        }
    }
    let diff = diff_trees(&expected, &merged, |_| true);
    assert!(diff.is_empty(), "Go output differs from protoc's:\n{diff}");
    assert_eq!(common::files_under(&expected).len(), 9, "5 .pb.go and 4 _grpc.pb.go files");
    go_vet(&merged.join("pulumi"));
}

/// docs/examples/pulumi-generate.toml: Go, Python and JS from proto/ in one run; its Go half
/// equals protoc + the Go plugins (with the example's Go package), Python and JS equal a plain
/// `protosmith gen` with the same options.
#[test]
fn pulumi_example_config_reproduces_generate_sh() {
    let tmp = scratch("pulumi-example");
    let out = tmp.path().join("sdk");
    let config = common::repo().join("docs/examples/pulumi-generate.toml");
    ok(run(Command::new(bin()).arg("gen").arg("--config").arg(&config).arg("--out").arg(&out)), "protosmith gen --config pulumi-generate.toml");
    let roots: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    let mut roots = roots;
    roots.sort();
    assert_eq!(roots, ["go", "js", "python"]);

    let expected = tmp.path().join("protoc");
    std::fs::create_dir_all(&expected).unwrap();
    let pkg = "github.com/pulumi/pulumi/sdk/v3/proto/go;pulumirpc";
    let mut opt = "paths=source_relative".to_string();
    for f in pulumi_files() {
        opt.push_str(&format!(",M{f}={pkg}"));
    }
    ok(
        run(Command::new(protoc())
            .arg("-I")
            .arg(proto_dir())
            .arg(format!("--go_out={opt}:{}", expected.display()))
            .arg(format!("--go-grpc_out={opt}:{}", expected.display()))
            .args(pulumi_files())),
        "protoc --go_out --go-grpc_out",
    );
    let diff = diff_trees(&expected, &out.join("go"), without_manifest);
    assert!(diff.is_empty(), "the example's Go output differs from protoc's:\n{diff}");

    let plain = tmp.path().join("plain");
    let files: Vec<String> = pulumi_files();
    ok(
        gen(tmp.path(), &proto_dir(), &plain, &files, &["--lang", "python", "--lang", "js", "--opt", "python.runtime=legacy"]),
        "protosmith gen python js",
    );
    for lang in ["python", "js"] {
        let diff = diff_trees(&plain.join(lang), &out.join(lang), |_| true);
        assert!(diff.is_empty(), "{lang} differs:\n{diff}");
    }
}

/// protoc-gen-es on the golden corpus: same files as protoc + protoc-gen-es; tsc --strict accepts them.
#[test]
fn protoc_gen_es_matches_protoc_and_type_checks() {
    let tmp = scratch("es");
    let es = tool("node_modules/.bin/protoc-gen-es");
    let expected = tmp.path().join("protoc");
    std::fs::create_dir_all(&expected).unwrap();
    ok(
        run(Command::new(protoc())
            .arg("-I")
            .arg(golden_root())
            .arg(format!("--plugin=protoc-gen-es={}", es.display()))
            .arg(format!("--es_out=target=ts:{}", expected.display()))
            .args(golden_files())),
        "protoc --es_out",
    );
    let actual = tmp.path().join("protosmith");
    let plugin = format!("es={}", es.display());
    let out = gen(tmp.path(), &golden_root(), &actual, &golden_files(), &["--plugin", &plugin, "--plugin-opt", "es=target=ts", "--lang", "es"]);
    ok(out, "protosmith gen --plugin es");
    let diff = diff_trees(&expected, &actual.join("es"), without_manifest);
    assert!(diff.is_empty(), "protoc-gen-es output differs from protoc's:\n{diff}");
    assert_eq!(common::files_under(&expected).len(), golden_files().len());

    let ts_files: Vec<String> = common::files_under(&actual.join("es")).into_iter().filter(|f| f.ends_with(".ts")).collect();
    let config = serde_json::json!({
        "compilerOptions": {"strict": true, "noEmit": true, "target": "es2020", "module": "nodenext", "moduleResolution": "nodenext", "types": [], "pretty": false},
        "files": ts_files,
    });
    std::fs::write(actual.join("es/tsconfig.json"), config.to_string()).unwrap();
    ok(run(Command::new(tool("node_modules/.bin/tsc")).current_dir(actual.join("es")).args(["-p", "tsconfig.json"])), "tsc --strict on protoc-gen-es output");
}

/// mypy-protobuf's plugins, configured in protosmith.toml and sharing one folder, write what
/// protoc + the same plugins writes.
#[test]
fn mypy_plugins_match_protoc() {
    let tmp = scratch("mypy");
    let (mypy, mypy_grpc) = (tool(".venv/bin/protoc-gen-mypy"), tool(".venv/bin/protoc-gen-mypy_grpc"));
    let expected = tmp.path().join("protoc");
    std::fs::create_dir_all(&expected).unwrap();
    ok(
        run(Command::new(protoc())
            .arg("-I")
            .arg(golden_root())
            .arg(format!("--plugin=protoc-gen-mypy={}", mypy.display()))
            .arg(format!("--plugin=protoc-gen-mypy_grpc={}", mypy_grpc.display()))
            .arg(format!("--mypy_out=readable_stubs:{}", expected.display()))
            .arg(format!("--mypy_grpc_out={}", expected.display()))
            .args(golden_files())),
        "protoc --mypy_out --mypy_grpc_out",
    );
    let config = tmp.path().join("protosmith.toml");
    std::fs::write(
        &config,
        format!(
            "[plugins.mypy]\ncommand = {:?}\nout = \"stubs\"\nopt = \"readable_stubs\"\n\n[plugins.mypy_grpc]\ncommand = {:?}\nout = \"stubs\"\n",
            mypy.display().to_string(),
            mypy_grpc.display().to_string()
        ),
    )
    .unwrap();
    let actual = tmp.path().join("out");
    let out = run(Command::new(bin()).arg("gen").arg("--config").arg(&config).arg("-I").arg(golden_root()).arg("--out").arg(&actual).args(golden_files()));
    ok(out, "protosmith gen with [plugins.mypy]");
    let roots: Vec<_> = std::fs::read_dir(&actual).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(roots, ["stubs"], "a config naming only plugins runs only them");
    let diff = diff_trees(&expected, &actual.join("stubs"), without_manifest);
    assert!(diff.is_empty(), "mypy-protobuf output differs from protoc's:\n{diff}");
}

/// A plugin written as a shell script, in `dir`.
fn script(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.display().to_string()
}

/// Runs gen with the plugin `bad` over the golden `nopackage.proto` into `out` (which already
/// holds a previous run's output); returns stderr and checks exit 2 and an untouched tree.
fn faulty(tmp: &Path, cmd: &str, extra: &[&str]) -> String {
    let out = tmp.join("out");
    let files = vec!["nopackage.proto".to_string()];
    ok(gen(tmp, &golden_root(), &out, &files, &["--lang", "python"]), "first run");
    let before = snapshot(&out);
    let plugin = format!("bad={cmd}");
    let mut args = vec!["--lang", "python", "--plugin", plugin.as_str(), "--lang", "bad"];
    args.extend_from_slice(extra);
    let run = gen(tmp, &golden_root(), &out, &files, &args);
    assert_eq!(run.status.code(), Some(2), "a faulty plugin is exit 2: {}", text(&run.stderr));
    assert_eq!(snapshot(&out), before, "nothing may be written when a plugin fails");
    let stderr = text(&run.stderr);
    assert!(stderr.contains("plugin `bad`"), "the error names the plugin:\n{stderr}");
    stderr
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    common::files_under(dir).into_iter().map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap())).collect()
}

#[test]
fn plugin_faults_are_clear_errors_and_write_nothing() {
    let tmp = scratch("faults");
    let d = tmp.path();
    let e = faulty(d, &script(d, "exit1", "echo 'something broke' >&2; exit 1"), &[]);
    assert!(e.contains("exited with status 1") && e.contains("something broke"), "{e}");
    let e = faulty(d, &script(d, "crash", "kill -SEGV $$"), &[]);
    assert!(e.contains("exited with signal 11"), "{e}");
    let e = faulty(d, &script(d, "garbage", "cat >/dev/null; echo 'hello from a plugin that prints to stdout'"), &[]);
    assert!(e.contains("not a CodeGeneratorResponse"), "{e}");
    // CodeGeneratorResponse { error: "boom: bad input" }
    let e = faulty(d, &script(d, "error", "cat >/dev/null; printf '\\012\\017boom: bad input'"), &[]);
    assert!(e.contains("plugin `bad` reported an error: boom: bad input"), "{e}");
    // CodeGeneratorResponse { supported_features: 1, file { name: "../x" content: "x" } }
    let e = faulty(d, &script(d, "escape", "cat >/dev/null; printf '\\020\\001\\172\\011\\012\\004../x\\172\\001x'"), &[]);
    assert!(e.contains("refusing output path `../x`"), "{e}");
    assert!(!d.join("x").exists());
    // An empty response without FEATURE_PROTO3_OPTIONAL, on a file with proto3 optional fields.
    let files = vec!["scalars/scalars.proto".to_string()];
    let run = gen(d, &golden_root(), &d.join("out3"), &files, &["--plugin", &format!("old={}", script(d, "old", "cat >/dev/null")), "--lang", "old"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("hasn't been updated to support optional fields in proto3"), "{}", text(&run.stderr));
    assert!(!d.join("out3").exists());
    let e = faulty(d, "/nonexistent/protoc-gen-nothing", &[]);
    assert!(e.contains("cannot start"), "{e}");
}

/// A plugin that never exits is killed at --plugin-timeout, with whatever it started.
#[test]
fn plugin_timeout_kills_the_plugin() {
    let tmp = scratch("timeout");
    let d = tmp.path();
    let pidfile = d.join("child.pid");
    let body = format!("sleep 300 & echo $! > {}; wait", pidfile.display());
    let started = Instant::now();
    let e = faulty(d, &script(d, "hang", &body), &["--plugin-timeout", "1"]);
    assert!(e.contains("did not finish within 1s"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(60), "the timeout was not enforced");
    let pid = std::fs::read_to_string(&pidfile).unwrap().trim().to_string();
    std::thread::sleep(Duration::from_millis(200));
    let alive = Path::new(&format!("/proc/{pid}")).exists()
        && !std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default().contains(") Z ");
    assert!(!alive, "the plugin's child {pid} outlived the timeout");
}

/// A plugin writing into a built-in language's folder shares its root: it may insert into
/// files generated there, at their `@@protoc_insertion_point`s, with the marker's indent.
#[test]
fn insertion_points_into_built_in_output() {
    let tmp = scratch("insert");
    let d = tmp.path();
    // CodeGeneratorResponse { supported_features: 1, file { name: "nopackage_pb2.py" insertion_point: "imports" content: "import extra\n" } }
    let name = "nopackage_pb2.py";
    let point = "imports";
    let content = "import extra\n";
    let mut inner = vec![0x0a, name.len() as u8];
    inner.extend_from_slice(name.as_bytes());
    inner.extend_from_slice(&[0x12, point.len() as u8]);
    inner.extend_from_slice(point.as_bytes());
    inner.extend_from_slice(&[0x7a, content.len() as u8]);
    inner.extend_from_slice(content.as_bytes());
    let mut resp = vec![0x10, 0x01, 0x7a, inner.len() as u8];
    resp.extend_from_slice(&inner);
    std::fs::write(d.join("resp.bin"), &resp).unwrap();
    let cmd = script(d, "ins", &format!("cat >/dev/null; cat {}", d.join("resp.bin").display()));
    let config = d.join("p.toml");
    std::fs::write(&config, format!("[python]\n[plugins.ins]\ncommand = {cmd:?}\nout = \"python\"\n")).unwrap();
    let out = d.join("out");
    ok(
        run(Command::new(bin()).arg("gen").arg("--config").arg(&config).arg("-I").arg(golden_root()).arg("--out").arg(&out).arg("nopackage.proto")),
        "gen with an inserting plugin",
    );
    let plain = d.join("plain");
    ok(gen(d, &golden_root(), &plain, &["nopackage.proto".to_string()], &["--lang", "python"]), "plain gen");
    let before = std::fs::read_to_string(plain.join("python").join(name)).unwrap();
    let after = std::fs::read_to_string(out.join("python").join(name)).unwrap();
    let expected = before.replace("# @@protoc_insertion_point(imports)\n", "import extra\n# @@protoc_insertion_point(imports)\n");
    assert_ne!(before, expected);
    assert_eq!(after, expected);
}

/// --check covers plugin output: up to date after a run, drift (exit 1) after an edit.
#[test]
fn check_mode_covers_plugin_output() {
    let tmp = scratch("check");
    let d = tmp.path();
    let out = d.join("out");
    let opt = format!("go={}", go_opt());
    let args = ["--plugin", "go", "--plugin-opt", opt.as_str(), "--lang", "go"];
    ok(gen(d, &proto_dir(), &out, &pulumi_files(), &args), "gen go");
    let mut check_args = args.to_vec();
    check_args.push("--check");
    let run1 = gen(d, &proto_dir(), &out, &pulumi_files(), &check_args);
    assert_eq!(run1.status.code(), Some(0), "{}", text(&run1.stderr));
    let file = out.join("go/pulumi/engine.pb.go");
    std::fs::write(&file, "edited\n").unwrap();
    let run2 = gen(d, &proto_dir(), &out, &pulumi_files(), &check_args);
    assert_eq!(run2.status.code(), Some(1));
    assert!(text(&run2.stdout).contains("engine.pb.go"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "edited\n", "--check writes nothing");
}

/// The request protosmith sends equals the one protoc (grpcio-tools' protoc) sends, field by
/// field, apart from: `compiler_version` (protosmith claims 3.21.12), source info (the front
/// end's spans and comments are its own subject; the well-known types protox bundles have
/// none) and google/protobuf/descriptor.proto (protox bundles a different copy).
#[test]
fn request_matches_protocs() {
    let tmp = scratch("request");
    let d = tmp.path();
    let dump = script(d, "dump", "cat > \"$DUMP_TO\"; printf '\\020\\001'");
    let files = golden_files();
    let python = tool(".venv/bin/python");
    let theirs = d.join("protoc.bin");
    std::fs::create_dir_all(d.join("o")).unwrap();
    ok(
        run(Command::new(&python)
            .args(["-m", "grpc_tools.protoc", "-I"])
            .arg(golden_root())
            .arg(format!("--plugin=protoc-gen-dump={dump}"))
            .arg(format!("--dump_out=a=1,b:{}", d.join("o").display()))
            .args(&files)
            .env("DUMP_TO", &theirs)),
        "grpc_tools.protoc --dump_out",
    );
    let ours = d.join("protosmith.bin");
    let mut cmd = Command::new(bin());
    cmd.arg("gen").arg("--config").arg(no_config(d)).arg("-I").arg(golden_root()).arg("--out").arg(d.join("o2"));
    cmd.args(["--plugin", &format!("dump={dump}"), "--plugin-opt", "dump=a=1", "--plugin-opt", "dump=b", "--lang", "dump"]);
    ok(run(cmd.args(&files).env("DUMP_TO", &ours)), "protosmith gen --plugin dump");
    let script = r#"
import sys
from google.protobuf.compiler import plugin_pb2
a, b = (plugin_pb2.CodeGeneratorRequest.FromString(open(p, 'rb').read()) for p in sys.argv[1:3])
v = b.compiler_version
assert (v.major, v.minor, v.patch, v.HasField('suffix'), v.suffix) == (3, 21, 12, True, ''), v
assert list(a.file_to_generate) == list(b.file_to_generate)
assert a.parameter == b.parameter == 'a=1,b', (a.parameter, b.parameter)
assert [f.name for f in a.proto_file] == [f.name for f in b.proto_file], 'topological order'
assert [f.name for f in a.source_file_descriptors] == [f.name for f in b.source_file_descriptors]
# protox's bundled well-known types carry no source info (protoc's do): a front-end gap.
assert all(f.HasField('source_code_info') for f in b.proto_file if not f.name.startswith('google/protobuf/'))
assert all(f.HasField('source_code_info') for f in b.source_file_descriptors)
n = 0
for kind in ('proto_file', 'source_file_descriptors'):
    for x, y in zip(getattr(a, kind), getattr(b, kind)):
        if x.name == 'google/protobuf/descriptor.proto':
            continue
        x.ClearField('source_code_info'); y.ClearField('source_code_info')
        assert x.SerializeToString() == y.SerializeToString(), (kind, x.name, x, y)
        n += 1
print(n)
"#;
    let out = ok(run(Command::new(&python).arg("-c").arg(script).arg(&theirs).arg(&ours)), "request comparison");
    let compared: usize = text(&out.stdout).trim().parse().unwrap();
    assert!(compared > 30, "compared {compared} descriptors");
}

/// Plugin mode: protoc --protosmith_out writes exactly what protosmith gen writes, for every
/// language together and each language alone with options from the parameter.
#[test]
fn plugin_mode_under_protoc_equals_gen() {
    let tmp = scratch("plugin-mode");
    let d = tmp.path();
    let plugin = PathBuf::from(env!("CARGO_BIN_EXE_protoc-gen-protosmith"));
    let cases: [(&str, &[&str]); 4] = [
        ("", &[]),
        ("lang=python;python.runtime=legacy", &["--lang", "python", "--opt", "python.runtime=legacy"]),
        ("lang=js,js.dts=false", &["--lang", "js", "--opt", "js.dts=false"]),
        ("lang=rust", &["--lang", "rust"]),
    ];
    for (i, (param, gen_args)) in cases.iter().enumerate() {
        let via_protoc = d.join(format!("protoc{i}"));
        std::fs::create_dir_all(&via_protoc).unwrap();
        let out_flag = if param.is_empty() { format!("--protosmith_out={}", via_protoc.display()) } else { format!("--protosmith_out={param}:{}", via_protoc.display()) };
        ok(
            run(Command::new(protoc())
                .arg("-I")
                .arg(golden_root())
                .arg(format!("--plugin=protoc-gen-protosmith={}", plugin.display()))
                .arg(out_flag)
                .args(golden_files())),
            "protoc --protosmith_out",
        );
        let via_gen = d.join(format!("gen{i}"));
        ok(gen(d, &golden_root(), &via_gen, &golden_files(), gen_args), "protosmith gen");
        let diff = diff_trees(&via_gen, &via_protoc, without_manifest);
        assert!(diff.is_empty(), "parameter {param:?}: plugin mode differs from gen:\n{diff}");
        assert!(!common::files_under(&via_protoc).is_empty());
    }
    // `protosmith` itself, linked as protoc-gen-protosmith, is the same plugin.
    let link = d.join("protoc-gen-protosmith");
    std::os::unix::fs::symlink(bin(), &link).unwrap();
    let via_link = d.join("link");
    std::fs::create_dir_all(&via_link).unwrap();
    ok(
        run(Command::new(protoc())
            .arg("-I")
            .arg(golden_root())
            .arg(format!("--plugin=protoc-gen-protosmith={}", link.display()))
            .arg(format!("--protosmith_out=lang=python:{}", via_link.display()))
            .args(golden_files())),
        "protoc with protosmith linked as the plugin",
    );
    let diff = diff_trees(&d.join("protoc1"), &via_link, |_| true);
    assert!(diff.is_empty(), "{diff}");
    // A bad parameter is reported through the response's error, which protoc prints.
    let bad = run(Command::new(protoc())
        .arg("-I")
        .arg(golden_root())
        .arg(format!("--plugin=protoc-gen-protosmith={}", plugin.display()))
        .arg(format!("--protosmith_out=lang=go:{}", d.display()))
        .arg("nopackage.proto"));
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("unknown language `go`"), "{}", text(&bad.stderr));
}

/// Plugin mode under buf: a buf.gen.yaml `local:` entry writes what protosmith gen writes. The
/// one exception is legacy/edge.proto, whose descriptor buf's own compiler writes differently
/// from protoc (float defaults as `1.2345678912345679e+08` rather than protoc's
/// `123456789.12345679`; an aliased enum default by its first alias): `_pb2.py` embeds the
/// descriptor it is given.
#[test]
fn plugin_mode_under_buf_equals_gen() {
    let tmp = scratch("buf");
    let d = tmp.path();
    let plugin = PathBuf::from(env!("CARGO_BIN_EXE_protoc-gen-protosmith"));
    let template = format!(
        "version: v2\nplugins:\n  - local: {}\n    out: out\n    opt: lang=python,js;python.runtime=legacy\n",
        plugin.display()
    );
    std::fs::write(d.join("buf.gen.yaml"), template).unwrap();
    ok(
        run(Command::new(tool("node_modules/.bin/buf"))
            .current_dir(d)
            .args(["generate", "--template", "buf.gen.yaml"])
            .arg(golden_root())
            .env("BUF_CACHE_DIR", d.join("cache"))),
        "buf generate",
    );
    let via_gen = d.join("gen");
    ok(gen(d, &golden_root(), &via_gen, &golden_files(), &["--lang", "python", "--lang", "js", "--opt", "python.runtime=legacy"]), "gen");
    let diff = diff_trees(&via_gen, &d.join("out"), |p| without_manifest(p) && p != "python/legacy/edge_pb2.py");
    assert!(diff.is_empty(), "buf + protoc-gen-protosmith differs from gen:\n{diff}");
    assert!(d.join("out/python/legacy/edge_pb2.py").exists());
}

/// --descriptor-set-out writes what protoc -o writes (--include-imports: the same, apart from
/// google/protobuf/descriptor.proto itself, of which protox bundles a newer copy).
#[test]
fn descriptor_set_out_matches_protoc() {
    let tmp = scratch("descriptor-set");
    let d = tmp.path();
    for (protoc_flags, our_flags) in [(&[][..], &[][..]), (&["--include_imports"][..], &["--include-imports"][..])] {
        let theirs = d.join("protoc.binpb");
        ok(run(Command::new(protoc()).arg("-I").arg(golden_root()).arg("-o").arg(&theirs).args(protoc_flags).args(golden_files())), "protoc -o");
        let ours = d.join("ours.binpb");
        let mut args = vec!["--lang", "python", "--descriptor-set-out", ours.to_str().unwrap()];
        args.extend_from_slice(our_flags);
        ok(gen(d, &golden_root(), &d.join("out"), &golden_files(), &args), "protosmith gen --descriptor-set-out");
        let (theirs, ours) = (std::fs::read(&theirs).unwrap(), std::fs::read(&ours).unwrap());
        if protoc_flags.is_empty() {
            assert!(theirs == ours, "descriptor sets differ");
        } else {
            let (a, b) = (split_set(&theirs), split_set(&ours));
            assert_eq!(a.len(), b.len());
            for ((na, fa), (nb, fb)) in a.iter().zip(&b) {
                assert_eq!(na, nb, "order");
                if na != "google/protobuf/descriptor.proto" {
                    assert!(fa == fb, "{na} differs");
                }
            }
        }
    }
    // Source info on request: protoc's bytes too (an interpreted option keeps its statement's
    // location, not its name's and value's).
    let theirs = d.join("protoc-src.binpb");
    ok(run(Command::new(protoc()).arg("-I").arg(golden_root()).arg("-o").arg(&theirs).arg("--include_source_info").args(golden_files())), "protoc -o");
    let ours = d.join("src.binpb");
    ok(gen(d, &golden_root(), &d.join("out"), &golden_files(), &["--lang", "python", "--descriptor-set-out", ours.to_str().unwrap(), "--include-source-info"]), "gen");
    let set = <prost_types::FileDescriptorSet as prost::Message>::decode(std::fs::read(&ours).unwrap().as_slice()).unwrap();
    assert!(set.file.iter().all(|f| f.source_code_info.is_some()));
    assert!(std::fs::read(&theirs).unwrap() == std::fs::read(&ours).unwrap(), "descriptor sets with source info differ");
}

/// A path component 999 is an option only where the path steps into an options message: the
/// 1000th message, field or enum value (index 999) keeps its own locations, with protoc's bytes,
/// and prost-build (which looks up every element's location) generates it.
#[test]
fn source_info_of_the_thousandth_element_matches_protoc() {
    let tmp = scratch("thousandth");
    let d = tmp.path();
    let src = d.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let mut proto = String::from("syntax = \"proto3\";\npackage big;\n\nenum E {\n");
    for v in 0..1001 {
        proto.push_str(&format!("  E_{v} = {v}; // value {v}\n"));
    }
    proto.push_str("}\n");
    for m in 0..1001 {
        proto.push_str(&format!("\n// M{m} leads.\nmessage M{m} {{\n  option deprecated = true;\n"));
        if m == 999 {
            for f in 0..1001 {
                proto.push_str(&format!("  int32 f{f} = {n} [deprecated = true]; // f{f}\n", n = f + 1));
            }
        } else {
            proto.push_str("  string name = 1 [json_name = \"n\"];\n");
        }
        proto.push_str("}\n");
    }
    std::fs::write(src.join("big.proto"), proto).unwrap();
    let theirs = d.join("protoc.binpb");
    ok(run(Command::new(protoc()).arg("-I").arg(&src).arg("-o").arg(&theirs).arg("--include_source_info").arg("big.proto")), "protoc -o");
    let ours = d.join("ours.binpb");
    let files = vec!["big.proto".to_string()];
    ok(gen(d, &src, &d.join("out"), &files, &["--lang", "rust", "--descriptor-set-out", ours.to_str().unwrap(), "--include-source-info"]), "gen");
    assert!(std::fs::read(&theirs).unwrap() == std::fs::read(&ours).unwrap(), "descriptor sets with source info differ");
    let rust = std::fs::read_to_string(d.join("out/rust/src/big.rs")).unwrap();
    assert!(rust.contains("/// M999 leads.") && rust.contains("/// f999"), "prost-build wrote the comments of index 999");
}

/// (name, bytes) of each file of a serialized FileDescriptorSet.
fn split_set(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let set = <prost_types::FileDescriptorSet as prost::Message>::decode(bytes).unwrap();
    let mut out = Vec::new();
    let mut buf = bytes;
    for f in set.file {
        // Each entry: tag 0x0a, varint length, bytes.
        assert_eq!(buf[0], 0x0a);
        buf = &buf[1..];
        let len = prost::encoding::decode_varint(&mut buf).unwrap() as usize;
        out.push((f.name().to_string(), buf[..len].to_vec()));
        buf = &buf[len..];
    }
    out
}

/// Usage errors: an unknown --lang word, --plugin-opt for an undefined plugin, a bad timeout.
#[test]
fn plugin_usage_errors() {
    let tmp = scratch("usage");
    let d = tmp.path();
    let files = vec!["nopackage.proto".to_string()];
    for (args, expect) in [
        (&["--lang", "go"][..], "unknown language or plugin `go`"),
        (&["--plugin-opt", "go=x"][..], "no plugin `go`"),
        (&["--plugin", "go", "--plugin-timeout", "0"][..], "--plugin-timeout must be a positive"),
        (&["--plugin", "py thon"][..], "invalid plugin name"),
        (&["--plugin", "js=x"][..], "built-in language"),
    ] {
        let run = gen(d, &golden_root(), &d.join("out"), &files, args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(text(&run.stderr).contains(expect), "{args:?}: {}", text(&run.stderr));
    }
    assert!(!d.join("out").exists());
}

/// `enabled = false` skips a plugin unless `--lang` names it; a command with a `/` is relative
/// to the config's folder; --check covers --descriptor-set-out.
#[test]
fn enabled_relative_command_and_descriptor_set_check() {
    let tmp = scratch("enabled");
    let d = tmp.path();
    let cfg_dir = d.join("cfg");
    std::fs::create_dir_all(cfg_dir.join("bin")).unwrap();
    // CodeGeneratorResponse { supported_features: 1, file { name: "hello.txt" content: "hi\n" } }
    script(&cfg_dir.join("bin"), "hello", "cat >/dev/null; printf '\\020\\001\\172\\020\\012\\011hello.txt\\172\\003hi\\n'");
    let config = cfg_dir.join("protosmith.toml");
    std::fs::write(&config, "[python]\n[plugins.hello]\ncommand = \"bin/hello\"\nenabled = false\n").unwrap();
    let out = d.join("out");
    let gen_with = |extra: &[&str]| {
        run(Command::new(bin()).current_dir(d).arg("gen").arg("--config").arg(&config).arg("-I").arg(golden_root()).arg("--out").arg(&out).args(extra).arg("nopackage.proto"))
    };
    ok(gen_with(&[]), "gen with a disabled plugin");
    assert!(!out.join("hello").exists(), "a disabled plugin does not run");
    assert!(out.join("python").exists());
    ok(gen_with(&["--lang", "hello"]), "gen --lang hello");
    assert_eq!(std::fs::read_to_string(out.join("hello/hello.txt")).unwrap(), "hi\n");

    let set = d.join("set.binpb");
    let set_args = ["--lang", "hello", "--descriptor-set-out", set.to_str().unwrap()];
    ok(gen_with(&set_args), "gen --descriptor-set-out");
    let mut check = set_args.to_vec();
    check.push("--check");
    assert_eq!(gen_with(&check).status.code(), Some(0));
    std::fs::write(&set, b"stale").unwrap();
    let drift = gen_with(&check);
    assert_eq!(drift.status.code(), Some(1));
    assert!(text(&drift.stdout).contains("set.binpb"));
    assert_eq!(std::fs::read(&set).unwrap(), b"stale");
}

/// An editions file in a descriptor set reaches plugins as protoc hands it on, and a plugin
/// that does not declare editions support is refused as protoc refuses it (exit 2, nothing
/// written).
#[test]
fn editions_descriptor_sets_reach_plugins() {
    let tmp = scratch("editions");
    let d = tmp.path();
    std::fs::write(d.join("ed.proto"), "edition = \"2023\";\npackage ed;\nmessage M { int32 a = 1; }\n").unwrap();
    ok(
        run(Command::new(tool(".venv/bin/python")).args(["-m", "grpc_tools.protoc", "-I"]).arg(d).arg("-o").arg(d.join("set.binpb")).arg("ed.proto")),
        "grpc_tools.protoc -o",
    );
    let gen_from_set = |out: &str, args: &[&str]| {
        run(Command::new(bin())
            .arg("gen")
            .arg("--config")
            .arg(no_config(d))
            .arg("--descriptor-set-in")
            .arg(d.join("set.binpb"))
            .arg("--out")
            .arg(d.join(out))
            .args(args))
    };
    let plugin = format!("dump={}", script(d, "dump", "cat >/dev/null; printf '\\020\\003'"));
    let first = gen_from_set("out", &["--plugin", &plugin, "--lang", "dump", "--lang", "python", "--opt", "python.runtime=7.35.1"]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    assert!(d.join("out/python/ed_pb2.py").is_file());
    // `\020\001`: proto3 optional only, no FEATURE_SUPPORTS_EDITIONS.
    let old = format!("old={}", script(d, "old", "cat >/dev/null; printf '\\020\\001'"));
    let refused = gen_from_set("out2", &["--plugin", &old, "--lang", "old"]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
    assert!(text(&refused.stderr).contains("ed.proto: is an editions file, but code generator old hasn't been updated to support editions yet"), "{}", text(&refused.stderr));
    assert!(!d.join("out2").exists());
}

//! Real peers: programs and providers written with Pulumi's published SDKs (PyPI `pulumi`,
//! pinned in scripts/requirements/venv-pulumi.txt; npm `@pulumi/pulumi`, pinned in
//! scripts/requirements/node-pulumi/) against the reference engine, and protosmith's stubs
//! dropped in place of the ones vendored inside those SDKs.

#[path = "../../../tests/common/mod.rs"]
mod common;
#[path = "../../../tests/js/grpc/support.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{run_ok, Server};

fn pulumi_python() -> PathBuf {
    common::tool(".venv-pulumi/bin/python")
}

fn site_packages_pulumi() -> PathBuf {
    let out = run_ok(Command::new(pulumi_python()).args(["-c", "import pulumi, os; print(os.path.dirname(pulumi.__file__))"]));
    PathBuf::from(common::text(&out.stdout).trim())
}

/// Runs the program of tests/pulumi/python through steps 1-4 and a destroy; returns the state
/// file after each. `pythonpath` puts another `pulumi` package in front of the installed one
/// (for the host and the dynamic provider alike).
fn python_scenario(work: &Path, pythonpath: Option<&Path>) -> Vec<String> {
    let program = work.join("program");
    std::fs::create_dir_all(&program).unwrap();
    for f in ["program.py", "Protosmith.toml"] {
        std::fs::copy(common::repo().join("tests/pulumi/python").join(f), program.join(f)).unwrap();
    }
    let state = work.join("state.json");
    let env: Vec<(&str, String)> = pythonpath.map(|p| vec![("PYTHONPATH", p.display().to_string())]).unwrap_or_default();
    let mut host = Command::new(common::repo().join("scripts/pulumi-python-host"));
    host.arg(program.join("program.py")).env("PYTHON", pulumi_python());
    host.envs(env.iter().map(|(k, v)| (k, v)));
    let host = Server::start(&mut host);
    let provider = format!("pulumi-python={} -m pulumi.dynamic", pulumi_python().display());
    let runtime = ["--runtime-address".to_string(), format!("127.0.0.1:{}", host.port)];
    run_steps(&program, &state, &provider, &runtime, &env)
}

/// `engine up` with `step=1..4`, then `engine destroy`; the state after each.
fn run_steps(program: &Path, state: &Path, provider: &str, runtime: &[String], env: &[(&str, String)]) -> Vec<String> {
    let mut states = Vec::new();
    for step in ["1", "2", "3", "4", "destroy"] {
        let mut cmd = Command::new(common::engine_bin());
        cmd.arg(if step == "destroy" { "destroy" } else { "up" });
        cmd.arg("--program").arg(program).arg("--state").arg(state).arg("--provider").arg(provider);
        if step != "destroy" {
            cmd.args(runtime).arg("--config").arg(format!("step={step}"));
        }
        cmd.envs(env.iter().map(|(k, v)| (k, v)));
        let out = run_ok(&mut cmd);
        let stdout = common::text(&out.stdout);
        assert!(!stdout.contains("s3cr3t"), "secrets must be masked in the engine's output:\n{stdout}");
        states.push(std::fs::read_to_string(state).unwrap());
    }
    states
}

fn resources(state: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(state).unwrap();
    v["resources"].as_array().unwrap().clone()
}

fn by_name<'a>(rs: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
    rs.iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("no resource {name} in {rs:#?}"))
}

fn names(state: &str) -> Vec<String> {
    resources(state).iter().map(|r| r["name"].as_str().unwrap().to_string()).collect()
}

#[test]
fn pulumi_python_program_and_dynamic_provider() {
    let work = tempfile::tempdir().unwrap();
    let states = python_scenario(work.path(), None);

    // Step 1: created, the component's children under it, exports on the stack, secret kept secret.
    let rs = resources(&states[0]);
    assert_eq!(names(&states[0]), ["pyreal-dev", "bundle", "a", "b"]);
    let stack = by_name(&rs, "pyreal-dev");
    assert_eq!(stack["urn"], "urn:pulumi:dev::pyreal::pulumi:pulumi:Stack::pyreal-dev");
    assert_eq!(stack["outputs"]["aSize"], 5);
    assert_eq!(stack["outputs"]["label"], "a has 5 bytes");
    assert_eq!(stack["outputs"]["token"]["4dabf18193072939515e22adb298388d"], "1b47061264138c4ac30d75fd1eb44270");
    assert_eq!(stack["outputs"]["token"]["value"], "s3cr3t");
    let a = by_name(&rs, "a");
    assert_eq!(a["urn"], "urn:pulumi:dev::pyreal::demo:index:Bundle$pulumi-python:dynamic:Resource::a");
    assert_eq!(a["parent"], by_name(&rs, "bundle")["urn"]);
    assert_eq!((a["id"].as_str(), &a["outputs"]["size"]), (Some("a.txt"), &serde_json::json!(5)));
    assert_eq!(by_name(&rs, "b")["dependencies"], serde_json::json!([a["urn"]]));
    assert_eq!(by_name(&rs, "bundle")["outputs"]["aSize"], 5);

    // Step 2: a updated in place.
    let rs = resources(&states[1]);
    assert_eq!(by_name(&rs, "a")["outputs"]["content"], "hello v2");
    assert_eq!(by_name(&rs, "a")["outputs"]["size"], 8);
    assert_eq!(by_name(&rs, "pyreal-dev")["outputs"]["label"], "a has 8 bytes");

    // Step 3: b replaced (new id), step 4: b deleted, destroy: nothing left.
    assert_eq!(by_name(&resources(&states[2]), "b")["id"], "b2.txt");
    assert_eq!(names(&states[3]), ["pyreal-dev", "bundle", "a"]);
    assert!(resources(&states[4]).is_empty());
}

/// protosmith regenerates the stubs vendored in the installed `pulumi` package from the
/// package's own descriptors, they replace the vendored ones (in a copy of the package), and the
/// same deployments end in the same states.
#[test]
fn protosmith_stubs_replace_the_pulumi_python_sdks() {
    let work = tempfile::tempdir().unwrap();
    let set = work.path().join("pulumi.binpb");
    let out = run_ok(Command::new(pulumi_python()).arg(common::repo().join("tests/pulumi/extract_descriptors.py")).arg(&set));
    assert!(common::text(&out.stdout).contains("of them pulumi's"), "{}", common::text(&out.stdout));
    let gen = work.path().join("gen");
    run_ok(
        Command::new(common::bin())
            .args(["gen", "--lang", "python", "--opt", "python.imports=relative", "--descriptor-set-in"])
            .arg(&set)
            .arg("--out")
            .arg(&gen),
    );

    // A copy of the installed package with protosmith's modules in place of the vendored ones.
    let shadow = work.path().join("shadow");
    copy_tree(&site_packages_pulumi(), &shadow.join("pulumi"));
    let vendored = shadow.join("pulumi/runtime/proto");
    let ours = gen.join("python/pulumi");
    let mut replaced = 0;
    for f in common::files_under(&ours) {
        if f.contains("_pb2") {
            std::fs::copy(ours.join(&f), vendored.join(&f)).unwrap_or_else(|e| panic!("{f}: {e}"));
            replaced += 1;
        }
    }
    assert!(replaced >= 60, "only {replaced} modules replaced");
    let check = run_ok(
        Command::new(pulumi_python())
            .env("PYTHONPATH", &shadow)
            .args(["-c", "import pulumi.runtime.proto.resource_pb2 as m, pulumi.dynamic; print(m.__file__)"]),
    );
    let loaded = common::text(&check.stdout);
    assert!(loaded.trim().starts_with(&shadow.display().to_string()), "{loaded}");
    assert_eq!(
        std::fs::read(loaded.trim()).unwrap(),
        std::fs::read(ours.join("resource_pb2.py")).unwrap(),
        "the shadow package must load protosmith's module"
    );

    let stock = python_scenario(&work.path().join("stock"), None);
    let swapped = python_scenario(&work.path().join("swapped"), Some(&shadow));
    for (i, (a, b)) in stock.iter().zip(&swapped).enumerate() {
        assert_eq!(strip_pickles(a), strip_pickles(b), "state after step {} differs", i + 1);
    }
}

/// The dynamic provider's pickled class embeds its source path, which differs between the two
/// runs' program directories.
fn strip_pickles(state: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(state).unwrap();
    for r in v["resources"].as_array_mut().unwrap() {
        for part in ["inputs", "outputs"] {
            if let Some(m) = r[part].as_object_mut() {
                m.remove("__provider");
            }
        }
    }
    serde_json::to_string_pretty(&v).unwrap()
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        if rel.components().any(|c| c.as_os_str() == "__pycache__") {
            continue;
        }
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn node_pulumi_modules() -> PathBuf {
    let dir = common::repo().join(".node-pulumi/node_modules");
    assert!(dir.join("@pulumi/pulumi/package.json").is_file(), "{} is missing: run scripts/setup", dir.display());
    dir
}

/// The Node program of tests/pulumi/nodejs through steps 1-4 and a destroy, run by protosmith's
/// JS language runtime (which hands it to @pulumi/pulumi's own runner) with the `nodedemo`
/// provider written with @pulumi/pulumi's provider server. `node_path` decides which
/// @pulumi/pulumi is loaded.
fn node_scenario(work: &Path, node_path: &str) -> Vec<String> {
    let program = work.join("program");
    copy_tree(&common::repo().join("tests/pulumi/nodejs/program"), &program);
    let state = work.join("state.json");
    let provider = format!("nodedemo=node {}", common::repo().join("tests/pulumi/nodejs/provider/index.js").display());
    let env = [
        ("NODE_PATH", node_path.to_string()),
        ("PROTOSMITH_PLUGIN_PATH", common::repo().join("plugins/bin").display().to_string()),
    ];
    run_steps(&program, &state, &provider, &["--runtime".into(), "nodejs".into()], &env)
}

#[test]
fn pulumi_node_program_and_provider() {
    let work = tempfile::tempdir().unwrap();
    let states = node_scenario(work.path(), &node_pulumi_modules().display().to_string());
    let rs = resources(&states[0]);
    assert_eq!(names(&states[0]), ["nodereal-dev", "bundle", "a", "b"]);
    let stack = by_name(&rs, "nodereal-dev");
    assert_eq!(stack["outputs"]["aSize"], 5);
    assert_eq!(stack["outputs"]["label"], "a has 5 bytes");
    assert_eq!(stack["outputs"]["token"]["value"], "s3cr3t");
    assert_eq!(stack["outputs"]["token"]["4dabf18193072939515e22adb298388d"], "1b47061264138c4ac30d75fd1eb44270");
    let a = by_name(&rs, "a");
    assert_eq!(a["urn"], "urn:pulumi:dev::nodereal::demo:index:Bundle$nodedemo:index:File::a");
    assert_eq!(a["provider"], "nodedemo");
    assert_eq!(by_name(&rs, "b")["dependencies"], serde_json::json!([a["urn"]]));
    assert_eq!(by_name(&resources(&states[1]), "a")["outputs"]["size"], 8);
    assert_eq!(by_name(&resources(&states[2]), "b")["id"], "b2.txt");
    assert_eq!(names(&states[3]), ["nodereal-dev", "bundle", "a"]);
    assert!(resources(&states[4]).is_empty());
}

/// protosmith's JS (from the same descriptors, extracted from the Python SDK) replaces the
/// stubs vendored in @pulumi/pulumi/proto (in a copy of the package); same states.
#[test]
fn protosmith_stubs_replace_the_pulumi_node_sdks() {
    let work = tempfile::tempdir().unwrap();
    let set = work.path().join("pulumi.binpb");
    run_ok(Command::new(pulumi_python()).arg(common::repo().join("tests/pulumi/extract_descriptors.py")).arg(&set));
    let gen = work.path().join("gen");
    run_ok(Command::new(common::bin()).args(["gen", "--lang", "js", "--descriptor-set-in"]).arg(&set).arg("--out").arg(&gen));

    let modules = node_pulumi_modules();
    let shadow = work.path().join("shadow/node_modules/@pulumi/pulumi");
    copy_tree(&modules.join("@pulumi/pulumi"), &shadow);
    let ours = gen.join("js/pulumi");
    let mut replaced = 0;
    for f in common::files_under(&ours) {
        let target = shadow.join("proto").join(&f);
        if f.ends_with(".js") || f.ends_with(".d.ts") {
            assert!(target.is_file(), "@pulumi/pulumi vendors no {f}");
            std::fs::copy(ours.join(&f), &target).unwrap();
            replaced += 1;
        }
    }
    assert!(replaced >= 60, "only {replaced} files replaced");
    let node_path = format!("{}:{}", work.path().join("shadow/node_modules").display(), modules.display());
    let check = run_ok(
        Command::new("node")
            .env("NODE_PATH", &node_path)
            .args(["-e", "console.log(require.resolve('@pulumi/pulumi/proto/resource_pb.js'))"])
            .current_dir(work.path()),
    );
    let loaded = common::text(&check.stdout);
    assert_eq!(std::fs::read(loaded.trim()).unwrap(), std::fs::read(ours.join("resource_pb.js")).unwrap(), "{loaded}");

    // The vendored files come from protoc-gen-js with Pulumi's sed in place of the global
    // prologue, which leaves cross-file classes (`proto.pulumirpc.Alias` in resource_pb.js)
    // undefined: adding a default element fails. protosmith's reach them through the module.
    let add_alias = |node_path: &str| {
        let out = Command::new("node")
            .env("NODE_PATH", node_path)
            .current_dir(work.path())
            .args(["-e", "const r = require('@pulumi/pulumi/proto/resource_pb.js'); new r.RegisterResourceRequest().addAliases(); console.log('added')"])
            .output()
            .unwrap();
        common::text(&out.stdout).trim() == "added"
    };
    assert!(!add_alias(&modules.display().to_string()), "the vendored stubs were expected to fail here");
    assert!(add_alias(&node_path), "protosmith's stubs must construct the cross-file class");

    let stock = node_scenario(&work.path().join("stock"), &modules.display().to_string());
    let swapped = node_scenario(&work.path().join("swapped"), &node_path);
    assert_eq!(stock, swapped, "the same deployments must end in the same states");
}

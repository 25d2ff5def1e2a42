//! `_pb.d.ts` / `_grpc_pb.d.ts` (grpc_tools_node_protoc_ts 5.3.x, grpc_js): byte-identical to the
//! real plugin (run through grpcio-tools' protoc) on every corpus, golden files, and `tsc
//! --strict` on code written against the declarations.

mod common;
#[path = "js/grpc/support.rs"]
mod support;

use std::path::Path;
use std::process::Command;

use support::*;

fn oracle_check(root: &Path, what: &str) -> usize {
    let files = common::protos_under(root);
    let tmp = scratch("dts-oracle");
    let expected = tmp.path().join("oracle");
    std::fs::create_dir_all(&expected).unwrap();
    oracle_dts(root, &files, &expected);
    let js = protosmith_js(root, &files, &tmp.path().join("ours"), &["js.imports=protoc"]);
    assert_same(&expected, &js, what, is_dts)
}

#[test]
fn dts_oracle_js_corpus() {
    let n = oracle_check(&js_corpus_root(), "tests/js/grpc/protos vs grpc_tools_node_protoc_ts");
    assert!(n >= 30, "{n} files");
}

#[test]
fn dts_oracle_golden_corpus() {
    let (root, _) = golden_corpus();
    oracle_check(&root, "tests/golden/protos vs grpc_tools_node_protoc_ts");
}

#[test]
fn dts_oracle_project_protocol() {
    oracle_check(&common::repo().join("proto"), "proto/ vs grpc_tools_node_protoc_ts");
}

#[test]
fn golden_corpus_dts() {
    let tmp = scratch("dts-golden");
    let (root, files) = golden_corpus();
    let js = protosmith_js(&root, &files, tmp.path(), &[]);
    golden(&common::repo().join("tests/golden/expected/js/js"), &js, is_dts);
}

#[test]
fn dts_option_off_writes_no_declarations() {
    let tmp = scratch("dts-off");
    let js = protosmith_js(&js_corpus_root(), &["rt/echo.proto".into()], tmp.path(), &["js.dts=false"]);
    let files = common::files_under(&js);
    assert!(files.iter().any(|f| f == "rt/echo_grpc_pb.js"), "{files:?}");
    assert!(!files.iter().any(|f| f.ends_with(".d.ts")), "{files:?}");
}

/// Generated declarations for the runtime fixture plus the TypeScript sources of
/// tests/js/types, laid out as `gen/` + `*.ts` in a scratch project.
fn types_project() -> tempfile::TempDir {
    let tmp = scratch("types");
    let files = vec!["rt/echo.proto".to_string(), "common/types.proto".to_string()];
    let js = protosmith_js(&js_corpus_root(), &files, &tmp.path().join("out"), &[]);
    std::fs::rename(&js, tmp.path().join("gen")).unwrap();
    for f in ["server.ts", "client.ts", "wrong.ts"] {
        std::fs::copy(common::repo().join("tests/js/types").join(f), tmp.path().join(f)).unwrap();
    }
    tmp
}

fn tsc(dir: &Path, files: &[&str]) -> std::process::Output {
    let config = serde_json::json!({
        "compilerOptions": {
            "strict": true, "noEmit": true, "target": "es2020", "module": "commonjs",
            "types": ["node"], "pretty": false
        },
        "files": files,
    });
    let name = format!("tsconfig.{}.json", files[0].trim_end_matches(".ts"));
    std::fs::write(dir.join(&name), config.to_string()).unwrap();
    run(Command::new(common::tool("node_modules/.bin/tsc")).current_dir(dir).args(["-p", &name]))
}

/// A server and a client written against the declarations type-check under `--strict`.
#[test]
fn types_strict_server_and_client_compile() {
    let tmp = types_project();
    let out = tsc(tmp.path(), &["server.ts", "client.ts"]);
    assert!(
        out.status.success(),
        "tsc --strict rejected code written against the generated .d.ts:\n{}{}",
        common::text(&out.stdout),
        common::text(&out.stderr)
    );
}

/// Deliberate misuse is rejected, each with the expected error at the expected line.
#[test]
fn types_wrong_calls_are_rejected() {
    let tmp = types_project();
    let out = tsc(tmp.path(), &["wrong.ts"]);
    let text = common::text(&out.stdout) + &common::text(&out.stderr);
    assert!(!out.status.success(), "tsc accepted wrong.ts:\n{text}");
    // (line, accepted error codes): a wrong message type is TS2740 on the argument, or TS2769
    // ("no overload matches") on compilers that report it at the call.
    let expected: [(u32, &[&str]); 4] =
        [(8, &["TS2740", "TS2769"]), (9, &["TS2345"]), (10, &["TS2739"]), (12, &["TS2322"])];
    for (line, codes) in expected {
        let hit = text.lines().any(|l| {
            l.starts_with(&format!("wrong.ts({line},")) && codes.iter().any(|c| l.contains(&format!("error {c}:")))
        });
        assert!(hit, "expected {codes:?} at wrong.ts line {line}; tsc said:\n{text}");
    }
    let errors = text.lines().filter(|l| l.contains(": error TS")).count();
    assert_eq!(errors, expected.len(), "unexpected extra errors:\n{text}");
}

/// `import public` chains: the plugin names the declaring file's module (`pub_base_pb.Base`)
/// without importing it (TS2503). protosmith's declarations are the plugin's own output for the
/// same files importing the declaring file directly, and differ from its output for the chain
/// corpus only by those `import` lines.
#[test]
fn dts_oracle_public_import_chains() {
    let tmp = scratch("dts-chain");
    let files = chain_files();
    let ours = protosmith_js(&chain_root(), &files, &tmp.path().join("ours"), &["js.imports=protoc"]);
    let variant = chain_direct_variant(&tmp.path().join("variant"));
    let direct = tmp.path().join("direct");
    std::fs::create_dir_all(&direct).unwrap();
    oracle_dts(&variant, &files, &direct);
    let n = assert_same(&direct, &ours, "chain corpus vs the plugin on direct imports", is_dts);
    assert_eq!(n, 8, "declaration files");

    let plugin = tmp.path().join("plugin");
    std::fs::create_dir_all(&plugin).unwrap();
    oracle_dts(&chain_root(), &files, &plugin);
    let mut added = Vec::new();
    for f in common::files_under(&plugin).into_iter().filter(|f| is_dts(f)) {
        let theirs = std::fs::read_to_string(plugin.join(&f)).unwrap();
        let mine = std::fs::read_to_string(ours.join(&f)).unwrap();
        let mut rest = theirs.lines();
        let mut next = rest.next();
        for line in mine.lines() {
            if Some(line) == next {
                next = rest.next();
            } else {
                added.push(format!("{f}: {line}"));
            }
        }
        assert_eq!(next, None, "{f}: the plugin's lines must all be in ours, in order");
    }
    let import = "import * as pub_base_pb from \"../pub/base_pb\";";
    let want: Vec<String> = [
        "deep/elsewhere_grpc_pb.d.ts",
        "deep/elsewhere_pb.d.ts",
        "pub/chain_grpc_pb.d.ts",
        "pub/chain_pb.d.ts",
        "pub/enum_only_pb.d.ts",
        "pub/outer_pb.d.ts",
    ]
    .iter()
    .map(|f| format!("{f}: {import}"))
    .collect();
    assert_eq!(added, want);
}

/// Code using the chained types type-checks under `--strict` against protosmith's declarations
/// and not against the plugin's (TS2503, "Cannot find namespace 'pub_base_pb'").
#[test]
fn dts_public_import_chains_type_check() {
    let tmp = scratch("dts-chain-tsc");
    std::fs::copy(common::repo().join("tests/js/chain/use.ts"), tmp.path().join("use.ts")).unwrap();
    let js = protosmith_js(&chain_root(), &chain_files(), &tmp.path().join("out"), &[]);
    std::fs::rename(&js, tmp.path().join("gen")).unwrap();
    let out = tsc(tmp.path(), &["use.ts"]);
    assert!(out.status.success(), "tsc --strict:\n{}{}", common::text(&out.stdout), common::text(&out.stderr));

    std::fs::remove_dir_all(tmp.path().join("gen")).unwrap();
    std::fs::create_dir_all(tmp.path().join("gen")).unwrap();
    oracle_dts(&chain_root(), &chain_files(), &tmp.path().join("gen"));
    let out = tsc(tmp.path(), &["use.ts"]);
    let text = common::text(&out.stdout);
    assert!(!out.status.success() && text.contains("error TS2503: Cannot find namespace 'pub_base_pb'"), "{text}");
}

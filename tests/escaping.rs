//! Property test of the escaping guarantee: whatever text a comment holds (quotes, backslashes,
//! `"""`, `*/`, lone `\r`, U+2028, control characters, astral characters) and whatever names
//! a descriptor set uses (valid identifiers, including words reserved in some target), every
//! generated Python module compiles and imports, every JS module loads (in both `js.global`
//! modes), and the `.d.ts` files
//! pass `tsc --noEmit`. Cases are batched: each proptest case is one descriptor set of many
//! files, generated once and checked with one process per tool.

mod common;

use std::process::Command;

use proptest::prelude::*;
use prost::Message as _;
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::source_code_info::Location;
use prost_types::{
    DescriptorProto, EnumDescriptorProto, EnumValueDescriptorProto, FieldDescriptorProto, FileDescriptorProto,
    FileDescriptorSet, MethodDescriptorProto, ServiceDescriptorProto, SourceCodeInfo,
};

use common::{repo, text, tool};

/// Pieces that have broken, or could break, a comment or literal in some target language.
const NASTY: &[&str] = &[
    "\"\"\"", "'''", "\\", "\\x", "\\N{", "\\u", "\\U", "\\0", "*/", "/*", "/**", "\r", "\n", "\r\n", "\u{2028}",
    "\u{2029}", "'", "\"", "`", "${", "#", "-->", "<!--", "//", "\\\n", "\t", "\u{b}", "\u{c}", "\u{85}", "\u{1}",
    "\u{7f}", "é", "😀", "\u{feff}", " ", "}", "{", ");", "import os", "@", "%s", "{{x}}",
];

/// Words some target cannot use as a type or method name (keywords of Python, JavaScript and
/// TypeScript, TypeScript's predefined type names): refused with a located error where the
/// reference tools would write code that does not compile (`reserved_names_are_refused_located`),
/// so the property test leaves them out.
const RESERVED: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "case", "catch", "const", "debugger",
    "default", "delete", "do", "enum", "export", "extends", "false", "function", "instanceof", "new", "null",
    "super", "switch", "this", "throw", "true", "typeof", "var", "void", "let", "static", "implements",
    "interface", "package", "private", "protected", "public", "any", "boolean", "number", "string", "symbol",
    "never", "object", "unknown", "bigint", "undefined",
];

fn comment() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(prop::sample::select(NASTY), 0..8).prop_map(|v| v.concat());
    let any_text = any::<String>().prop_map(|s| s.replace('\0', ""));
    prop_oneof![pieces.clone(), any_text, (pieces.clone(), any::<String>(), pieces).prop_map(|(a, b, c)| format!("{a}{}{c}", b.replace('\0', "")))]
}

fn ident() -> impl Strategy<Value = String> {
    // Names that give no JS name are refused for JS (`underscore_only_names_are_refused_for_js`).
    "[A-Za-z_][A-Za-z0-9_]{0,7}".prop_filter("reserved in a target language, or no JS name", |s| {
        !RESERVED.contains(&s.as_str()) && s.trim_start_matches('_').bytes().next().is_some_and(|b| !b.is_ascii_digit())
    })
}

#[derive(Debug, Clone)]
struct Spec {
    message: String,
    field: String,
    method: String,
    comments: Vec<String>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (ident(), ident(), ident(), prop::collection::vec(comment(), 9))
        .prop_map(|(message, field, method, comments)| Spec { message: format!("M{message}"), field, method, comments })
}

fn location(path: &[i32], leading: &str, trailing: &str, detached: &str) -> Location {
    Location {
        path: path.to_vec(),
        span: vec![0, 0, 1],
        leading_comments: Some(leading.to_string()),
        trailing_comments: Some(trailing.to_string()),
        leading_detached_comments: vec![detached.to_string()],
    }
}

fn file(i: usize, s: &Spec) -> FileDescriptorProto {
    let package = format!("p{i}");
    let message = format!(".{package}.{}", s.message);
    let c = &s.comments;
    FileDescriptorProto {
        name: Some(format!("p{i}/f.proto")),
        package: Some(package.clone()),
        syntax: Some("proto3".into()),
        message_type: vec![DescriptorProto {
            name: Some(s.message.clone()),
            field: vec![FieldDescriptorProto {
                name: Some(s.field.clone()),
                number: Some(1),
                label: Some(Label::Optional as i32),
                r#type: Some(Type::String as i32),
                json_name: None,
                ..Default::default()
            }],
            ..Default::default()
        }],
        enum_type: vec![EnumDescriptorProto {
            name: Some("Kind".into()),
            value: vec![EnumValueDescriptorProto { name: Some(format!("KIND_{}", s.field.to_uppercase())), number: Some(0), options: None }],
            ..Default::default()
        }],
        service: vec![ServiceDescriptorProto {
            name: Some("Svc".into()),
            method: vec![MethodDescriptorProto {
                name: Some(s.method.clone()),
                input_type: Some(message.clone()),
                output_type: Some(message),
                ..Default::default()
            }],
            options: None,
        }],
        source_code_info: Some(SourceCodeInfo {
            location: vec![
                location(&[12], &c[0], &c[1], &c[2]),
                location(&[4, 0], &c[3], &c[4], &c[5]),
                location(&[4, 0, 2, 0], &c[6], &c[7], &c[8]),
                location(&[5, 0], &c[1], &c[0], &c[3]),
                location(&[5, 0, 2, 0], &c[4], &c[5], &c[6]),
                location(&[6, 0], &c[7], &c[8], &c[0]),
                location(&[6, 0, 2, 0], &c[2], &c[3], &c[4]),
            ],
        }),
        ..Default::default()
    }
}

fn run(cmd: &mut Command, what: &str) -> Result<(), TestCaseError> {
    let out = cmd.output().unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(TestCaseError::fail(format!("{what} failed:\n{}{}", text(&out.stdout), text(&out.stderr))))
    }
}

const PYTHON_CHECK: &str = r#"
import importlib, pathlib, sys
root = pathlib.Path(sys.argv[1])
sys.path.insert(0, str(root))
for p in sorted(root.rglob('*.py*')):
    compile(p.read_bytes(), str(p), 'exec')
modules = sorted(root.rglob('*_pb2*.py'))
for p in modules:
    importlib.import_module('.'.join(p.relative_to(root).with_suffix('').parts))
assert modules, 'no modules'
"#;

const JS_CHECK: &str = r#"
const fs = require('fs'), path = require('path');
const walk = d => fs.readdirSync(d, {withFileTypes: true}).flatMap(e => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
const modules = walk(process.argv[1]).filter(f => f.endsWith('.js')).sort();
for (const f of modules) require(f);
if (modules.length === 0) throw new Error('no modules');
"#;

fn check_batch(specs: &[Spec]) -> Result<(), TestCaseError> {
    let scratch = repo().join("target/escaping-tests");
    std::fs::create_dir_all(&scratch).unwrap();
    // Inside the repo, so that `tsc` and `require` find node_modules.
    let dir = tempfile::Builder::new().prefix("case").tempdir_in(&scratch).unwrap();
    let set = FileDescriptorSet { file: specs.iter().enumerate().map(|(i, s)| file(i, s)).collect() };
    let set_path = dir.path().join("set.binpb");
    std::fs::write(&set_path, set.encode_to_vec()).unwrap();
    let out = dir.path().join("out");
    run(
        Command::new(common::bin()).args(["gen", "--lang", "python", "--lang", "js", "--descriptor-set-in"]).arg(&set_path).arg("--out").arg(&out),
        "protosmith gen",
    )?;
    run(Command::new(tool(".venv/bin/python")).args(["-c", PYTHON_CHECK]).arg(out.join("python")), "python compile + import")?;
    run(
        Command::new("node").args(["-e", JS_CHECK]).arg(out.join("js")).env("NODE_PATH", repo().join("node_modules")),
        "node require",
    )?;
    // protoc-gen-js's own layout (`js.global=protoc`, `js.imports=protoc`) writes the same text
    // through other templates' paths: it must load too.
    let protoc_mode = dir.path().join("out-protoc");
    run(
        Command::new(common::bin())
            .args(["gen", "--lang", "js", "--opt", "js.global=protoc", "--opt", "js.imports=protoc", "--opt", "js.dts=false", "--descriptor-set-in"])
            .arg(&set_path)
            .arg("--out")
            .arg(&protoc_mode),
        "protosmith gen (js.global=protoc)",
    )?;
    run(
        Command::new("node").args(["-e", JS_CHECK]).arg(protoc_mode.join("js")).env("NODE_PATH", repo().join("node_modules")),
        "node require (js.global=protoc)",
    )?;
    let dts: Vec<String> = common::files_under(&out.join("js")).into_iter().filter(|f| f.ends_with(".d.ts")).collect();
    let config = serde_json::json!({
        "compilerOptions": { "strict": true, "noEmit": true, "target": "es2020", "module": "commonjs", "types": ["node"], "pretty": false },
        "files": dts,
    });
    std::fs::write(out.join("js/tsconfig.json"), config.to_string()).unwrap();
    run(Command::new(tool("node_modules/.bin/tsc")).current_dir(out.join("js")).args(["-p", "tsconfig.json"]), "tsc --noEmit")?;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3, max_shrink_iters: 8, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_comments_and_names_give_loadable_output(specs in prop::collection::vec(spec(), 16)) {
        check_batch(&specs)?;
    }
}

/// The pieces one by one in every commented place, so each is covered whatever the sampling.
#[test]
fn every_nasty_piece_alone() {
    let specs: Vec<Spec> = NASTY
        .iter()
        .map(|p| Spec { message: "M".into(), field: "f".into(), method: "X".into(), comments: vec![format!(" a{p}b {p}\n"); 9] })
        .collect();
    check_batch(&specs).unwrap();
}


/// protoc-gen-js derives no usable name from a field called `__` or `_0x` (its output does
/// not load): refused for JS, by file and field; Python is fine with them.
#[test]
fn underscore_only_names_are_refused_for_js() {
    for name in ["__", "_0x"] {
        let spec = Spec { message: "M".into(), field: name.into(), method: "X".into(), comments: vec![String::new(); 9] };
        let dir = tempfile::tempdir().unwrap();
        let set = dir.path().join("set.binpb");
        std::fs::write(&set, FileDescriptorSet { file: vec![file(0, &spec)] }.encode_to_vec()).unwrap();
        let run = |lang: &str| Command::new(common::bin()).args(["gen", "--lang", lang, "--descriptor-set-in"]).arg(&set).arg("--out").arg(dir.path().join(lang)).output().unwrap();
        let js = run("js");
        assert_eq!(js.status.code(), Some(2), "{}", text(&js.stderr));
        assert!(text(&js.stderr).contains("p0/f.proto") && text(&js.stderr).contains(&format!("p0.M.{name}")), "{}", text(&js.stderr));
        assert!(run("python").status.success());
        std::fs::remove_dir_all(dir.path().join("python")).unwrap();
    }
}


/// A Python keyword naming a service, method or rpc message gives a `_pb2_grpc.py` that does not
/// compile (grpcio-tools writes `def class(...)`, `x_pb2.def`); a word TypeScript reserves
/// naming a message gives a `.d.ts` tsc rejects (`export class delete`). Refused, naming the
/// file and the element; a keyword-named field is fine everywhere.
#[test]
fn reserved_names_are_refused_located() {
    let base = Spec { message: "M".into(), field: "f".into(), method: "X".into(), comments: vec![String::new(); 9] };
    let cases = [
        ("python", Spec { method: "def".into(), ..base.clone() }, "p0.Svc.def"),
        ("python", Spec { message: "None".into(), ..base.clone() }, "p0.None"),
        ("js", Spec { message: "delete".into(), ..base.clone() }, "p0.delete"),
        ("js", Spec { message: "number".into(), ..base.clone() }, "p0.number"),
        ("js", Spec { method: "new".into(), ..base.clone() }, "p0.Svc.new"),
    ];
    for (lang, spec, element) in cases {
        let dir = tempfile::tempdir().unwrap();
        let set = dir.path().join("set.binpb");
        std::fs::write(&set, FileDescriptorSet { file: vec![file(0, &spec)] }.encode_to_vec()).unwrap();
        let out = Command::new(common::bin()).args(["gen", "--lang", lang, "--descriptor-set-in"]).arg(&set).arg("--out").arg(dir.path().join("o")).output().unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{lang} {element}: {err}");
        assert!(err.contains("p0/f.proto") && err.contains(element), "{lang} {element}: {err}");
        assert!(!dir.path().join("o").exists());
    }
    let fields: Vec<Spec> = ["class", "def", "default", "delete", "None", "number"]
        .iter()
        .map(|w| Spec { field: w.to_string(), ..base.clone() })
        .collect();
    check_batch(&fields).unwrap();
}

//! Protobuf Editions (2023, 2024) in the front end and the Python generator:
//! - every file under tests/editions/refused is refused as protoc 35.1 (grpcio-tools 1.85.1)
//!   refuses it: exit 2, nothing written, protoc's first line word for word at its line and
//!   column, the whole message golden in `refused/NAME.err` (UPDATE_GOLDEN=1 rewrites);
//! - the corpus tests/editions/protos (both editions, an editions file importing proto3 and
//!   the reverse) gives `_pb2.py`, `_pb2_grpc.py`, `.pyi` and `_pb2_grpc.pyi` identical to
//!   grpcio-tools 1.85.1 and mypy-protobuf 5.1.0, from sources and from a descriptor set;
//! - features resolve as protoc resolves them (read through the model);
//! - the legacy `_pb2.py` dialect refuses editions files, naming the option to use.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{assert_same, files_under, protos_under, protosmith, repo, text, tool};
use protosmith::model::{EnumType, FieldKind, FieldPresence, Label, Model, Presence, RepeatedFieldEncoding, Syntax, Utf8Validation};

fn root() -> PathBuf {
    repo().join("tests/editions")
}

fn corpus() -> PathBuf {
    root().join("protos")
}

const CURRENT: &[&str] = &["--opt", "python.runtime=7.35.1", "--opt", "python.grpc=1.85.1", "--opt", "python.pyi_grpc=mypy"];

fn grpc_tools(args: &[&str], cwd: &Path) {
    let out = Command::new(tool(".venv/bin/python")).args(["-m", "grpc_tools.protoc"]).args(args).current_dir(cwd).output().unwrap();
    assert!(out.status.success(), "grpc_tools.protoc {args:?} failed:\n{}", text(&out.stderr));
}

/// grpcio-tools 1.85.1 (`_pb2.py`, `_pb2_grpc.py`) and mypy-protobuf 5.1.0 (`.pyi`) on `files`,
/// reading `src` (`-I DIR` or `--descriptor_set_in=FILE`).
fn oracle(src: &str, files: &[String], out: &Path) {
    std::fs::create_dir_all(out).unwrap();
    let mypy = tool(".venv/bin/protoc-gen-mypy");
    let mypy_grpc = tool(".venv/bin/protoc-gen-mypy_grpc");
    let mut args: Vec<String> = vec![
        src.to_string(),
        format!("--python_out={}", out.display()),
        format!("--grpc_python_out={}", out.display()),
        format!("--plugin=protoc-gen-mypy={}", mypy.display()),
        format!("--plugin=protoc-gen-mypy_grpc={}", mypy_grpc.display()),
        format!("--mypy_out=quiet:{}", out.display()),
        format!("--mypy_grpc_out=quiet:{}", out.display()),
    ];
    args.extend(files.iter().cloned());
    grpc_tools(&args.iter().map(String::as_str).collect::<Vec<_>>(), &repo());
}

fn ours(src: &[&str], files: &[String], out: &Path) {
    let mut args: Vec<&str> = vec!["gen"];
    args.extend(src);
    let out_s = out.display().to_string();
    args.extend(["--out", &out_s, "--lang", "python"]);
    args.extend(CURRENT);
    args.extend(files.iter().map(String::as_str));
    let run = protosmith(&repo(), &args);
    assert!(run.status.success(), "protosmith {args:?} failed:\n{}", text(&run.stderr));
}

fn is_python(f: &str) -> bool {
    (f.ends_with(".py") || f.ends_with(".pyi")) && !f.ends_with("__init__.py")
}

#[test]
fn corpus_python_matches_grpcio_tools_and_mypy() {
    let files = protos_under(&corpus());
    assert!(files.len() >= 6, "{files:?}");
    let dir = tempfile::tempdir().unwrap();
    oracle(&format!("-I{}", corpus().display()), &files, &dir.path().join("oracle"));
    ours(&["-I", corpus().to_str().unwrap()], &files, &dir.path().join("ours"));
    let n = assert_same(&dir.path().join("oracle"), &dir.path().join("ours/python"), "editions corpus, sources", is_python);
    assert_eq!(n, files.len() * 4, "_pb2.py, _pb2_grpc.py, _pb2.pyi and _pb2_grpc.pyi per file");
}

/// A descriptor set holding editions files (protoc's `-o`, imports and source info included)
/// generates what protoc generates from the same set.
#[test]
fn corpus_from_a_descriptor_set() {
    // protoc's `-o` leaves out source-retention options, so a set of legacy_names.proto lost
    // its naming-style opt-out and protoc itself refuses to read it back.
    let files: Vec<String> = protos_under(&corpus()).into_iter().filter(|f| f != "ed2024/legacy_names.proto").collect();
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("set.binpb");
    let mut args = vec![
        format!("-I{}", corpus().display()),
        format!("--descriptor_set_out={}", set.display()),
        "--include_imports".to_string(),
        "--include_source_info".to_string(),
    ];
    args.extend(files.iter().cloned());
    grpc_tools(&args.iter().map(String::as_str).collect::<Vec<_>>(), &repo());
    oracle(&format!("--descriptor_set_in={}", set.display()), &files, &dir.path().join("oracle"));
    ours(&["--descriptor-set-in", set.to_str().unwrap()], &files, &dir.path().join("ours"));
    let n = assert_same(&dir.path().join("oracle"), &dir.path().join("ours/python"), "editions corpus, descriptor set", is_python);
    assert_eq!(n, files.len() * 4);
}

#[test]
fn legacy_python_refuses_editions_naming_the_option() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = protosmith(&corpus(), &["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "ed2023/features.proto"]);
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{err}");
    assert!(err.contains("`python.runtime = \"legacy\"` (the default, for protobuf runtimes that predate editions) cannot generate editions files"), "{err}");
    assert!(err.contains("set `python.runtime` to the protobuf version the code runs on, e.g. `python.runtime=7.35.1`"), "{err}");
    assert!(err.contains("(1):\n  ed2023/features.proto: edition 2023"), "{err}");
    assert!(!out.exists(), "nothing is written");
    // A run of several files names every editions file, and only those.
    let files = ["ed2023/features.proto", "plain/p3.proto", "ed2024/options.proto", "ed2023/aggregate.proto"];
    let run = protosmith(&corpus(), &[&["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python"][..], &files].concat());
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{err}");
    let listed = "(3):\n  ed2023/aggregate.proto: edition 2023\n  ed2023/features.proto: edition 2023\n  ed2024/options.proto: edition 2024\n";
    assert!(err.contains(listed), "{err}");
    assert!(!err.contains("p3.proto"), "{err}");
    assert!(!out.exists(), "nothing is written");
    // The option the message names makes the same run succeed.
    let run = protosmith(&corpus(), &[&["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "--opt", "python.runtime=7.35.1"][..], &files].concat());
    assert!(run.status.success(), "{}", text(&run.stderr));
    std::fs::remove_dir_all(&out).unwrap();
    // proto3 files of the same tree still generate under legacy.
    let run = protosmith(&corpus(), &["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "plain/p3.proto"]);
    assert!(run.status.success(), "{}", text(&run.stderr));
}

/// Each refused file: exit 2, nothing written, the golden message, protoc's first line.
#[test]
fn refusals_match_protoc() {
    let update = common::updating_golden();
    let names: Vec<String> =
        protos_under(&root()).into_iter().filter(|n| n.starts_with("refused/") && !n.starts_with("refused/deps/")).collect();
    assert!(names.len() >= 40, "{names:?}");
    let mut failures = Vec::new();
    for name in names {
        let out_dir = tempfile::tempdir().unwrap();
        let mut args = vec!["gen", "-I", ".", "--out", out_dir.path().to_str().unwrap(), "--lang", "python"];
        args.extend(CURRENT);
        args.push(&name);
        let run = protosmith(&root(), &args);
        let err = text(&run.stderr);
        if run.status.code() != Some(2) {
            failures.push(format!("{name}: exit {:?}: {err}", run.status.code()));
            continue;
        }
        if !files_under(out_dir.path()).is_empty() {
            failures.push(format!("{name}: something was written"));
        }
        let golden = root().join(format!("{}.err", name.trim_end_matches(".proto")));
        if update {
            std::fs::write(&golden, &err).unwrap();
        } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(err.as_str()) {
            failures.push(format!("{name}: stderr differs from {}:\n{err}", golden.display()));
        }
        let protoc = Command::new(tool(".venv/bin/python"))
            .args(["-m", "grpc_tools.protoc", "-I", ".", "-o", "/dev/null", &name])
            .current_dir(root())
            .output()
            .unwrap();
        assert!(!protoc.status.success(), "protoc accepts {name}");
        let first = text(&protoc.stderr).lines().find(|l| l.starts_with(&name)).unwrap_or_default().to_string();
        if err.lines().next().and_then(|l| l.strip_prefix("error: ")) != Some(first.as_str()) {
            failures.push(format!("{name}: protoc says `{first}`, we say:\n{err}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn model_of(files: &[&str]) -> Model {
    let input = protosmith::compile::Input::Sources { includes: vec![corpus()], files: files.iter().map(|s| s.to_string()).collect() };
    let compiled = protosmith::compile::compile(&input).unwrap();
    Model::build(&compiled)
}

/// The model carries protoc's resolution: edition defaults, file → message → field / oneof,
/// enum features, and the older fields (label, kind, presence, packed) derived from them.
#[test]
fn features_resolve_as_protoc_resolves_them() {
    let model = model_of(&["ed2023/features.proto", "ed2023/implicit_file.proto", "ed2024/visibility.proto"]);
    let file = model.file("ed2023/features.proto").unwrap();
    assert_eq!(file.syntax, Syntax::Editions);
    assert_eq!(file.edition.map(|e| e.name()), Some("2023"));
    // The file writes utf8_validation = NONE; everything else is 2023's default.
    assert_eq!(file.features.utf8_validation, Utf8Validation::None);
    assert_eq!(file.features.field_presence, FieldPresence::Explicit);
    let m = model.message("editions.ed2023.Everything").unwrap();
    let field = |name: &str| m.fields.iter().find(|f| f.name == name).unwrap();
    assert_eq!(field("explicit_int").presence, Presence::Explicit);
    assert_eq!(field("implicit_int").presence, Presence::Implicit);
    assert_eq!(field("implicit_int").written_field_presence, Some(FieldPresence::Implicit));
    assert_eq!(field("required_string").label, Label::Required);
    assert_eq!(field("required_string").features.field_presence, FieldPresence::LegacyRequired);
    assert!(field("packed_ints").packed);
    assert!(!field("expanded_ints").packed);
    assert_eq!(field("expanded_ints").features.repeated_field_encoding, RepeatedFieldEncoding::Expanded);
    assert_eq!(field("delimited").kind, FieldKind::Group("editions.ed2023.Everything.Inner".into()));
    assert_eq!(field("delimited_list").kind, FieldKind::Group("editions.ed2023.Everything.Inner".into()));
    assert!(matches!(field("by_name").kind, FieldKind::Message(_)), "a map stays a message");
    assert_eq!(field("verified").features.utf8_validation, Utf8Validation::Verify);
    assert_eq!(field("blob").features.utf8_validation, Utf8Validation::None, "inherited from the file");
    assert!(!field("closed_list").packed || field("closed_list").features.repeated_field_encoding == RepeatedFieldEncoding::Packed);
    assert_eq!(field("name").presence, Presence::Explicit, "oneof members have presence");
    assert!(!field("explicit_int").proto3_optional);
    assert!(model.enumeration("editions.ed2023.Closed").unwrap().closed);
    assert!(!model.enumeration("editions.ed2023.Open").unwrap().closed);
    assert_eq!(model.enumeration("editions.ed2023.Closed").unwrap().features.enum_type, EnumType::Closed);
    // Extensions are explicit; a repeated extension takes the file's packed default.
    let ext = file.extensions.iter().find(|f| f.name == "ext_packed").unwrap();
    assert!(ext.packed);
    assert_eq!(file.extensions.iter().find(|f| f.name == "ext_int").unwrap().presence, Presence::Explicit);
    // A file-wide IMPLICIT reaches fields, except messages (always explicit) and overrides.
    let s = model.message("editions.implicit.Scalars").unwrap();
    let sf = |name: &str| s.fields.iter().find(|f| f.name == name).unwrap();
    assert_eq!(sf("plain").presence, Presence::Implicit);
    assert_eq!(sf("with_presence").presence, Presence::Explicit);
    assert_eq!(sf("child").presence, Presence::Explicit);
    assert_eq!(model.file("ed2023/implicit_file.proto").unwrap().written_field_presence, Some(FieldPresence::Implicit));
    // 2024's defaults; its option import is no import of the generated module.
    let v = model.file("ed2024/visibility.proto").unwrap();
    assert_eq!(v.edition.map(|e| e.name()), Some("2024"));
    assert_eq!(v.features.enforce_naming_style, protosmith::model::EnforceNamingStyle::Style2024);
    assert!(v.dependencies.is_empty(), "{:?}", v.dependencies);
    // proto2 and proto3 resolve as the editions PROTO2 / PROTO3.
    let p3 = model_of(&["plain/p3.proto"]);
    let p3 = p3.file("plain/p3.proto").unwrap();
    assert_eq!((p3.edition, p3.features.field_presence, p3.features.enum_type), (None, FieldPresence::Implicit, EnumType::Open));
}

/// protosmith as a protoc plugin declares editions 2023-2024 and writes for editions files
/// what `gen` writes.
#[test]
fn plugin_mode_generates_editions_files() {
    let files = protos_under(&corpus());
    let dir = tempfile::tempdir().unwrap();
    let plugin = PathBuf::from(env!("CARGO_BIN_EXE_protoc-gen-protosmith"));
    let via_protoc = dir.path().join("protoc");
    std::fs::create_dir_all(&via_protoc).unwrap();
    let mut args = vec![
        format!("-I{}", corpus().display()),
        format!("--plugin=protoc-gen-protosmith={}", plugin.display()),
        format!("--protosmith_out=lang=python,python.runtime=7.35.1,python.grpc=1.85.1,python.pyi_grpc=mypy:{}", via_protoc.display()),
    ];
    args.extend(files.iter().cloned());
    grpc_tools(&args.iter().map(String::as_str).collect::<Vec<_>>(), &repo());
    ours(&["-I", corpus().to_str().unwrap()], &files, &dir.path().join("gen"));
    let n = assert_same(&dir.path().join("gen/python"), &via_protoc.join("python"), "protoc --protosmith_out vs gen", is_python);
    assert_eq!(n, files.len() * 4);
}

/// `--descriptor-set-out --include-source-info` writes protoc's `-o --include_source_info`
/// bytes for editions files: protoc's descriptor (`edition`, features in the options) and the
/// feature options' source locations under their interpreted paths (`[.., 8, 21, 1]`).
#[test]
fn descriptor_set_out_equals_protoc() {
    let dir = tempfile::tempdir().unwrap();
    // legacy_names.proto sets the source-retention `enforce_naming_style` and source_option.proto
    // a custom source-retention option, which `-o` leaves out; with source info, the locations
    // of the parts of every interpreted option (`[retention = ...]` included) are left out too.
    let accepted = root().join("accepted");
    let files = [
        (corpus(), "ed2023/aggregate.proto"),
        (corpus(), "ed2023/implicit_file.proto"),
        (corpus(), "ed2024/legacy_names.proto"),
        (accepted.clone(), "source_option.proto"),
    ];
    for (include, name) in files {
        let theirs = dir.path().join("theirs.binpb");
        let args = [format!("-I{}", include.display()), format!("-o{}", theirs.display()), "--include_source_info".into(), name.into()];
        grpc_tools(&args.iter().map(String::as_str).collect::<Vec<_>>(), &repo());
        let ours = dir.path().join("ours.binpb");
        let out = dir.path().join("out");
        let run = protosmith(
            &include,
            &["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "--opt", "python.runtime=7.35.1", "--descriptor-set-out", ours.to_str().unwrap(), "--include-source-info", name],
        );
        assert!(run.status.success(), "{}", text(&run.stderr));
        assert!(std::fs::read(&theirs).unwrap() == std::fs::read(&ours).unwrap(), "{name}: descriptor set differs from protoc's");
        // And without source info.
        let args = [format!("-I{}", include.display()), format!("-o{}", theirs.display()), name.into()];
        grpc_tools(&args.iter().map(String::as_str).collect::<Vec<_>>(), &repo());
        let run = protosmith(
            &include,
            &["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "--opt", "python.runtime=7.35.1", "--descriptor-set-out", ours.to_str().unwrap(), name],
        );
        assert!(run.status.success(), "{}", text(&run.stderr));
        assert!(std::fs::read(&theirs).unwrap() == std::fs::read(&ours).unwrap(), "{name}: descriptor set (no source info) differs from protoc's");
    }
}

/// Files protoc accepts beyond the corpus (tests/editions/accepted): protoc's built-in
/// `google/protobuf/cpp_features.proto` / `java_features.proto` imported with no include root
/// holding them, and JSON-name collisions under `json_format = LEGACY_BEST_EFFORT` (protoc
/// warns). `_pb2.py` identical to grpcio-tools 1.85.1's, which uses its built-in include path.
#[test]
fn accepted_files_match_grpcio_tools() {
    let accepted = root().join("accepted");
    let files = protos_under(&accepted);
    assert!(files.len() >= 2, "{files:?}");
    let dir = tempfile::tempdir().unwrap();
    let theirs = dir.path().join("theirs");
    std::fs::create_dir_all(&theirs).unwrap();
    let mut args = vec![format!("-I{}", accepted.display()), format!("--python_out={}", theirs.display())];
    args.extend(files.iter().cloned());
    grpc_tools(&args.iter().map(String::as_str).collect::<Vec<_>>(), &repo());
    let out = dir.path().join("ours");
    let mut ours_args = vec!["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "--opt", "python.runtime=7.35.1"];
    ours_args.extend(files.iter().map(String::as_str));
    let run = protosmith(&accepted, &ours_args);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let n = assert_same(&theirs, &out.join("python"), "editions, accepted", |f| f.ends_with("_pb2.py"));
    assert_eq!(n, files.len());
}

/// grpcio-tools' own `google/protobuf/java_features.proto` (read from its include folder at
/// test time) compiles as protoc compiles it: its `NestInFileClass.LEGACY` is introduced and
/// removed in 2024 and needs no removal error.
#[test]
fn grpcio_tools_java_features_compiles() {
    let include = tool(".venv/lib/python3.11/site-packages/grpc_tools/_proto");
    let name = "google/protobuf/java_features.proto";
    assert!(include.join(name).is_file(), "grpcio-tools ships {name}");
    let dir = tempfile::tempdir().unwrap();
    let theirs = dir.path().join("theirs");
    std::fs::create_dir_all(&theirs).unwrap();
    grpc_tools(&[&format!("-I{}", include.display()), &format!("--python_out={}", theirs.display()), name], &repo());
    let out = dir.path().join("ours");
    let run = protosmith(&include, &["gen", "-I", ".", "--out", out.to_str().unwrap(), "--lang", "python", "--opt", "python.runtime=7.35.1", name]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let n = assert_same(&theirs, &out.join("python"), "java_features.proto", |f| f.ends_with("_pb2.py"));
    assert_eq!(n, 1);
}

/// Deprecated language features are warned about as protoc warns (`file:line:col: warning:
/// ...` on stderr, at each element's name, word for word) and the file still generates, exit 0.
#[test]
fn deprecated_features_warn_like_protoc() {
    let accepted = root().join("accepted");
    let name = "deprecated_features.proto";
    let protoc = Command::new(tool(".venv/bin/python"))
        .args(["-m", "grpc_tools.protoc", "-I", ".", "-o", "/dev/null", name])
        .current_dir(&accepted)
        .output()
        .unwrap();
    assert!(protoc.status.success(), "{}", text(&protoc.stderr));
    let warnings = |stderr: &str| -> Vec<String> { stderr.lines().filter(|l| l.starts_with(name) && l.contains(": warning: ")).map(str::to_string).collect() };
    let theirs = warnings(&text(&protoc.stderr));
    assert_eq!(theirs.len(), 3, "{theirs:?}");
    let out = tempfile::tempdir().unwrap();
    let run = protosmith(&accepted, &["gen", "-I", ".", "--out", out.path().to_str().unwrap(), "--lang", "python", "--opt", "python.runtime=7.35.1", "--quiet", name]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(warnings(&text(&run.stderr)), theirs);
    assert!(out.path().join("python/deprecated_features_pb2.py").is_file(), "{:?}", files_under(out.path()));
}

//! protosmith's own parser (src/parse): descriptors against protox-parse and source info against
//! protoc on every .proto of the repository, the accepted and refused cases of tests/parse, and
//! inputs that must never panic.

use std::path::{Path, PathBuf};

use prost::Message as _;
use prost_types::FileDescriptorProto;

mod common;

fn protos() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests", "proto"] {
        for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name().into_iter().flatten() {
            let path = entry.path();
            // tests/parse holds the inputs protox-parse gets wrong; they are checked against protoc.
            if path.starts_with(root.join("tests/parse")) {
                continue;
            }
            if path.extension().is_some_and(|e| e == "proto") {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, path.to_path_buf()));
            }
        }
    }
    out
}

/// Where protox-parse and protoc's parser legitimately write different text for the same thing.
fn normalise(mut file: FileDescriptorProto) -> FileDescriptorProto {
    if file.syntax.as_deref() == Some("proto2") {
        file.syntax = None;
    }
    file.message_type.iter_mut().for_each(normalise_message);
    file.extension.iter_mut().for_each(normalise_default);
    // A method written with a `{ }` body gets an empty options message from protoc's parser;
    // protox-parse leaves it out.
    for method in file.service.iter_mut().flat_map(|s| s.method.iter_mut()) {
        if method.options.as_ref().is_some_and(|o| *o == Default::default()) {
            method.options = None;
        }
    }
    file
}

/// protoc's parser rewrites float and double defaults in `SimpleDtoa` form (`1e+20`);
/// protox-parse keeps the number as written: compared by value.
fn normalise_default(field: &mut prost_types::FieldDescriptorProto) {
    use prost_types::field_descriptor_proto::Type;
    if matches!(field.r#type(), Type::Float | Type::Double) {
        if let Some(v) = field.default_value.as_deref().and_then(protosmith::cfloat::parse_float_default) {
            field.default_value = Some(if v.is_nan() { "nan".into() } else { format!("{v:e}") });
        }
    }
}

/// protox-parse fills in what protoc leaves to the compiler (which fills it in later either
/// way): the type of a map field and the JSON names of a map entry's fields.
fn normalise_message(message: &mut prost_types::DescriptorProto) {
    let entries: Vec<String> =
        message.nested_type.iter().filter(|m| m.options.as_ref().is_some_and(|o| o.map_entry())).map(|m| m.name().to_string()).collect();
    for field in &mut message.field {
        if entries.iter().any(|e| e == field.type_name()) {
            field.r#type = None;
        }
        normalise_default(field);
    }
    message.extension.iter_mut().for_each(normalise_default);
    for nested in &mut message.nested_type {
        if nested.options.as_ref().is_some_and(|o| o.map_entry()) {
            nested.field.iter_mut().for_each(|f| f.json_name = None);
        }
        normalise_message(nested);
    }
}

/// Aggregate option values (`[(o) = { a: 1 }]`) with their spaces removed: current protoc keeps
/// the source's own spacing (as ours does), protox-parse joins the tokens with single spaces
/// like protoc before 22. The text is read again by the option interpreter either way.
fn aggregates_unspaced(debug: &str) -> String {
    let mut out = String::new();
    let mut in_aggregate = false;
    for line in debug.lines() {
        if in_aggregate {
            out.extend(line.chars().filter(|c| *c != ' '));
        } else {
            out.push_str(line);
        }
        out.push('\n');
        in_aggregate = line.trim() == "aggregate_value: Some(";
    }
    out
}

/// The unresolved descriptors equal protox-parse's on every file both accept (source info is
/// checked against protoc itself in `source_info_matches_protoc`).
#[test]
fn same_descriptors_as_protox_parse() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for (name, path) in protos() {
        let bytes = std::fs::read(&path).unwrap();
        let Ok(text) = std::str::from_utf8(&bytes) else { continue };
        let theirs = protox_parse::parse(&name, text);
        let ours = protosmith::parse::parse(&name, &bytes);
        match (theirs, ours) {
            (Ok(theirs), Ok(ours)) => {
                compared += 1;
                let (mut theirs, mut ours) = (normalise(theirs), normalise(ours));
                // Source info is compared with protoc's own (below): protox-parse records no
                // location for `syntax`, counts a tab as one column, and drops comments' `\r`.
                (theirs.source_code_info, ours.source_code_info) = (None, None);
                let (t, o) = (aggregates_unspaced(&format!("{theirs:#?}")), aggregates_unspaced(&format!("{ours:#?}")));
                if t != o {
                    let diff = similar::TextDiff::from_lines(&t, &o);
                    let text: String = diff.unified_diff().context_radius(6).to_string().lines().take(60).collect::<Vec<_>>().join("\n");
                    failures.push(format!("{name}:\n{text}"));
                }
            }
            (Err(_), Err(_)) => {}
            // protox-parse has no editions grammar; tests/editions.rs covers ours.
            (Err(_), Ok(ours)) if ours.syntax() == "editions" => {}
            (Ok(_), Err(e)) => failures.push(format!("{name}: protox-parse accepts, we refuse: {e}")),
            (Err(e), Ok(_)) => failures.push(format!("{name}: protox-parse refuses ({e:?}), we accept")),
        }
    }
    assert!(compared > 40, "only {compared} files compared");
    assert!(failures.is_empty(), "{} of {compared} differ:\n{}", failures.len(), failures.join("\n\n"));
}

/// Include roots of the repository's .proto corpora.
const ROOTS: &[&str] = &["proto", "tests/golden/protos", "tests/golden", "tests/js/chain/protos", "tests/js/grpc/protos", "tests/python/oracle"];

/// The descriptor protoc (grpcio-tools) writes for `name` under `root`, source info included;
/// None when protoc refuses the file. Source-retention options are kept (`--retain_options`):
/// what the parser records is compared here, stripping them is a later stage.
fn protoc_descriptor(root: &Path, name: &str) -> Option<FileDescriptorProto> {
    let out = tempfile::NamedTempFile::new().unwrap();
    let status = std::process::Command::new(common::tool(".venv/bin/python"))
        .args(["-m", "grpc_tools.protoc", "-I"])
        .arg(root)
        .arg("--include_source_info")
        .arg("--retain_options")
        .arg(format!("--descriptor_set_out={}", out.path().display()))
        .arg(name)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    if !status.success() {
        return None;
    }
    let set = prost_types::FileDescriptorSet::decode(std::fs::read(out.path()).unwrap().as_slice()).unwrap();
    set.file.into_iter().find(|f| f.name() == name)
}

/// Whether a source path points inside an options message. Interpreted options are recorded
/// differently by protoc (one location per option, at the option's field path) and by the
/// compiler protox runs (the parser's locations, re-rooted), whoever parsed the file; the
/// parser's part there is the option statement's own location, which is compared.
fn inside_options(path: &[i32]) -> bool {
    #[derive(Clone, Copy)]
    enum K { File, Message, Field, Enum, Value, Service, Method, Oneof, Range }
    let mut kind = K::File;
    let mut rest = path;
    loop {
        let Some((&tag, tail)) = rest.split_first() else { return false };
        let options_tag = match kind { K::File => 8, K::Message => 7, K::Field => 8, K::Enum | K::Value | K::Service | K::Range => 3, K::Method => 4, K::Oneof => 2 };
        if tag == options_tag {
            return !tail.is_empty();
        }
        let next = match (kind, tag) {
            (K::File, 4) | (K::Message, 3) => K::Message,
            (K::File, 5) | (K::Message, 4) => K::Enum,
            (K::File, 6) => K::Service,
            (K::File, 7) | (K::Message, 2) | (K::Message, 6) => K::Field,
            (K::Message, 5) => K::Range,
            (K::Message, 8) => K::Oneof,
            (K::Enum, 2) => K::Value,
            (K::Service, 2) => K::Method,
            _ => return false,
        };
        kind = next;
        rest = tail.get(1..).unwrap_or_default();
    }
}

fn compare_source_info(label: &str, protoc: &FileDescriptorProto, ours: &FileDescriptorProto, failures: &mut Vec<String>) {
    let keep = |l: &&prost_types::source_code_info::Location| !inside_options(&l.path);
    let t: Vec<_> = protoc.source_code_info.as_ref().unwrap().location.iter().filter(keep).collect();
    let o: Vec<_> = ours.source_code_info.as_ref().unwrap().location.iter().filter(keep).collect();
    if let Some(i) = (0..t.len().max(o.len())).find(|&i| t.get(i) != o.get(i)) {
        failures.push(format!(
            "{label}: source info differs at location {i} of {}/{}:\n  protoc:   {:?}\n  ours:     {:?}\n  previous: {:?}",
            t.len(),
            o.len(),
            t.get(i),
            o.get(i),
            i.checked_sub(1).and_then(|p| o.get(p))
        ));
    }
}

/// Source info (paths, spans, leading/trailing/detached comments, in protoc's order) equals
/// what protoc records, on every file of the corpora protoc accepts, and on the comment-heavy
/// files rewritten with CRLF line endings.
#[test]
fn source_info_matches_protoc() {
    let repo = common::repo();
    let mut failures = Vec::new();
    let mut compared = 0;
    let crlf = tempfile::tempdir().unwrap();
    let crlf_files = common::crlf_corpus(crlf.path());
    let mut cases: Vec<(PathBuf, String)> = Vec::new();
    for root in ROOTS {
        for name in common::protos_under(&repo.join(root)) {
            cases.push((repo.join(root), name));
        }
    }
    cases.extend(crlf_files.into_iter().map(|n| (crlf.path().to_path_buf(), n)));
    for (root, name) in cases {
        let Some(theirs) = protoc_descriptor(&root, &name) else { continue };
        let input = protosmith::compile::Input::Sources { includes: vec![root.clone()], files: vec![name.clone()] };
        match protosmith::compile::compile(&input) {
            Ok(compiled) => {
                compared += 1;
                let ours = with_source_info(&compiled, &name);
                compare_source_info(&format!("{}/{name}", root.display()), &theirs, &ours, &mut failures);
            }
            Err(e) => failures.push(format!("{name}: protoc accepts, we refuse: {e}")),
        }
    }
    assert!(compared > 50, "only {compared} files compared");
    assert!(failures.is_empty(), "{} of {compared} differ:\n{}", failures.len(), failures.join("\n\n"));
}

fn cases(kind: &str) -> Vec<String> {
    common::protos_under(&common::repo().join("tests/parse")).into_iter().filter(|n| n.starts_with(&format!("{kind}/"))).collect()
}

/// Each input protoc accepts and protox-parse refused (or mis-described) compiles, with the
/// source info protoc records (comments after `{`/`;` on the same line included).
#[test]
fn accepted_inputs_compile_like_protoc() {
    let root = common::repo().join("tests/parse");
    let mut failures = Vec::new();
    let names = cases("accepted");
    assert!(names.len() >= 6, "{names:?}");
    for name in names {
        let bytes = std::fs::read(root.join(&name)).unwrap();
        // protoc copies comment bytes that are not UTF-8 into the descriptor as they are, which
        // no UTF-8 decoder reads back; protosmith keeps such comments with U+FFFD in their
        // place, so protoc runs on that text here (the bytes sit in comments that end their lines).
        let lossy = tempfile::tempdir().unwrap();
        let protoc_root = if std::str::from_utf8(&bytes).is_ok() {
            root.clone()
        } else {
            let copy = lossy.path().join(&name);
            std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
            std::fs::write(&copy, String::from_utf8_lossy(&bytes).as_bytes()).unwrap();
            lossy.path().to_path_buf()
        };
        let theirs = protoc_descriptor(&protoc_root, &name).unwrap_or_else(|| panic!("protoc refuses {name}"));
        let input = protosmith::compile::Input::Sources { includes: vec![root.clone()], files: vec![name.clone()] };
        match protosmith::compile::compile(&input) {
            Ok(compiled) => compare_source_info(&name, &theirs, &with_source_info(&compiled, &name), &mut failures),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Each refused input fails with exit 2, nothing written, and the error text in
/// `tests/parse/refused/NAME.err` (`UPDATE_GOLDEN=1` rewrites it); its located lines are
/// protoc's, all of them, in order, word for word and at the same lines and columns: after a
/// tokenizer error (bad byte, string or number) both read on and report what follows.
#[test]
fn refused_inputs_fail_like_protoc() {
    let root = common::repo().join("tests/parse");
    let update = common::updating_golden();
    let mut failures = Vec::new();
    let names = cases("refused");
    assert!(names.len() >= 12, "{names:?}");
    for name in names {
        let out_dir = tempfile::tempdir().unwrap();
        let out = common::protosmith(&root, &["gen", "-I", ".", "--out", out_dir.path().to_str().unwrap(), "--lang", "python", &name]);
        let err = common::text(&out.stderr);
        if out.status.code() != Some(2) {
            failures.push(format!("{name}: exit {:?}: {err}", out.status.code()));
            continue;
        }
        if std::fs::read_dir(out_dir.path()).unwrap().next().is_some() {
            failures.push(format!("{name}: something was written"));
        }
        let golden = root.join(format!("{}.err", name.trim_end_matches(".proto")));
        if update {
            std::fs::write(&golden, &err).unwrap();
        } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(err.as_str()) {
            failures.push(format!("{name}: stderr differs from {}:\n{err}", golden.display()));
        }
        let protoc = std::process::Command::new(common::tool(".venv/bin/python"))
            .args(["-m", "grpc_tools.protoc", "-I", ".", "-o", "/dev/null", &name])
            .current_dir(&root)
            .output()
            .unwrap();
        assert!(!protoc.status.success(), "protoc accepts {name}");
        // Every error protoc reports (`file:line:col: message` lines), in its order and words.
        let protoc_err = common::text(&protoc.stderr);
        let located = |text: &str| -> Vec<String> {
            text.lines()
                .map(|l| l.strip_prefix("error: ").unwrap_or(l))
                .filter(|l| l.starts_with("refused/") && l.contains(".proto:") && !l.contains(": warning:"))
                .map(str::to_string)
                .collect()
        };
        let (theirs, ours) = (located(&protoc_err), located(&err));
        if theirs != ours {
            failures.push(format!("{name}: protoc says\n{}\nwe say:\n{err}", theirs.join("\n")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Files nested deeper than protoc allows are refused with its message, not a stack overflow.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let depth = 100_000;
    let mut text = "syntax = \"proto2\";\n".to_string();
    text.push_str(&"message A {\n".repeat(depth));
    text.push_str(&"}\n".repeat(depth));
    let err = protosmith::parse::parse("deep.proto", text.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("Reached maximum recursion limit for nested messages."), "{err}");
    let mut groups = "syntax = \"proto2\";\nmessage A {\n".to_string();
    groups.push_str(&"optional group G = 1 {\n".repeat(depth));
    let err = protosmith::parse::parse("groups.proto", groups.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("Reached maximum recursion limit"), "{err}");
    let aggregate = format!("syntax = \"proto2\";\noption (x) = {};\n", "{ a ".repeat(depth) + &"}".repeat(depth));
    assert!(protosmith::parse::parse("aggregate.proto", aggregate.as_bytes()).is_ok());
}

mod fuzz {
    use proptest::prelude::*;

    fn corpus() -> &'static [Vec<u8>] {
        static CORPUS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
        CORPUS.get_or_init(|| {
            let root = super::common::repo();
            let mut out = Vec::new();
            for dir in ["tests/golden/protos", "tests/parse", "proto"] {
                for name in super::common::protos_under(&root.join(dir)) {
                    out.push(std::fs::read(root.join(dir).join(name)).unwrap());
                }
            }
            out
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// Truncated and mutated real files never panic the parser: it returns a descriptor or an error.
        #[test]
        fn mutated_files_never_panic(file in 0usize..1000, cut in any::<prop::sample::Index>(), edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8)) {
            let corpus = corpus();
            let mut bytes = corpus[file % corpus.len()].clone();
            bytes.truncate(cut.index(bytes.len() + 1));
            for (at, byte) in edits {
                if !bytes.is_empty() {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                }
            }
            let _ = protosmith::parse::parse("fuzz.proto", &bytes);
        }

        /// Arbitrary bytes and arbitrary text, too.
        #[test]
        fn random_input_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), text in "[ -~\\n\\t]{0,400}") {
            let _ = protosmith::parse::parse("fuzz.proto", &bytes);
            let _ = protosmith::parse::parse("fuzz.proto", text.as_bytes());
        }
    }
}

/// The compiled file with its full source info (kept apart from the descriptor).
fn with_source_info(compiled: &protosmith::compile::Compiled, name: &str) -> prost_types::FileDescriptorProto {
    prost_types::FileDescriptorProto { source_code_info: compiled.source_info(name), ..compiled.file(name).unwrap().clone() }
}

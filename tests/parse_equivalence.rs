//! protosmith's parser against protox-parse on every .proto of the repository: the same
//! descriptors and source info, except where protox-parse departs from protoc (each such
//! difference is normalised below, with the reason).

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
            if path.extension().is_some_and(|e| e == "proto") {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, path.to_path_buf()));
            }
        }
    }
    out
}

/// protoc records a `syntax = "proto2"` statement in the parsed file; protox-parse does not.
fn normalise(mut file: FileDescriptorProto) -> FileDescriptorProto {
    if file.syntax.as_deref() == Some("proto2") {
        file.syntax = None;
    }
    file.message_type.iter_mut().for_each(normalise_message);
    file
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
    }
    for nested in &mut message.nested_type {
        if nested.options.as_ref().is_some_and(|o| o.map_entry()) {
            nested.field.iter_mut().for_each(|f| f.json_name = None);
        }
        normalise_message(nested);
    }
}

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
                let (their_info, our_info) = (theirs.source_code_info.take().unwrap_or_default(), ours.source_code_info.take().unwrap_or_default());
                if theirs != ours {
                    let t = format!("{theirs:#?}");
                    let o = format!("{ours:#?}");
                    let diff = similar::TextDiff::from_lines(&t, &o);
                    let text: String = diff.unified_diff().context_radius(6).to_string().lines().take(60).collect::<Vec<_>>().join("\n");
                    failures.push(format!("{name}:\n{text}"));
                }
                let (t, o) = (&their_info.location, &our_info.location);
                if let Some(i) = (0..t.len().max(o.len())).find(|&i| t.get(i) != o.get(i)) {
                    failures.push(format!(
                        "{name}: source info differs at location {i} of {}/{}:\n  protox-parse: {:?}\n  ours:         {:?}\n  previous:     {:?}",
                        t.len(),
                        o.len(),
                        t.get(i),
                        o.get(i),
                        i.checked_sub(1).and_then(|p| o.get(p))
                    ));
                }
            }
            (Err(_), Err(_)) => {}
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
/// None when protoc refuses the file.
fn protoc_descriptor(root: &Path, name: &str) -> Option<FileDescriptorProto> {
    let out = tempfile::NamedTempFile::new().unwrap();
    let status = std::process::Command::new(common::tool(".venv/bin/python"))
        .args(["-m", "grpc_tools.protoc", "-I"])
        .arg(root)
        .arg("--include_source_info")
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
                let ours = compiled.file(&name).unwrap();
                compare_source_info(&format!("{}/{name}", root.display()), &theirs, ours, &mut failures);
            }
            // Editions are refused by name until they are supported.
            Err(e) if e.to_string().contains("editions are not supported yet") => {}
            Err(e) => failures.push(format!("{name}: protoc accepts, we refuse: {e}")),
        }
    }
    assert!(compared > 50, "only {compared} files compared");
    assert!(failures.is_empty(), "{} of {compared} differ:\n{}", failures.len(), failures.join("\n\n"));
}

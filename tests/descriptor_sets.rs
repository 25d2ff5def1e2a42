//! `--descriptor-set-in` takes descriptors nobody's parser has seen. Every malformed set (bytes
//! that do not decode, names protoc would refuse, dangling references, duplicate files,
//! editions, NUL in comments) must end in exit 2 with a message naming the file and element:
//! never a panic, never output holding the text as code.

mod common;

use std::path::Path;

use prost::Message as _;
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::source_code_info::Location;
use prost_types::{
    DescriptorProto, EnumDescriptorProto, EnumValueDescriptorProto, FieldDescriptorProto, FileDescriptorProto,
    FileDescriptorSet, MethodDescriptorProto, OneofDescriptorProto, ServiceDescriptorProto, SourceCodeInfo,
};

use common::{protosmith, text};

fn field(name: &str, number: i32, ty: Type, type_name: Option<&str>) -> FieldDescriptorProto {
    FieldDescriptorProto {
        name: Some(name.into()),
        number: Some(number),
        label: Some(Label::Optional as i32),
        r#type: Some(ty as i32),
        type_name: type_name.map(Into::into),
        json_name: Some(name.into()),
        ..Default::default()
    }
}

/// `ok/a.proto`: package ok; enum E { E_ZERO = 0; } message M { string s = 1; E e = 2; }
/// service S { rpc Do(M) returns (M); } with a comment on the service.
fn valid_file() -> FileDescriptorProto {
    FileDescriptorProto {
        name: Some("ok/a.proto".into()),
        package: Some("ok".into()),
        syntax: Some("proto3".into()),
        message_type: vec![DescriptorProto {
            name: Some("M".into()),
            field: vec![field("s", 1, Type::String, None), field("e", 2, Type::Enum, Some(".ok.E"))],
            ..Default::default()
        }],
        enum_type: vec![EnumDescriptorProto {
            name: Some("E".into()),
            value: vec![EnumValueDescriptorProto { name: Some("E_ZERO".into()), number: Some(0), options: None }],
            ..Default::default()
        }],
        service: vec![ServiceDescriptorProto {
            name: Some("S".into()),
            method: vec![MethodDescriptorProto {
                name: Some("Do".into()),
                input_type: Some(".ok.M".into()),
                output_type: Some(".ok.M".into()),
                ..Default::default()
            }],
            options: None,
        }],
        source_code_info: Some(SourceCodeInfo {
            location: vec![Location { path: vec![6, 0], span: vec![0, 0, 1], leading_comments: Some(" A service.\n".into()), ..Default::default() }],
        }),
        ..Default::default()
    }
}

/// Adds `message Set { option message_set_wire_format = true; extensions 4 to max; }`, with a
/// field when asked, and makes the file proto2.
fn message_set(f: &mut FileDescriptorProto, with_field: bool) {
    f.syntax = Some("proto2".into());
    f.message_type.push(DescriptorProto {
        name: Some("Set".into()),
        field: if with_field { vec![field("f", 1, Type::Int32, None)] } else { vec![] },
        extension_range: vec![prost_types::descriptor_proto::ExtensionRange { start: Some(4), end: Some(536_870_912), options: None }],
        options: Some(prost_types::MessageOptions { message_set_wire_format: Some(true), ..Default::default() }),
        ..Default::default()
    });
}

fn set(files: Vec<FileDescriptorProto>) -> Vec<u8> {
    FileDescriptorSet { file: files }.encode_to_vec()
}

fn mutated(f: impl FnOnce(&mut FileDescriptorProto)) -> Vec<u8> {
    let mut file = valid_file();
    f(&mut file);
    set(vec![file])
}

/// `edition = 2023` (field 14 of FileDescriptorProto, unknown to prost-types) on a valid file.
fn with_edition(syntax: &str) -> Vec<u8> {
    let mut file = valid_file();
    file.syntax = Some(syntax.into());
    let mut bytes = file.encode_to_vec();
    bytes.extend_from_slice(&[14 << 3, 0xe7, 0x07]); // edition = 1000 (EDITION_2023)
    let mut out = vec![0x0a];
    prost::encoding::encode_varint(bytes.len() as u64, &mut out);
    out.extend(bytes);
    out
}

/// (label, bytes, a text the error must contain)
fn corpus() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let valid = set(vec![valid_file()]);
    let mut cases: Vec<(&'static str, Vec<u8>, &'static str)> = vec![
        ("truncated 1", valid[..valid.len() / 3].to_vec(), "descriptor set"),
        ("truncated 2", valid[..valid.len() - 1].to_vec(), "descriptor set"),
        ("wrong wire type for file", vec![0x08, 0x01], "FileDescriptorSet"),
        ("wrong wire type inside file", vec![0x0a, 0x02, 0x10, 0x01], "FileDescriptorProto"),
        ("garbage", vec![0xff; 16], "descriptor set"),
        ("editions syntax", mutated(|f| f.syntax = Some("editions".into())), "editions"),
        ("edition field", with_edition("proto3"), "editions"),
        ("edition proto3 under editions", with_edition("editions").into_iter().map(|b| if b == 0xe7 { 0xe6 } else { b }).collect(), "edition 998"),
        ("unknown syntax", mutated(|f| f.syntax = Some("proto4".into())), "proto4"),
        ("package .a", mutated(|f| f.package = Some(".a".into())), "package"),
        ("package ../../pwn", mutated(|f| f.package = Some("../../pwn".into())), "package"),
        ("package with space", mutated(|f| f.package = Some("a b".into())), "package"),
        ("file name ..", mutated(|f| f.name = Some("../../pwn.proto".into())), "file name"),
        ("file name absolute", mutated(|f| f.name = Some("/etc/x.proto".into())), "file name"),
        ("file name quote", mutated(|f| f.name = Some("a'b.proto".into())), "file name"),
        ("file name empty", mutated(|f| f.name = None), "file name"),
        (
            "method name injection",
            mutated(|f| f.service[0].method[0].name = Some("A'+require('child_process').execSync('id')+'".into())),
            "method",
        ),
        ("service name injection", mutated(|f| f.service[0].name = Some("S'); import os; #".into())), "Invalid symbol name"),
        ("message name injection", mutated(|f| f.message_type[0].name = Some("M\"\"\"; import os".into())), "Invalid symbol name"),
        ("field name digit", mutated(|f| f.message_type[0].field[0].name = Some("1x".into())), "field"),
        ("enum value name", mutated(|f| f.enum_type[0].value[0].name = Some("A-B".into())), "enum ok.E value"),
        ("empty enum", mutated(|f| f.enum_type[0].value.clear()), "at least one value"),
        ("dangling field type", mutated(|f| f.message_type[0].field[1].type_name = Some(".ok.Missing".into())), ".ok.Missing"),
        ("relative type name", mutated(|f| f.message_type[0].field[1].type_name = Some("E".into())), "not defined"),
        ("dangling method type", mutated(|f| f.service[0].method[0].input_type = Some(".nope.X".into())), ".nope.X"),
        ("enum as method type", mutated(|f| f.service[0].method[0].output_type = Some(".ok.E".into())), "enum"),
        ("message as enum", mutated(|f| f.message_type[0].field[1].type_name = Some(".ok.M".into())), "message"),
        ("scalar with type name", mutated(|f| f.message_type[0].field[0].type_name = Some(".ok.M".into())), "scalar"),
        ("field number 0", mutated(|f| f.message_type[0].field[0].number = Some(0)), "out of range"),
        ("duplicate field number", mutated(|f| f.message_type[0].field[1].number = Some(1)), "already used"),
        ("oneof index", mutated(|f| f.message_type[0].field[0].oneof_index = Some(3)), "oneof index"),
        (
            "bad oneof name",
            mutated(|f| {
                f.message_type[0].oneof_decl.push(OneofDescriptorProto { name: Some("o o".into()), options: None });
                f.message_type[0].field[0].oneof_index = Some(0);
            }),
            "oneof",
        ),
        ("missing import", mutated(|f| f.dependency.push("not/there.proto".into())), "not/there.proto"),
        ("public import index", mutated(|f| f.public_dependency.push(4)), "out of range"),
        (
            "NUL in a comment",
            mutated(|f| f.source_code_info.as_mut().unwrap().location[0].leading_comments = Some(" a\0b\n".into())),
            "NUL",
        ),
        ("duplicate type", mutated(|f| f.message_type.push(f.message_type[0].clone())), "already defined"),
        ("unknown field type", mutated(|f| f.message_type[0].field[0].r#type = Some(99)), "type"),
        ("extendee", mutated(|f| {
            let mut ext = field("x", 100, Type::Int32, None);
            ext.extendee = Some(".ok.Nope".into());
            f.extension.push(ext);
        }), "extended"),
        // protoc's message-set rules (generators rely on them: a container holds items only).
        ("message set with a field", mutated(|f| message_set(f, true)), "MessageSets cannot have fields, only extensions."),
        ("message set in proto3", mutated(|f| {
            message_set(f, false);
            f.syntax = Some("proto3".into());
        }), "MessageSet is not supported in proto3."),
        ("scalar extension of a message set", mutated(|f| {
            message_set(f, false);
            let mut ext = field("x", 100, Type::Int32, None);
            ext.extendee = Some(".ok.Set".into());
            f.extension.push(ext);
        }), "Extensions of MessageSets must be optional messages."),
        ("repeated extension of a message set", mutated(|f| {
            message_set(f, false);
            let mut ext = field("x", 100, Type::Message, Some(".ok.M"));
            ext.label = Some(Label::Repeated as i32);
            ext.extendee = Some(".ok.Set".into());
            f.extension.push(ext);
        }), "Extensions of MessageSets must be optional messages."),
    ];
    cases.push(("duplicate files", set(vec![valid_file(), valid_file()]), "twice"));
    cases
}

fn run(dir: &Path, bytes: &[u8], langs: &[&str]) -> std::process::Output {
    let set = dir.join("set.binpb");
    std::fs::write(&set, bytes).unwrap();
    let mut args = vec!["gen", "--descriptor-set-in", set.to_str().unwrap(), "--out", "out"];
    for l in langs {
        args.extend(["--lang", l]);
    }
    protosmith(dir, &args)
}

#[test]
fn the_valid_base_generates() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &set(vec![valid_file()]), &["python", "js"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir.path().join("out/python/ok/a_pb2_grpc.py").is_file());
}

#[test]
fn malformed_sets_exit_2_with_a_located_message() {
    let mut failures = Vec::new();
    for (label, bytes, needle) in corpus() {
        let dir = tempfile::tempdir().unwrap();
        let out = run(dir.path(), &bytes, &["python", "js", "rust"]);
        let err = text(&out.stderr);
        if out.status.code() != Some(2) || !err.contains(needle) || err.contains("panicked") || dir.path().join("out").exists() {
            failures.push(format!("{label}: exit {:?}, expected a message with {needle:?}:\n{err}", out.status.code()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Valid sets the pool alone would refuse (proto3 `foo`/`Foo`, proto2 JSON name conflicts protoc
/// only warns about, two `import public` hops) and an option value holding a message set, as
/// protoc writes them into a set: `_pb2.py` from the set is what grpcio-tools writes from it.
#[test]
fn sets_protoc_accepts_generate_like_protoc() {
    let root = common::repo().join("tests/python/oracle");
    let files = ["naming/json_conflicts3.proto", "naming/json_conflicts2.proto", "public/a.proto", "descriptor/message_set_option.proto"];
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("set.binpb");
    let python = common::tool(".venv/bin/python");
    let protoc = |args: &[String]| {
        let out = std::process::Command::new(&python).args(["-m", "grpc_tools.protoc"]).args(args).args(files).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    };
    protoc(&[format!("-I{}", root.display()), "--include_imports".into(), "--include_source_info".into(), format!("-o{}", set.display())]);
    let oracle = dir.path().join("oracle");
    std::fs::create_dir_all(&oracle).unwrap();
    protoc(&[format!("--descriptor_set_in={}", set.display()), format!("--python_out={}", oracle.display())]);
    let set_arg = set.to_str().unwrap();
    let mut args = vec!["gen", "--descriptor-set-in", set_arg, "--out", "ours", "--lang", "python", "--opt", "python.runtime=7.35.1"];
    args.extend(files);
    let out = protosmith(dir.path(), &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let compared = common::assert_same(&oracle, &dir.path().join("ours/python"), "from a set", |f| f.ends_with("_pb2.py"));
    assert_eq!(compared, files.len());
}

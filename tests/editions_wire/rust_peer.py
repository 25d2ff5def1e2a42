"""The Rust (prost) half of the editions wire test, written from the reference runtime's
descriptors (independently of protosmith):

    rust_peer.py prepare PYDIR CASES CRATE OUTDIR FILE...
        OUTDIR/src/main.rs: a program that reads `TYPE CASE HEX` lines, decodes each with the
        prost type the generated crate CRATE holds for TYPE, and prints `TYPE CASE HEX` of its
        re-encoding (or `TYPE CASE ERR message`). It also holds, for every field, a statement
        that compiles only if the generated field has the Rust type the field's resolved
        features call for: `Option<T>` for explicit presence, `T` for implicit presence and
        LEGACY_REQUIRED, `Vec<T>` for repeated fields. Messages of the proto files FILE... only.
        OUTDIR/input.txt: the cases of those messages.
    rust_peer.py results CASES OUTPUT RESULTS
        The program's output as conformance.py's results JSON (`reserialized` per case).
"""
import base64
import importlib
import json
import sys
from pathlib import Path

from google.protobuf import descriptor as d

F = d.FieldDescriptor
SCALAR = {
    F.TYPE_DOUBLE: "f64", F.TYPE_FLOAT: "f32", F.TYPE_INT64: "i64", F.TYPE_SINT64: "i64",
    F.TYPE_SFIXED64: "i64", F.TYPE_UINT64: "u64", F.TYPE_FIXED64: "u64", F.TYPE_INT32: "i32",
    F.TYPE_SINT32: "i32", F.TYPE_SFIXED32: "i32", F.TYPE_UINT32: "u32", F.TYPE_FIXED32: "u32",
    F.TYPE_BOOL: "bool", F.TYPE_STRING: "::prost::alloc::string::String",
    F.TYPE_BYTES: "::prost::alloc::vec::Vec<u8>", F.TYPE_ENUM: "i32",
}
KEYWORDS = set("as break const continue crate else enum extern false fn for if impl in let loop match mod move "
               "mut pub ref return self static struct super trait true type unsafe use where while async await "
               "dyn abstract become box do final macro override priv typeof unsized virtual yield try".split())


def snake(name):
    out = ""
    for i, c in enumerate(name):
        if c.isupper() and i and (name[i - 1].islower() or name[i - 1].isdigit()):
            out += "_"
        out += c.lower()
    return out


def upper_camel(name):
    return "".join(w[:1].upper() + w[1:] for w in snake(name).split("_") if w)


def ident(name):
    return f"r#{name}" if name in KEYWORDS else name


def rust_path(crate, desc):
    """prost's path for a message: package modules, a snake_case module per enclosing message."""
    scopes = []
    outer = desc.containing_type
    while outer is not None:
        scopes.insert(0, snake(outer.name))
        outer = outer.containing_type
    package = [ident(p) for p in desc.file.package.split(".") if p]
    return "::".join([crate] + package + [ident(s) for s in scopes] + [upper_camel(desc.name)])


def is_map(f):
    return f.type == F.TYPE_MESSAGE and f.message_type.GetOptions().map_entry


def synthetic(oneof):
    return False  # editions and proto2 have none; proto3 `optional` is checked below


def field_type(crate, f):
    """The Rust type prost must give the field, from its resolved features."""
    if is_map(f):
        return "::std::collections::HashMap<_, _>"
    if f.type in (F.TYPE_MESSAGE, F.TYPE_GROUP):
        # prost boxes recursive fields (`Option<Box<T>>`); the presence is what is checked.
        base = rust_path(crate, f.message_type) if f.is_repeated or f.is_required else "_"
    else:
        base = SCALAR[f.type]
    if f.is_repeated:
        return f"::prost::alloc::vec::Vec<{base}>"
    if f.is_required:
        return base
    if f.has_presence:
        return f"::core::option::Option<{base}>"
    return base


def assertions(crate, desc):
    lines = []
    for f in desc.fields:
        oneof = f.containing_oneof
        if oneof is not None and not (len(oneof.fields) == 1 and oneof.name == "_" + f.name):
            continue  # a real oneof member lives in the oneof's enum, checked below
        lines.append(f"    let _: {field_type(crate, f)} = m.{ident(f.name)};")
    for o in desc.oneofs:
        if len(o.fields) == 1 and o.name == "_" + o.fields[0].name:
            continue
        lines.append(f"    let _: ::core::option::Option<{rust_path(crate, desc).rsplit('::', 1)[0]}::"
                     f"{snake(desc.name)}::{upper_camel(o.name)}> = m.{ident(snake(o.name))};")
    return lines


def messages_of(pydir, files):
    sys.path.insert(0, str(pydir))
    out = []
    for name in files:
        mod = importlib.import_module(name[: -len(".proto")].replace("/", ".") + "_pb2")
        stack = list(mod.DESCRIPTOR.message_types_by_name.values())
        while stack:
            desc = stack.pop()
            stack.extend(desc.nested_types)
            if not desc.GetOptions().map_entry:
                out.append(desc)
    return sorted(out, key=lambda x: x.full_name)


def prepare(pydir, cases_path, crate, outdir, *files):
    outdir = Path(outdir)
    (outdir / "src").mkdir(parents=True, exist_ok=True)
    messages = messages_of(pydir, files)
    arms, checks = [], []
    for i, desc in enumerate(messages):
        path = rust_path(crate, desc)
        arms.append(f'            "{desc.full_name}" => round_trip::<{path}>(&bytes),')
        checks.append(f"#[allow(dead_code, clippy::all)]\nfn types_{i}(m: {path}) {{\n" + "\n".join(assertions(crate, desc)) + "\n}\n")
    main = MAIN.replace("ARMS", "\n".join(arms)).replace("CHECKS", "\n".join(checks))
    (outdir / "src/main.rs").write_text(main)
    wanted = {m.full_name for m in messages}
    cases = json.loads(Path(cases_path).read_text())["types"]
    lines = [f"{t['type']} {c['name']} {base64.b64decode(c['bytes']).hex()}"
             for t in cases if t["type"] in wanted for c in t["cases"]]
    (outdir / "input.txt").write_text("\n".join(lines) + "\n")
    print(f"prepared {len(lines)} cases for {len(messages)} message types")


def results(cases_path, output_path, results_path):
    out, errors = {}, []
    for line in Path(output_path).read_text().splitlines():
        ty, case, rest = line.split(" ", 2)
        if rest.startswith("ERR "):
            errors.append(line)
            continue
        out.setdefault(ty, {})[case] = {"reserialized": base64.b64encode(bytes.fromhex(rest)).decode()}
    if errors:
        print("the Rust side could not decode:\n" + "\n".join(errors[:20]))
        sys.exit(1)
    Path(results_path).write_text(json.dumps(out))
    print(f"ok {sum(len(v) for v in out.values())} results")


MAIN = """// Written by tests/editions_wire/rust_peer.py for one test run.
use prost::Message;
use std::io::BufRead;

fn round_trip<M: Message + Default>(bytes: &[u8]) -> Result<Vec<u8>, prost::DecodeError> {
    Ok(M::decode(bytes)?.encode_to_vec())
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex")).collect()
}

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let mut parts = line.splitn(3, ' ');
        let (ty, case, hex) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap_or(""));
        let bytes = unhex(hex);
        let written = match ty {
ARMS
            other => panic!("no Rust type for {other}"),
        };
        match written {
            Ok(b) => println!("{ty} {case} {}", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
            Err(e) => println!("{ty} {case} ERR {e}"),
        }
    }
}

CHECKS
"""

if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"prepare": prepare, "results": results}[cmd](*args)

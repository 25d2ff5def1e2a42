"""Wire conformance between the Python protobuf runtime (the reference) and generated `_pb.js`.

    conformance.py make PYDIR CASES      write CASES (JSON): per message type of the Python modules
                                         under PYDIR, the JS accessor schema protoc-gen-js's naming
                                         rules give (derived here, independently of protosmith),
                                         and cases: bytes serialized by Python plus the `toObject()`
                                         the JS side must produce, decoded here from the message.
    conformance.py check PYDIR CASES RESULTS [--allow-missing]
                                         parse what the JS side wrote back (re-serialized and
                                         rebuilt-through-setters bytes) and require messages equal
                                         to the originals (unknown fields aside); with
                                         --allow-missing, cases the JS side could not run
                                         (known google-protobuf 4.x gaps) are skipped.

Values cover zero/defaults, negatives, the 64-bit extremes (full range for `jstype = JS_STRING`
fields; +-(2^53 - 1) for number-typed ones, which google-protobuf carries as JS numbers), NaN
and infinities, unicode beyond the BMP, empty and large bytes, nested messages, maps, proto3
`optional` set to its default, oneof switches on the wire and unknown fields.
"""
import base64
import importlib
import json
import math
import pkgutil
import random
import sys
from pathlib import Path

from google.protobuf import descriptor as d
from google.protobuf import descriptor_pb2
from google.protobuf import message_factory

F = d.FieldDescriptor
KEYWORDS = set(
    "abstract boolean break byte case catch char class const continue debugger default delete do double "
    "else enum export extends false final finally float for function goto if implements import in "
    "instanceof int interface long native new null package private protected public return short static "
    "super switch synchronized this throw throws transient try typeof var void volatile while with".split()
)
INT64 = {F.TYPE_INT64, F.TYPE_SINT64, F.TYPE_SFIXED64}
UINT64 = {F.TYPE_UINT64, F.TYPE_FIXED64}
INT32 = {F.TYPE_INT32, F.TYPE_SINT32, F.TYPE_SFIXED32}
UINT32 = {F.TYPE_UINT32, F.TYPE_FIXED32}
SAFE = 2**53 - 1
UNDEFINED = {"$u": 1}
UNKNOWN_FIELD = b"\xe0\xc1\x09\x07"  # field 19500, varint 7: declared by no message here


# --- protoc-gen-js naming, written from its documented rules -------------------------------

def lower_words(name):
    return [w.lower() for w in name.split("_") if w]


def camel_words(name):
    words, cur = [], ""
    for c in name:
        if c.isupper() and cur:
            words.append(cur)
            cur = ""
        cur += c.lower()
    return words + ([cur] if cur else [])


def group_like(field):
    """A group-encoded field protoc treats as a proto2 group (descriptor.cc's IsGroupLike): its
    type is declared beside it and named after it. Every proto2 group is; an editions DELIMITED
    field may not be, and is then named after the field like any other."""
    t = field.message_type
    scope = field.extension_scope if field.is_extension else field.containing_type
    return field.type == F.TYPE_GROUP and t.name.lower() == field.name and t.containing_type is scope


def ident(field, upper, drop_list=False):
    words = camel_words(field.message_type.name) if group_like(field) else lower_words(field.name)
    if upper:
        name = "".join(w[:1].upper() + w[1:] for w in words)
    else:
        name = "".join(w if i == 0 else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if is_map(field):
        name += "Map"
    elif field.is_repeated and not drop_list:
        name += "List"
    return name


def object_key(field):
    name = ident(field, False)
    return "pb_" + name if name in KEYWORDS else name


def accessor(field, drop_list=False):
    name = ident(field, True, drop_list)
    return name + "$" if name in ("Extension", "JsPbMessageId") else name


def is_map(field):
    return field.type == F.TYPE_MESSAGE and field.message_type.GetOptions().map_entry


def string_int(field):
    return field.type in INT64 | UINT64 and field.GetOptions().jstype == 1  # JS_STRING


def js_module(desc):
    name = desc.file.name
    if name.startswith("google/protobuf/"):
        return "google-protobuf/" + name[: -len(".proto")] + "_pb.js"
    return name[: -len(".proto")] + "_pb.js"


def js_path(desc):
    package = desc.file.package
    rel = desc.full_name[len(package) + 1:] if package else desc.full_name
    return rel.split(".")


def schema(desc):
    fields = []
    for f in desc.fields:
        name = accessor(f)
        kind = "map" if is_map(f) else "message" if f.type in (F.TYPE_MESSAGE, F.TYPE_GROUP) else (
            "bytes" if f.type == F.TYPE_BYTES else "scalar")
        entry = {"key": object_key(f), "number": f.number, "kind": kind, "repeated": f.is_repeated,
                 "get": "get" + name, "set": None if kind == "map" else "set" + name,
                 "clear": None, "has": None, "add": None}
        if kind == "map" or f.is_repeated or (kind == "message" and not f.is_required) or f.has_presence:
            entry["clear"] = "clear" + name
        if f.has_presence:
            entry["has"] = "has" + name
        if f.is_repeated and not is_map(f):
            entry["add"] = "add" + accessor(f, drop_list=True)
        if kind == "bytes":
            entry["b64"], entry["u8"] = "get" + name + "_asB64", "get" + name + "_asU8"
        if kind == "message":
            entry["type"] = {"module": js_module(f.message_type), "path": js_path(f.message_type)}
        if kind == "map":
            value = f.message_type.fields_by_name["value"]
            entry["map_key"] = scalar_kind(f.message_type.fields_by_name["key"])
            entry["map_value"] = scalar_kind(value)
            if value.type == F.TYPE_MESSAGE:
                entry["value_type"] = {"module": js_module(value.message_type), "path": js_path(value.message_type)}
        else:
            entry["scalar"] = scalar_kind(f)
        if real_oneof(f) is not None:
            entry["oneof"] = f.containing_oneof.name
        fields.append(entry)
    oneofs = [{"name": o.name, "case": "get" + "".join(w[:1].upper() + w[1:] for w in lower_words(o.name)) + "Case",
               "enum": "".join(w[:1].upper() + w[1:] for w in lower_words(o.name)) + "Case",
               "members": {object_key(f): f.number for f in o.fields}}
              for o in desc.oneofs if not is_synthetic(o)]
    return {"module": js_module(desc), "path": js_path(desc), "fields": fields, "oneofs": oneofs,
            "editions": is_editions(desc)}


_PROTO3_OPTIONAL = {}


def is_synthetic(oneof):
    """The oneof protoc makes for a proto3 `optional` field (the runtime does not say which)."""
    file = oneof.containing_type.file
    if file.name not in _PROTO3_OPTIONAL:
        proto = descriptor_pb2.FileDescriptorProto.FromString(file.serialized_pb)
        found = set()

        def walk(prefix, messages):
            for m in messages:
                name = f"{prefix}.{m.name}" if prefix else m.name
                found.update(f"{name}.{f.name}" for f in m.field if f.proto3_optional)
                walk(name, m.nested_type)

        walk(proto.package, proto.message_type)
        _PROTO3_OPTIONAL[file.name] = found
    return len(oneof.fields) == 1 and oneof.fields[0].full_name in _PROTO3_OPTIONAL[file.name]


def real_oneof(field):
    o = field.containing_oneof
    return o if o is not None and not is_synthetic(o) else None


def scalar_kind(f):
    if f.type in (F.TYPE_MESSAGE, F.TYPE_GROUP):
        return "message"
    if f.type == F.TYPE_ENUM:
        return "enum"
    if f.type in (F.TYPE_FLOAT, F.TYPE_DOUBLE):
        return "float"
    if f.type in INT64 | UINT64 | INT32 | UINT32:
        return "string-int" if string_int(f) else "int"
    return {F.TYPE_BOOL: "bool", F.TYPE_STRING: "string", F.TYPE_BYTES: "bytes"}[f.type]


# --- the toObject() a message must give (independent decoding) ----------------------------

def js_number(v):
    if isinstance(v, float):
        if math.isnan(v):
            return {"$f": "nan"}
        if math.isinf(v):
            return {"$f": "inf" if v > 0 else "-inf"}
    return v


def scalar_object(f, v):
    if f.type == F.TYPE_BYTES:
        return base64.b64encode(v).decode()
    if f.type in INT64 | UINT64:
        return str(v) if string_int(f) else v
    if f.type == F.TYPE_FLOAT or f.type == F.TYPE_DOUBLE:
        return js_number(float(v))
    return v


def map_value(f, v):
    if f.type == F.TYPE_MESSAGE:
        return to_object(v)
    if f.type == F.TYPE_BYTES:
        # jspb.Map.toObject hands out the stored Uint8Array, not base64.
        return {"$b": base64.b64encode(v).decode()}
    return scalar_object(f, v)


def to_object(msg):
    out = {}
    for f in msg.DESCRIPTOR.fields:
        key = object_key(f)
        value = getattr(msg, f.name)
        if is_map(f):
            vf = f.message_type.fields_by_name["value"]
            kf = f.message_type.fields_by_name["key"]
            out[key] = [[scalar_object(kf, k), map_value(vf, value[k])] for k in value]
        elif f.type in (F.TYPE_MESSAGE, F.TYPE_GROUP):
            if f.is_repeated:
                out[key] = [to_object(m) for m in value]
            elif msg.HasField(f.name):
                out[key] = to_object(value)
            else:
                # protoc-gen-js's getter of a required message creates it (getWrapperField's
                # `required`), so an unset one reads, and is written, as an empty message.
                out[key] = to_object(message_factory.GetMessageClass(f.message_type)()) if f.is_required else UNDEFINED
        elif f.is_repeated:
            out[key] = [scalar_object(f, v) for v in value]
        elif f.type == F.TYPE_BYTES:
            out[key] = scalar_object(f, value)  # `getX_asB64()`: the default when unset
        elif f.has_presence and not f.has_default_value and not msg.HasField(f.name):
            out[key] = UNDEFINED
        else:
            out[key] = scalar_object(f, value)
    return out


# --- values ---------------------------------------------------------------------------------

def edge_values(f):
    t = f.type
    if t in INT32:
        return [0, -1, 2**31 - 1, -(2**31)]
    if t in UINT32:
        return [0, 1, 2**32 - 1]
    if t in INT64:
        return [0, -1, 2**63 - 1, -(2**63)] if string_int(f) else [0, -1, SAFE, -SAFE]
    if t in UINT64:
        return [0, 1, 2**64 - 1] if string_int(f) else [0, 1, SAFE]
    if t == F.TYPE_DOUBLE:
        return [0.0, -1.5, 1e308, -2.2250738585072014e-308, 5e-324, math.inf, -math.inf, math.nan]
    if t == F.TYPE_FLOAT:
        return [0.0, 0.5, -3.4028234663852886e38, 1.401298464324817e-45, math.inf, math.nan]
    if t == F.TYPE_BOOL:
        return [False, True]
    if t == F.TYPE_STRING:
        return ["", "plain", "ünïcödé ✓ 𝄞 😀 \u0000 \"'<>&"]
    if t == F.TYPE_BYTES:
        return [b"", b"\x00\xff\x80binary", bytes(range(256)) * 40]
    if t == F.TYPE_ENUM:
        return [v.number for v in f.enum_type.values]
    raise ValueError(t)


def random_value(f, rng):
    t = f.type
    if t in INT32:
        return rng.randint(-(2**31), 2**31 - 1)
    if t in UINT32:
        return rng.randint(0, 2**32 - 1)
    if t in INT64:
        return rng.randint(-(2**63), 2**63 - 1) if string_int(f) else rng.randint(-SAFE, SAFE)
    if t in UINT64:
        return rng.randint(0, 2**64 - 1) if string_int(f) else rng.randint(0, SAFE)
    if t == F.TYPE_DOUBLE:
        return rng.uniform(-1e6, 1e6)
    if t == F.TYPE_FLOAT:
        return float(rng.randint(-(2**20), 2**20)) / 8
    if t == F.TYPE_BOOL:
        return rng.random() < 0.5
    if t == F.TYPE_STRING:
        return "".join(rng.choice("aZ09 _-ßé漢字😀") for _ in range(rng.randint(0, 12)))
    if t == F.TYPE_BYTES:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 40)))
    if t == F.TYPE_ENUM:
        return rng.choice(f.enum_type.values).number
    raise ValueError(t)


def fill(msg, pick, depth, oneof_member=None):
    """Sets every field with values from `pick(field, i)`; one member per real oneof."""
    for f in msg.DESCRIPTOR.fields:
        oneof = real_oneof(f)
        if oneof is not None:
            chosen = oneof.fields[oneof_member % len(oneof.fields)] if oneof_member is not None else oneof.fields[-1]
            if f is not chosen:
                continue
        target = getattr(msg, f.name)
        if is_map(f):
            kf, vf = f.message_type.fields_by_name["key"], f.message_type.fields_by_name["value"]
            keys = {pick(kf, i) for i in range(3)}
            for k in keys:
                if vf.type == F.TYPE_MESSAGE:
                    if depth > 0:
                        fill(target[k], pick, depth - 1)
                    else:
                        target[k].SetInParent()
                else:
                    target[k] = pick(vf, len(str(k)))
        elif f.type in (F.TYPE_MESSAGE, F.TYPE_GROUP):
            if depth <= 0 or f.message_type.full_name.startswith("google.protobuf.Struct"):
                if not f.is_repeated:
                    target.SetInParent()
                continue
            if f.is_repeated:
                for _ in range(2):
                    fill(target.add(), pick, depth - 1)
            else:
                fill(target, pick, depth - 1)
        elif f.is_repeated:
            target.extend(pick(f, i) for i in range(3))
        else:
            setattr(msg, f.name, pick(f, 0))
    return msg


def file_proto(desc):
    return descriptor_pb2.FileDescriptorProto.FromString(desc.file.serialized_pb)


def is_editions(desc):
    return file_proto(desc).syntax == "editions"


def closed_enum_cases(cls):
    """Editions only: a value no closed enum declares, on the wire of each closed-enum field
    (singular, oneof member, packed and expanded lists). The reference runtime keeps it as an
    unknown field and leaves the field unset; google-protobuf (like protoc-gen-js's proto2
    enums) reads any number into the field. `closed` names the field and the value so that
    `check` can require the value to come back as Python's unknown field."""
    cases = []
    for f in cls.DESCRIPTOR.fields:
        if f.type != F.TYPE_ENUM or not f.enum_type.is_closed or is_map(f):
            continue
        value = 1 + max(v.number for v in f.enum_type.values)
        key = lambda wire: encode_varint(f.number << 3 | wire)
        forms = [("", key(0) + encode_varint(value))]
        if f.is_repeated:
            packed = encode_varint(value)
            forms.append(("-in-packed-form", key(2) + encode_varint(len(packed)) + packed))
        for suffix, wire in forms:
            js = to_object(cls())
            js[object_key(f)] = [value] if f.is_repeated else value
            cases.append({"name": f"closed-unknown-{f.name}{suffix}", "bytes": wire, "expect": parse(cls, wire),
                          "to_object": js, "closed": [f.name, f.number, value]})
    return cases


def encode_varint(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def cases_for(cls, rng):
    desc = cls.DESCRIPTOR
    edge_at = lambda f, i: edge_values(f)[i % len(edge_values(f))]
    out = [("empty", cls())]
    out.append(("defaults", fill(cls(), lambda f, i: edge_values(f)[0], 0)))
    for shift in range(3):
        out.append((f"edge{shift}", fill(cls(), lambda f, i, s=shift: edge_at(f, i + s + 1), 2, shift)))
    for n in range(3):
        out.append((f"random{n}", fill(cls(), lambda f, i: random_value(f, rng), 2, n)))
    cases = []
    for name, msg in out:
        cases.append({"name": name, "bytes": msg.SerializePartialToString(), "expect": msg})
    # Unknown fields are skipped by the JS reader; toObject is that of the known part.
    known = out[2][1]
    cases.append({"name": "unknown", "bytes": known.SerializePartialToString() + UNKNOWN_FIELD, "expect": known})
    # A oneof switched on the wire: the last member seen wins on both sides.
    for o in desc.oneofs:
        if len(o.fields) > 1 and not is_synthetic(o):
            first, full = fill(cls(), lambda f, i: edge_at(f, i + 1), 1, 0), fill(cls(), lambda f, i: edge_at(f, i + 2), 1, 1)
            # The second half holds the oneof member alone: other message fields seen twice
            # would be merged by the reference runtime but replaced by protoc-gen-js 3.21's
            # deserializer (`msg.setX(value)`), a gap of that format outside this case.
            last, member = cls(), full.WhichOneof(o.name)
            if member is not None:
                if o.containing_type.fields_by_name[member].type in (F.TYPE_MESSAGE, F.TYPE_GROUP):
                    getattr(last, member).CopyFrom(getattr(full, member))
                else:
                    setattr(last, member, getattr(full, member))
            wire = first.SerializePartialToString() + last.SerializePartialToString()
            cases.append({"name": f"switch-{o.name}", "bytes": wire, "expect": parse(cls, wire)})
    if is_editions(desc):
        cases.extend(closed_enum_cases(cls))
    return cases


def load_classes(pydir):
    sys.path.insert(0, str(pydir))
    classes = {}
    for path in sorted(Path(pydir).rglob("*_pb2.py")):
        mod = importlib.import_module(".".join(path.relative_to(pydir).with_suffix("").parts))
        stack = list(mod.DESCRIPTOR.message_types_by_name.values())
        while stack:
            desc = stack.pop()
            stack.extend(desc.nested_types)
            if not desc.GetOptions().map_entry:
                classes[desc.full_name] = message_factory.GetMessageClass(desc)
    return classes


def make(pydir, cases_path):
    rng = random.Random(20261125)
    types = []
    for full_name, cls in sorted(load_classes(pydir).items()):
        cases = cases_for(cls, rng)
        types.append({
            "type": full_name,
            "schema": schema(cls.DESCRIPTOR),
            "cases": [{"name": c["name"], "bytes": base64.b64encode(c["bytes"]).decode(),
                       "toObject": c.get("to_object") or to_object(c["expect"]),
                       **({"closed": c["closed"]} if "closed" in c else {})} for c in cases],
        })
    Path(cases_path).write_text(json.dumps({"types": types}, ensure_ascii=False, allow_nan=False))
    print(f"made {sum(len(t['cases']) for t in types)} cases for {len(types)} message types")


def check(pydir, cases_path, results_path, *flags):
    """With --writer=NAME the messages come from another peer (default JS). A message missing a
    required (proto2, LEGACY_REQUIRED) field is invalid, and what a peer writes for it is the
    peer's own: JS writes an unset required message as an empty one (its getter creates it), and
    with --required-defaults every unset required field with its default (prost's required
    fields are not optional); the original is compared with those filled in."""
    writer = next((f.split("=", 1)[1] for f in flags if f.startswith("--writer=")), "JS")
    classes = load_classes(pydir)
    cases = json.loads(Path(cases_path).read_text())
    results = json.loads(Path(results_path).read_text())
    failures, checked, shapes = [], 0, 0
    for t in cases["types"]:
        cls = classes[t["type"]]
        for c in t["cases"]:
            original = parse(cls, base64.b64decode(c["bytes"]))
            original.DiscardUnknownFields()
            fill_required(original, "--required-defaults" in flags)
            got = results.get(t["type"], {}).get(c["name"])
            if got is None and "--allow-missing" in flags:
                continue
            if got is None:
                failures.append(f"{t['type']} {c['name']}: no result from the {writer} side")
                continue
            for kind in ("reserialized", "rebuilt"):
                if kind not in got:
                    continue
                data = base64.b64decode(got[kind])
                back = parse(cls, data)
                where = f"{t['type']} {c['name']} ({kind})"
                if not same(back, original):
                    failures.append(f"{where}:\n  want {original}\n  got  {back}")
                if "closed" in c:
                    # Written back by the peer, kept by Python as an unknown field instead.
                    if not keeps_unknown_value(back, *c["closed"]):
                        failures.append(f"{where}: the unknown closed-enum value did not come back as an unknown field")
                else:
                    want_shape = wire_shape(cls.DESCRIPTOR, original.SerializePartialToString())
                    if wire_shape(cls.DESCRIPTOR, data) != want_shape:
                        failures.append(f"{where}: wire form differs\n  want {want_shape}\n  got  {wire_shape(cls.DESCRIPTOR, data)}")
                    shapes += 1
                checked += 1
    if failures:
        print(f"{len(failures)} of {checked} {writer}-written messages differ:\n" + "\n".join(failures[:20]))
        sys.exit(1)
    print(f"ok {checked} {writer}-written messages parse equal in Python, {shapes} with the same wire form")


def fill_required(msg, scalars):
    for f in msg.DESCRIPTOR.fields:
        message = f.type in (F.TYPE_MESSAGE, F.TYPE_GROUP)
        if f.is_required and not msg.HasField(f.name):
            if message:
                getattr(msg, f.name).SetInParent()
            elif scalars:
                setattr(msg, f.name, f.default_value)
        if is_map(f):
            if f.message_type.fields_by_name["value"].type == F.TYPE_MESSAGE:
                for v in getattr(msg, f.name).values():
                    fill_required(v, scalars)
        elif message and f.is_repeated:
            for v in getattr(msg, f.name):
                fill_required(v, scalars)
        elif message and msg.HasField(f.name):
            fill_required(getattr(msg, f.name), scalars)


def keeps_unknown_value(msg, field_name, number, value):
    """The reference runtime files a closed enum's undeclared value under unknown fields."""
    from google.protobuf import unknown_fields
    f = msg.DESCRIPTOR.fields_by_name[field_name]
    held = getattr(msg, field_name)
    if (value in held) if f.is_repeated else msg.HasField(field_name):
        return False
    return any(u.field_number == number and u.data == value for u in unknown_fields.UnknownFieldSet(msg))


def read_varint(data, i):
    shift = value = 0
    while True:
        byte = data[i]
        value |= (byte & 0x7F) << shift
        i += 1
        shift += 7
        if not byte & 0x80:
            return value, i


def wire_shape(desc, data):
    """The fields of an encoded message as a sorted list of (number, wire type, inner shape),
    recursing into message fields and groups: what packed vs expanded and DELIMITED vs
    length-prefixed change, independent of field order, map order and NaN payloads."""
    fields, _ = _shape(desc, data, 0, None)
    return fields


def _shape(desc, data, i, group):
    out = []
    while i < len(data):
        key, i = read_varint(data, i)
        number, wire = key >> 3, key & 7
        field = desc.fields_by_number.get(number) if desc is not None else None
        sub = field.message_type if field is not None and field.type in (F.TYPE_MESSAGE, F.TYPE_GROUP) and not is_map(field) else None
        inner = None
        if wire == 0:
            _, i = read_varint(data, i)
        elif wire == 1:
            i += 8
        elif wire == 5:
            i += 4
        elif wire == 2:
            n, i = read_varint(data, i)
            if sub is not None:
                inner, _ = _shape(sub, data[i:i + n], 0, None)
            i += n
        elif wire == 3:
            inner, i = _shape(sub, data, i, number)
        elif wire == 4:
            if number != group:
                raise ValueError(f"end of group {number} inside {group}")
            return sorted(out, key=repr), i
        out.append((number, wire, inner))
    if group is not None:
        raise ValueError(f"group {group} not closed")
    return sorted(out, key=repr), i


def parse(cls, data):
    """Parses without insisting on proto2 `required` fields (the empty cases leave them unset)."""
    msg = cls()
    msg.MergeFromString(data)
    return msg


def canon(v):
    if isinstance(v, dict):
        return {k: canon(x) for k, x in v.items()}
    if isinstance(v, list):
        items = [canon(x) for x in v]
        if items and all(isinstance(x, list) and len(x) == 2 for x in items):
            items.sort(key=lambda pair: json.dumps(pair[0]))
        return items
    return v


def same(a, b):
    """Field-by-field equality through the decoded form, so NaN payloads (google-protobuf
    writes 0x7fffffffffffffff) and map order do not count."""
    return json.dumps(canon(to_object(a)), sort_keys=True) == json.dumps(canon(to_object(b)), sort_keys=True)


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"make": make, "check": check}[cmd](*args)

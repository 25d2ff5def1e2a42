"""Message-set wire format between the Python runtime (the reference) and generated `_pb.js`.

    message_set.py make PYDIR CASES           write CASES (JSON): messages Python serialized
                                              (containers, a container inside a message, a
                                              recursive set, hand-made items with the message
                                              before its type_id and an unregistered type_id)
    message_set.py check PYDIR CASES RESULTS  require what the JS side wrote back, and the
                                              messages it built through its setters, to be
                                              Python's messages with Python's wire form
                                              (message-set items, recursively)
"""
import base64
import json
import sys

B64 = lambda b: base64.b64encode(b).decode()


def varint(b, i):
    n = shift = 0
    while True:
        byte = b[i]
        i += 1
        n |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return n, i


def wire_form(b):
    """Field numbers and wire types, recursively, with the entries of a message sorted: the
    runtimes agree on message-set items but not on the order extensions are written in (Python
    writes the last-set first), which the format leaves open. None if `b` is not a message."""
    entries, i, groups = [], 0, [[]]
    try:
        while i < len(b):
            tag, i = varint(b, i)
            field, wt = tag >> 3, tag & 7
            if wt == 0:
                v, i = varint(b, i)
                groups[-1].append((field, wt, v))
            elif wt == 1 or wt == 5:
                n = 8 if wt == 1 else 4
                groups[-1].append((field, wt, b[i:i + n].hex()))
                i += n
            elif wt == 2:
                n, i = varint(b, i)
                payload = b[i:i + n]
                i += n
                inner = wire_form(payload) if payload else None
                groups[-1].append((field, wt, inner if inner is not None else payload.hex()))
            elif wt == 3:
                groups.append([])
            elif wt == 4:
                done = groups.pop()
                groups[-1].append((field, 3, sorted(done, key=repr)))
            else:
                return None
        if len(groups) != 1 or i != len(b):
            return None
    except IndexError:
        return None
    return sorted(groups[0], key=repr)


def modules(pydir):
    sys.path.insert(0, pydir)
    from ms import container_pb2, items_pb2, recursive_pb2
    return container_pb2, items_pb2, recursive_pb2


def item(items, name, values, nested_data=None):
    i = items.Item(name=name, values=values)
    if nested_data is not None:
        i.nested.Extensions[items.other].data = nested_data
    return i


def python_cases(pydir):
    c, items, rec = modules(pydir)
    both = c.Container()
    both.Extensions[items.Item.item].CopyFrom(item(items, "a\u00e9\U0001f600", [1, -2, 2**52], b"\x00\xff"))
    both.Extensions[items.other].data = b"x" * 300
    only = c.Container()
    only.Extensions[items.Item.item].name = ""
    holder = c.Holder(tail=-5)
    holder.set.CopyFrom(both)
    deep = rec.RecursiveSet()
    deep.Extensions[rec.RecursiveSet.message_set_extension].Extensions[
        rec.RecursiveSet.message_set_extension
    ].Extensions[rec.RecursiveSet.message_set_extension].SetInParent()
    # Items as other writers may order them: message (3) before type_id (2), and one whose
    # type_id no extension declares (read as unknown by Python, dropped by google-protobuf).
    inner = items.Item(name="late", values=[5]).SerializeToString()
    late = b"\x0b" + b"\x1a" + bytes([len(inner)]) + inner + b"\x10\xe8\x07" + b"\x0c"
    unknown = b"\x0b\x10\x4d\x1a\x02\x08\x01\x0c"
    return [
        ("ms.Container", "empty", c.Container().SerializeToString()),
        ("ms.Container", "only", only.SerializeToString(deterministic=True)),
        ("ms.Container", "both", both.SerializeToString(deterministic=True)),
        ("ms.Holder", "holder", holder.SerializeToString(deterministic=True)),
        ("ms.rec.RecursiveSet", "recursive", deep.SerializeToString(deterministic=True)),
        ("ms.Container", "late type_id and unknown item", late + unknown),
    ]


def js_built(pydir):
    """What tests/js/message_set/message_set.js builds through its setters."""
    c, items, rec = modules(pydir)
    holder = c.Holder(tail=9)
    holder.set.Extensions[items.Item.item].CopyFrom(item(items, "js", [7, -1], b"\x01\x02\x03"))
    holder.set.Extensions[items.other].data = b""
    deep = rec.RecursiveSet()
    deep.Extensions[rec.RecursiveSet.message_set_extension].Extensions[rec.RecursiveSet.message_set_extension].SetInParent()
    return {"holder": holder, "recursive": deep}


def message_class(pydir, full_name):
    from google.protobuf import symbol_database
    modules(pydir)
    return symbol_database.Default().GetSymbol(full_name)


def main():
    cmd, pydir, cases_path = sys.argv[1:4]
    if cmd == "make":
        cases = [{"type": t, "name": n, "bytes": B64(b)} for t, n, b in python_cases(pydir)]
        json.dump({"cases": cases}, open(cases_path, "w"))
        print(f"made {len(cases)} cases")
        return
    results = json.load(open(sys.argv[4]))
    cases = json.load(open(cases_path))["cases"]
    failures = []
    for case, back in zip(cases, results["read"], strict=True):
        cls = message_class(pydir, case["type"])
        want = cls.FromString(base64.b64decode(case["bytes"]))
        want.DiscardUnknownFields()
        got_bytes = base64.b64decode(back)
        got = cls.FromString(got_bytes)
        if got != want:
            failures.append(f"{case['name']}: JS read and wrote back {got!r}, Python read {want!r}")
        elif wire_form(got_bytes) != wire_form(want.SerializeToString(deterministic=True)):
            failures.append(f"{case['name']}: JS wrote {got_bytes.hex()}, Python writes {want.SerializeToString(deterministic=True).hex()}")
    for name, want in js_built(pydir).items():
        got_bytes = base64.b64decode(results["built"][name])
        got = type(want).FromString(got_bytes)
        if got != want or wire_form(got_bytes) != wire_form(want.SerializeToString(deterministic=True)):
            failures.append(f"built {name}: JS wrote {got_bytes.hex()}, Python writes {want.SerializeToString(deterministic=True).hex()}")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"ok {len(cases)} read back, {len(results['built'])} built")


main()

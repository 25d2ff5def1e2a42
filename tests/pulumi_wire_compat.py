#!/usr/bin/env python3
"""Check that protosmith's proto/ is wire-compatible with Pulumi's plugin protocol.

Usage: PYTHON tests/pulumi_wire_compat.py FDS_FILE

FDS_FILE is a serialized google.protobuf.FileDescriptorSet of our proto/ tree
(from `protoc --include_imports --descriptor_set_out`, or from protosmith).
The reference is the protocol vendored in the installed `pulumi` Python
package: every `pulumi.runtime.proto.*_pb2` module carries its file's
descriptor in `DESCRIPTOR.serialized_pb`.

Every message, enum and service of ours in a `pulumirpc*` package must exist
in Pulumi under the same full name, and every field, enum value and method we
declare must match Pulumi's exactly (name, number, type, type name, label,
proto3 optional, oneof membership; value numbers; request/response types and
streaming). Our subset may leave things out, never add or change them. Our
reserved numbers and names must be reserved by Pulumi as well, and the
`deprecated` flags of fields and methods must agree.

Exit status: 0 when everything matches, 1 on any mismatch, 2 when the input
or the pulumi package cannot be loaded. Only the standard library and
`protobuf` are used.
"""

import importlib
import pkgutil
import sys

try:
    from google.protobuf import descriptor_pb2
except ImportError:  # pragma: no cover - environment problem
    sys.stderr.write(
        "wire-compat: ERROR: the `protobuf` package is not installed in this Python "
        f"({sys.executable}); install `pulumi` (which depends on it) first.\n"
    )
    sys.exit(2)

FDP = descriptor_pb2.FieldDescriptorProto
TYPE_NAMES = {v: k for k, v in FDP.Type.items()}
LABEL_NAMES = {v: k for k, v in FDP.Label.items()}

OUR_PACKAGE_PREFIX = "pulumirpc"


def die(msg):
    sys.stderr.write(f"wire-compat: ERROR: {msg}\n")
    sys.exit(2)


def load_pulumi_files():
    """Return {file name: FileDescriptorProto} for every vendored Pulumi proto."""
    try:
        import pulumi.runtime.proto as proto_pkg
    except ImportError as exc:
        die(
            "cannot import `pulumi.runtime.proto` ({}). The reference protocol comes from "
            "the installed Pulumi Python SDK; install it into this interpreter, e.g. "
            "`{} -m pip install pulumi==3.272.0`.".format(exc, sys.executable)
        )
    files = {}
    errors = []
    for mod in pkgutil.walk_packages(proto_pkg.__path__, proto_pkg.__name__ + "."):
        if not mod.name.endswith("_pb2"):
            continue
        try:
            module = importlib.import_module(mod.name)
        except Exception as exc:  # a broken module must not go unnoticed
            errors.append(f"{mod.name}: {exc}")
            continue
        fd = descriptor_pb2.FileDescriptorProto.FromString(module.DESCRIPTOR.serialized_pb)
        files[fd.name] = fd
    if errors:
        die("could not import Pulumi's descriptor modules:\n  " + "\n  ".join(errors))
    if not files:
        die("no *_pb2 modules found under pulumi.runtime.proto")
    return files


def load_our_files(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        die(f"cannot read {path}: {exc}")
    try:
        fds = descriptor_pb2.FileDescriptorSet.FromString(data)
    except Exception as exc:
        die(f"{path} is not a serialized FileDescriptorSet: {exc}")
    files = [f for f in fds.file if f.package == OUR_PACKAGE_PREFIX or f.package.startswith(OUR_PACKAGE_PREFIX + ".")]
    if not files:
        die(f"{path} contains no file in package {OUR_PACKAGE_PREFIX}")
    return files


def index(files):
    """Map full names (with leading dot) to (kind, descriptor, file name)."""
    out = {}

    def add_message(prefix, msg, fname):
        full = f"{prefix}.{msg.name}"
        out[full] = ("message", msg, fname)
        for nested in msg.nested_type:
            add_message(full, nested, fname)
        for enum in msg.enum_type:
            out[f"{full}.{enum.name}"] = ("enum", enum, fname)

    for fd in files:
        prefix = "." + fd.package if fd.package else ""
        for msg in fd.message_type:
            add_message(prefix, msg, fd.name)
        for enum in fd.enum_type:
            out[f"{prefix}.{enum.name}"] = ("enum", enum, fd.name)
        for svc in fd.service:
            out[f"{prefix}.{svc.name}"] = ("service", svc, fd.name)
    return out


def oneof_of(msg, field):
    if field.HasField("oneof_index"):
        return msg.oneof_decl[field.oneof_index].name
    return None


def describe_field(msg, f):
    return {
        "number": f.number,
        "type": TYPE_NAMES.get(f.type, f.type),
        "type_name": f.type_name,
        "label": LABEL_NAMES.get(f.label, f.label),
        "proto3_optional": f.proto3_optional,
        "oneof": oneof_of(msg, f),
        "deprecated": f.options.deprecated,
    }


def message_reserved(msg):
    nums = set()
    for r in msg.reserved_range:  # end is exclusive for messages
        nums.update(range(r.start, r.end))
    return nums, set(msg.reserved_name)


def enum_reserved(enum):
    nums = set()
    for r in enum.reserved_range:  # end is inclusive for enums
        nums.update(range(r.start, r.end + 1))
    return nums, set(enum.reserved_name)


class Checker:
    def __init__(self, ours, theirs):
        self.ours = ours
        self.theirs = theirs
        self.mismatches = []
        self.notes = []
        self.counts = {"messages": 0, "map entries": 0, "fields": 0, "enums": 0,
                       "values": 0, "services": 0, "rpcs": 0}

    def bad(self, name, text):
        self.mismatches.append(f"{name}: {text}")

    def run(self):
        for full in sorted(self.ours):
            kind, desc, fname = self.ours[full]
            if full not in self.theirs:
                self.bad(full, f"{kind} declared in {fname} does not exist in Pulumi's protocol")
                continue
            tkind, tdesc, tfname = self.theirs[full]
            if tkind != kind:
                self.bad(full, f"is a {kind} here but a {tkind} in Pulumi")
                continue
            if fname != tfname:
                # Not a wire property, but drop-in replacement of generated
                # modules relies on the same file layout; report without failing.
                self.notes.append(f"{full}: defined in {fname} here, {tfname} in Pulumi")
            getattr(self, "check_" + kind)(full, desc, tdesc)

    def check_message(self, full, msg, tmsg):
        if msg.options.map_entry:
            self.counts["map entries"] += 1
            if not tmsg.options.map_entry:
                self.bad(full, "is a map entry here but not in Pulumi")
        else:
            self.counts["messages"] += 1
        tfields = {f.name: f for f in tmsg.field}
        tby_number = {f.number: f for f in tmsg.field}
        for f in msg.field:
            if not msg.options.map_entry:
                self.counts["fields"] += 1
            fname = f"{full}.{f.name}"
            tf = tfields.get(f.name)
            if tf is None:
                other = tby_number.get(f.number)
                hint = f" (Pulumi uses number {f.number} for `{other.name}`)" if other else ""
                self.bad(fname, f"field does not exist in Pulumi{hint}")
                continue
            ours, theirs = describe_field(msg, f), describe_field(tmsg, tf)
            for key in ours:
                if ours[key] != theirs[key]:
                    self.bad(fname, f"{key} is {ours[key]!r} here but {theirs[key]!r} in Pulumi")
        nums, names = message_reserved(msg)
        tnums, tnames = message_reserved(tmsg)
        for n in sorted(nums - tnums):
            self.bad(full, f"reserves number {n}, which Pulumi does not reserve")
        for n in sorted(names - tnames):
            self.bad(full, f"reserves name {n!r}, which Pulumi does not reserve")
        used = {f.number for f in msg.field} & tnums
        for n in sorted(used):
            self.bad(full, f"uses number {n}, which Pulumi reserves")

    def check_enum(self, full, enum, tenum):
        self.counts["enums"] += 1
        tvalues = {v.name: v.number for v in tenum.value}
        for v in enum.value:
            self.counts["values"] += 1
            if v.name not in tvalues:
                self.bad(f"{full}.{v.name}", "enum value does not exist in Pulumi")
            elif tvalues[v.name] != v.number:
                self.bad(f"{full}.{v.name}", f"is {v.number} here but {tvalues[v.name]} in Pulumi")
        nums, names = enum_reserved(enum)
        tnums, tnames = enum_reserved(tenum)
        for n in sorted(nums - tnums):
            self.bad(full, f"reserves value {n}, which Pulumi does not reserve")
        for n in sorted(names - tnames):
            self.bad(full, f"reserves name {n!r}, which Pulumi does not reserve")

    def check_service(self, full, svc, tsvc):
        self.counts["services"] += 1
        tmethods = {m.name: m for m in tsvc.method}
        for m in svc.method:
            self.counts["rpcs"] += 1
            mname = f"{full}.{m.name}"
            tm = tmethods.get(m.name)
            if tm is None:
                self.bad(mname, "rpc does not exist in Pulumi")
                continue
            for attr in ("input_type", "output_type", "client_streaming", "server_streaming"):
                a, b = getattr(m, attr), getattr(tm, attr)
                if a != b:
                    self.bad(mname, f"{attr} is {a!r} here but {b!r} in Pulumi")
            if m.options.deprecated != tm.options.deprecated:
                self.bad(mname, f"deprecated is {m.options.deprecated!r} here but "
                                f"{tm.options.deprecated!r} in Pulumi")


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: python tests/pulumi_wire_compat.py FDS_FILE\n")
        return 2
    our_files = load_our_files(argv[1])
    their_files = load_pulumi_files()

    try:
        import pulumi
        version = getattr(pulumi, "__version__", None)
    except Exception:
        version = None
    if not version:
        try:
            from importlib.metadata import version as dist_version
            version = dist_version("pulumi")
        except Exception:
            version = "unknown"

    checker = Checker(index(our_files), index(their_files.values()))
    checker.run()
    for note in checker.notes:
        print(f"note: {note}")
    for m in checker.mismatches:
        print(f"MISMATCH {m}")
    c = checker.counts
    print(
        f"reference: pulumi {version}; checked {len(our_files)} files, "
        f"{c['map entries']} map entries, {c['values']} enum values"
    )
    print(
        f"wire-compat: {c['messages']} messages, {c['fields']} fields, {c['enums']} enums, "
        f"{c['services']} services, {c['rpcs']} rpcs checked, {len(checker.mismatches)} mismatches"
    )
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

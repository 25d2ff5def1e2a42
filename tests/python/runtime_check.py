"""Imports every generated module under the running Python's protobuf (and grpcio) and round-trips
one message of every type through the wire format.
Usage: runtime_check.py ROOT [--pb2-only] [--as-package]
(--as-package imports the tree as the package named after ROOT, from ROOT's parent folder.)

Prints `ok N modules, M messages` and exits 0, or raises."""
import importlib
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
pb2_only = "--pb2-only" in sys.argv
as_package = "--as-package" in sys.argv
sys.path.insert(0, str(root.parent if as_package else root))
prefix = (root.name,) if as_package else ()

modules = sorted(
    ".".join(prefix + p.relative_to(root).with_suffix("").parts)
    for p in root.rglob("*.py")
    if p.name != "__init__.py" and (p.name.endswith("_pb2.py") or (not pb2_only and p.name.endswith("_pb2_grpc.py")))
)
messages = 0


def walk(descriptor):
    yield descriptor
    for nested in descriptor.nested_types:
        yield from walk(nested)


for name in modules:
    module = importlib.import_module(name)
    if not name.endswith("_pb2"):
        continue
    for top in module.DESCRIPTOR.message_types_by_name.values():
        for desc in walk(top):
            if desc.GetOptions().map_entry:
                continue
            cls = module
            for part in desc.full_name[len(desc.file.package) + 1 if desc.file.package else 0:].split("."):
                cls = getattr(cls, part)
            msg = cls()
            for field in desc.fields:
                # Set one scalar field so the bytes are not trivially empty.
                # protobuf 7 dropped `label`; 4.21 has no `is_repeated`.
                repeated = field.is_repeated if hasattr(field, "is_repeated") else field.label == field.LABEL_REPEATED
                if not repeated and field.type == field.TYPE_STRING and field.containing_oneof is None:
                    setattr(msg, field.name, "héllo")
                    break
            data = msg.SerializeToString()
            back = cls.FromString(data)
            assert back == msg, (desc.full_name, data)
            messages += 1

print(f"ok {len(modules)} modules, {messages} messages")

"""Writes the FileDescriptorSet of the stubs vendored in the installed `pulumi` package
(`DESCRIPTOR.serialized_pb` of every `pulumi/runtime/proto` module, with the files they import),
for `protosmith gen --descriptor-set-in`. Usage: extract_descriptors.py OUT.binpb"""
import importlib
import pkgutil
import sys

from google.protobuf import descriptor_pb2
import pulumi.runtime.proto as vendored

seen, ordered = set(), []


def add(fd):
    if fd.name in seen:
        return
    seen.add(fd.name)
    for dep in fd.dependencies:
        add(dep)
    ordered.append(fd)


for info in pkgutil.walk_packages(vendored.__path__, vendored.__name__ + "."):
    if info.name.endswith("_pb2"):
        add(importlib.import_module(info.name).DESCRIPTOR)

out = descriptor_pb2.FileDescriptorSet()
for fd in ordered:
    out.file.add().ParseFromString(fd.serialized_pb)
with open(sys.argv[1], "wb") as f:
    f.write(out.SerializeToString())
print(f"{len(ordered)} files, {sum(not n.name.startswith('google/') for n in ordered)} of them pulumi's")

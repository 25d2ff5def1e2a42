"""Runs the protobuf runtime on a generated descriptor_pb2.py put in place of its own.

Usage: descriptor_pb2_check.py PATH_OF_THE_GENERATED_MODULE python.runtime=DIALECT
(with PYTHONPATH pointing at the runtime copy that holds it, and
PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION chosen by the caller).
"""

import os
import sys

from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, text_format
from google.protobuf.internal import api_implementation

expected = os.path.realpath(sys.argv[1])
assert os.path.realpath(descriptor_pb2.__file__) == expected, (descriptor_pb2.__file__, expected)
kind = api_implementation.Type()
pure = kind == "python"
assert _descriptor._USE_C_DESCRIPTORS != pure, (kind, _descriptor._USE_C_DESCRIPTORS)

# The module's own descriptors: built by hand under the pure runtime, from bytes under upb.
field = descriptor_pb2.FieldDescriptorProto
assert field.DESCRIPTOR.full_name == "google.protobuf.FieldDescriptorProto"
assert field.DESCRIPTOR.fields_by_name["type"].enum_type.name == "Type"
assert field.DESCRIPTOR.fields_by_name["options"].message_type.name == "FieldOptions"
assert field.Type.Name(9) == "TYPE_STRING" and field.TYPE_MESSAGE == 11
assert descriptor_pb2.DescriptorProto.ExtensionRange.DESCRIPTOR.containing_type.name == "DescriptorProto"
assert descriptor_pb2.FileOptions.DESCRIPTOR.fields_by_name["optimize_for"].default_value == 1
assert descriptor_pb2.FileOptions.DESCRIPTOR.fields_by_name["cc_enable_arenas"].default_value is True
assert descriptor_pb2.FileOptions.DESCRIPTOR.is_extendable
assert descriptor_pb2.DESCRIPTOR.message_types_by_name["DescriptorProto"] is descriptor_pb2.DescriptorProto.DESCRIPTOR
assert descriptor_pb2.FileOptions().optimize_for == descriptor_pb2.FileOptions.SPEED
if pure and not sys.argv[2].endswith("legacy"):
    # The current form hands the pure runtime resolved features (protoc 24's writes no
    # options into these descriptors, so there they are not packed, as with protoc's own).
    loc = descriptor_pb2.SourceCodeInfo.Location.DESCRIPTOR.fields_by_name["path"]
    assert loc.is_packed, "SourceCodeInfo.Location.path is [packed = true]"

# A file written with it, parsed back, and built into a pool: the pure runtime parses every
# serialized descriptor with this module.
proto = descriptor_pb2.FileDescriptorProto(name="check/check.proto", package="check", syntax="proto3")
msg = proto.message_type.add(name="M")
msg.field.add(name="s", number=1, type=field.TYPE_STRING, label=field.LABEL_OPTIONAL)
msg.field.add(name="n", number=2, type=field.TYPE_INT64, label=field.LABEL_REPEATED)
msg.field.add(name="e", number=3, type=field.TYPE_ENUM, label=field.LABEL_OPTIONAL, type_name=".check.E")
enum = proto.enum_type.add(name="E")
enum.value.add(name="E_ZERO", number=0)
enum.value.add(name="E_ONE", number=1)
data = proto.SerializeToString()
again = descriptor_pb2.FileDescriptorProto.FromString(data)
assert again == proto, again
assert text_format.Parse(text_format.MessageToString(proto), descriptor_pb2.FileDescriptorProto()) == proto
assert json_format.Parse(json_format.MessageToJson(proto), descriptor_pb2.FileDescriptorProto()) == proto

pool = descriptor_pool.DescriptorPool()
pool.AddSerializedFile(data)
desc = pool.FindMessageTypeByName("check.M")
try:
    from google.protobuf.message_factory import GetMessageClass
    cls = GetMessageClass(desc)
except ImportError:  # protobuf 4.21-4.23
    from google.protobuf import message_factory
    cls = message_factory.MessageFactory(pool).GetPrototype(desc)
m = cls(s="hé", n=[1, -2, 1 << 40], e=1)
assert cls.FromString(m.SerializeToString()) == m

# Well-known types load through the default pool (parsed with this module under the pure runtime).
from google.protobuf import any_pb2, struct_pb2, timestamp_pb2, type_pb2  # noqa: E402

ts = timestamp_pb2.Timestamp(seconds=5)
packed = any_pb2.Any()
packed.Pack(ts)
assert packed.Unpack(timestamp_pb2.Timestamp()) and packed.TypeName() == "google.protobuf.Timestamp"
assert type_pb2.Type.DESCRIPTOR.fields_by_name["syntax"].enum_type.full_name == "google.protobuf.Syntax"
assert struct_pb2.Struct.DESCRIPTOR.fields_by_name["fields"].message_type.GetOptions().map_entry

print(f"implementation {kind}: ok")

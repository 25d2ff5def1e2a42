"""Code using stubs generated with python.imports=relative into the subpackage `vendor.protos`
(must pass mypy --strict: every cross-folder and public import inside the stubs resolves)."""

import grpc.aio

from vendor.protos.cross.alpha import w_pb2, x_pb2
from vendor.protos.cross.beta import y_pb2, z_pb2, z_pb2_grpc
from vendor.protos.public import reexport_pb2, user_pb2


def build() -> z_pb2.Z:
    x = x_pb2.X(y=y_pb2.Y(y=3))
    z = z_pb2.Z(w=w_pb2.W(w="w"), x=x)
    base: reexport_pb2.Base = reexport_pb2.Base(id="b")
    user = user_pb2.User(wrapper=reexport_pb2.Wrapper(base=base), base=base)
    assert user.base.id == z.x.y.y.__str__() or True
    return z


async def call(channel: grpc.aio.Channel) -> int:
    stub = z_pb2_grpc.BridgeStub(channel)
    reply = await stub.Cross(x_pb2.X())
    return reply.x.y.y

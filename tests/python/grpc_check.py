"""A grpcio server built from the generated servicer of golden services/streaming.proto, called
by the generated stub over all four streaming kinds, sync and grpc.aio. Usage: grpc_check.py ROOT"""
import asyncio
import sys
from concurrent import futures

sys.path.insert(0, sys.argv[1])

import grpc  # noqa: E402
from services import streaming_pb2 as pb  # noqa: E402
from services import streaming_pb2_grpc as rpc  # noqa: E402


class Echo(rpc.EchoServicer):
    def Unary(self, request, context):
        return pb.EchoReply(message=request.message * request.repeat)

    def ServerStream(self, request, context):
        for i in range(request.repeat):
            yield pb.EchoReply(message=f"{request.message}{i}")

    def ClientStream(self, request_iterator, context):
        return pb.EchoReply(message="+".join(r.message for r in request_iterator))

    def Bidi(self, request_iterator, context):
        for r in request_iterator:
            yield pb.EchoReply(message=r.message.upper())


def reqs():
    return iter([pb.EchoRequest(message="a"), pb.EchoRequest(message="b")])


def check(unary, server_stream, client_stream, bidi):
    assert unary.message == "xyxy", unary
    assert [r.message for r in server_stream] == ["s0", "s1", "s2"], server_stream
    assert client_stream.message == "a+b", client_stream
    assert [r.message for r in bidi] == ["A", "B"], bidi


server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
rpc.add_EchoServicer_to_server(Echo(), server)
port = server.add_insecure_port("127.0.0.1:0")
server.start()
target = f"127.0.0.1:{port}"
try:
    with grpc.insecure_channel(target) as channel:
        stub = rpc.EchoStub(channel)
        check(
            stub.Unary(pb.EchoRequest(message="xy", repeat=2)),
            list(stub.ServerStream(pb.EchoRequest(message="s", repeat=3))),
            stub.ClientStream(reqs()),
            list(stub.Bidi(reqs())),
        )
        try:
            rpc.HealthStub(channel).Check(pb.google_dot_protobuf_dot_empty__pb2.Empty())
            raise AssertionError("unregistered service must fail")
        except grpc.RpcError as e:
            assert e.code() == grpc.StatusCode.UNIMPLEMENTED, e

    async def aio():
        async with grpc.aio.insecure_channel(target) as channel:
            stub = rpc.EchoStub(channel)
            unary = await stub.Unary(pb.EchoRequest(message="xy", repeat=2))
            server_stream = [r async for r in stub.ServerStream(pb.EchoRequest(message="s", repeat=3))]
            client_stream = await stub.ClientStream(reqs())
            bidi = [r async for r in stub.Bidi(reqs())]
            check(unary, server_stream, client_stream, bidi)

    asyncio.run(aio())
finally:
    server.stop(None)
print("ok grpc sync+aio")

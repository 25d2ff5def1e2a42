"""grpc.aio and sync servicers written against the generated stubs (must pass mypy --strict).

They implement only some methods: the generated base class answers UNIMPLEMENTED for the rest,
so with protosmith's default stubs (python.pyi_grpc=aio) the classes can be instantiated.
"""

from collections.abc import AsyncIterator, Iterator
from concurrent import futures
from typing import Any

import grpc
import grpc.aio
from google.protobuf import empty_pb2, struct_pb2

from pulumi import plugin_pb2, provider_pb2, provider_pb2_grpc
from services import streaming_pb2 as pb
from services import streaming_pb2_grpc as pb_grpc

AioContext = grpc.aio.ServicerContext[Any, Any]


class AsyncEcho(pb_grpc.EchoServicer):
    async def Unary(self, request: pb.EchoRequest, context: AioContext) -> pb.EchoReply:
        return pb.EchoReply(message=request.message * request.repeat)

    async def ServerStream(self, request: pb.EchoRequest, context: AioContext) -> AsyncIterator[pb.EchoReply]:
        for _ in range(request.repeat):
            yield pb.EchoReply(message=request.message)

    async def ClientStream(self, request_iterator: AsyncIterator[pb.EchoRequest], context: AioContext) -> pb.EchoReply:
        parts = [r.message async for r in request_iterator]
        return pb.EchoReply(message="".join(parts))

    async def Bidi(
        self, request_iterator: AsyncIterator[pb.EchoRequest], context: AioContext
    ) -> AsyncIterator[pb.EchoReply]:
        async for r in request_iterator:
            yield pb.EchoReply(message=r.message)


class SyncEcho(pb_grpc.EchoServicer):
    def Unary(self, request: pb.EchoRequest, context: grpc.ServicerContext) -> pb.EchoReply:
        return pb.EchoReply(message=request.message)

    def Bidi(self, request_iterator: Iterator[pb.EchoRequest], context: grpc.ServicerContext) -> Iterator[pb.EchoReply]:
        for r in request_iterator:
            yield pb.EchoReply(message=r.message)


class Provider(provider_pb2_grpc.ResourceProviderServicer):
    async def GetPluginInfo(self, request: empty_pb2.Empty, context: AioContext) -> plugin_pb2.PluginInfo:
        return plugin_pb2.PluginInfo(version="1.0.0")

    async def Check(self, request: provider_pb2.CheckRequest, context: AioContext) -> provider_pb2.CheckResponse:
        inputs = struct_pb2.Struct()
        inputs.CopyFrom(request.news)
        failures = [provider_pb2.CheckFailure(property="size", reason="too big")] if "size" in inputs else []
        return provider_pb2.CheckResponse(inputs=inputs, failures=failures)


async def serve_async() -> None:
    server = grpc.aio.server()
    pb_grpc.add_EchoServicer_to_server(AsyncEcho(), server)
    provider_pb2_grpc.add_ResourceProviderServicer_to_server(Provider(), server)
    server.add_insecure_port("127.0.0.1:0")
    await server.start()
    await server.stop(None)


def serve_sync() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    pb_grpc.add_EchoServicer_to_server(SyncEcho(), server)
    server.add_insecure_port("127.0.0.1:0")
    server.start()
    server.stop(None)

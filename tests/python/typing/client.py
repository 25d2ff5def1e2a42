"""Sync and grpc.aio clients written against the generated stubs (must pass mypy --strict)."""

from collections.abc import AsyncIterator, Iterator

import grpc
import grpc.aio
from google.protobuf import empty_pb2, struct_pb2

from pulumi import plugin_pb2, provider_pb2, provider_pb2_grpc
from services import streaming_pb2 as pb
from services import streaming_pb2_grpc as pb_grpc


def requests() -> Iterator[pb.EchoRequest]:
    for i in range(3):
        yield pb.EchoRequest(message=f"m{i}", repeat=i)


def sync_echo(channel: grpc.Channel) -> list[str]:
    stub = pb_grpc.EchoStub(channel)
    reply: pb.EchoReply = stub.Unary(pb.EchoRequest(message="hi", repeat=2))
    texts = [reply.message]
    texts += [r.message for r in stub.ServerStream(pb.EchoRequest(message="s"))]
    texts.append(stub.ClientStream(requests()).message)
    texts += [r.message for r in stub.Bidi(requests())]
    if reply.HasField("at"):
        texts.append(reply.at.ToJsonString())
    reply.ClearField("message")
    return texts


async def async_requests() -> AsyncIterator[pb.EchoRequest]:
    yield pb.EchoRequest(message="a")


async def async_echo(channel: grpc.aio.Channel) -> list[str]:
    stub = pb_grpc.EchoStub(channel)
    reply = await stub.Unary(pb.EchoRequest(message="hi"))
    texts = [reply.message]
    async for r in stub.ServerStream(pb.EchoRequest(message="s")):
        texts.append(r.message)
    texts.append((await stub.ClientStream(async_requests())).message)
    async for r in stub.Bidi(async_requests()):
        texts.append(r.message)
    return texts


def check(channel: grpc.Channel) -> list[str]:
    stub = provider_pb2_grpc.ResourceProviderStub(channel)
    info: plugin_pb2.PluginInfo = stub.GetPluginInfo(empty_pb2.Empty())
    news = struct_pb2.Struct()
    news.update({"size": 3})
    autonaming = provider_pb2.CheckRequest.AutonamingOptions(
        proposed_name="web-1", mode=provider_pb2.CheckRequest.AutonamingOptions.ENFORCE
    )
    req = provider_pb2.CheckRequest(urn="urn:x", news=news, randomSeed=b"\x00", autonaming=autonaming)
    resp = stub.Check(req)
    return [info.version] + [f"{f.property}: {f.reason}" for f in resp.failures]


async def async_check(channel: grpc.aio.Channel) -> int:
    stub = provider_pb2_grpc.ResourceProviderStub(channel)
    resp = await stub.Check(provider_pb2.CheckRequest(urn="urn:y"))
    return len(resp.failures)

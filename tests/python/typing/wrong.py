"""Deliberate misuse of the generated stubs: every line carrying an error marker comment (hash,
`E:`, expected text) must be reported by mypy --strict with an error containing that text, and
nothing else may be reported."""

from typing import Any

import grpc
import grpc.aio

from pulumi import provider_pb2
from services import streaming_pb2 as pb
from services import streaming_pb2_grpc as pb_grpc

AioContext = grpc.aio.ServicerContext[Any, Any]

pb.EchoRequest(message=1)  # E: Argument "message" to "EchoRequest" has incompatible type "int"; expected "str"
pb.EchoRequest(mesage="x")  # E: Unexpected keyword argument "mesage" for "EchoRequest"
pb.EchoRequest().HasField("message")  # E: Argument 1 to "HasField" of "EchoRequest" has incompatible type
pb.EchoReply().WhichOneof("message")  # E: Argument 1 to "WhichOneof" of "EchoReply" has incompatible type
count: str = pb.EchoRequest().repeat  # E: Incompatible types in assignment (expression has type "int", variable has type "str")
provider_pb2.CheckRequest(news={"a": 1})  # E: Argument "news" to "CheckRequest" has incompatible type


class WrongReturn(pb_grpc.EchoServicer):
    async def Unary(self, request: pb.EchoRequest, context: AioContext) -> pb.EchoRequest:  # E: Return type "Coroutine[Any, Any, EchoRequest]" of "Unary" incompatible with return type
        return request


def wrong_request(channel: grpc.Channel) -> None:
    stub = pb_grpc.EchoStub(channel)
    stub.Unary(pb.EchoReply())  # E: Argument 1 to "__call__" of "UnaryUnaryMultiCallable" has incompatible type "EchoReply"; expected "EchoRequest"


def wrong_server(server: object) -> None:
    pb_grpc.add_EchoServicer_to_server(WrongReturn(), server)  # E: Argument 2 to "add_EchoServicer_to_server" has incompatible type "object"

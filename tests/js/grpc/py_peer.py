"""The Python (grpcio) peer of the JS gRPC tests, for tests/js/grpc/protos/rt/echo.proto.

    python py_peer.py serve PY_GEN_DIR        serve rt.echo.Echo on 127.0.0.1 (port printed as the
                                              first line of stdout); stops when stdin closes
    python py_peer.py call PY_GEN_DIR PORT    call every method of a (JS) server, check the answers

Behaviour and checks mirror echo.js, so either side can talk to the other.
"""

import sys
from concurrent import futures

mode, gen_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, gen_dir)

import grpc  # noqa: E402
from google.protobuf import empty_pb2  # noqa: E402

from common import types_pb2  # noqa: E402
from rt import echo_pb2, echo_pb2_grpc  # noqa: E402


class Echo(echo_pb2_grpc.EchoServicer):
    def Unary(self, request, context):
        n = echo_pb2.Note()
        n.CopyFrom(request)
        n.text = n.text.upper()
        n.seq += 1
        return n

    def Expand(self, request, context):
        for i in range(request.seq):
            yield echo_pb2.Note(text=f"{request.text}-{i}", seq=i)

    def Collect(self, request_iterator, context):
        notes = list(request_iterator)
        return echo_pb2.Summary(
            count=len(notes), seqs=[n.seq for n in notes], joined=",".join(n.text for n in notes)
        )

    def Chat(self, request_iterator, context):
        for n in request_iterator:
            yield echo_pb2.Note(text=f"re:{n.text}", seq=n.seq * 2)

    def Ping(self, request, context):
        return empty_pb2.Empty()


def check(cond, what):
    if not cond:
        raise SystemExit(f"check failed: {what}")


def call(port):
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = echo_pb2_grpc.EchoStub(channel)
        sent = echo_pb2.Note(
            text="héllo wörld",
            seq=41,
            blob=bytes([0, 1, 2, 254, 255]),
            tags=["a", "b"],
            counts={"x": 1, "y": -2},
            thing=types_pb2.Thing(
                id="t-1", inner=types_pb2.Thing.Inner(value=-9007199254740991, color=types_pb2.GREEN)
            ),
            color=types_pb2.RED,
            maybe="",
            code=7,
        )
        got = stub.Unary(sent, timeout=10)
        check(got.text == "HÉLLO WÖRLD", f"unary text {got.text!r}")
        check(got.seq == 42, f"unary seq {got.seq}")
        check(got.blob == bytes([0, 1, 2, 254, 255]), "unary blob")
        check(list(got.tags) == ["a", "b"], "unary tags")
        check(dict(got.counts) == {"x": 1, "y": -2}, "unary counts")
        check(got.thing.inner.value == -9007199254740991, "unary int64")
        check(got.thing.inner.color == types_pb2.GREEN, "unary nested enum")
        check(got.color == types_pb2.RED, "unary enum")
        check(got.HasField("maybe"), "proto3 optional set to its default stays set")
        check(got.WhichOneof("extra") == "code" and got.code == 7, "unary oneof")
        print("ok unary")

        expanded = [(n.text, n.seq) for n in stub.Expand(echo_pb2.Note(text="n", seq=3), timeout=10)]
        check(expanded == [("n-0", 0), ("n-1", 1), ("n-2", 2)], f"expand {expanded}")
        print("ok expand")

        notes = iter([echo_pb2.Note(text=t, seq=s) for t, s in [("a", 1), ("b", 2), ("c", 3)]])
        summary = stub.Collect(notes, timeout=10)
        check(summary.count == 3 and list(summary.seqs) == [1, 2, 3] and summary.joined == "a,b,c", f"collect {summary}")
        print("ok collect")

        notes = iter([echo_pb2.Note(text=t, seq=s) for t, s in [("x", 5), ("y", 6)]])
        chat = [(n.text, n.seq) for n in stub.Chat(notes, timeout=10)]
        check(chat == [("re:x", 10), ("re:y", 12)], f"chat {chat}")
        print("ok chat")

        stub.Ping(empty_pb2.Empty(), timeout=10)
        print("ok ping")


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    echo_pb2_grpc.add_EchoServicer_to_server(Echo(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print(port, flush=True)
    sys.stdin.read()
    server.stop(grace=None)


if mode == "serve":
    serve()
elif mode == "call":
    call(int(sys.argv[3]))
else:
    raise SystemExit(f"unknown mode {mode}")

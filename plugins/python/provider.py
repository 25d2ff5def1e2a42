"""The `demo` resource provider in Python (docs/engine.md, "The demo package"), built on the
generated stubs in generated/python only."""
import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated" / "python"))

import grpc  # noqa: E402
from google.protobuf import empty_pb2, json_format, struct_pb2  # noqa: E402
from pulumi import plugin_pb2, provider_pb2, provider_pb2_grpc  # noqa: E402

from plugin_server import serve  # noqa: E402

FILE = "demo:index:File"
DIGEST = "demo:index:digest"
COMPARED = ("path", "content", "metadata")
Kind = provider_pb2.PropertyDiff.Kind


def plain(s):
    return json_format.MessageToDict(s) if s is not None else {}


def struct(values):
    out = struct_pb2.Struct()
    out.update(values)
    return out


def computed(inputs):
    """The file's outputs: its inputs plus size and digest of the content."""
    content = inputs.get("content", "").encode("utf-8")
    return {**inputs, "size": len(content), "digest": "sha256:" + hashlib.sha256(content).hexdigest()}


def crash_if_asked(variable, operation, path):
    """The fault hook of docs/engine.md: die at once, without replying, on the named path."""
    if path and os.environ.get(variable) == path:
        print(f"demo provider: crashing on {operation} of {path}", file=sys.stderr, flush=True)
        os._exit(3)


def check_failures(news):
    failures = []
    path = news.get("path")
    if not isinstance(path, str) or not path:
        failures.append(provider_pb2.CheckFailure(property="path", reason="path must be a non-empty string"))
    if not isinstance(news.get("content"), str):
        failures.append(provider_pb2.CheckFailure(property="content", reason="content must be a string"))
    return failures


class DemoProvider(provider_pb2_grpc.ResourceProviderServicer):
    def GetPluginInfo(self, request, context):
        return plugin_pb2.PluginInfo(version="1.0.0")

    def CheckConfig(self, request, context):
        return provider_pb2.CheckResponse(inputs=request.news)

    def Configure(self, request, context):
        return provider_pb2.ConfigureResponse(acceptSecrets=False, supportsPreview=True)

    def _require_file(self, type_, context):
        if type_ and type_ != FILE:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"demo provider: unknown resource type {type_}")

    def Check(self, request, context):
        self._require_file(request.type, context)
        return provider_pb2.CheckResponse(inputs=request.news, failures=check_failures(plain(request.news)))

    def Diff(self, request, context):
        self._require_file(request.type, context)
        olds, news = plain(request.olds), plain(request.news)
        diffs, replaces, detailed = [], [], {}
        for key in COMPARED:
            if olds.get(key) == news.get(key):
                continue
            diffs.append(key)
            replace = key == "path"
            if replace:
                replaces.append(key)
            if key not in olds:
                kind = Kind.ADD_REPLACE if replace else Kind.ADD
            elif key not in news:
                kind = Kind.DELETE_REPLACE if replace else Kind.DELETE
            else:
                kind = Kind.UPDATE_REPLACE if replace else Kind.UPDATE
            detailed[key] = provider_pb2.PropertyDiff(kind=kind, inputDiff=True)
        changes = provider_pb2.DiffResponse.DIFF_SOME if diffs else provider_pb2.DiffResponse.DIFF_NONE
        return provider_pb2.DiffResponse(
            diffs=diffs, replaces=replaces, changes=changes, deleteBeforeReplace=False,
            detailedDiff=detailed, hasDetailedDiff=True)

    def Create(self, request, context):
        self._require_file(request.type, context)
        inputs = plain(request.properties)
        crash_if_asked("DEMO_CRASH_ON_CREATE", "create", inputs.get("path"))
        if inputs.get("path") and os.environ.get("DEMO_HANG_ON_CREATE") == inputs.get("path"):
            # Python provider only: never answers, for tests of an engine stopped mid-call.
            print(f"demo provider: hanging in create of {inputs['path']}", file=sys.stderr, flush=True)
            time.sleep(3600)
        return provider_pb2.CreateResponse(id=inputs["path"], properties=struct(computed(inputs)))

    def Read(self, request, context):
        return provider_pb2.ReadResponse(id=request.id, properties=request.properties, inputs=request.inputs)

    def Update(self, request, context):
        self._require_file(request.type, context)
        return provider_pb2.UpdateResponse(properties=struct(computed(plain(request.news))))

    def Delete(self, request, context):
        self._require_file(request.type, context)
        crash_if_asked("DEMO_CRASH_ON_DELETE", "delete", request.id)
        return empty_pb2.Empty()

    def Invoke(self, request, context):
        if request.tok != DIGEST:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"demo provider: unknown function {request.tok}")
        args = plain(request.args)
        if not isinstance(args.get("content"), str):
            return provider_pb2.InvokeResponse(
                failures=[provider_pb2.CheckFailure(property="content", reason="content must be a string")])
        out = computed({"content": args["content"]})
        return provider_pb2.InvokeResponse(**{"return": struct({"digest": out["digest"], "size": out["size"]})})


if __name__ == "__main__":
    serve(provider_pb2_grpc.add_ResourceProviderServicer_to_server, DemoProvider())

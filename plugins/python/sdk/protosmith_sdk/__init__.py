"""A tiny SDK for Python programs run by protosmith's engine (docs/engine.md, "The tiny SDK").

    from protosmith_sdk import ComponentResource, Resource, config, export, invoke, run

    def main():
        bucket = Resource("demo:index:File", "a", {"path": "a.txt", "content": "hi"})
        export("digest", bucket.outputs.get("digest"))

    run(main)

`run` registers the stack resource, runs `main`, then sends the stack's exports. Calls are made
one after another, in program order.
"""
import json
import os

import grpc
from google.protobuf import json_format, struct_pb2
from pulumi import engine_pb2, engine_pb2_grpc, resource_pb2, resource_pb2_grpc

STACK_TYPE = "pulumi:pulumi:Stack"


class _Context:
    def __init__(self):
        self.project = os.environ["PROTOSMITH_PROJECT"]
        self.stack = os.environ["PROTOSMITH_STACK"]
        self.dry_run = os.environ.get("PROTOSMITH_DRY_RUN") == "true"
        self.config = json.loads(os.environ.get("PROTOSMITH_CONFIG") or "{}")
        self.monitor = resource_pb2_grpc.ResourceMonitorStub(grpc.insecure_channel(os.environ["PROTOSMITH_MONITOR"]))
        self.engine = engine_pb2_grpc.EngineStub(grpc.insecure_channel(os.environ["PROTOSMITH_ENGINE"]))
        self.stack_urn = ""
        self.exports = {}


_context = None


def _ctx():
    global _context
    if _context is None:
        _context = _Context()
    return _context


def _struct(values):
    s = struct_pb2.Struct()
    s.update(values or {})
    return s


def _plain(s):
    return json_format.MessageToDict(s) if s is not None else {}


def config(key, default=None):
    """The value of `PROJECT:key` from the stack's configuration."""
    ctx = _ctx()
    return ctx.config.get(key if ":" in key else f"{ctx.project}:{key}", default)


def is_dry_run():
    return _ctx().dry_run


def _register(type_, name, custom, props, parent, depends_on, options=None):
    ctx = _ctx()
    request = resource_pb2.RegisterResourceRequest(
        type=type_, name=name, custom=custom,
        parent=parent.urn if parent is not None else ctx.stack_urn,
        object=_struct(props) if custom else None,
        dependencies=[d.urn for d in depends_on],
        acceptSecrets=False,
        **(options or {}))
    return ctx.monitor.RegisterResource(request)


class Resource:
    """A custom resource: its provider creates, updates and deletes it. `options` are further
    RegisterResourceRequest fields by their protocol names (ignoreChanges, replaceOnChanges,
    additionalSecretOutputs, protect, ...)."""

    def __init__(self, type_, name, props, parent=None, depends_on=(), **options):
        response = _register(type_, name, True, props, parent, depends_on, options)
        self.type, self.name = type_, name
        self.urn, self.id = response.urn, response.id
        self.outputs = _plain(response.object)


class ComponentResource:
    """A grouping of resources with no provider; its outputs are what it registers."""

    def __init__(self, type_, name, parent=None, depends_on=()):
        response = _register(type_, name, False, None, parent, depends_on)
        self.type, self.name, self.urn = type_, name, response.urn

    def register_outputs(self, outputs):
        _ctx().monitor.RegisterResourceOutputs(
            resource_pb2.RegisterResourceOutputsRequest(urn=self.urn, outputs=_struct(outputs)))


class InvokeError(Exception):
    pass


def invoke(token, args):
    """Calls a provider function; its failures are raised as InvokeError."""
    response = _ctx().monitor.Invoke(resource_pb2.ResourceInvokeRequest(tok=token, args=_struct(args)))
    if response.failures:
        raise InvokeError("; ".join(f"{f.property}: {f.reason}" for f in response.failures))
    return _plain(getattr(response, "return"))


def export(name, value):
    _ctx().exports[name] = value


def log(message, severity=engine_pb2.INFO):
    ctx = _ctx()
    ctx.engine.Log(engine_pb2.LogRequest(severity=severity, message=message))


def run(main):
    """Registers the stack, runs `main`, then records the stack's exports as its outputs."""
    ctx = _ctx()
    stack = _register(STACK_TYPE, f"{ctx.project}-{ctx.stack}", False, None, None, ())
    ctx.stack_urn = stack.urn
    ctx.engine.SetRootResource(engine_pb2.SetRootResourceRequest(urn=stack.urn))
    main()
    exports = {k: v for k, v in ctx.exports.items() if v is not None}
    ctx.monitor.RegisterResourceOutputs(
        resource_pb2.RegisterResourceOutputsRequest(urn=stack.urn, outputs=_struct(exports)))

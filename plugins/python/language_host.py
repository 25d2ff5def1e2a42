"""The Python language runtime (docs/engine.md, "Projects and programs"): runs a Python program
as a child process with the PROTOSMITH_* environment its SDK (sdk/protosmith_sdk) reads."""
import collections
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "generated" / "python"))

from pulumi import language_pb2, language_pb2_grpc, plugin_pb2  # noqa: E402

from plugin_server import serve  # noqa: E402

STDERR_TAIL = 20


def python():
    return os.environ.get("PYTHON") or str(REPO / ".venv" / "bin" / "python")


def entry_point(program_dir, entry):
    path = Path(program_dir) / (entry or ".")
    return path / "__main__.py" if path.is_dir() else path


class PythonRuntime(language_pb2_grpc.LanguageRuntimeServicer):
    def __init__(self, engine_address):
        self.engine_address = engine_address

    def GetPluginInfo(self, request, context):
        return plugin_pb2.PluginInfo(version="1.0.0")

    def GetRequiredPlugins(self, request, context):
        return language_pb2.GetRequiredPluginsResponse(
            plugins=[plugin_pb2.PluginDependency(name="demo", kind="resource")])

    def Run(self, request, context):
        program_dir = request.info.program_directory or request.pwd
        script = entry_point(program_dir, request.info.entry_point or request.program)
        if not script.is_file():
            return language_pb2.RunResponse(error=f"no Python program at {script}")
        env = dict(os.environ)
        env.update({
            "PROTOSMITH_MONITOR": request.monitor_address,
            "PROTOSMITH_ENGINE": self.engine_address,
            "PROTOSMITH_PROJECT": request.project,
            "PROTOSMITH_STACK": request.stack,
            "PROTOSMITH_DRY_RUN": "true" if request.dryRun else "false",
            "PROTOSMITH_CONFIG": json.dumps(dict(request.config), sort_keys=True),
            "PYTHONPATH": os.pathsep.join([str(HERE / "sdk"), str(REPO / "generated" / "python")]),
        })
        try:
            child = subprocess.Popen([python(), str(script)], cwd=program_dir, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as e:
            return language_pb2.RunResponse(error=f"cannot start {python()} {script}: {e}")
        tail = collections.deque(maxlen=STDERR_TAIL)
        out = threading.Thread(target=copy, args=(child.stdout, None))
        err = threading.Thread(target=copy, args=(child.stderr, tail))
        out.start()
        err.start()
        status = child.wait()
        out.join()
        err.join()
        if status != 0:
            return language_pb2.RunResponse(
                error=f"program exited with status {status}" + "".join(f"\n  | {line}" for line in tail))
        return language_pb2.RunResponse()


def copy(pipe, tail):
    """The program's output goes to this plugin's stderr (the engine's log)."""
    for line in pipe:
        sys.stderr.write(line)
        sys.stderr.flush()
        if tail is not None:
            tail.append(line.rstrip("\n"))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: language_host.py ENGINE_ADDRESS", file=sys.stderr)
        sys.exit(2)
    serve(language_pb2_grpc.add_LanguageRuntimeServicer_to_server, PythonRuntime(sys.argv[-1]))

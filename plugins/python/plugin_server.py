"""What every Python plugin does at start-up: serve on a free loopback port and announce it as
the first line of stdout (docs/engine.md, "Launching a plugin")."""
import sys
from concurrent import futures

import grpc


def serve(add_servicer, servicer):
    """Adds `servicer`, starts serving on 127.0.0.1:<free port>, prints the port, blocks."""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    add_servicer(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    if port == 0:
        print("cannot bind a loopback port", file=sys.stderr)
        sys.exit(1)
    server.start()
    print(port, flush=True)
    server.wait_for_termination()

"""Writes a TypeScript file that uses, for every message type of a conformance.py CASES file,
each accessor protoc-gen-js's rules give its fields (derived from the reference runtime's
descriptors, resolved features included), and marks with `@ts-expect-error` the presence
accessors a field without presence must not have, and requires the scalar getters of editions files never to
return `undefined` (they fall back to the default). `tsc --strict` on it checks that the
`.d.ts` files describe the `_pb.js` API of editions files.

    dts_probe.py CASES OUT.ts
"""
import json
import sys
from pathlib import Path


def main(cases_path, out_path):
    types = json.loads(Path(cases_path).read_text())["types"]
    modules, lines = {}, []
    for n, t in enumerate(types):
        s = t["schema"]
        module = s["module"][: -len(".js")]
        alias = modules.setdefault(module, f"m{len(modules)}")
        var = f"v{n}"
        lines.append(f"declare const {var}: {alias}.{'.'.join(s['path'])};")
        for f in s["fields"]:
            if s["editions"] and f["kind"] in ("scalar", "bytes") and not f["repeated"]:
                # The getter falls back to the default: never `undefined` (proto2/proto3 files
                # follow grpc_tools_node_protoc_ts, which says otherwise for some).
                lines.append(f"{{ const x: NonNullable<ReturnType<typeof {var}.{f['get']}>> = {var}.{f['get']}(); }}")
            else:
                lines.append(f"{var}.{f['get']}();")
            stem = f["get"][3:]
            for role in ("has", "clear"):
                if f[role]:
                    lines.append(f"{var}.{f[role]}();")
                elif not f["repeated"] and f["kind"] != "map":
                    lines.append("// @ts-expect-error: no presence, no accessor")
                    lines.append(f"{var}.{role}{stem}();")
        for o in s["oneofs"]:
            lines.append(f"{var}.{o['case']}();")
    head = [f'import * as {a} from "./{m}";' for m, a in modules.items()]
    Path(out_path).write_text("\n".join(head + [""] + lines) + "\n")
    print(f"probed {len(types)} message types")


if __name__ == "__main__":
    main(*sys.argv[1:])

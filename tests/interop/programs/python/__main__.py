"""The interop program (docs/engine.md), in Python."""
from protosmith_sdk import ComponentResource, Resource, config, export, invoke, run


def main():
    step = int(config("step", "1"))
    bundle = ComponentResource("demo:index:Bundle", "bundle")
    a = Resource("demo:index:File", "a", {
        "path": "a.txt",
        "content": "héllo wörld ✓" + (" v2" if step >= 2 else ""),
        "metadata": {"list": [1, 2.5, True, None, "ü"], "nested": {"k": "v", "empty": {}}, "n": -3},
    }, parent=bundle)
    d = invoke("demo:index:digest", {"content": "abc"})
    if step <= 2:
        b = Resource("demo:index:File", "b", {"path": "b.txt", "content": "b", "metadata": {"source": a.id}},
                     parent=bundle, depends_on=[a])
        Resource("demo:index:File", "c", {"path": "c.txt" if step == 1 else "c2.txt", "content": "c"},
                 depends_on=[b])
    bundle.register_outputs({"a": a.urn})
    export("aDigest", a.outputs.get("digest"))
    export("invoked", d["digest"])


run(main)

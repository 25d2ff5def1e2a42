"""A Pulumi program written with the published `pulumi` package: dynamic-provider resources, a
component with children, `apply`, stack exports and a secret. Config `step` walks it through
create (1), update (2), replace (3) and delete (4)."""
import pulumi
from pulumi.dynamic import CreateResult, DiffResult, Resource, ResourceProvider, UpdateResult


class FileProvider(ResourceProvider):
    def create(self, props):
        return CreateResult(id_=props["path"], outs={**props, "size": len(props["content"])})

    def diff(self, _id, olds, news):
        changed = [k for k in ("path", "content") if olds.get(k) != news.get(k)]
        return DiffResult(changes=bool(changed), replaces=["path"] if "path" in changed else [])

    def update(self, _id, olds, news):
        return UpdateResult(outs={**news, "size": len(news["content"])})

    def delete(self, _id, props):
        pass


class File(Resource):
    size: pulumi.Output[float]

    def __init__(self, name, path, content, opts=None):
        super().__init__(FileProvider(), name, {"path": path, "content": content, "size": None}, opts)


class Bundle(pulumi.ComponentResource):
    def __init__(self, name, step, opts=None):
        super().__init__("demo:index:Bundle", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.a = File("a", "a.txt", "hello" + (" v2" if step >= 2 else ""), child)
        if step <= 3:
            File("b", "b.txt" if step < 3 else "b2.txt", "bee",
                 pulumi.ResourceOptions(parent=self, depends_on=[self.a]))
        self.register_outputs({"aSize": self.a.size})


step = int(pulumi.Config().get("step") or "1")
bundle = Bundle("bundle", step)
pulumi.export("aSize", bundle.a.size)
pulumi.export("label", bundle.a.size.apply(lambda s: f"a has {int(s)} bytes"))
pulumi.export("token", pulumi.Output.secret("s3cr3t"))

// Written against the declarations of the `import public` chain corpus (tests/js_dts.rs).
import * as grpc from "@grpc/grpc-js";
import * as base from "./gen/pub/base_pb";
import * as chain from "./gen/pub/chain_pb";
import * as chainGrpc from "./gen/pub/chain_grpc_pb";
import * as deep from "./gen/deep/elsewhere_pb";

const holder = new chain.Holder().setBase(new base.Base().setId("x"));
const b: base.Base | undefined = holder.getBase();
const many: base.Base[] = holder.getManyList();
const inner: base.Base.Inner | undefined = holder.getInner();
const color: base.Color = holder.getColor();
const id: string | undefined = holder.toObject().base?.id;
const far: base.Base | undefined = new deep.UsesBoth().getBase();

const server: chainGrpc.ISvcServer = {
  get: (call, cb) => cb(null, new chain.Holder().setBase(call.request)),
  inners: (call) => call.end(),
};
const client = new chainGrpc.SvcClient("127.0.0.1:1", grpc.credentials.createInsecure());
client.get(new base.Base(), (err, res) => res.getBase());
export { b, many, inner, color, id, far, server };

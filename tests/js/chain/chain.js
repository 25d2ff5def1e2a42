// Loads every generated module of the `import public` chain corpus, round-trips messages whose
// fields use types reached only through the chain, and calls both services over @grpc/grpc-js.
// Usage: node chain.js GENERATED_JS_DIR. Prints one `ok ...` line per check; throws otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const grpc = require('@grpc/grpc-js');

const root = path.resolve(process.argv[2]);
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.js') ? [p] : [];
  });
const files = walk(root).sort();
for (const f of files) require(f);
console.log(`ok loaded ${files.length} modules`);

const base = require(path.join(root, 'pub/base_pb.js'));
const chain = require(path.join(root, 'pub/chain_pb.js'));
const chainGrpc = require(path.join(root, 'pub/chain_grpc_pb.js'));
const outer = require(path.join(root, 'pub/outer_pb.js'));
const painted = require(path.join(root, 'pub/enum_only_pb.js'));
const deep = require(path.join(root, 'deep/elsewhere_pb.js'));
const deepGrpc = require(path.join(root, 'deep/elsewhere_grpc_pb.js'));

const mkBase = (id) => new base.Base().setId(id);
const holder = new chain.Holder()
  .setBase(mkBase('one'))
  .setManyList([mkBase('a'), mkBase('b')])
  .setInner(new base.Base.Inner().setN(7))
  .setColor(base.Color.RED)
  .setPicked(mkBase('picked'));
holder.addMany(mkBase('c'));
holder.getByIdMap().set('k', mkBase('mapped'));
const want = {
  base: { id: 'one' },
  manyList: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  byIdMap: [['k', { id: 'mapped' }]],
  inner: { n: 7 },
  color: 1,
  picked: { id: 'picked' },
  name: undefined,
};
const back = chain.Holder.deserializeBinary(holder.serializeBinary());
assert.deepStrictEqual(back.toObject(), want);
assert(back.getBase() instanceof base.Base && back.getByIdMap().get('k') instanceof base.Base);
assert.strictEqual(back.getPickCase(), chain.Holder.PickCase.PICKED);
const o = outer.Outer.deserializeBinary(new outer.Outer().setBase(mkBase('o')).serializeBinary());
assert.strictEqual(o.getBase().getId(), 'o');
const p = painted.Painted.deserializeBinary(new painted.Painted().setColor(1).setColorsList([1, 0]).serializeBinary());
assert.deepStrictEqual(p.toObject(), { color: 1, colorsList: [1, 0] });
const u = deep.UsesBoth.deserializeBinary(new deep.UsesBoth().setBase(mkBase('d')).setOuter(o).serializeBinary());
assert.deepStrictEqual(u.toObject(), { outer: { base: { id: 'o' } }, base: { id: 'd' } });
console.log('ok round trips');

const server = new grpc.Server();
server.addService(chainGrpc.SvcService, {
  get: (call, cb) => cb(null, new chain.Holder().setBase(call.request)),
  inners: (call) => {
    for (const b of call.request.getManyList()) call.write(new base.Base.Inner().setN(b.getId().length));
    call.end();
  },
});
server.addService(deepGrpc.FarService, {
  echo: (call, cb) => cb(null, new outer.Outer().setBase(call.request)),
});
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), async (err, port) => {
  if (err) throw err;
  const addr = `127.0.0.1:${port}`;
  const creds = grpc.credentials.createInsecure();
  const svc = new chainGrpc.SvcClient(addr, creds);
  const far = new deepGrpc.FarClient(addr, creds);
  try {
    const got = await new Promise((res, rej) => svc.get(mkBase('rpc'), (e, r) => (e ? rej(e) : res(r))));
    assert.strictEqual(got.getBase().getId(), 'rpc');
    const ns = await new Promise((res, rej) => {
      const out = [];
      svc
        .inners(new chain.Holder().setManyList([mkBase('x'), mkBase('yyy')]))
        .on('data', (m) => out.push(m.getN()))
        .on('error', rej)
        .on('end', () => res(out));
    });
    assert.deepStrictEqual(ns, [1, 3]);
    const echoed = await new Promise((res, rej) => far.echo(mkBase('far'), (e, r) => (e ? rej(e) : res(r))));
    assert.strictEqual(echoed.getBase().getId(), 'far');
    // The generated serializers check the type reached through the chain.
    assert.throws(() => chainGrpc.SvcService.get.requestSerialize(new chain.Holder()), /Expected argument of type pub.Base/);
    console.log('ok grpc');
  } finally {
    svc.close();
    far.close();
    server.forceShutdown();
  }
});

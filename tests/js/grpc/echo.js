// The JS side of the gRPC tests, built only on protosmith's generated code for
// tests/js/grpc/protos/rt/echo.proto (`_pb.js` + `_grpc_pb.js`).
//
//   node echo.js serve GEN_DIR        serve rt.echo.Echo on 127.0.0.1 (port printed as the first
//                                     line of stdout); stops when stdin closes
//   node echo.js call GEN_DIR PORT    call every method of a server and check the answers
//   node echo.js self GEN_DIR         both in one process
//
// Every check failure exits non-zero with a message; success prints one `ok <method>` per call.
'use strict';

const path = require('path');
const assert = require('assert');
const grpc = require('@grpc/grpc-js');

const [mode, genDir, port] = process.argv.slice(2);
const pb = require(path.resolve(genDir, 'rt/echo_pb.js'));
const services = require(path.resolve(genDir, 'rt/echo_grpc_pb.js'));
const types = require(path.resolve(genDir, 'common/types_pb.js'));
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');

// The same behaviour as py_peer.py's servicer.
const handlers = {
  unary(call, callback) {
    const n = call.request.clone();
    n.setText(n.getText().toUpperCase());
    n.setSeq(n.getSeq() + 1);
    callback(null, n);
  },
  expand(call) {
    for (let i = 0; i < call.request.getSeq(); i++) {
      const n = new pb.Note();
      n.setText(`${call.request.getText()}-${i}`);
      n.setSeq(i);
      call.write(n);
    }
    call.end();
  },
  collect(call, callback) {
    const texts = [];
    const seqs = [];
    call.on('data', (n) => {
      texts.push(n.getText());
      seqs.push(n.getSeq());
    });
    call.on('end', () => {
      const s = new pb.Summary();
      s.setCount(texts.length);
      s.setSeqsList(seqs);
      s.setJoined(texts.join(','));
      callback(null, s);
    });
  },
  chat(call) {
    call.on('data', (n) => {
      const r = new pb.Note();
      r.setText(`re:${n.getText()}`);
      r.setSeq(n.getSeq() * 2);
      call.write(r);
    });
    call.on('end', () => call.end());
  },
  ping(call, callback) {
    callback(null, new Empty());
  },
};

function serve() {
  const server = new grpc.Server();
  server.addService(services.EchoService, handlers);
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => {
      if (err) return reject(err);
      resolve({ server, port: p });
    });
  });
}

function fullNote() {
  const n = new pb.Note();
  n.setText('héllo wörld');
  n.setSeq(41);
  n.setBlob(new Uint8Array([0, 1, 2, 254, 255]));
  n.setTagsList(['a', 'b']);
  n.getCountsMap().set('x', 1).set('y', -2);
  const thing = new types.Thing();
  thing.setId('t-1');
  const inner = new types.Thing.Inner();
  inner.setValue(-9007199254740991);
  inner.setColor(types.Color.GREEN);
  thing.setInner(inner);
  n.setThing(thing);
  n.setColor(types.Color.RED);
  n.setMaybe('');
  n.setCode(7);
  return n;
}

const unary = (client, req) =>
  new Promise((resolve, reject) => client.unary(req, (err, res) => (err ? reject(err) : resolve(res))));

async function callAll(target) {
  const client = new services.EchoClient(target, grpc.credentials.createInsecure());

  const sent = fullNote();
  const got = await unary(client, sent);
  assert.ok(got instanceof pb.Note, 'unary answer is a generated Note');
  assert.strictEqual(got.getText(), 'HÉLLO WÖRLD');
  assert.strictEqual(got.getSeq(), 42);
  assert.deepStrictEqual(Array.from(got.getBlob_asU8()), [0, 1, 2, 254, 255]);
  assert.deepStrictEqual(got.getTagsList(), ['a', 'b']);
  assert.deepStrictEqual(got.getCountsMap().toObject(), [['x', 1], ['y', -2]]);
  assert.strictEqual(got.getThing().getInner().getValue(), -9007199254740991);
  assert.strictEqual(got.getThing().getInner().getColor(), types.Color.GREEN);
  assert.strictEqual(got.getColor(), types.Color.RED);
  assert.ok(got.hasMaybe(), 'proto3 optional set to its default stays set');
  assert.strictEqual(got.getExtraCase(), pb.Note.ExtraCase.CODE);
  assert.strictEqual(got.getCode(), 7);
  console.log('ok unary');

  const req = new pb.Note();
  req.setText('n');
  req.setSeq(3);
  const expanded = await new Promise((resolve, reject) => {
    const out = [];
    const call = client.expand(req);
    call.on('data', (n) => out.push([n.getText(), n.getSeq()]));
    call.on('error', reject);
    call.on('end', () => resolve(out));
  });
  assert.deepStrictEqual(expanded, [['n-0', 0], ['n-1', 1], ['n-2', 2]]);
  console.log('ok expand');

  const summary = await new Promise((resolve, reject) => {
    const call = client.collect((err, res) => (err ? reject(err) : resolve(res)));
    for (const [t, s] of [['a', 1], ['b', 2], ['c', 3]]) {
      const n = new pb.Note();
      n.setText(t);
      n.setSeq(s);
      call.write(n);
    }
    call.end();
  });
  assert.strictEqual(summary.getCount(), 3);
  assert.deepStrictEqual(summary.getSeqsList(), [1, 2, 3]);
  assert.strictEqual(summary.getJoined(), 'a,b,c');
  console.log('ok collect');

  const chat = await new Promise((resolve, reject) => {
    const out = [];
    const call = client.chat();
    call.on('data', (n) => out.push([n.getText(), n.getSeq()]));
    call.on('error', reject);
    call.on('end', () => resolve(out));
    for (const [t, s] of [['x', 5], ['y', 6]]) {
      const n = new pb.Note();
      n.setText(t);
      n.setSeq(s);
      call.write(n);
    }
    call.end();
  });
  assert.deepStrictEqual(chat, [['re:x', 10], ['re:y', 12]]);
  console.log('ok chat');

  await new Promise((resolve, reject) => client.ping(new Empty(), (err) => (err ? reject(err) : resolve())));
  console.log('ok ping');

  // The generated serializer refuses a message of the wrong type before anything is sent.
  await assert.rejects(unary(client, new pb.Summary()), /Expected argument of type rt\.echo\.Note/);
  console.log('ok type-check');
  client.close();
}

async function main() {
  if (mode === 'serve') {
    const { server, port: p } = await serve();
    console.log(p);
    process.stdin.resume();
    process.stdin.on('end', () => server.forceShutdown());
    process.stdin.on('close', () => server.forceShutdown());
  } else if (mode === 'call') {
    await callAll(`127.0.0.1:${port}`);
  } else if (mode === 'self') {
    const { server, port: p } = await serve();
    try {
      await callAll(`127.0.0.1:${p}`);
    } finally {
      server.forceShutdown();
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});

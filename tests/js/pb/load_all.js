// Requires every `_pb.js` under a directory and exercises every message class it exports:
// construct, serialize, deserialize, toObject. Prints `ok <modules> modules, <classes> classes,
// runtime <version>`; any failure throws (non-zero exit).
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('_pb.js') && !e.name.endsWith('_grpc_pb.js') ? [p] : [];
  });
}

function classesOf(ns, seen = new Set()) {
  const out = [];
  for (const value of Object.values(ns)) {
    if (typeof value !== 'function' || seen.has(value)) continue;
    seen.add(value);
    if (typeof value.prototype.serializeBinary === 'function') out.push(value);
    out.push(...classesOf(value, seen)); // nested messages hang off their parent class
  }
  return out;
}

const root = path.resolve(process.argv[2]);
const files = walk(root).sort();
assert(files.length > 0, `no _pb.js under ${root}`);
let classes = 0;
for (const file of files) {
  const mod = require(file);
  for (const Cls of classesOf(mod)) {
    const msg = new Cls();
    const bytes = msg.serializeBinary();
    assert(bytes instanceof Uint8Array, `${file}: serializeBinary of an empty message`);
    const back = Cls.deserializeBinary(bytes);
    assert.deepStrictEqual(back.toObject(), msg.toObject(), `${file}: empty round trip`);
    classes++;
  }
}
const pkg = require(require.resolve('google-protobuf/package.json', { paths: [root] }));
// google-protobuf's own well-known-type modules hang `proto.google.protobuf` off the global
// object; anything else there was put by generated code.
const globalNamespaces = Object.keys(globalThis.proto || {}).filter((k) => k !== 'google');
if (process.env.EXPECT_GLOBAL) {
  assert(globalNamespaces.length > 0, 'js.global=protoc output should populate globalThis.proto');
} else {
  assert.deepStrictEqual(globalNamespaces, [], 'the default output must leave the global object alone');
}
console.log(`ok ${files.length} modules, ${classes} classes, runtime ${pkg.version}`);

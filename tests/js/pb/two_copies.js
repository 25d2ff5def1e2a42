// Loads two copies of the same generated package (directories A and B) in one process and
// reports whether they stay apart: `isolated` or `interfering: <why>`.
// With protoc-gen-js's global prologue the copy loaded last owns `proto.golden...` on the
// global object, and copy A starts building copy B's classes; the module-local namespace must
// keep each copy to itself.
'use strict';
const path = require('path');

const [dirA, dirB] = process.argv.slice(2).map((d) => path.resolve(d));
const A = require(path.join(dirA, 'scalars/maps_pb.js'));
const B = require(path.join(dirB, 'scalars/maps_pb.js'));
const problems = [];
if (A.Maps === B.Maps) problems.push('both copies export the same class');

// Same-file map values: protoc-gen-js names them through the namespace object.
const a = new A.Maps();
a.getNestedValueMap().set('k', new A.Maps.Entry().setNote('from A'));
const back = A.Maps.deserializeBinary(a.serializeBinary());
const entry = back.getNestedValueMap().get('k');
if (!(entry instanceof A.Maps.Entry)) problems.push('copy A decoded a map value into another copy\'s class');
if (entry.getNote() !== 'from A') problems.push('map value lost its content');

// Cross-file map values (scalars.Scalars from scalars_pb.js).
const ScalarsA = require(path.join(dirA, 'scalars/scalars_pb.js')).Scalars;
a.getMessageValueMap().set('s', new ScalarsA().setFString('x'));
const s = A.Maps.deserializeBinary(a.serializeBinary()).getMessageValueMap().get('s');
if (!(s instanceof ScalarsA)) problems.push('copy A decoded a cross-file map value into another copy\'s class');

// Patching one copy must not change the other.
A.Maps.Entry.prototype.getNote = () => 'patched';
if (new B.Maps.Entry().setNote('b').getNote() !== 'b') problems.push('patching copy A changed copy B');

console.log(problems.length ? `interfering: ${problems.join('; ')}` : 'isolated');

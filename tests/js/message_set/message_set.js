// Reads each case Python serialized (tests/js/message_set/message_set.py), checks what the
// accessors see, writes it back, and builds messages through the setters; prints `ok ...`.
//   node message_set.js JSDIR CASES RESULTS
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const [jsDir, casesPath, resultsPath] = process.argv.slice(2);
const c = require(path.join(jsDir, 'ms/container_pb.js'));
const items = require(path.join(jsDir, 'ms/items_pb.js'));
const rec = require(path.join(jsDir, 'ms/recursive_pb.js'));
const types = { 'ms.Container': c.Container, 'ms.Holder': c.Holder, 'ms.rec.RecursiveSet': rec.RecursiveSet };
const b64 = (u8) => Buffer.from(u8).toString('base64');

const { cases } = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
const read = cases.map((k) => {
  const msg = types[k.type].deserializeBinary(Buffer.from(k.bytes, 'base64'));
  if (k.name === 'both') {
    const it = msg.getExtension(items.Item.item);
    assert.strictEqual(it.getName(), 'a\u00e9\u{1f600}');
    assert.deepStrictEqual(it.getValuesList(), [1, -2, 2 ** 52]);
    assert.deepStrictEqual(Array.from(it.getNested().getExtension(items.other).getData_asU8()), [0, 255]);
    assert.strictEqual(msg.getExtension(items.other).getData_asU8().length, 300);
    assert.strictEqual(msg.toObject().item.name, 'a\u00e9\u{1f600}');
  }
  if (k.name === 'late type_id and unknown item') {
    assert.strictEqual(msg.getExtension(items.Item.item).getName(), 'late');
  }
  if (k.name === 'recursive') {
    const ext = rec.RecursiveSet.messageSetExtension;
    assert.ok(msg.getExtension(ext).getExtension(ext).getExtension(ext) instanceof rec.RecursiveSet);
  }
  return b64(msg.serializeBinary());
});

const holder = new c.Holder().setTail(9);
const set = new c.Container();
const nested = new c.Container();
nested.setExtension(items.other, new items.Other().setData(new Uint8Array([1, 2, 3])));
set.setExtension(items.Item.item, new items.Item().setName('js').setValuesList([7, -1]).setNested(nested));
set.setExtension(items.other, new items.Other().setData(new Uint8Array([])));
holder.setSet(set);
const ext = rec.RecursiveSet.messageSetExtension;
const deep = new rec.RecursiveSet();
deep.setExtension(ext, new rec.RecursiveSet().setExtension(ext, new rec.RecursiveSet()));
const built = { holder: b64(holder.serializeBinary()), recursive: b64(deep.serializeBinary()) };

fs.writeFileSync(resultsPath, JSON.stringify({ read, built }));
console.log(`ok ${read.length} read, ${Object.keys(built).length} built`);

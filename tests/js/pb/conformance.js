// The JS half of the wire conformance test (see conformance.py):
//   node conformance.js JSDIR CASES RESULTS
// For every case: deserialize the Python-written bytes with the generated class, compare
// toObject() with the decoding Python computed, write back the re-serialized bytes and the bytes
// of a message rebuilt through the generated setters/adders (the reverse direction). Per
// message type, every accessor protoc-gen-js's rules name must exist (and none it would not
// write), and the presence, clear, oneof-case and bytes-view accessors must behave.
// Exits non-zero on any mismatch.
//
// With GOOGLE_PROTOBUF_4_GAPS=1 (running on google-protobuf 4.x) two known incompatibilities of
// protoc-gen-js 3.21's output format with the 4.x runtime are tallied instead of failing:
// decoding packed repeated fields (4.x removed BinaryReader.readPacked*) and encoding maps (4.x
// removed Map.prototype.serializeBinary). Anything else still fails.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const [jsDir, casesPath, resultsPath] = process.argv.slice(2);
const { types } = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
const schemas = new Map(types.map((t) => [key(t.schema), t.schema]));
const failures = [];
const results = {};
const KNOWN_4X_GAPS = {
  'BinaryReader.readPacked*': /^reader\.readPacked\w+ is not a function$/,
  'Map.prototype.serializeBinary': /^f\.serializeBinary is not a function$/,
};
const gaps = {};

function key(ref) {
  return `${ref.module}#${ref.path.join('.')}`;
}

function classOf(ref) {
  const file = ref.module.startsWith('google-protobuf/') ? ref.module : path.resolve(jsDir, ref.module);
  let value = require(file);
  for (const part of ref.path) value = value[part];
  assert.strictEqual(typeof value, 'function', `${key(ref)} is not exported`);
  return value;
}

// JSON cannot carry undefined, NaN or infinities; both sides use the same markers, and map
// entries (arrays of [key, value]) are compared in key order.
function normalize(v) {
  if (v === undefined || v === null) return { $u: 1 };
  if (typeof v === 'number' && !Number.isFinite(v)) return { $f: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
  if (v instanceof Uint8Array) return { $b: Buffer.from(v).toString('base64') };
  if (Array.isArray(v)) {
    const items = v.map(normalize);
    if (items.length && items.every((x) => Array.isArray(x) && x.length === 2)) {
      items.sort((a, b) => (JSON.stringify(a[0]) < JSON.stringify(b[0]) ? -1 : 1));
    }
    return items;
  }
  if (typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = normalize(x);
    return out;
  }
  return v;
}

function number(v) {
  if (v && typeof v === 'object' && '$f' in v) return { nan: NaN, inf: Infinity, '-inf': -Infinity }[v.$f];
  return v;
}

// Rebuilds a message from its toObject() form through the generated accessors. `source` is the
// decoded message, consulted for presence (toObject shows defaults for unset fields).
function rebuild(schema, obj, source) {
  const Cls = classOf(schema);
  const msg = new Cls();
  for (const f of schema.fields) {
    const value = obj[f.key];
    if (f.has && !source[f.has]()) continue;
    if (f.kind === 'map') {
      const target = msg[f.get]();
      const sourceMap = source[f.get]();
      for (const [k, v] of value) {
        if (f.value_type) target.set(k, sub(f.value_type, v, sourceMap.get(k)));
        else target.set(k, number(v));
      }
    } else if (f.kind === 'message') {
      if (f.repeated) {
        source[f.get]().forEach((item, i) => msg[f.add](sub(f.type, value[i], item)));
      } else if (value && !value.$u) {
        msg[f.set](sub(f.type, value, source[f.get]()));
      }
    } else if (f.repeated) {
      for (const item of value) msg[f.add](number(item));
    } else {
      msg[f.set](number(value));
    }
  }
  return msg;
}

function sub(ref, obj, source) {
  const schema = schemas.get(key(ref));
  // Types outside the corpus (google-protobuf's well-known types) are not ours to rebuild.
  return schema ? rebuild(schema, obj, source) : classOf(ref).deserializeBinary(source.serializeBinary());
}

function checkApi(schema, decoded) {
  const Cls = classOf(schema);
  const proto = Cls.prototype;
  const where = key(schema);
  for (const f of schema.fields) {
    for (const role of ['get', 'set', 'clear', 'has', 'add', 'b64', 'u8']) {
      const name = f[role];
      if (name) assert.strictEqual(typeof proto[name], 'function', `${where}: ${role} accessor ${name} missing`);
    }
    const stem = f.get.slice(3);
    for (const [role, prefix] of [['set', 'set'], ['has', 'has'], ['clear', 'clear'], ['add', 'add']]) {
      if (!f[role]) {
        const guess = role === 'add' ? prefix + stem.replace(/List$/, '') : prefix + stem;
        assert.strictEqual(proto[guess], undefined, `${where}: protoc-gen-js writes no ${guess}`);
      }
    }
  }
  for (const o of schema.oneofs) {
    assert.strictEqual(typeof proto[o.case], 'function', `${where}: ${o.case} missing`);
    const cases = Cls[o.enum];
    assert.strictEqual(cases[`${o.name.toUpperCase()}_NOT_SET`], 0, `${where}: ${o.enum} NOT_SET`);
    const set = schema.fields.filter((f) => f.oneof === o.name && decoded[f.has]());
    const want = set.length ? set[0].number : 0;
    assert.strictEqual(decoded[o.case](), want, `${where}: ${o.case}() after decoding`);
  }
  // Behaviour on a private copy: bytes views agree, clear removes presence and empties lists.
  const copy = Cls.deserializeBinary(decoded.serializeBinary());
  for (const f of schema.fields) {
    if (f.b64 && !f.repeated) {
      const b64 = copy[f.b64]();
      const u8 = copy[f.u8]();
      assert(u8 instanceof Uint8Array, `${where}: ${f.u8} returns a Uint8Array`);
      assert.strictEqual(Buffer.from(u8).toString('base64'), b64, `${where}: ${f.b64} and ${f.u8} agree`);
    }
    if (f.clear) {
      copy[f.clear]();
      if (f.has) assert.strictEqual(copy[f.has](), false, `${where}: ${f.has} after ${f.clear}`);
      if (f.kind === 'map') assert.strictEqual(copy[f.get]().getLength(), 0, `${where}: ${f.clear} empties the map`);
      else if (f.repeated) assert.strictEqual(copy[f.get]().length, 0, `${where}: ${f.clear} empties the list`);
    }
  }
}

let cases = 0;
for (const t of types) {
  const Cls = classOf(t.schema);
  results[t.type] = {};
  for (const c of t.cases) {
    cases++;
    const where = `${t.type} ${c.name}`;
    try {
      const decoded = Cls.deserializeBinary(Buffer.from(c.bytes, 'base64'));
      assert.deepStrictEqual(normalize(decoded.toObject()), normalize(c.toObject), `${where}: toObject`);
      if (c.name === 'edge0') checkApi(t.schema, decoded);
      const rebuilt = rebuild(t.schema, decoded.toObject(), decoded);
      results[t.type][c.name] = {
        reserialized: Buffer.from(decoded.serializeBinary()).toString('base64'),
        rebuilt: Buffer.from(rebuilt.serializeBinary()).toString('base64'),
      };
    } catch (e) {
      const gap = process.env.GOOGLE_PROTOBUF_4_GAPS &&
        Object.keys(KNOWN_4X_GAPS).find((k) => KNOWN_4X_GAPS[k].test(e.message));
      if (gap) gaps[gap] = (gaps[gap] || 0) + 1;
      else failures.push(`${where}: ${e.message.split('\n').slice(0, 30).join('\n')}`);
    }
  }
}
fs.writeFileSync(resultsPath, JSON.stringify(results));
if (failures.length) {
  console.error(`${failures.length} of ${cases} cases failed:\n${failures.slice(0, 100).join('\n\n')}`);
  process.exit(1);
}
const gapText = Object.entries(gaps).map(([k, n]) => `${k}: ${n}`).join(', ');
console.log(`ok ${cases} cases, ${types.length} message types${gapText ? `; google-protobuf 4.x gaps: ${gapText}` : ''}`);

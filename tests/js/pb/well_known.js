// Exercises the well-known-type helpers of one implementation of any_pb.js, struct_pb.js and
// timestamp_pb.js and prints a JSON report (tests/js_well_known.rs compares the reports of
// protosmith's modules and google-protobuf's own copies; each runs in its own process because
// `js.global=protoc` modules share the global namespace).
//   node well_known.js report DIR|shipped     results, the bytes written and their decoding
//   node well_known.js decode DIR|shipped R   decodes the bytes of report file R
'use strict';
const path = require('path');
const fs = require('fs');

const [mode, where, reportFile] = process.argv.slice(2);
const load = (name) =>
  require(where === 'shipped' ? `google-protobuf/google/protobuf/${name}_pb.js` : path.resolve(where, `google/protobuf/${name}_pb.js`));
const { Any } = load('any');
const { Struct, Value, ListValue, NullValue } = load('struct');
const { Timestamp } = load('timestamp');

const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const fromB64 = (text) => new Uint8Array(Buffer.from(text, 'base64'));
const outcome = (f) => {
  try {
    return { value: f() };
  } catch (e) {
    return { threw: e.constructor.name };
  }
};

// How each kind of written message is read back.
const decoders = {
  Any: (b) => {
    const any = Any.deserializeBinary(b);
    return { object: any.toObject(), typeName: any.getTypeName(), unpacked: outcome(() => {
      const t = any.unpack(Timestamp.deserializeBinary, 'google.protobuf.Timestamp');
      return t && t.toObject();
    }) };
  },
  Timestamp: (b) => {
    const t = Timestamp.deserializeBinary(b);
    return { object: t.toObject(), millis: t.toDate().getTime() };
  },
  Struct: (b) => Struct.deserializeBinary(b).toJavaScript(),
  Value: (b) => outcome(() => Value.deserializeBinary(b).toJavaScript()),
  ListValue: (b) => ListValue.deserializeBinary(b).toJavaScript(),
};

function report() {
  const r = {};
  const written = {};
  const write = (key, kind, message) => {
    written[key] = { kind, bytes: b64(message.serializeBinary()) };
  };

  // Any: pack/unpack round trips, type URL prefixes, getTypeName on odd URLs.
  const ts = new Timestamp();
  ts.setSeconds(1700000000);
  ts.setNanos(123456789);
  const prefixes = [undefined, '', 'example.com/types', 'example.com/types/', 'a/b/'];
  prefixes.forEach((prefix, i) => {
    const any = new Any();
    const ret = any.pack(ts.serializeBinary(), 'google.protobuf.Timestamp', prefix);
    r[`any.pack.${i}`] = {
      returned: ret === undefined ? 'undefined' : typeof ret,
      typeUrl: any.getTypeUrl(),
      typeName: any.getTypeName(),
      unpacked: any.unpack(Timestamp.deserializeBinary, 'google.protobuf.Timestamp').toObject(),
      wrongName: any.unpack(Timestamp.deserializeBinary, 'google.protobuf.Duration'),
      deserializeCalledFor: (() => {
        let seen = null;
        any.unpack((bytes) => {
          seen = b64(bytes);
          return 'sentinel';
        }, 'google.protobuf.Timestamp');
        return seen;
      })(),
    };
    write(`any.${i}`, 'Any', any);
  });
  for (const url of ['', 'plain.Name', 'x/', '/a.B', 'host/p/q.R']) {
    const any = new Any();
    any.setTypeUrl(url);
    r[`any.typeName.${JSON.stringify(url)}`] = any.getTypeName();
  }

  // Timestamp: Date conversions both ways, before and after the epoch, nanos kept/dropped.
  const dates = [0, 1, 999, 1000, -1, -999, -1000, -1001, 1234567890123, -62135596800000, 253402300799999];
  for (const ms of dates) {
    const d = new Date(ms);
    const t = Timestamp.fromDate(d);
    const u = new Timestamp();
    u.setSeconds(5);
    u.setNanos(7);
    const ret = u.fromDate(d);
    r[`timestamp.fromDate.${ms}`] = {
      isTimestamp: t instanceof Timestamp,
      object: t.toObject(),
      instance: u.toObject(),
      returned: ret === undefined ? 'undefined' : typeof ret,
      back: t.toDate().getTime(),
    };
    write(`timestamp.${ms}`, 'Timestamp', t);
  }
  for (const [s, n] of [[0, 1], [1, 999999999], [-2, 500000000], [1700000000, 123456789], [-1, 1000000]]) {
    const t = new Timestamp();
    t.setSeconds(s);
    t.setNanos(n);
    const date = t.toDate();
    r[`timestamp.toDate.${s}.${n}`] = { isDate: date instanceof Date, millis: date.getTime() };
  }
  r['timestamp.invalid'] = outcome(() => Timestamp.fromDate(new Date(NaN)).toObject());

  // Struct / Value / ListValue: plain JavaScript values in and out, deeply.
  const nested = {
    n: 1.5,
    zero: 0,
    neg: -42,
    s: 'text ✓',
    empty: '',
    t: true,
    f: false,
    nil: null,
    list: [1, 'two', false, null, [3, [4, []]], { deep: { deeper: [null, {}] } }],
    obj: {},
  };
  const struct = Struct.fromJavaScript(nested);
  r['struct.fromJavaScript'] = {
    isStruct: struct instanceof Struct,
    keys: struct.getFieldsMap().getEntryList().map((e) => e[0]).sort(),
    kinds: Object.fromEntries(struct.getFieldsMap().getEntryList().map((e) => [e[0], struct.getFieldsMap().get(e[0]).getKindCase()])),
    back: struct.toJavaScript(),
  };
  write('struct.nested', 'Struct', struct);
  const inherited = Object.create({ inheritedKey: 'yes' });
  inherited.own = 2;
  r['struct.inherited'] = Struct.fromJavaScript(inherited).toJavaScript();
  r['struct.empty'] = Struct.fromJavaScript({}).toJavaScript();
  const plain = [null, 0, -1.25, 'x', '', true, false, [], [null, [true]], {}, { k: ['v'] }];
  plain.forEach((v, i) => {
    const value = Value.fromJavaScript(v);
    r[`value.${i}`] = { kind: value.getKindCase(), back: value.toJavaScript(), nullValue: value.getNullValue() };
    write(`value.${i}`, 'Value', value);
  });
  for (const [label, v] of [['undefined', undefined], ['function', () => 1], ['symbol', Symbol('s')], ['bigint', BigInt(1)]]) {
    r[`value.refused.${label}`] = outcome(() => Value.fromJavaScript(v).toObject());
  }
  r['value.unset'] = outcome(() => new Value().toJavaScript());
  r['value.nullEnum'] = NullValue.NULL_VALUE;
  const list = ListValue.fromJavaScript([1, [2, [3]], { a: null }, 'z', true]);
  r['list.fromJavaScript'] = { isList: list instanceof ListValue, size: list.getValuesList().length, back: list.toJavaScript() };
  r['list.empty'] = ListValue.fromJavaScript([]).toJavaScript();
  r['list.badElement'] = outcome(() => ListValue.fromJavaScript([1, undefined]).toObject());
  write('list', 'ListValue', list);

  const decoded = {};
  for (const [key, w] of Object.entries(written)) {
    decoded[key] = decoders[w.kind](fromB64(w.bytes));
  }
  return { results: r, written, decoded };
}

if (mode === 'report') {
  process.stdout.write(JSON.stringify(report(), null, 1) + '\n');
} else if (mode === 'decode') {
  const { written } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const decoded = {};
  for (const [key, w] of Object.entries(written)) {
    decoded[key] = decoders[w.kind](fromB64(w.bytes));
  }
  process.stdout.write(JSON.stringify(decoded, null, 1) + '\n');
} else {
  throw new Error(`unknown mode ${mode}`);
}

// The `demo` resource provider in JS (docs/engine.md, "The demo package"), built on the
// generated stubs in generated/js only.
'use strict';
const crypto = require('crypto');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');
const { generated, serve, unary, failWith, grpc } = require('./plugin_server');

const providerPb = generated('provider_pb.js');
const pluginPb = generated('plugin_pb.js');
const { ResourceProviderService } = generated('provider_grpc_pb.js');

const FILE = 'demo:index:File';
const DIGEST = 'demo:index:digest';
const COMPARED = ['path', 'content', 'metadata'];
const Kind = providerPb.PropertyDiff.Kind;

const plain = (s) => (s ? s.toJavaScript() : {});
const struct = (o) => Struct.fromJavaScript(o);

function computed(inputs) {
  const content = Buffer.from(typeof inputs.content === 'string' ? inputs.content : '', 'utf8');
  return { ...inputs, size: content.length, digest: 'sha256:' + crypto.createHash('sha256').update(content).digest('hex') };
}

function failure(property, reason) {
  return new providerPb.CheckFailure().setProperty(property).setReason(reason);
}

function checkFailures(news) {
  const out = [];
  if (typeof news.path !== 'string' || news.path === '') out.push(failure('path', 'path must be a non-empty string'));
  if (typeof news.content !== 'string') out.push(failure('content', 'content must be a string'));
  return out;
}

// The fault hook of docs/engine.md: die (status 3) without replying, on the named path.
function crashIfAsked(variable, operation, path) {
  if (!path || process.env[variable] !== path) return false;
  process.stderr.write(`demo provider: crashing on ${operation} of ${path}\n`, () => process.exit(3));
  return true;
}

function requireFile(type) {
  if (type && type !== FILE) throw failWith(grpc.status.INVALID_ARGUMENT, `demo provider: unknown resource type ${type}`);
}

// Deep equality of plain JSON values (absent = null).
function same(a, b) {
  return JSON.stringify(canonical(a === undefined ? null : a)) === JSON.stringify(canonical(b === undefined ? null : b));
}

function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}

const implementation = {
  getPluginInfo: unary(() => new pluginPb.PluginInfo().setVersion('1.0.0')),
  checkConfig: unary((req) => new providerPb.CheckResponse().setInputs(req.getNews())),
  configure: unary(() => new providerPb.ConfigureResponse().setAcceptsecrets(false).setSupportspreview(true)),
  check: unary((req) => {
    requireFile(req.getType());
    return new providerPb.CheckResponse().setInputs(req.getNews()).setFailuresList(checkFailures(plain(req.getNews())));
  }),
  diff: unary((req) => {
    requireFile(req.getType());
    const olds = plain(req.getOlds());
    const news = plain(req.getNews());
    const res = new providerPb.DiffResponse();
    const diffs = [];
    const replaces = [];
    for (const key of COMPARED) {
      if (same(olds[key], news[key])) continue;
      diffs.push(key);
      const replace = key === 'path';
      if (replace) replaces.push(key);
      let kind;
      if (!(key in olds)) kind = replace ? Kind.ADD_REPLACE : Kind.ADD;
      else if (!(key in news)) kind = replace ? Kind.DELETE_REPLACE : Kind.DELETE;
      else kind = replace ? Kind.UPDATE_REPLACE : Kind.UPDATE;
      res.getDetaileddiffMap().set(key, new providerPb.PropertyDiff().setKind(kind).setInputdiff(true));
    }
    return res
      .setDiffsList(diffs)
      .setReplacesList(replaces)
      .setChanges(diffs.length ? providerPb.DiffResponse.DiffChanges.DIFF_SOME : providerPb.DiffResponse.DiffChanges.DIFF_NONE)
      .setDeletebeforereplace(false)
      .setHasdetaileddiff(true);
  }),
  create: unary((req) => {
    requireFile(req.getType());
    const inputs = plain(req.getProperties());
    if (crashIfAsked('DEMO_CRASH_ON_CREATE', 'create', inputs.path)) return new Promise(() => {});
    return new providerPb.CreateResponse().setId(inputs.path).setProperties(struct(computed(inputs)));
  }),
  read: unary((req) =>
    new providerPb.ReadResponse().setId(req.getId()).setProperties(req.getProperties()).setInputs(req.getInputs())),
  update: unary((req) => {
    requireFile(req.getType());
    return new providerPb.UpdateResponse().setProperties(struct(computed(plain(req.getNews()))));
  }),
  delete: unary((req) => {
    requireFile(req.getType());
    if (crashIfAsked('DEMO_CRASH_ON_DELETE', 'delete', req.getId())) return new Promise(() => {});
    return new Empty();
  }),
  invoke: unary((req) => {
    if (req.getTok() !== DIGEST) throw failWith(grpc.status.INVALID_ARGUMENT, `demo provider: unknown function ${req.getTok()}`);
    const args = plain(req.getArgs());
    if (typeof args.content !== 'string') {
      return new providerPb.InvokeResponse().setFailuresList([failure('content', 'content must be a string')]);
    }
    const out = computed({ content: args.content });
    return new providerPb.InvokeResponse().setReturn(struct({ digest: out.digest, size: out.size }));
  }),
};

serve(ResourceProviderService, implementation);

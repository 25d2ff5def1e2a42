// A tiny SDK for JS programs run by protosmith's engine (docs/engine.md, "The tiny SDK").
//
//   const sdk = require('protosmith-sdk');
//   sdk.run(async () => {
//     const a = await sdk.resource('demo:index:File', 'a', { path: 'a.txt', content: 'hi' });
//     sdk.exportValue('digest', a.outputs.digest);
//   });
//
// `run` registers the stack resource, awaits the program, then sends the stack's exports; a
// program that throws exits non-zero with the error on stderr. Calls are made one after another.
'use strict';
const path = require('path');
const grpc = require('@grpc/grpc-js');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb.js');

const generatedDir = path.resolve(__dirname, '..', '..', '..', 'generated', 'js', 'pulumi');
const resourcePb = require(path.join(generatedDir, 'resource_pb.js'));
const enginePb = require(path.join(generatedDir, 'engine_pb.js'));
const { ResourceMonitorClient } = require(path.join(generatedDir, 'resource_grpc_pb.js'));
const { EngineClient } = require(path.join(generatedDir, 'engine_grpc_pb.js'));

const STACK_TYPE = 'pulumi:pulumi:Stack';

let context;
function ctx() {
  if (!context) {
    const creds = grpc.credentials.createInsecure();
    context = {
      project: process.env.PROTOSMITH_PROJECT,
      stack: process.env.PROTOSMITH_STACK,
      dryRun: process.env.PROTOSMITH_DRY_RUN === 'true',
      config: JSON.parse(process.env.PROTOSMITH_CONFIG || '{}'),
      monitor: new ResourceMonitorClient(process.env.PROTOSMITH_MONITOR, creds),
      engine: new EngineClient(process.env.PROTOSMITH_ENGINE, creds),
      stackUrn: '',
      exports: {},
    };
  }
  return context;
}

function call(client, method, request) {
  return new Promise((resolve, reject) => client[method](request, (err, res) => (err ? reject(err) : resolve(res))));
}

const plain = (s) => (s ? s.toJavaScript() : {});

function config(key, fallback) {
  const c = ctx();
  const value = c.config[key.includes(':') ? key : `${c.project}:${key}`];
  return value === undefined ? fallback : value;
}

async function register(type, name, custom, props, opts = {}) {
  const c = ctx();
  const req = new resourcePb.RegisterResourceRequest()
    .setType(type)
    .setName(name)
    .setCustom(custom)
    .setParent(opts.parent ? opts.parent.urn : c.stackUrn)
    .setDependenciesList((opts.dependsOn || []).map((d) => d.urn))
    .setAcceptsecrets(false);
  if (custom) req.setObject(Struct.fromJavaScript(props || {}));
  const res = await call(c.monitor, 'registerResource', req);
  return { type, name, urn: res.getUrn(), id: res.getId(), outputs: plain(res.getObject()) };
}

// A custom resource: its provider creates, updates and deletes it.
function resource(type, name, props, opts) {
  return register(type, name, true, props, opts);
}

// A grouping of resources with no provider; `registerOutputs` records what it exposes.
async function component(type, name, opts) {
  const r = await register(type, name, false, undefined, opts);
  r.registerOutputs = (outputs) =>
    call(ctx().monitor, 'registerResourceOutputs',
      new resourcePb.RegisterResourceOutputsRequest().setUrn(r.urn).setOutputs(Struct.fromJavaScript(outputs)));
  return r;
}

async function invoke(token, args) {
  const res = await call(ctx().monitor, 'invoke',
    new resourcePb.ResourceInvokeRequest().setTok(token).setArgs(Struct.fromJavaScript(args || {})));
  const failures = res.getFailuresList();
  if (failures.length) throw new Error(failures.map((f) => `${f.getProperty()}: ${f.getReason()}`).join('; '));
  return plain(res.getReturn());
}

function exportValue(name, value) {
  ctx().exports[name] = value;
}

function log(message, severity = enginePb.LogSeverity.INFO) {
  return call(ctx().engine, 'log', new enginePb.LogRequest().setSeverity(severity).setMessage(message));
}

async function run(main) {
  try {
    const c = ctx();
    const stack = await register(STACK_TYPE, `${c.project}-${c.stack}`, false);
    c.stackUrn = stack.urn;
    await call(c.engine, 'setRootResource', new enginePb.SetRootResourceRequest().setUrn(stack.urn));
    await main();
    const exports = Object.fromEntries(Object.entries(c.exports).filter(([, v]) => v !== undefined && v !== null));
    await call(c.monitor, 'registerResourceOutputs',
      new resourcePb.RegisterResourceOutputsRequest().setUrn(stack.urn).setOutputs(Struct.fromJavaScript(exports)));
  } catch (e) {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  } finally {
    if (context) {
      context.monitor.close();
      context.engine.close();
    }
  }
}

module.exports = { run, resource, component, invoke, exportValue, config, log, isDryRun: () => ctx().dryRun };

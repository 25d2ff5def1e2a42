// The Node.js language runtime (docs/engine.md, "Projects and programs"): runs a JS program as
// a child process with the PROTOSMITH_* environment its SDK (protosmith-sdk) reads.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { generated, serve, unary } = require('./plugin_server');

const languagePb = generated('language_pb.js');
const pluginPb = generated('plugin_pb.js');
const { LanguageRuntimeService } = generated('language_grpc_pb.js');

const STDERR_TAIL = 20;
const engineAddress = process.argv[process.argv.length - 1];
if (process.argv.length < 3) {
  process.stderr.write('usage: language_host.js ENGINE_ADDRESS\n');
  process.exit(2);
}

function entryPoint(dir, entry) {
  const p = path.resolve(dir, entry || '.');
  return fs.existsSync(p) && fs.statSync(p).isDirectory() ? path.join(p, 'index.js') : p;
}

function run(req) {
  const info = req.getInfo();
  const dir = (info && info.getProgramDirectory()) || req.getPwd();
  const script = entryPoint(dir, (info && info.getEntryPoint()) || req.getProgram());
  const response = new languagePb.RunResponse();
  if (!fs.existsSync(script)) return response.setError(`no JS program at ${script}`);
  const config = Object.fromEntries(req.getConfigMap().toObject().sort());
  const env = {
    ...process.env,
    PROTOSMITH_MONITOR: req.getMonitorAddress(),
    PROTOSMITH_ENGINE: engineAddress,
    PROTOSMITH_PROJECT: req.getProject(),
    PROTOSMITH_STACK: req.getStack(),
    PROTOSMITH_DRY_RUN: req.getDryrun() ? 'true' : 'false',
    PROTOSMITH_CONFIG: JSON.stringify(config),
    NODE_PATH: [__dirname, process.env.NODE_PATH].filter(Boolean).join(path.delimiter),
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    child.stdout.on('data', (d) => process.stderr.write(d));
    let partial = '';
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      partial += d.toString();
      const lines = partial.split('\n');
      partial = lines.pop();
      tail.push(...lines);
      tail.splice(0, Math.max(0, tail.length - STDERR_TAIL));
    });
    child.on('error', (e) => resolve(response.setError(`cannot start ${process.execPath} ${script}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (partial) tail.push(partial);
      if (code === 0) return resolve(response);
      const status = code === null ? `signal ${signal}` : `status ${code}`;
      resolve(response.setError(`program exited with ${status}` + tail.slice(-STDERR_TAIL).map((l) => `\n  | ${l}`).join('')));
    });
  });
}

serve(LanguageRuntimeService, {
  getPluginInfo: unary(() => new pluginPb.PluginInfo().setVersion('1.0.0')),
  getRequiredPlugins: unary(() =>
    new languagePb.GetRequiredPluginsResponse().setPluginsList([new pluginPb.PluginDependency().setName('demo').setKind('resource')])),
  run: unary(run),
});

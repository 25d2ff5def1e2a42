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

// A program that can load @pulumi/pulumi (from its directory or NODE_PATH) is a Pulumi
// program: it runs under that package's own runner, as Pulumi's Node.js language host does.
function pulumiRunner(dir) {
  const paths = [dir, ...(process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)];
  try {
    return require.resolve('@pulumi/pulumi/cmd/run', { paths });
  } catch (e) {
    return null;
  }
}

function runPulumiProgram(req, runner, dir, script, config, response) {
  const args = [runner, '--monitor', req.getMonitorAddress(), '--engine', engineAddress, '--project', req.getProject(),
    '--stack', req.getStack(), '--parallel', String(Math.max(1, req.getParallel())), '--pwd', dir];
  if (req.getDryrun()) args.push('--dry-run');
  args.push(script);
  const env = {
    ...process.env,
    PULUMI_CONFIG: JSON.stringify(config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(req.getConfigsecretkeysList()),
  };
  return runChild(args, dir, env, response);
}

function run(req) {
  const info = req.getInfo();
  const dir = (info && info.getProgramDirectory()) || req.getPwd();
  const script = entryPoint(dir, (info && info.getEntryPoint()) || req.getProgram());
  const response = new languagePb.RunResponse();
  if (!fs.existsSync(script)) return response.setError(`no JS program at ${script}`);
  const config = Object.fromEntries(req.getConfigMap().toObject().sort());
  const pulumiRun = pulumiRunner(dir);
  if (pulumiRun) return runPulumiProgram(req, pulumiRun, dir, script, config, response);
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
  return runChild([script], dir, env, response);
}

// Runs `node ARGS` in `dir`; its output goes to this plugin's stderr, a failure becomes the
// RunResponse error with the end of the program's stderr.
function runChild(args, dir, env, response) {
  const script = args[args.length - 1];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  getRequiredPlugins: unary((req) => {
    const info = req.getInfo();
    const dir = (info && info.getProgramDirectory()) || req.getPwd();
    const response = new languagePb.GetRequiredPluginsResponse();
    // Pulumi programs name their providers by resource type; the interop programs use `demo`.
    return pulumiRunner(dir) ? response : response.setPluginsList([new pluginPb.PluginDependency().setName('demo').setKind('resource')]);
  }),
  run: unary(run),
});

// What every JS plugin does at start-up (docs/engine.md, "Launching a plugin"): serve on a free
// loopback port and announce it as the first line of stdout. Methods a plugin does not
// implement answer UNIMPLEMENTED (grpc-js does that for missing handlers).
'use strict';
const path = require('path');
const grpc = require('@grpc/grpc-js');

const REPO = path.resolve(__dirname, '..', '..');

function generated(module) {
  return require(path.join(REPO, 'generated', 'js', 'pulumi', module));
}

function serve(service, implementation) {
  const server = new grpc.Server();
  server.addService(service, implementation);
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
    if (err) {
      process.stderr.write(`cannot bind a loopback port: ${err.message}\n`);
      process.exit(1);
    }
    process.stdout.write(`${port}\n`);
  });
  return server;
}

// Wraps an async handler as a grpc-js unary handler; thrown errors carry their gRPC code.
function unary(fn) {
  return (call, callback) => {
    Promise.resolve()
      .then(() => fn(call.request))
      .then((reply) => callback(null, reply), (err) => callback({ code: err.code || grpc.status.UNKNOWN, details: err.message }));
  };
}

function failWith(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

module.exports = { REPO, generated, serve, unary, failWith, grpc };

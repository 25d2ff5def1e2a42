// Preloaded with `node -r` so the generated modules' `require('google-protobuf')` loads the
// 4.x runtime (installed as the npm alias google-protobuf-v4) instead of 3.21.x.
'use strict';
const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'google-protobuf' || request.startsWith('google-protobuf/')) {
    request = 'google-protobuf-v4' + request.slice('google-protobuf'.length);
  }
  return resolve.call(this, request, ...rest);
};

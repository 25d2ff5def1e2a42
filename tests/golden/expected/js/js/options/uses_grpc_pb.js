// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Covers: custom options used from another file, and standard options (deprecated on every
// kind, optimize_for, java/go packages).
'use strict';
var grpc = require('@grpc/grpc-js');
var options_uses_pb = require('./uses_pb.js');
var options_custom_pb = require('./custom_pb.js');

function serialize_golden_options_Audited(arg) {
  if (!(arg instanceof options_uses_pb.Audited)) {
    throw new Error('Expected argument of type golden.options.Audited');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_golden_options_Audited(buffer_arg) {
  return options_uses_pb.Audited.deserializeBinary(new Uint8Array(buffer_arg));
}


var AdminService = exports.AdminService = {
  reset: {
    path: '/golden.options.Admin/Reset',
    requestStream: false,
    responseStream: false,
    requestType: options_uses_pb.Audited,
    responseType: options_uses_pb.Audited,
    requestSerialize: serialize_golden_options_Audited,
    requestDeserialize: deserialize_golden_options_Audited,
    responseSerialize: serialize_golden_options_Audited,
    responseDeserialize: deserialize_golden_options_Audited,
  },
};

exports.AdminClient = grpc.makeGenericClientConstructor(AdminService, 'Admin');

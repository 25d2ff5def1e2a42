// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Imports back into alpha, and a service taking types from both folders.
'use strict';
var grpc = require('@grpc/grpc-js');
var cross_beta_z_pb = require('./z_pb.js');
var cross_alpha_w_pb = require('../alpha/w_pb.js');
var cross_alpha_x_pb = require('../alpha/x_pb.js');

function serialize_golden_cross_alpha_X(arg) {
  if (!(arg instanceof cross_alpha_x_pb.X)) {
    throw new Error('Expected argument of type golden.cross.alpha.X');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_golden_cross_alpha_X(buffer_arg) {
  return cross_alpha_x_pb.X.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_golden_cross_beta_Z(arg) {
  if (!(arg instanceof cross_beta_z_pb.Z)) {
    throw new Error('Expected argument of type golden.cross.beta.Z');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_golden_cross_beta_Z(buffer_arg) {
  return cross_beta_z_pb.Z.deserializeBinary(new Uint8Array(buffer_arg));
}


var BridgeService = exports.BridgeService = {
  cross: {
    path: '/golden.cross.beta.Bridge/Cross',
    requestStream: false,
    responseStream: false,
    requestType: cross_alpha_x_pb.X,
    responseType: cross_beta_z_pb.Z,
    requestSerialize: serialize_golden_cross_alpha_X,
    requestDeserialize: deserialize_golden_cross_alpha_X,
    responseSerialize: serialize_golden_cross_beta_Z,
    responseDeserialize: deserialize_golden_cross_beta_Z,
  },
};

exports.BridgeClient = grpc.makeGenericClientConstructor(BridgeService, 'Bridge');

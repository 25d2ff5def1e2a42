// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var z_nosyntax_pb = require('./z_nosyntax_pb.js');

function serialize_nosyntax_M(arg) {
  if (!(arg instanceof z_nosyntax_pb.M)) {
    throw new Error('Expected argument of type nosyntax.M');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_nosyntax_M(buffer_arg) {
  return z_nosyntax_pb.M.deserializeBinary(new Uint8Array(buffer_arg));
}


var SService = exports.SService = {
  go: {
    path: '/nosyntax.S/Go',
    requestStream: false,
    responseStream: false,
    requestType: z_nosyntax_pb.M,
    responseType: z_nosyntax_pb.M,
    requestSerialize: serialize_nosyntax_M,
    requestDeserialize: deserialize_nosyntax_M,
    responseSerialize: serialize_nosyntax_M,
    responseDeserialize: deserialize_nosyntax_M,
  },
};

exports.SClient = grpc.makeGenericClientConstructor(SService, 'S');

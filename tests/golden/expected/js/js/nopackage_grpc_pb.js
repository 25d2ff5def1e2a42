// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Covers: a file without a package statement.
'use strict';
var grpc = require('@grpc/grpc-js');
var nopackage_pb = require('./nopackage_pb.js');

function serialize_Packageless(arg) {
  if (!(arg instanceof nopackage_pb.Packageless)) {
    throw new Error('Expected argument of type Packageless');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_Packageless(buffer_arg) {
  return nopackage_pb.Packageless.deserializeBinary(new Uint8Array(buffer_arg));
}


var BareService = exports.BareService = {
  ping: {
    path: '/Bare/Ping',
    requestStream: false,
    responseStream: false,
    requestType: nopackage_pb.Packageless,
    responseType: nopackage_pb.Packageless,
    requestSerialize: serialize_Packageless,
    requestDeserialize: deserialize_Packageless,
    responseSerialize: serialize_Packageless,
    responseDeserialize: deserialize_Packageless,
  },
};

exports.BareClient = grpc.makeGenericClientConstructor(BareService, 'Bare');

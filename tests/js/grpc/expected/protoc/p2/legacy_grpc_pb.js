// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var p2_legacy_pb = require('../p2/legacy_pb.js');

function serialize_test_p2_Legacy(arg) {
  if (!(arg instanceof p2_legacy_pb.Legacy)) {
    throw new Error('Expected argument of type test.p2.Legacy');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_p2_Legacy(buffer_arg) {
  return p2_legacy_pb.Legacy.deserializeBinary(new Uint8Array(buffer_arg));
}


var LegacyServiceService = exports.LegacyServiceService = {
  call: {
    path: '/test.p2.LegacyService/Call',
    requestStream: false,
    responseStream: false,
    requestType: p2_legacy_pb.Legacy,
    responseType: p2_legacy_pb.Legacy,
    requestSerialize: serialize_test_p2_Legacy,
    requestDeserialize: deserialize_test_p2_Legacy,
    responseSerialize: serialize_test_p2_Legacy,
    responseDeserialize: deserialize_test_p2_Legacy,
  },
};

exports.LegacyServiceClient = grpc.makeGenericClientConstructor(LegacyServiceService, 'LegacyService');

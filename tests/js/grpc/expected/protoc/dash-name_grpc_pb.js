// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var common_types_pb = require('./common/types_pb.js');

function serialize_test_common_Thing(arg) {
  if (!(arg instanceof common_types_pb.Thing)) {
    throw new Error('Expected argument of type test.common.Thing');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_common_Thing(buffer_arg) {
  return common_types_pb.Thing.deserializeBinary(new Uint8Array(buffer_arg));
}


var DashService = exports.DashService = {
  do: {
    path: '/dash.v1.Dash/Do',
    requestStream: false,
    responseStream: false,
    requestType: common_types_pb.Thing,
    responseType: common_types_pb.Thing,
    requestSerialize: serialize_test_common_Thing,
    requestDeserialize: deserialize_test_common_Thing,
    responseSerialize: serialize_test_common_Thing,
    responseDeserialize: deserialize_test_common_Thing,
  },
};

exports.DashClient = grpc.makeGenericClientConstructor(DashService, 'Dash');

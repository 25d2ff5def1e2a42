// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var nopkg_pb = require('./nopkg_pb.js');
var common_types_pb = require('./common/types_pb.js');

function serialize_Ping(arg) {
  if (!(arg instanceof nopkg_pb.Ping)) {
    throw new Error('Expected argument of type Ping');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_Ping(buffer_arg) {
  return nopkg_pb.Ping.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_Ping_Deep(arg) {
  if (!(arg instanceof nopkg_pb.Ping.Deep)) {
    throw new Error('Expected argument of type Ping.Deep');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_Ping_Deep(buffer_arg) {
  return nopkg_pb.Ping.Deep.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_common_Thing(arg) {
  if (!(arg instanceof common_types_pb.Thing)) {
    throw new Error('Expected argument of type test.common.Thing');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_common_Thing(buffer_arg) {
  return common_types_pb.Thing.deserializeBinary(new Uint8Array(buffer_arg));
}


var PingerService = exports.PingerService = {
  doPing: {
    path: '/Pinger/DoPing',
    requestStream: false,
    responseStream: false,
    requestType: nopkg_pb.Ping,
    responseType: nopkg_pb.Ping.Deep,
    requestSerialize: serialize_Ping,
    requestDeserialize: deserialize_Ping,
    responseSerialize: serialize_Ping_Deep,
    responseDeserialize: deserialize_Ping_Deep,
  },
  thing: {
    path: '/Pinger/Thing',
    requestStream: false,
    responseStream: false,
    requestType: common_types_pb.Thing,
    responseType: nopkg_pb.Ping,
    requestSerialize: serialize_test_common_Thing,
    requestDeserialize: deserialize_test_common_Thing,
    responseSerialize: serialize_Ping,
    responseDeserialize: deserialize_Ping,
  },
};

exports.PingerClient = grpc.makeGenericClientConstructor(PingerService, 'Pinger');

// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var p3_kitchen_pb = require('./kitchen_pb.js');
var common_types_pb = require('../common/types_pb.js');
var google_protobuf_any_pb = require('google-protobuf/google/protobuf/any_pb.js');
var google_protobuf_wrappers_pb = require('google-protobuf/google/protobuf/wrappers_pb.js');

function serialize_test_p3_Empty(arg) {
  if (!(arg instanceof p3_kitchen_pb.Empty)) {
    throw new Error('Expected argument of type test.p3.Empty');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_p3_Empty(buffer_arg) {
  return p3_kitchen_pb.Empty.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_p3_Kitchen(arg) {
  if (!(arg instanceof p3_kitchen_pb.Kitchen)) {
    throw new Error('Expected argument of type test.p3.Kitchen');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_p3_Kitchen(buffer_arg) {
  return p3_kitchen_pb.Kitchen.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_p3_Kitchen_Inner(arg) {
  if (!(arg instanceof p3_kitchen_pb.Kitchen.Inner)) {
    throw new Error('Expected argument of type test.p3.Kitchen.Inner');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_p3_Kitchen_Inner(buffer_arg) {
  return p3_kitchen_pb.Kitchen.Inner.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_p3_Kitchen_Inner_Deeper(arg) {
  if (!(arg instanceof p3_kitchen_pb.Kitchen.Inner.Deeper)) {
    throw new Error('Expected argument of type test.p3.Kitchen.Inner.Deeper');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_p3_Kitchen_Inner_Deeper(buffer_arg) {
  return p3_kitchen_pb.Kitchen.Inner.Deeper.deserializeBinary(new Uint8Array(buffer_arg));
}


var KitchenServiceService = exports.KitchenServiceService = {
  do: {
    path: '/test.p3.KitchenService/Do',
    requestStream: false,
    responseStream: false,
    requestType: p3_kitchen_pb.Kitchen,
    responseType: p3_kitchen_pb.Empty,
    requestSerialize: serialize_test_p3_Kitchen,
    requestDeserialize: deserialize_test_p3_Kitchen,
    responseSerialize: serialize_test_p3_Empty,
    responseDeserialize: deserialize_test_p3_Empty,
  },
  stream: {
    path: '/test.p3.KitchenService/Stream',
    requestStream: true,
    responseStream: true,
    requestType: p3_kitchen_pb.Kitchen.Inner,
    responseType: p3_kitchen_pb.Kitchen.Inner.Deeper,
    requestSerialize: serialize_test_p3_Kitchen_Inner,
    requestDeserialize: deserialize_test_p3_Kitchen_Inner,
    responseSerialize: serialize_test_p3_Kitchen_Inner_Deeper,
    responseDeserialize: deserialize_test_p3_Kitchen_Inner_Deeper,
  },
};

exports.KitchenServiceClient = grpc.makeGenericClientConstructor(KitchenServiceService, 'KitchenService');

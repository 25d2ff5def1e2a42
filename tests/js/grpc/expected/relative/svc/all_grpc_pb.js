// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Detached file comment.
//
// Leading file comment on syntax,
//   with indentation.
'use strict';
var grpc = require('@grpc/grpc-js');
var svc_all_pb = require('./all_pb.js');
var google_protobuf_empty_pb = require('google-protobuf/google/protobuf/empty_pb.js');
var google_protobuf_timestamp_pb = require('google-protobuf/google/protobuf/timestamp_pb.js');
var common_types_pb = require('../common/types_pb.js');

function serialize_google_protobuf_Empty(arg) {
  if (!(arg instanceof google_protobuf_empty_pb.Empty)) {
    throw new Error('Expected argument of type google.protobuf.Empty');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_google_protobuf_Empty(buffer_arg) {
  return google_protobuf_empty_pb.Empty.deserializeBinary(new Uint8Array(buffer_arg));
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

function serialize_test_common_Thing_Inner(arg) {
  if (!(arg instanceof common_types_pb.Thing.Inner)) {
    throw new Error('Expected argument of type test.common.Thing.Inner');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_common_Thing_Inner(buffer_arg) {
  return common_types_pb.Thing.Inner.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_svc_Req(arg) {
  if (!(arg instanceof svc_all_pb.Req)) {
    throw new Error('Expected argument of type test.svc.Req');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_svc_Req(buffer_arg) {
  return svc_all_pb.Req.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_svc_Req_Nested(arg) {
  if (!(arg instanceof svc_all_pb.Req.Nested)) {
    throw new Error('Expected argument of type test.svc.Req.Nested');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_svc_Req_Nested(buffer_arg) {
  return svc_all_pb.Req.Nested.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_test_svc_Resp(arg) {
  if (!(arg instanceof svc_all_pb.Resp)) {
    throw new Error('Expected argument of type test.svc.Resp');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_test_svc_Resp(buffer_arg) {
  return svc_all_pb.Resp.deserializeBinary(new Uint8Array(buffer_arg));
}


// Detached service comment.
//
// The main service.
// Second line.
var MainService = exports.MainService = {
  // Unary call.
unary: {
    path: '/test.svc.Main/Unary',
    requestStream: false,
    responseStream: false,
    requestType: svc_all_pb.Req,
    responseType: svc_all_pb.Resp,
    requestSerialize: serialize_test_svc_Req,
    requestDeserialize: deserialize_test_svc_Req,
    responseSerialize: serialize_test_svc_Resp,
    responseDeserialize: deserialize_test_svc_Resp,
  },
  serverStream: {
    path: '/test.svc.Main/ServerStream',
    requestStream: false,
    responseStream: true,
    requestType: svc_all_pb.Req,
    responseType: svc_all_pb.Resp,
    requestSerialize: serialize_test_svc_Req,
    requestDeserialize: deserialize_test_svc_Req,
    responseSerialize: serialize_test_svc_Resp,
    responseDeserialize: deserialize_test_svc_Resp,
  },
  // trailing on server stream
// Client streaming
//
//  indented after blank
clientStream: {
    path: '/test.svc.Main/ClientStream',
    requestStream: true,
    responseStream: false,
    requestType: svc_all_pb.Req,
    responseType: svc_all_pb.Resp,
    requestSerialize: serialize_test_svc_Req,
    requestDeserialize: deserialize_test_svc_Req,
    responseSerialize: serialize_test_svc_Resp,
    responseDeserialize: deserialize_test_svc_Resp,
  },
  // block
// comment 
bidi: {
    path: '/test.svc.Main/Bidi',
    requestStream: true,
    responseStream: true,
    requestType: svc_all_pb.Req.Nested,
    responseType: common_types_pb.Thing.Inner,
    requestSerialize: serialize_test_svc_Req_Nested,
    requestDeserialize: deserialize_test_svc_Req_Nested,
    responseSerialize: serialize_test_common_Thing_Inner,
    responseDeserialize: deserialize_test_common_Thing_Inner,
  },
  empty: {
    path: '/test.svc.Main/Empty',
    requestStream: false,
    responseStream: false,
    requestType: google_protobuf_empty_pb.Empty,
    responseType: google_protobuf_empty_pb.Empty,
    requestSerialize: serialize_google_protobuf_Empty,
    requestDeserialize: deserialize_google_protobuf_Empty,
    responseSerialize: serialize_google_protobuf_Empty,
    responseDeserialize: deserialize_google_protobuf_Empty,
  },
  // Trailing-ish detached
// leading after detached
lowerName: {
    path: '/test.svc.Main/lowerName',
    requestStream: false,
    responseStream: false,
    requestType: svc_all_pb.Req,
    responseType: google_protobuf_empty_pb.Empty,
    requestSerialize: serialize_test_svc_Req,
    requestDeserialize: deserialize_test_svc_Req,
    responseSerialize: serialize_google_protobuf_Empty,
    responseDeserialize: deserialize_google_protobuf_Empty,
  },
  // t1
// t2 line
afterTrailing: {
    path: '/test.svc.Main/AfterTrailing',
    requestStream: false,
    responseStream: false,
    requestType: svc_all_pb.Req,
    responseType: svc_all_pb.Resp,
    requestSerialize: serialize_test_svc_Req,
    requestDeserialize: deserialize_test_svc_Req,
    responseSerialize: serialize_test_svc_Resp,
    responseDeserialize: deserialize_test_svc_Resp,
  },
};

exports.MainClient = grpc.makeGenericClientConstructor(MainService, 'Main');
var SecondService = exports.SecondService = {
  get: {
    path: '/test.svc.Second/Get',
    requestStream: false,
    responseStream: false,
    requestType: common_types_pb.Thing,
    responseType: svc_all_pb.Resp,
    requestSerialize: serialize_test_common_Thing,
    requestDeserialize: deserialize_test_common_Thing,
    responseSerialize: serialize_test_svc_Resp,
    responseDeserialize: deserialize_test_svc_Resp,
  },
};

exports.SecondClient = grpc.makeGenericClientConstructor(SecondService, 'Second');
// last
var ThirdService = exports.ThirdService = {
};

exports.ThirdClient = grpc.makeGenericClientConstructor(ThirdService, 'Third');

// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var deep_a_b_deep_pb = require('../../../deep/a/b/deep_pb.js');
var common_types_pb = require('../../../common/types_pb.js');
var svc_all_pb = require('../../../svc/all_pb.js');
var google_protobuf_struct_pb = require('google-protobuf/google/protobuf/struct_pb.js');

function serialize_deep_a_b_DeepMsg(arg) {
  if (!(arg instanceof deep_a_b_deep_pb.DeepMsg)) {
    throw new Error('Expected argument of type deep.a.b.DeepMsg');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_deep_a_b_DeepMsg(buffer_arg) {
  return deep_a_b_deep_pb.DeepMsg.deserializeBinary(new Uint8Array(buffer_arg));
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


var DeepServiceService = exports.DeepServiceService = {
  go: {
    path: '/deep.a.b.DeepService/Go',
    requestStream: false,
    responseStream: false,
    requestType: deep_a_b_deep_pb.DeepMsg,
    responseType: svc_all_pb.Resp,
    requestSerialize: serialize_deep_a_b_DeepMsg,
    requestDeserialize: deserialize_deep_a_b_DeepMsg,
    responseSerialize: serialize_test_svc_Resp,
    responseDeserialize: deserialize_test_svc_Resp,
  },
  go2: {
    path: '/deep.a.b.DeepService/Go2',
    requestStream: false,
    responseStream: false,
    requestType: svc_all_pb.Req.Nested,
    responseType: deep_a_b_deep_pb.DeepMsg,
    requestSerialize: serialize_test_svc_Req_Nested,
    requestDeserialize: deserialize_test_svc_Req_Nested,
    responseSerialize: serialize_deep_a_b_DeepMsg,
    responseDeserialize: deserialize_deep_a_b_DeepMsg,
  },
};

exports.DeepServiceClient = grpc.makeGenericClientConstructor(DeepServiceService, 'DeepService');

// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Runtime fixture: one service with every streaming kind, used by the gRPC tests
// (JS server and client, and a Python grpcio peer on either side).
'use strict';
var grpc = require('@grpc/grpc-js');
var rt_echo_pb = require('../rt/echo_pb.js');
var google_protobuf_empty_pb = require('google-protobuf/google/protobuf/empty_pb.js');
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

function serialize_rt_echo_Note(arg) {
  if (!(arg instanceof rt_echo_pb.Note)) {
    throw new Error('Expected argument of type rt.echo.Note');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_rt_echo_Note(buffer_arg) {
  return rt_echo_pb.Note.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_rt_echo_Summary(arg) {
  if (!(arg instanceof rt_echo_pb.Summary)) {
    throw new Error('Expected argument of type rt.echo.Summary');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_rt_echo_Summary(buffer_arg) {
  return rt_echo_pb.Summary.deserializeBinary(new Uint8Array(buffer_arg));
}


// Echo answers in four ways.
var EchoService = exports.EchoService = {
  // One note in, the same note out (text upper-cased, seq + 1).
unary: {
    path: '/rt.echo.Echo/Unary',
    requestStream: false,
    responseStream: false,
    requestType: rt_echo_pb.Note,
    responseType: rt_echo_pb.Note,
    requestSerialize: serialize_rt_echo_Note,
    requestDeserialize: deserialize_rt_echo_Note,
    responseSerialize: serialize_rt_echo_Note,
    responseDeserialize: deserialize_rt_echo_Note,
  },
  // One note in, `seq` copies out.
expand: {
    path: '/rt.echo.Echo/Expand',
    requestStream: false,
    responseStream: true,
    requestType: rt_echo_pb.Note,
    responseType: rt_echo_pb.Note,
    requestSerialize: serialize_rt_echo_Note,
    requestDeserialize: deserialize_rt_echo_Note,
    responseSerialize: serialize_rt_echo_Note,
    responseDeserialize: deserialize_rt_echo_Note,
  },
  // Many notes in, a summary out.
collect: {
    path: '/rt.echo.Echo/Collect',
    requestStream: true,
    responseStream: false,
    requestType: rt_echo_pb.Note,
    responseType: rt_echo_pb.Summary,
    requestSerialize: serialize_rt_echo_Note,
    requestDeserialize: deserialize_rt_echo_Note,
    responseSerialize: serialize_rt_echo_Summary,
    responseDeserialize: deserialize_rt_echo_Summary,
  },
  // Each note echoed back as it arrives.
chat: {
    path: '/rt.echo.Echo/Chat',
    requestStream: true,
    responseStream: true,
    requestType: rt_echo_pb.Note,
    responseType: rt_echo_pb.Note,
    requestSerialize: serialize_rt_echo_Note,
    requestDeserialize: deserialize_rt_echo_Note,
    responseSerialize: serialize_rt_echo_Note,
    responseDeserialize: deserialize_rt_echo_Note,
  },
  ping: {
    path: '/rt.echo.Echo/Ping',
    requestStream: false,
    responseStream: false,
    requestType: google_protobuf_empty_pb.Empty,
    responseType: google_protobuf_empty_pb.Empty,
    requestSerialize: serialize_google_protobuf_Empty,
    requestDeserialize: deserialize_google_protobuf_Empty,
    responseSerialize: serialize_google_protobuf_Empty,
    responseDeserialize: deserialize_google_protobuf_Empty,
  },
};

exports.EchoClient = grpc.makeGenericClientConstructor(EchoService, 'Echo');

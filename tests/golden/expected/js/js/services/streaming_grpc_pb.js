// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Covers: all four streaming kinds, two services in one file, a service with no methods,
// well-known types in signatures, a deprecated method, comments on everything.
'use strict';
var grpc = require('@grpc/grpc-js');
var services_streaming_pb = require('./streaming_pb.js');
var google_protobuf_empty_pb = require('google-protobuf/google/protobuf/empty_pb.js');
var google_protobuf_struct_pb = require('google-protobuf/google/protobuf/struct_pb.js');
var google_protobuf_timestamp_pb = require('google-protobuf/google/protobuf/timestamp_pb.js');

function serialize_golden_services_EchoReply(arg) {
  if (!(arg instanceof services_streaming_pb.EchoReply)) {
    throw new Error('Expected argument of type golden.services.EchoReply');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_golden_services_EchoReply(buffer_arg) {
  return services_streaming_pb.EchoReply.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_golden_services_EchoRequest(arg) {
  if (!(arg instanceof services_streaming_pb.EchoRequest)) {
    throw new Error('Expected argument of type golden.services.EchoRequest');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_golden_services_EchoRequest(buffer_arg) {
  return services_streaming_pb.EchoRequest.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_google_protobuf_Empty(arg) {
  if (!(arg instanceof google_protobuf_empty_pb.Empty)) {
    throw new Error('Expected argument of type google.protobuf.Empty');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_google_protobuf_Empty(buffer_arg) {
  return google_protobuf_empty_pb.Empty.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_google_protobuf_Struct(arg) {
  if (!(arg instanceof google_protobuf_struct_pb.Struct)) {
    throw new Error('Expected argument of type google.protobuf.Struct');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_google_protobuf_Struct(buffer_arg) {
  return google_protobuf_struct_pb.Struct.deserializeBinary(new Uint8Array(buffer_arg));
}


// Echoes messages back in every streaming shape.
var EchoService = exports.EchoService = {
  // One request, one reply.
unary: {
    path: '/golden.services.Echo/Unary',
    requestStream: false,
    responseStream: false,
    requestType: services_streaming_pb.EchoRequest,
    responseType: services_streaming_pb.EchoReply,
    requestSerialize: serialize_golden_services_EchoRequest,
    requestDeserialize: deserialize_golden_services_EchoRequest,
    responseSerialize: serialize_golden_services_EchoReply,
    responseDeserialize: deserialize_golden_services_EchoReply,
  },
  // One request, many replies.
serverStream: {
    path: '/golden.services.Echo/ServerStream',
    requestStream: false,
    responseStream: true,
    requestType: services_streaming_pb.EchoRequest,
    responseType: services_streaming_pb.EchoReply,
    requestSerialize: serialize_golden_services_EchoRequest,
    requestDeserialize: deserialize_golden_services_EchoRequest,
    responseSerialize: serialize_golden_services_EchoReply,
    responseDeserialize: deserialize_golden_services_EchoReply,
  },
  // Many requests, one reply.
clientStream: {
    path: '/golden.services.Echo/ClientStream',
    requestStream: true,
    responseStream: false,
    requestType: services_streaming_pb.EchoRequest,
    responseType: services_streaming_pb.EchoReply,
    requestSerialize: serialize_golden_services_EchoRequest,
    requestDeserialize: deserialize_golden_services_EchoRequest,
    responseSerialize: serialize_golden_services_EchoReply,
    responseDeserialize: deserialize_golden_services_EchoReply,
  },
  // Many requests, many replies.
bidi: {
    path: '/golden.services.Echo/Bidi',
    requestStream: true,
    responseStream: true,
    requestType: services_streaming_pb.EchoRequest,
    responseType: services_streaming_pb.EchoReply,
    requestSerialize: serialize_golden_services_EchoRequest,
    requestDeserialize: deserialize_golden_services_EchoRequest,
    responseSerialize: serialize_golden_services_EchoReply,
    responseDeserialize: deserialize_golden_services_EchoReply,
  },
  // Deprecated: use Unary.
old: {
    path: '/golden.services.Echo/Old',
    requestStream: false,
    responseStream: false,
    requestType: google_protobuf_empty_pb.Empty,
    responseType: google_protobuf_struct_pb.Struct,
    requestSerialize: serialize_google_protobuf_Empty,
    requestDeserialize: deserialize_google_protobuf_Empty,
    responseSerialize: serialize_google_protobuf_Struct,
    responseDeserialize: deserialize_google_protobuf_Struct,
  },
};

exports.EchoClient = grpc.makeGenericClientConstructor(EchoService, 'Echo');
// A second service in the same file.
var HealthService = exports.HealthService = {
  check: {
    path: '/golden.services.Health/Check',
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

exports.HealthClient = grpc.makeGenericClientConstructor(HealthService, 'Health');
// Reserved for later: no methods yet.
var NothingService = exports.NothingService = {
};

exports.NothingClient = grpc.makeGenericClientConstructor(NothingService, 'Nothing');

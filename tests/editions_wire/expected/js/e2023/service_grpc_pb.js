// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Edition 2023 services: unary and streaming methods on editions messages.
'use strict';
var grpc = require('@grpc/grpc-js');
var e2023_service_pb = require('./service_pb.js');
var e2023_encoding_pb = require('./encoding_pb.js');
var e2023_presence_pb = require('./presence_pb.js');

function serialize_ed_encoding_Delimited(arg) {
  if (!(arg instanceof e2023_encoding_pb.Delimited)) {
    throw new Error('Expected argument of type ed.encoding.Delimited');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_ed_encoding_Delimited(buffer_arg) {
  return e2023_encoding_pb.Delimited.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_ed_encoding_Repeated(arg) {
  if (!(arg instanceof e2023_encoding_pb.Repeated)) {
    throw new Error('Expected argument of type ed.encoding.Repeated');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_ed_encoding_Repeated(buffer_arg) {
  return e2023_encoding_pb.Repeated.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_ed_presence_Scalars(arg) {
  if (!(arg instanceof e2023_presence_pb.Scalars)) {
    throw new Error('Expected argument of type ed.presence.Scalars');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_ed_presence_Scalars(buffer_arg) {
  return e2023_presence_pb.Scalars.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_ed_service_Ping(arg) {
  if (!(arg instanceof e2023_service_pb.Ping)) {
    throw new Error('Expected argument of type ed.service.Ping');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_ed_service_Ping(buffer_arg) {
  return e2023_service_pb.Ping.deserializeBinary(new Uint8Array(buffer_arg));
}


var EchoService = exports.EchoService = {
  unary: {
    path: '/ed.service.Echo/Unary',
    requestStream: false,
    responseStream: false,
    requestType: e2023_service_pb.Ping,
    responseType: e2023_service_pb.Ping,
    requestSerialize: serialize_ed_service_Ping,
    requestDeserialize: deserialize_ed_service_Ping,
    responseSerialize: serialize_ed_service_Ping,
    responseDeserialize: deserialize_ed_service_Ping,
  },
  scalars: {
    path: '/ed.service.Echo/Scalars',
    requestStream: false,
    responseStream: true,
    requestType: e2023_presence_pb.Scalars,
    responseType: e2023_presence_pb.Scalars,
    requestSerialize: serialize_ed_presence_Scalars,
    requestDeserialize: deserialize_ed_presence_Scalars,
    responseSerialize: serialize_ed_presence_Scalars,
    responseDeserialize: deserialize_ed_presence_Scalars,
  },
  collect: {
    path: '/ed.service.Echo/Collect',
    requestStream: true,
    responseStream: false,
    requestType: e2023_encoding_pb.Delimited,
    responseType: e2023_encoding_pb.Repeated,
    requestSerialize: serialize_ed_encoding_Delimited,
    requestDeserialize: deserialize_ed_encoding_Delimited,
    responseSerialize: serialize_ed_encoding_Repeated,
    responseDeserialize: deserialize_ed_encoding_Repeated,
  },
  chat: {
    path: '/ed.service.Echo/Chat',
    requestStream: true,
    responseStream: true,
    requestType: e2023_service_pb.Ping,
    responseType: e2023_service_pb.Ping,
    requestSerialize: serialize_ed_service_Ping,
    requestDeserialize: deserialize_ed_service_Ping,
    responseSerialize: serialize_ed_service_Ping,
    responseDeserialize: deserialize_ed_service_Ping,
  },
};

exports.EchoClient = grpc.makeGenericClientConstructor(EchoService, 'Echo');

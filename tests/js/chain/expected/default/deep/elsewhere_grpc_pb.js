// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// The chain from another folder (require paths go up and back down), next to a type of a file
// imported directly. (Two `import public` hops, e.g. through pub/outer.proto, are valid for
// protoc but refused by protox, the compiler protosmith uses.)
'use strict';
var grpc = require('@grpc/grpc-js');
var deep_elsewhere_pb = require('./elsewhere_pb.js');
var pub_outer_pb = require('../pub/outer_pb.js');
var pub_only_public_pb = require('../pub/only_public_pb.js');
var pub_base_pb = require('../pub/base_pb.js');

function serialize_pub_Base(arg) {
  if (!(arg instanceof pub_base_pb.Base)) {
    throw new Error('Expected argument of type pub.Base');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pub_Base(buffer_arg) {
  return pub_base_pb.Base.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pub_Outer(arg) {
  if (!(arg instanceof pub_outer_pb.Outer)) {
    throw new Error('Expected argument of type pub.Outer');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pub_Outer(buffer_arg) {
  return pub_outer_pb.Outer.deserializeBinary(new Uint8Array(buffer_arg));
}


var FarService = exports.FarService = {
  echo: {
    path: '/deep.Far/Echo',
    requestStream: false,
    responseStream: false,
    requestType: pub_base_pb.Base,
    responseType: pub_outer_pb.Outer,
    requestSerialize: serialize_pub_Base,
    requestDeserialize: deserialize_pub_Base,
    responseSerialize: serialize_pub_Outer,
    responseDeserialize: deserialize_pub_Outer,
  },
};

exports.FarClient = grpc.makeGenericClientConstructor(FarService, 'Far');

// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Uses pub.Base, reached only through only_public.proto's `import public`, everywhere a
// message type can appear, and as method types.
'use strict';
var grpc = require('@grpc/grpc-js');
var pub_chain_pb = require('./chain_pb.js');
var pub_only_public_pb = require('./only_public_pb.js');
var pub_base_pb = require('./base_pb.js');

function serialize_chain_Holder(arg) {
  if (!(arg instanceof pub_chain_pb.Holder)) {
    throw new Error('Expected argument of type chain.Holder');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_chain_Holder(buffer_arg) {
  return pub_chain_pb.Holder.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pub_Base(arg) {
  if (!(arg instanceof pub_base_pb.Base)) {
    throw new Error('Expected argument of type pub.Base');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pub_Base(buffer_arg) {
  return pub_base_pb.Base.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pub_Base_Inner(arg) {
  if (!(arg instanceof pub_base_pb.Base.Inner)) {
    throw new Error('Expected argument of type pub.Base.Inner');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pub_Base_Inner(buffer_arg) {
  return pub_base_pb.Base.Inner.deserializeBinary(new Uint8Array(buffer_arg));
}


var SvcService = exports.SvcService = {
  get: {
    path: '/chain.Svc/Get',
    requestStream: false,
    responseStream: false,
    requestType: pub_base_pb.Base,
    responseType: pub_chain_pb.Holder,
    requestSerialize: serialize_pub_Base,
    requestDeserialize: deserialize_pub_Base,
    responseSerialize: serialize_chain_Holder,
    responseDeserialize: deserialize_chain_Holder,
  },
  inners: {
    path: '/chain.Svc/Inners',
    requestStream: false,
    responseStream: true,
    requestType: pub_chain_pb.Holder,
    responseType: pub_base_pb.Base.Inner,
    requestSerialize: serialize_chain_Holder,
    requestDeserialize: deserialize_chain_Holder,
    responseSerialize: serialize_pub_Base_Inner,
    responseDeserialize: deserialize_pub_Base_Inner,
  },
};

exports.SvcClient = grpc.makeGenericClientConstructor(SvcService, 'Svc');

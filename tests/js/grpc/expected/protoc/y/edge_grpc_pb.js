// GENERATED CODE -- DO NOT EDIT!

'use strict';
var grpc = require('@grpc/grpc-js');
var y_edge_pb = require('../y/edge_pb.js');
var x_base_pb = require('../x/base_pb.js');
var x_reexport_pb = require('../x/reexport_pb.js');
var google_api_annotations_pb = require('../google/api/annotations_pb.js');
var google_protobuf_descriptor_pb = require('google-protobuf/google/protobuf/descriptor_pb.js');
var x_pub_pb = require('../x/pub_pb.js');

function serialize_x_Base(arg) {
  if (!(arg instanceof x_base_pb.Base)) {
    throw new Error('Expected argument of type x.Base');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_x_Base(buffer_arg) {
  return x_base_pb.Base.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_x_Extension(arg) {
  if (!(arg instanceof x_base_pb.Extension)) {
    throw new Error('Expected argument of type x.Extension');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_x_Extension(buffer_arg) {
  return x_base_pb.Extension.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_x_pub_PubMsg(arg) {
  if (!(arg instanceof x_pub_pb.PubMsg)) {
    throw new Error('Expected argument of type x.pub.PubMsg');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_x_pub_PubMsg(buffer_arg) {
  return x_pub_pb.PubMsg.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_x_re_Local(arg) {
  if (!(arg instanceof x_reexport_pb.Local)) {
    throw new Error('Expected argument of type x.re.Local');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_x_re_Local(buffer_arg) {
  return x_reexport_pb.Local.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_y_AllMaps(arg) {
  if (!(arg instanceof y_edge_pb.AllMaps)) {
    throw new Error('Expected argument of type y.AllMaps');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_y_AllMaps(buffer_arg) {
  return y_edge_pb.AllMaps.deserializeBinary(new Uint8Array(buffer_arg));
}


var lowerServiceService = exports.lowerServiceService = {
  // method with options
get_thing: {
    path: '/y.lowerService/get_thing',
    requestStream: false,
    responseStream: false,
    requestType: y_edge_pb.AllMaps,
    responseType: x_base_pb.Base,
    requestSerialize: serialize_y_AllMaps,
    requestDeserialize: deserialize_y_AllMaps,
    responseSerialize: serialize_x_Base,
    responseDeserialize: deserialize_x_Base,
  },
  re: {
    path: '/y.lowerService/Re',
    requestStream: false,
    responseStream: false,
    requestType: x_reexport_pb.Local,
    responseType: x_pub_pb.PubMsg,
    requestSerialize: serialize_x_re_Local,
    requestDeserialize: deserialize_x_re_Local,
    responseSerialize: serialize_x_pub_PubMsg,
    responseDeserialize: deserialize_x_pub_PubMsg,
  },
  // *
// Javadoc style
// comment.
star: {
    path: '/y.lowerService/Star',
    requestStream: true,
    responseStream: true,
    requestType: x_base_pb.Extension,
    responseType: y_edge_pb.AllMaps,
    requestSerialize: serialize_x_Extension,
    requestDeserialize: deserialize_x_Extension,
    responseSerialize: serialize_y_AllMaps,
    responseDeserialize: deserialize_y_AllMaps,
  },
  // trailing
// a
//
// b
//
// c
detached: {
    path: '/y.lowerService/Detached',
    requestStream: false,
    responseStream: false,
    requestType: y_edge_pb.AllMaps,
    responseType: y_edge_pb.AllMaps,
    requestSerialize: serialize_y_AllMaps,
    requestDeserialize: deserialize_y_AllMaps,
    responseSerialize: serialize_y_AllMaps,
    responseDeserialize: deserialize_y_AllMaps,
  },
  //   spaced    
spaced: {
    path: '/y.lowerService/Spaced',
    requestStream: false,
    responseStream: false,
    requestType: y_edge_pb.AllMaps,
    responseType: y_edge_pb.AllMaps,
    requestSerialize: serialize_y_AllMaps,
    requestDeserialize: deserialize_y_AllMaps,
    responseSerialize: serialize_y_AllMaps,
    responseDeserialize: deserialize_y_AllMaps,
  },
  // tab	
};

exports.lowerServiceClient = grpc.makeGenericClientConstructor(lowerServiceService, 'lowerService');

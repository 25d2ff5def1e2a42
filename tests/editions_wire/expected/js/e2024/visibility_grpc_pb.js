// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Edition 2024: symbol visibility (`export` / `local`), `import option`, its naming style,
// and features on oneofs and services.
'use strict';
var grpc = require('@grpc/grpc-js');
var e2024_visibility_pb = require('./visibility_pb.js');
var e2023_presence_pb = require('../e2023/presence_pb.js');

function serialize_ed_vis_Visible(arg) {
  if (!(arg instanceof e2024_visibility_pb.Visible)) {
    throw new Error('Expected argument of type ed.vis.Visible');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_ed_vis_Visible(buffer_arg) {
  return e2024_visibility_pb.Visible.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_ed_vis_Visible_Shared(arg) {
  if (!(arg instanceof e2024_visibility_pb.Visible.Shared)) {
    throw new Error('Expected argument of type ed.vis.Visible.Shared');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_ed_vis_Visible_Shared(buffer_arg) {
  return e2024_visibility_pb.Visible.Shared.deserializeBinary(new Uint8Array(buffer_arg));
}


var LookupService = exports.LookupService = {
  find: {
    path: '/ed.vis.Lookup/find',
    requestStream: false,
    responseStream: false,
    requestType: e2024_visibility_pb.Visible,
    responseType: e2024_visibility_pb.Visible.Shared,
    requestSerialize: serialize_ed_vis_Visible,
    requestDeserialize: deserialize_ed_vis_Visible,
    responseSerialize: serialize_ed_vis_Visible_Shared,
    responseDeserialize: deserialize_ed_vis_Visible_Shared,
  },
};

exports.LookupClient = grpc.makeGenericClientConstructor(LookupService, 'Lookup');

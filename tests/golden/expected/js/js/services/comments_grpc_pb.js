// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// Detached comment at the top of the file.
//
// Covers: comments everywhere, including text that needs escaping in generated code:
// */ ends a block comment, """ ends a docstring, \ backslashes, {{handlebars}}, <html>&amp;,
// unicode — ünïcødé ✓, and a blank comment line below.
//
// End of the file comment.
'use strict';
var grpc = require('@grpc/grpc-js');
var services_comments_pb = require('./comments_pb.js');

function serialize_golden_services_Documented(arg) {
  if (!(arg instanceof services_comments_pb.Documented)) {
    throw new Error('Expected argument of type golden.services.Documented');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_golden_services_Documented(buffer_arg) {
  return services_comments_pb.Documented.deserializeBinary(new Uint8Array(buffer_arg));
}


// A service comment with a backslash \ and a "quote".
var CommentedService = exports.CommentedService = {
  // Method comment line one.
//   indented line two
// line three with trailing spaces   
do: {
    path: '/golden.services.Commented/Do',
    requestStream: false,
    responseStream: false,
    requestType: services_comments_pb.Documented,
    responseType: services_comments_pb.Documented,
    requestSerialize: serialize_golden_services_Documented,
    requestDeserialize: deserialize_golden_services_Documented,
    responseSerialize: serialize_golden_services_Documented,
    responseDeserialize: deserialize_golden_services_Documented,
  },
};

exports.CommentedClient = grpc.makeGenericClientConstructor(CommentedService, 'Commented');

// GENERATED CODE -- DO NOT EDIT!

// Original file comments:
// The resource monitor protocol: the engine-side service a running program
// talks to while it declares its resources.
//
'use strict';
var grpc = require('@grpc/grpc-js');
var pulumi_resource_pb = require('./resource_pb.js');
var pulumi_provider_pb = require('./provider_pb.js');
var google_protobuf_empty_pb = require('google-protobuf/google/protobuf/empty_pb.js');
var google_protobuf_struct_pb = require('google-protobuf/google/protobuf/struct_pb.js');

function serialize_google_protobuf_Empty(arg) {
  if (!(arg instanceof google_protobuf_empty_pb.Empty)) {
    throw new Error('Expected argument of type google.protobuf.Empty');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_google_protobuf_Empty(buffer_arg) {
  return google_protobuf_empty_pb.Empty.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_ReadResourceRequest(arg) {
  if (!(arg instanceof pulumi_resource_pb.ReadResourceRequest)) {
    throw new Error('Expected argument of type pulumirpc.ReadResourceRequest');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_ReadResourceRequest(buffer_arg) {
  return pulumi_resource_pb.ReadResourceRequest.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_ReadResourceResponse(arg) {
  if (!(arg instanceof pulumi_resource_pb.ReadResourceResponse)) {
    throw new Error('Expected argument of type pulumirpc.ReadResourceResponse');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_ReadResourceResponse(buffer_arg) {
  return pulumi_resource_pb.ReadResourceResponse.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_RegisterResourceOutputsRequest(arg) {
  if (!(arg instanceof pulumi_resource_pb.RegisterResourceOutputsRequest)) {
    throw new Error('Expected argument of type pulumirpc.RegisterResourceOutputsRequest');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_RegisterResourceOutputsRequest(buffer_arg) {
  return pulumi_resource_pb.RegisterResourceOutputsRequest.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_RegisterResourceRequest(arg) {
  if (!(arg instanceof pulumi_resource_pb.RegisterResourceRequest)) {
    throw new Error('Expected argument of type pulumirpc.RegisterResourceRequest');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_RegisterResourceRequest(buffer_arg) {
  return pulumi_resource_pb.RegisterResourceRequest.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_RegisterResourceResponse(arg) {
  if (!(arg instanceof pulumi_resource_pb.RegisterResourceResponse)) {
    throw new Error('Expected argument of type pulumirpc.RegisterResourceResponse');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_RegisterResourceResponse(buffer_arg) {
  return pulumi_resource_pb.RegisterResourceResponse.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_ResourceInvokeRequest(arg) {
  if (!(arg instanceof pulumi_resource_pb.ResourceInvokeRequest)) {
    throw new Error('Expected argument of type pulumirpc.ResourceInvokeRequest');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_ResourceInvokeRequest(buffer_arg) {
  return pulumi_resource_pb.ResourceInvokeRequest.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_ResourceInvokeResponse(arg) {
  if (!(arg instanceof pulumi_resource_pb.ResourceInvokeResponse)) {
    throw new Error('Expected argument of type pulumirpc.ResourceInvokeResponse');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_ResourceInvokeResponse(buffer_arg) {
  return pulumi_resource_pb.ResourceInvokeResponse.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_SupportsFeatureRequest(arg) {
  if (!(arg instanceof pulumi_resource_pb.SupportsFeatureRequest)) {
    throw new Error('Expected argument of type pulumirpc.SupportsFeatureRequest');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_SupportsFeatureRequest(buffer_arg) {
  return pulumi_resource_pb.SupportsFeatureRequest.deserializeBinary(new Uint8Array(buffer_arg));
}

function serialize_pulumirpc_SupportsFeatureResponse(arg) {
  if (!(arg instanceof pulumi_resource_pb.SupportsFeatureResponse)) {
    throw new Error('Expected argument of type pulumirpc.SupportsFeatureResponse');
  }
  return Buffer.from(arg.serializeBinary());
}

function deserialize_pulumirpc_SupportsFeatureResponse(buffer_arg) {
  return pulumi_resource_pb.SupportsFeatureResponse.deserializeBinary(new Uint8Array(buffer_arg));
}


// Served by the engine for the duration of one program run; its address is
// handed to the program in RunRequest.monitor_address. The program registers
// each resource it declares and waits for the answer before it can resolve the
// resource's outputs. SDKs send many registrations at once, so a monitor must
// serve calls concurrently.
//
// Property bags follow the same conventions as in the provider protocol
// (camelCase property names as the provider expects them, signature-keyed
// special objects, the unknown-value sentinel). Translating names into a
// language's own style is the SDK's job, never the monitor's.
var ResourceMonitorService = exports.ResourceMonitorService = {
  // Ask whether the monitor understands an optional protocol feature, named
// by a string id such as "secrets", "resourceReferences", "outputValues",
// "aliasSpecs" or "deletedWith". Unknown ids must be answered with false,
// not an error; SDKs only use a feature after a positive answer.
supportsFeature: {
    path: '/pulumirpc.ResourceMonitor/SupportsFeature',
    requestStream: false,
    responseStream: false,
    requestType: pulumi_resource_pb.SupportsFeatureRequest,
    responseType: pulumi_resource_pb.SupportsFeatureResponse,
    requestSerialize: serialize_pulumirpc_SupportsFeatureRequest,
    requestDeserialize: deserialize_pulumirpc_SupportsFeatureRequest,
    responseSerialize: serialize_pulumirpc_SupportsFeatureResponse,
    responseDeserialize: deserialize_pulumirpc_SupportsFeatureResponse,
  },
  // Call a provider function on the program's behalf. The monitor finds (or
// loads) the right provider, forwards the call as ResourceProvider.Invoke,
// and passes the result back.
invoke: {
    path: '/pulumirpc.ResourceMonitor/Invoke',
    requestStream: false,
    responseStream: false,
    requestType: pulumi_resource_pb.ResourceInvokeRequest,
    responseType: pulumi_resource_pb.ResourceInvokeResponse,
    requestSerialize: serialize_pulumirpc_ResourceInvokeRequest,
    requestDeserialize: deserialize_pulumirpc_ResourceInvokeRequest,
    responseSerialize: serialize_pulumirpc_ResourceInvokeResponse,
    responseDeserialize: deserialize_pulumirpc_ResourceInvokeResponse,
  },
  // Adopt the state of a resource that exists outside the program (a "get"
// in the SDKs): read it through its provider and record it as external,
// so it is never modified or deleted.
readResource: {
    path: '/pulumirpc.ResourceMonitor/ReadResource',
    requestStream: false,
    responseStream: false,
    requestType: pulumi_resource_pb.ReadResourceRequest,
    responseType: pulumi_resource_pb.ReadResourceResponse,
    requestSerialize: serialize_pulumirpc_ReadResourceRequest,
    requestDeserialize: deserialize_pulumirpc_ReadResourceRequest,
    responseSerialize: serialize_pulumirpc_ReadResourceResponse,
    responseDeserialize: deserialize_pulumirpc_ReadResourceResponse,
  },
  // Declare one resource. For a custom resource the engine checks, diffs and
// then creates, updates or replaces it through its provider; for a
// component it only records it. The call returns once the resource's final
// state is known.
registerResource: {
    path: '/pulumirpc.ResourceMonitor/RegisterResource',
    requestStream: false,
    responseStream: false,
    requestType: pulumi_resource_pb.RegisterResourceRequest,
    responseType: pulumi_resource_pb.RegisterResourceResponse,
    requestSerialize: serialize_pulumirpc_RegisterResourceRequest,
    requestDeserialize: deserialize_pulumirpc_RegisterResourceRequest,
    responseSerialize: serialize_pulumirpc_RegisterResourceResponse,
    responseDeserialize: deserialize_pulumirpc_RegisterResourceResponse,
  },
  // Attach output properties to a resource after its registration, typically
// a component's outputs, or the stack's exports for the root stack resource.
registerResourceOutputs: {
    path: '/pulumirpc.ResourceMonitor/RegisterResourceOutputs',
    requestStream: false,
    responseStream: false,
    requestType: pulumi_resource_pb.RegisterResourceOutputsRequest,
    responseType: google_protobuf_empty_pb.Empty,
    requestSerialize: serialize_pulumirpc_RegisterResourceOutputsRequest,
    requestDeserialize: deserialize_pulumirpc_RegisterResourceOutputsRequest,
    responseSerialize: serialize_google_protobuf_Empty,
    responseDeserialize: deserialize_google_protobuf_Empty,
  },
};

exports.ResourceMonitorClient = grpc.makeGenericClientConstructor(ResourceMonitorService, 'ResourceMonitor');

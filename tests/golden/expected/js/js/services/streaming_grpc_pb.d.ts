// package: golden.services
// file: services/streaming.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as services_streaming_pb from "./streaming_pb";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";
import * as google_protobuf_timestamp_pb from "google-protobuf/google/protobuf/timestamp_pb";

interface IEchoService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    unary: IEchoService_IUnary;
    serverStream: IEchoService_IServerStream;
    clientStream: IEchoService_IClientStream;
    bidi: IEchoService_IBidi;
    old: IEchoService_IOld;
}

interface IEchoService_IUnary extends grpc.MethodDefinition<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply> {
    path: "/golden.services.Echo/Unary";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<services_streaming_pb.EchoRequest>;
    requestDeserialize: grpc.deserialize<services_streaming_pb.EchoRequest>;
    responseSerialize: grpc.serialize<services_streaming_pb.EchoReply>;
    responseDeserialize: grpc.deserialize<services_streaming_pb.EchoReply>;
}
interface IEchoService_IServerStream extends grpc.MethodDefinition<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply> {
    path: "/golden.services.Echo/ServerStream";
    requestStream: false;
    responseStream: true;
    requestSerialize: grpc.serialize<services_streaming_pb.EchoRequest>;
    requestDeserialize: grpc.deserialize<services_streaming_pb.EchoRequest>;
    responseSerialize: grpc.serialize<services_streaming_pb.EchoReply>;
    responseDeserialize: grpc.deserialize<services_streaming_pb.EchoReply>;
}
interface IEchoService_IClientStream extends grpc.MethodDefinition<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply> {
    path: "/golden.services.Echo/ClientStream";
    requestStream: true;
    responseStream: false;
    requestSerialize: grpc.serialize<services_streaming_pb.EchoRequest>;
    requestDeserialize: grpc.deserialize<services_streaming_pb.EchoRequest>;
    responseSerialize: grpc.serialize<services_streaming_pb.EchoReply>;
    responseDeserialize: grpc.deserialize<services_streaming_pb.EchoReply>;
}
interface IEchoService_IBidi extends grpc.MethodDefinition<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply> {
    path: "/golden.services.Echo/Bidi";
    requestStream: true;
    responseStream: true;
    requestSerialize: grpc.serialize<services_streaming_pb.EchoRequest>;
    requestDeserialize: grpc.deserialize<services_streaming_pb.EchoRequest>;
    responseSerialize: grpc.serialize<services_streaming_pb.EchoReply>;
    responseDeserialize: grpc.deserialize<services_streaming_pb.EchoReply>;
}
interface IEchoService_IOld extends grpc.MethodDefinition<google_protobuf_empty_pb.Empty, google_protobuf_struct_pb.Struct> {
    path: "/golden.services.Echo/Old";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    requestDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
    responseSerialize: grpc.serialize<google_protobuf_struct_pb.Struct>;
    responseDeserialize: grpc.deserialize<google_protobuf_struct_pb.Struct>;
}

export const EchoService: IEchoService;

export interface IEchoServer extends grpc.UntypedServiceImplementation {
    unary: grpc.handleUnaryCall<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    serverStream: grpc.handleServerStreamingCall<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    clientStream: grpc.handleClientStreamingCall<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    bidi: grpc.handleBidiStreamingCall<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    old: grpc.handleUnaryCall<google_protobuf_empty_pb.Empty, google_protobuf_struct_pb.Struct>;
}

export interface IEchoClient {
    unary(request: services_streaming_pb.EchoRequest, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientUnaryCall;
    unary(request: services_streaming_pb.EchoRequest, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientUnaryCall;
    unary(request: services_streaming_pb.EchoRequest, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientUnaryCall;
    serverStream(request: services_streaming_pb.EchoRequest, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<services_streaming_pb.EchoReply>;
    serverStream(request: services_streaming_pb.EchoRequest, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<services_streaming_pb.EchoReply>;
    clientStream(callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    clientStream(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    clientStream(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    clientStream(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    bidi(): grpc.ClientDuplexStream<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    bidi(options: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    bidi(metadata: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    old(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_struct_pb.Struct) => void): grpc.ClientUnaryCall;
    old(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_struct_pb.Struct) => void): grpc.ClientUnaryCall;
    old(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_struct_pb.Struct) => void): grpc.ClientUnaryCall;
}

export class EchoClient extends grpc.Client implements IEchoClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public unary(request: services_streaming_pb.EchoRequest, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientUnaryCall;
    public unary(request: services_streaming_pb.EchoRequest, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientUnaryCall;
    public unary(request: services_streaming_pb.EchoRequest, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientUnaryCall;
    public serverStream(request: services_streaming_pb.EchoRequest, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<services_streaming_pb.EchoReply>;
    public serverStream(request: services_streaming_pb.EchoRequest, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<services_streaming_pb.EchoReply>;
    public clientStream(callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    public clientStream(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    public clientStream(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    public clientStream(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_streaming_pb.EchoReply) => void): grpc.ClientWritableStream<services_streaming_pb.EchoRequest>;
    public bidi(options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    public bidi(metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<services_streaming_pb.EchoRequest, services_streaming_pb.EchoReply>;
    public old(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_struct_pb.Struct) => void): grpc.ClientUnaryCall;
    public old(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_struct_pb.Struct) => void): grpc.ClientUnaryCall;
    public old(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_struct_pb.Struct) => void): grpc.ClientUnaryCall;
}

interface IHealthService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    check: IHealthService_ICheck;
}

interface IHealthService_ICheck extends grpc.MethodDefinition<google_protobuf_empty_pb.Empty, google_protobuf_empty_pb.Empty> {
    path: "/golden.services.Health/Check";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    requestDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
    responseSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    responseDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
}

export const HealthService: IHealthService;

export interface IHealthServer extends grpc.UntypedServiceImplementation {
    check: grpc.handleUnaryCall<google_protobuf_empty_pb.Empty, google_protobuf_empty_pb.Empty>;
}

export interface IHealthClient {
    check(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    check(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    check(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
}

export class HealthClient extends grpc.Client implements IHealthClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public check(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public check(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public check(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
}

interface INothingService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
}


export const NothingService: INothingService;

export interface INothingServer extends grpc.UntypedServiceImplementation {
}

export interface INothingClient {
}

export class NothingClient extends grpc.Client implements INothingClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
}

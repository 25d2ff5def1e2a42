// package: test.svc
// file: svc/all.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as svc_all_pb from "./all_pb";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_timestamp_pb from "google-protobuf/google/protobuf/timestamp_pb";
import * as common_types_pb from "../common/types_pb";

interface IMainService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    unary: IMainService_IUnary;
    serverStream: IMainService_IServerStream;
    clientStream: IMainService_IClientStream;
    bidi: IMainService_IBidi;
    empty: IMainService_IEmpty;
    lowerName: IMainService_IlowerName;
    afterTrailing: IMainService_IAfterTrailing;
}

interface IMainService_IUnary extends grpc.MethodDefinition<svc_all_pb.Req, svc_all_pb.Resp> {
    path: "/test.svc.Main/Unary";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<svc_all_pb.Req>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req>;
    responseSerialize: grpc.serialize<svc_all_pb.Resp>;
    responseDeserialize: grpc.deserialize<svc_all_pb.Resp>;
}
interface IMainService_IServerStream extends grpc.MethodDefinition<svc_all_pb.Req, svc_all_pb.Resp> {
    path: "/test.svc.Main/ServerStream";
    requestStream: false;
    responseStream: true;
    requestSerialize: grpc.serialize<svc_all_pb.Req>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req>;
    responseSerialize: grpc.serialize<svc_all_pb.Resp>;
    responseDeserialize: grpc.deserialize<svc_all_pb.Resp>;
}
interface IMainService_IClientStream extends grpc.MethodDefinition<svc_all_pb.Req, svc_all_pb.Resp> {
    path: "/test.svc.Main/ClientStream";
    requestStream: true;
    responseStream: false;
    requestSerialize: grpc.serialize<svc_all_pb.Req>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req>;
    responseSerialize: grpc.serialize<svc_all_pb.Resp>;
    responseDeserialize: grpc.deserialize<svc_all_pb.Resp>;
}
interface IMainService_IBidi extends grpc.MethodDefinition<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner> {
    path: "/test.svc.Main/Bidi";
    requestStream: true;
    responseStream: true;
    requestSerialize: grpc.serialize<svc_all_pb.Req.Nested>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req.Nested>;
    responseSerialize: grpc.serialize<common_types_pb.Thing.Inner>;
    responseDeserialize: grpc.deserialize<common_types_pb.Thing.Inner>;
}
interface IMainService_IEmpty extends grpc.MethodDefinition<google_protobuf_empty_pb.Empty, google_protobuf_empty_pb.Empty> {
    path: "/test.svc.Main/Empty";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    requestDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
    responseSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    responseDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
}
interface IMainService_IlowerName extends grpc.MethodDefinition<svc_all_pb.Req, google_protobuf_empty_pb.Empty> {
    path: "/test.svc.Main/lowerName";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<svc_all_pb.Req>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req>;
    responseSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    responseDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
}
interface IMainService_IAfterTrailing extends grpc.MethodDefinition<svc_all_pb.Req, svc_all_pb.Resp> {
    path: "/test.svc.Main/AfterTrailing";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<svc_all_pb.Req>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req>;
    responseSerialize: grpc.serialize<svc_all_pb.Resp>;
    responseDeserialize: grpc.deserialize<svc_all_pb.Resp>;
}

export const MainService: IMainService;

export interface IMainServer extends grpc.UntypedServiceImplementation {
    unary: grpc.handleUnaryCall<svc_all_pb.Req, svc_all_pb.Resp>;
    serverStream: grpc.handleServerStreamingCall<svc_all_pb.Req, svc_all_pb.Resp>;
    clientStream: grpc.handleClientStreamingCall<svc_all_pb.Req, svc_all_pb.Resp>;
    bidi: grpc.handleBidiStreamingCall<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner>;
    empty: grpc.handleUnaryCall<google_protobuf_empty_pb.Empty, google_protobuf_empty_pb.Empty>;
    lowerName: grpc.handleUnaryCall<svc_all_pb.Req, google_protobuf_empty_pb.Empty>;
    afterTrailing: grpc.handleUnaryCall<svc_all_pb.Req, svc_all_pb.Resp>;
}

export interface IMainClient {
    unary(request: svc_all_pb.Req, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    unary(request: svc_all_pb.Req, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    unary(request: svc_all_pb.Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    serverStream(request: svc_all_pb.Req, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<svc_all_pb.Resp>;
    serverStream(request: svc_all_pb.Req, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<svc_all_pb.Resp>;
    clientStream(callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    clientStream(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    clientStream(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    clientStream(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    bidi(): grpc.ClientDuplexStream<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner>;
    bidi(options: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner>;
    bidi(metadata: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner>;
    empty(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    empty(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    empty(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    lowerName(request: svc_all_pb.Req, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    lowerName(request: svc_all_pb.Req, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    lowerName(request: svc_all_pb.Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    afterTrailing(request: svc_all_pb.Req, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    afterTrailing(request: svc_all_pb.Req, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    afterTrailing(request: svc_all_pb.Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
}

export class MainClient extends grpc.Client implements IMainClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public unary(request: svc_all_pb.Req, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public unary(request: svc_all_pb.Req, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public unary(request: svc_all_pb.Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public serverStream(request: svc_all_pb.Req, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<svc_all_pb.Resp>;
    public serverStream(request: svc_all_pb.Req, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<svc_all_pb.Resp>;
    public clientStream(callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    public clientStream(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    public clientStream(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    public clientStream(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientWritableStream<svc_all_pb.Req>;
    public bidi(options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner>;
    public bidi(metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<svc_all_pb.Req.Nested, common_types_pb.Thing.Inner>;
    public empty(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public empty(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public empty(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public lowerName(request: svc_all_pb.Req, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public lowerName(request: svc_all_pb.Req, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public lowerName(request: svc_all_pb.Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public afterTrailing(request: svc_all_pb.Req, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public afterTrailing(request: svc_all_pb.Req, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public afterTrailing(request: svc_all_pb.Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
}

interface ISecondService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    get: ISecondService_IGet;
}

interface ISecondService_IGet extends grpc.MethodDefinition<common_types_pb.Thing, svc_all_pb.Resp> {
    path: "/test.svc.Second/Get";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<common_types_pb.Thing>;
    requestDeserialize: grpc.deserialize<common_types_pb.Thing>;
    responseSerialize: grpc.serialize<svc_all_pb.Resp>;
    responseDeserialize: grpc.deserialize<svc_all_pb.Resp>;
}

export const SecondService: ISecondService;

export interface ISecondServer extends grpc.UntypedServiceImplementation {
    get: grpc.handleUnaryCall<common_types_pb.Thing, svc_all_pb.Resp>;
}

export interface ISecondClient {
    get(request: common_types_pb.Thing, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    get(request: common_types_pb.Thing, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    get(request: common_types_pb.Thing, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
}

export class SecondClient extends grpc.Client implements ISecondClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public get(request: common_types_pb.Thing, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public get(request: common_types_pb.Thing, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public get(request: common_types_pb.Thing, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
}

interface IThirdService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
}


export const ThirdService: IThirdService;

export interface IThirdServer extends grpc.UntypedServiceImplementation {
}

export interface IThirdClient {
}

export class ThirdClient extends grpc.Client implements IThirdClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
}

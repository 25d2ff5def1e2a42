// package: rt.echo
// file: rt/echo.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as rt_echo_pb from "./echo_pb";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as common_types_pb from "../common/types_pb";

interface IEchoService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    unary: IEchoService_IUnary;
    expand: IEchoService_IExpand;
    collect: IEchoService_ICollect;
    chat: IEchoService_IChat;
    ping: IEchoService_IPing;
}

interface IEchoService_IUnary extends grpc.MethodDefinition<rt_echo_pb.Note, rt_echo_pb.Note> {
    path: "/rt.echo.Echo/Unary";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<rt_echo_pb.Note>;
    requestDeserialize: grpc.deserialize<rt_echo_pb.Note>;
    responseSerialize: grpc.serialize<rt_echo_pb.Note>;
    responseDeserialize: grpc.deserialize<rt_echo_pb.Note>;
}
interface IEchoService_IExpand extends grpc.MethodDefinition<rt_echo_pb.Note, rt_echo_pb.Note> {
    path: "/rt.echo.Echo/Expand";
    requestStream: false;
    responseStream: true;
    requestSerialize: grpc.serialize<rt_echo_pb.Note>;
    requestDeserialize: grpc.deserialize<rt_echo_pb.Note>;
    responseSerialize: grpc.serialize<rt_echo_pb.Note>;
    responseDeserialize: grpc.deserialize<rt_echo_pb.Note>;
}
interface IEchoService_ICollect extends grpc.MethodDefinition<rt_echo_pb.Note, rt_echo_pb.Summary> {
    path: "/rt.echo.Echo/Collect";
    requestStream: true;
    responseStream: false;
    requestSerialize: grpc.serialize<rt_echo_pb.Note>;
    requestDeserialize: grpc.deserialize<rt_echo_pb.Note>;
    responseSerialize: grpc.serialize<rt_echo_pb.Summary>;
    responseDeserialize: grpc.deserialize<rt_echo_pb.Summary>;
}
interface IEchoService_IChat extends grpc.MethodDefinition<rt_echo_pb.Note, rt_echo_pb.Note> {
    path: "/rt.echo.Echo/Chat";
    requestStream: true;
    responseStream: true;
    requestSerialize: grpc.serialize<rt_echo_pb.Note>;
    requestDeserialize: grpc.deserialize<rt_echo_pb.Note>;
    responseSerialize: grpc.serialize<rt_echo_pb.Note>;
    responseDeserialize: grpc.deserialize<rt_echo_pb.Note>;
}
interface IEchoService_IPing extends grpc.MethodDefinition<google_protobuf_empty_pb.Empty, google_protobuf_empty_pb.Empty> {
    path: "/rt.echo.Echo/Ping";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    requestDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
    responseSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    responseDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
}

export const EchoService: IEchoService;

export interface IEchoServer extends grpc.UntypedServiceImplementation {
    unary: grpc.handleUnaryCall<rt_echo_pb.Note, rt_echo_pb.Note>;
    expand: grpc.handleServerStreamingCall<rt_echo_pb.Note, rt_echo_pb.Note>;
    collect: grpc.handleClientStreamingCall<rt_echo_pb.Note, rt_echo_pb.Summary>;
    chat: grpc.handleBidiStreamingCall<rt_echo_pb.Note, rt_echo_pb.Note>;
    ping: grpc.handleUnaryCall<google_protobuf_empty_pb.Empty, google_protobuf_empty_pb.Empty>;
}

export interface IEchoClient {
    unary(request: rt_echo_pb.Note, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Note) => void): grpc.ClientUnaryCall;
    unary(request: rt_echo_pb.Note, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Note) => void): grpc.ClientUnaryCall;
    unary(request: rt_echo_pb.Note, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Note) => void): grpc.ClientUnaryCall;
    expand(request: rt_echo_pb.Note, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<rt_echo_pb.Note>;
    expand(request: rt_echo_pb.Note, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<rt_echo_pb.Note>;
    collect(callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    collect(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    collect(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    collect(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    chat(): grpc.ClientDuplexStream<rt_echo_pb.Note, rt_echo_pb.Note>;
    chat(options: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<rt_echo_pb.Note, rt_echo_pb.Note>;
    chat(metadata: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<rt_echo_pb.Note, rt_echo_pb.Note>;
    ping(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    ping(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    ping(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
}

export class EchoClient extends grpc.Client implements IEchoClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public unary(request: rt_echo_pb.Note, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Note) => void): grpc.ClientUnaryCall;
    public unary(request: rt_echo_pb.Note, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Note) => void): grpc.ClientUnaryCall;
    public unary(request: rt_echo_pb.Note, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Note) => void): grpc.ClientUnaryCall;
    public expand(request: rt_echo_pb.Note, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<rt_echo_pb.Note>;
    public expand(request: rt_echo_pb.Note, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<rt_echo_pb.Note>;
    public collect(callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    public collect(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    public collect(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    public collect(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: rt_echo_pb.Summary) => void): grpc.ClientWritableStream<rt_echo_pb.Note>;
    public chat(options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<rt_echo_pb.Note, rt_echo_pb.Note>;
    public chat(metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<rt_echo_pb.Note, rt_echo_pb.Note>;
    public ping(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public ping(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
    public ping(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: google_protobuf_empty_pb.Empty) => void): grpc.ClientUnaryCall;
}

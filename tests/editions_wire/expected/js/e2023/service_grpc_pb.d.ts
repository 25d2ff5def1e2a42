// package: ed.service
// file: e2023/service.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as e2023_service_pb from "./service_pb";
import * as e2023_encoding_pb from "./encoding_pb";
import * as e2023_presence_pb from "./presence_pb";

interface IEchoService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    unary: IEchoService_IUnary;
    scalars: IEchoService_IScalars;
    collect: IEchoService_ICollect;
    chat: IEchoService_IChat;
}

interface IEchoService_IUnary extends grpc.MethodDefinition<e2023_service_pb.Ping, e2023_service_pb.Ping> {
    path: "/ed.service.Echo/Unary";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<e2023_service_pb.Ping>;
    requestDeserialize: grpc.deserialize<e2023_service_pb.Ping>;
    responseSerialize: grpc.serialize<e2023_service_pb.Ping>;
    responseDeserialize: grpc.deserialize<e2023_service_pb.Ping>;
}
interface IEchoService_IScalars extends grpc.MethodDefinition<e2023_presence_pb.Scalars, e2023_presence_pb.Scalars> {
    path: "/ed.service.Echo/Scalars";
    requestStream: false;
    responseStream: true;
    requestSerialize: grpc.serialize<e2023_presence_pb.Scalars>;
    requestDeserialize: grpc.deserialize<e2023_presence_pb.Scalars>;
    responseSerialize: grpc.serialize<e2023_presence_pb.Scalars>;
    responseDeserialize: grpc.deserialize<e2023_presence_pb.Scalars>;
}
interface IEchoService_ICollect extends grpc.MethodDefinition<e2023_encoding_pb.Delimited, e2023_encoding_pb.Repeated> {
    path: "/ed.service.Echo/Collect";
    requestStream: true;
    responseStream: false;
    requestSerialize: grpc.serialize<e2023_encoding_pb.Delimited>;
    requestDeserialize: grpc.deserialize<e2023_encoding_pb.Delimited>;
    responseSerialize: grpc.serialize<e2023_encoding_pb.Repeated>;
    responseDeserialize: grpc.deserialize<e2023_encoding_pb.Repeated>;
}
interface IEchoService_IChat extends grpc.MethodDefinition<e2023_service_pb.Ping, e2023_service_pb.Ping> {
    path: "/ed.service.Echo/Chat";
    requestStream: true;
    responseStream: true;
    requestSerialize: grpc.serialize<e2023_service_pb.Ping>;
    requestDeserialize: grpc.deserialize<e2023_service_pb.Ping>;
    responseSerialize: grpc.serialize<e2023_service_pb.Ping>;
    responseDeserialize: grpc.deserialize<e2023_service_pb.Ping>;
}

export const EchoService: IEchoService;

export interface IEchoServer extends grpc.UntypedServiceImplementation {
    unary: grpc.handleUnaryCall<e2023_service_pb.Ping, e2023_service_pb.Ping>;
    scalars: grpc.handleServerStreamingCall<e2023_presence_pb.Scalars, e2023_presence_pb.Scalars>;
    collect: grpc.handleClientStreamingCall<e2023_encoding_pb.Delimited, e2023_encoding_pb.Repeated>;
    chat: grpc.handleBidiStreamingCall<e2023_service_pb.Ping, e2023_service_pb.Ping>;
}

export interface IEchoClient {
    unary(request: e2023_service_pb.Ping, callback: (error: grpc.ServiceError | null, response: e2023_service_pb.Ping) => void): grpc.ClientUnaryCall;
    unary(request: e2023_service_pb.Ping, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: e2023_service_pb.Ping) => void): grpc.ClientUnaryCall;
    unary(request: e2023_service_pb.Ping, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2023_service_pb.Ping) => void): grpc.ClientUnaryCall;
    scalars(request: e2023_presence_pb.Scalars, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<e2023_presence_pb.Scalars>;
    scalars(request: e2023_presence_pb.Scalars, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<e2023_presence_pb.Scalars>;
    collect(callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    collect(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    collect(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    collect(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    chat(): grpc.ClientDuplexStream<e2023_service_pb.Ping, e2023_service_pb.Ping>;
    chat(options: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<e2023_service_pb.Ping, e2023_service_pb.Ping>;
    chat(metadata: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<e2023_service_pb.Ping, e2023_service_pb.Ping>;
}

export class EchoClient extends grpc.Client implements IEchoClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public unary(request: e2023_service_pb.Ping, callback: (error: grpc.ServiceError | null, response: e2023_service_pb.Ping) => void): grpc.ClientUnaryCall;
    public unary(request: e2023_service_pb.Ping, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: e2023_service_pb.Ping) => void): grpc.ClientUnaryCall;
    public unary(request: e2023_service_pb.Ping, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2023_service_pb.Ping) => void): grpc.ClientUnaryCall;
    public scalars(request: e2023_presence_pb.Scalars, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<e2023_presence_pb.Scalars>;
    public scalars(request: e2023_presence_pb.Scalars, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<e2023_presence_pb.Scalars>;
    public collect(callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    public collect(metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    public collect(options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    public collect(metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2023_encoding_pb.Repeated) => void): grpc.ClientWritableStream<e2023_encoding_pb.Delimited>;
    public chat(options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<e2023_service_pb.Ping, e2023_service_pb.Ping>;
    public chat(metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<e2023_service_pb.Ping, e2023_service_pb.Ping>;
}

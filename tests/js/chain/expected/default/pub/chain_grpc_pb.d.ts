// package: chain
// file: pub/chain.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as pub_chain_pb from "./chain_pb";
import * as pub_only_public_pb from "./only_public_pb";
import * as pub_base_pb from "./base_pb";

interface ISvcService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    get: ISvcService_IGet;
    inners: ISvcService_IInners;
}

interface ISvcService_IGet extends grpc.MethodDefinition<pub_base_pb.Base, pub_chain_pb.Holder> {
    path: "/chain.Svc/Get";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<pub_base_pb.Base>;
    requestDeserialize: grpc.deserialize<pub_base_pb.Base>;
    responseSerialize: grpc.serialize<pub_chain_pb.Holder>;
    responseDeserialize: grpc.deserialize<pub_chain_pb.Holder>;
}
interface ISvcService_IInners extends grpc.MethodDefinition<pub_chain_pb.Holder, pub_base_pb.Base.Inner> {
    path: "/chain.Svc/Inners";
    requestStream: false;
    responseStream: true;
    requestSerialize: grpc.serialize<pub_chain_pb.Holder>;
    requestDeserialize: grpc.deserialize<pub_chain_pb.Holder>;
    responseSerialize: grpc.serialize<pub_base_pb.Base.Inner>;
    responseDeserialize: grpc.deserialize<pub_base_pb.Base.Inner>;
}

export const SvcService: ISvcService;

export interface ISvcServer extends grpc.UntypedServiceImplementation {
    get: grpc.handleUnaryCall<pub_base_pb.Base, pub_chain_pb.Holder>;
    inners: grpc.handleServerStreamingCall<pub_chain_pb.Holder, pub_base_pb.Base.Inner>;
}

export interface ISvcClient {
    get(request: pub_base_pb.Base, callback: (error: grpc.ServiceError | null, response: pub_chain_pb.Holder) => void): grpc.ClientUnaryCall;
    get(request: pub_base_pb.Base, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pub_chain_pb.Holder) => void): grpc.ClientUnaryCall;
    get(request: pub_base_pb.Base, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pub_chain_pb.Holder) => void): grpc.ClientUnaryCall;
    inners(request: pub_chain_pb.Holder, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pub_base_pb.Base.Inner>;
    inners(request: pub_chain_pb.Holder, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pub_base_pb.Base.Inner>;
}

export class SvcClient extends grpc.Client implements ISvcClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public get(request: pub_base_pb.Base, callback: (error: grpc.ServiceError | null, response: pub_chain_pb.Holder) => void): grpc.ClientUnaryCall;
    public get(request: pub_base_pb.Base, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pub_chain_pb.Holder) => void): grpc.ClientUnaryCall;
    public get(request: pub_base_pb.Base, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pub_chain_pb.Holder) => void): grpc.ClientUnaryCall;
    public inners(request: pub_chain_pb.Holder, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pub_base_pb.Base.Inner>;
    public inners(request: pub_chain_pb.Holder, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pub_base_pb.Base.Inner>;
}

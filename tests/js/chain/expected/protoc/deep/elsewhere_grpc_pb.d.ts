// package: deep
// file: deep/elsewhere.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as deep_elsewhere_pb from "../deep/elsewhere_pb";
import * as pub_outer_pb from "../pub/outer_pb";
import * as pub_only_public_pb from "../pub/only_public_pb";
import * as pub_base_pb from "../pub/base_pb";

interface IFarService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    echo: IFarService_IEcho;
}

interface IFarService_IEcho extends grpc.MethodDefinition<pub_base_pb.Base, pub_outer_pb.Outer> {
    path: "/deep.Far/Echo";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<pub_base_pb.Base>;
    requestDeserialize: grpc.deserialize<pub_base_pb.Base>;
    responseSerialize: grpc.serialize<pub_outer_pb.Outer>;
    responseDeserialize: grpc.deserialize<pub_outer_pb.Outer>;
}

export const FarService: IFarService;

export interface IFarServer extends grpc.UntypedServiceImplementation {
    echo: grpc.handleUnaryCall<pub_base_pb.Base, pub_outer_pb.Outer>;
}

export interface IFarClient {
    echo(request: pub_base_pb.Base, callback: (error: grpc.ServiceError | null, response: pub_outer_pb.Outer) => void): grpc.ClientUnaryCall;
    echo(request: pub_base_pb.Base, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pub_outer_pb.Outer) => void): grpc.ClientUnaryCall;
    echo(request: pub_base_pb.Base, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pub_outer_pb.Outer) => void): grpc.ClientUnaryCall;
}

export class FarClient extends grpc.Client implements IFarClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public echo(request: pub_base_pb.Base, callback: (error: grpc.ServiceError | null, response: pub_outer_pb.Outer) => void): grpc.ClientUnaryCall;
    public echo(request: pub_base_pb.Base, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pub_outer_pb.Outer) => void): grpc.ClientUnaryCall;
    public echo(request: pub_base_pb.Base, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pub_outer_pb.Outer) => void): grpc.ClientUnaryCall;
}

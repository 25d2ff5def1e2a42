// package: golden.cross.beta
// file: cross/beta/z.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as cross_beta_z_pb from "./z_pb";
import * as cross_alpha_w_pb from "../alpha/w_pb";
import * as cross_alpha_x_pb from "../alpha/x_pb";

interface IBridgeService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    cross: IBridgeService_ICross;
}

interface IBridgeService_ICross extends grpc.MethodDefinition<cross_alpha_x_pb.X, cross_beta_z_pb.Z> {
    path: "/golden.cross.beta.Bridge/Cross";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<cross_alpha_x_pb.X>;
    requestDeserialize: grpc.deserialize<cross_alpha_x_pb.X>;
    responseSerialize: grpc.serialize<cross_beta_z_pb.Z>;
    responseDeserialize: grpc.deserialize<cross_beta_z_pb.Z>;
}

export const BridgeService: IBridgeService;

export interface IBridgeServer extends grpc.UntypedServiceImplementation {
    cross: grpc.handleUnaryCall<cross_alpha_x_pb.X, cross_beta_z_pb.Z>;
}

export interface IBridgeClient {
    cross(request: cross_alpha_x_pb.X, callback: (error: grpc.ServiceError | null, response: cross_beta_z_pb.Z) => void): grpc.ClientUnaryCall;
    cross(request: cross_alpha_x_pb.X, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: cross_beta_z_pb.Z) => void): grpc.ClientUnaryCall;
    cross(request: cross_alpha_x_pb.X, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: cross_beta_z_pb.Z) => void): grpc.ClientUnaryCall;
}

export class BridgeClient extends grpc.Client implements IBridgeClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public cross(request: cross_alpha_x_pb.X, callback: (error: grpc.ServiceError | null, response: cross_beta_z_pb.Z) => void): grpc.ClientUnaryCall;
    public cross(request: cross_alpha_x_pb.X, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: cross_beta_z_pb.Z) => void): grpc.ClientUnaryCall;
    public cross(request: cross_alpha_x_pb.X, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: cross_beta_z_pb.Z) => void): grpc.ClientUnaryCall;
}

// package: dash.v1
// file: dash-name.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as dash_name_pb from "./dash-name_pb";
import * as common_types_pb from "./common/types_pb";

interface IDashService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    do: IDashService_IDo;
}

interface IDashService_IDo extends grpc.MethodDefinition<common_types_pb.Thing, common_types_pb.Thing> {
    path: "/dash.v1.Dash/Do";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<common_types_pb.Thing>;
    requestDeserialize: grpc.deserialize<common_types_pb.Thing>;
    responseSerialize: grpc.serialize<common_types_pb.Thing>;
    responseDeserialize: grpc.deserialize<common_types_pb.Thing>;
}

export const DashService: IDashService;

export interface IDashServer extends grpc.UntypedServiceImplementation {
    do: grpc.handleUnaryCall<common_types_pb.Thing, common_types_pb.Thing>;
}

export interface IDashClient {
    do(request: common_types_pb.Thing, callback: (error: grpc.ServiceError | null, response: common_types_pb.Thing) => void): grpc.ClientUnaryCall;
    do(request: common_types_pb.Thing, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: common_types_pb.Thing) => void): grpc.ClientUnaryCall;
    do(request: common_types_pb.Thing, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: common_types_pb.Thing) => void): grpc.ClientUnaryCall;
}

export class DashClient extends grpc.Client implements IDashClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public do(request: common_types_pb.Thing, callback: (error: grpc.ServiceError | null, response: common_types_pb.Thing) => void): grpc.ClientUnaryCall;
    public do(request: common_types_pb.Thing, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: common_types_pb.Thing) => void): grpc.ClientUnaryCall;
    public do(request: common_types_pb.Thing, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: common_types_pb.Thing) => void): grpc.ClientUnaryCall;
}

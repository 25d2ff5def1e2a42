// package: golden.options
// file: options/uses.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as options_uses_pb from "./uses_pb";
import * as options_custom_pb from "./custom_pb";

interface IAdminService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    reset: IAdminService_IReset;
}

interface IAdminService_IReset extends grpc.MethodDefinition<options_uses_pb.Audited, options_uses_pb.Audited> {
    path: "/golden.options.Admin/Reset";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<options_uses_pb.Audited>;
    requestDeserialize: grpc.deserialize<options_uses_pb.Audited>;
    responseSerialize: grpc.serialize<options_uses_pb.Audited>;
    responseDeserialize: grpc.deserialize<options_uses_pb.Audited>;
}

export const AdminService: IAdminService;

export interface IAdminServer extends grpc.UntypedServiceImplementation {
    reset: grpc.handleUnaryCall<options_uses_pb.Audited, options_uses_pb.Audited>;
}

export interface IAdminClient {
    reset(request: options_uses_pb.Audited, callback: (error: grpc.ServiceError | null, response: options_uses_pb.Audited) => void): grpc.ClientUnaryCall;
    reset(request: options_uses_pb.Audited, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: options_uses_pb.Audited) => void): grpc.ClientUnaryCall;
    reset(request: options_uses_pb.Audited, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: options_uses_pb.Audited) => void): grpc.ClientUnaryCall;
}

export class AdminClient extends grpc.Client implements IAdminClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public reset(request: options_uses_pb.Audited, callback: (error: grpc.ServiceError | null, response: options_uses_pb.Audited) => void): grpc.ClientUnaryCall;
    public reset(request: options_uses_pb.Audited, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: options_uses_pb.Audited) => void): grpc.ClientUnaryCall;
    public reset(request: options_uses_pb.Audited, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: options_uses_pb.Audited) => void): grpc.ClientUnaryCall;
}

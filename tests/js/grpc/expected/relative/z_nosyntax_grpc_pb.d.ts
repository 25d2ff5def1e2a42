// package: nosyntax
// file: z_nosyntax.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as z_nosyntax_pb from "./z_nosyntax_pb";

interface ISService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    go: ISService_IGo;
}

interface ISService_IGo extends grpc.MethodDefinition<z_nosyntax_pb.M, z_nosyntax_pb.M> {
    path: "/nosyntax.S/Go";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<z_nosyntax_pb.M>;
    requestDeserialize: grpc.deserialize<z_nosyntax_pb.M>;
    responseSerialize: grpc.serialize<z_nosyntax_pb.M>;
    responseDeserialize: grpc.deserialize<z_nosyntax_pb.M>;
}

export const SService: ISService;

export interface ISServer extends grpc.UntypedServiceImplementation {
    go: grpc.handleUnaryCall<z_nosyntax_pb.M, z_nosyntax_pb.M>;
}

export interface ISClient {
    go(request: z_nosyntax_pb.M, callback: (error: grpc.ServiceError | null, response: z_nosyntax_pb.M) => void): grpc.ClientUnaryCall;
    go(request: z_nosyntax_pb.M, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: z_nosyntax_pb.M) => void): grpc.ClientUnaryCall;
    go(request: z_nosyntax_pb.M, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: z_nosyntax_pb.M) => void): grpc.ClientUnaryCall;
}

export class SClient extends grpc.Client implements ISClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public go(request: z_nosyntax_pb.M, callback: (error: grpc.ServiceError | null, response: z_nosyntax_pb.M) => void): grpc.ClientUnaryCall;
    public go(request: z_nosyntax_pb.M, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: z_nosyntax_pb.M) => void): grpc.ClientUnaryCall;
    public go(request: z_nosyntax_pb.M, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: z_nosyntax_pb.M) => void): grpc.ClientUnaryCall;
}

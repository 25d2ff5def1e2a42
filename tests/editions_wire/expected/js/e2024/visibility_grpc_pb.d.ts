// package: ed.vis
// file: e2024/visibility.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as e2024_visibility_pb from "./visibility_pb";
import * as e2023_presence_pb from "../e2023/presence_pb";

interface ILookupService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    find: ILookupService_Ifind;
}

interface ILookupService_Ifind extends grpc.MethodDefinition<e2024_visibility_pb.Visible, e2024_visibility_pb.Visible.Shared> {
    path: "/ed.vis.Lookup/find";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<e2024_visibility_pb.Visible>;
    requestDeserialize: grpc.deserialize<e2024_visibility_pb.Visible>;
    responseSerialize: grpc.serialize<e2024_visibility_pb.Visible.Shared>;
    responseDeserialize: grpc.deserialize<e2024_visibility_pb.Visible.Shared>;
}

export const LookupService: ILookupService;

export interface ILookupServer extends grpc.UntypedServiceImplementation {
    find: grpc.handleUnaryCall<e2024_visibility_pb.Visible, e2024_visibility_pb.Visible.Shared>;
}

export interface ILookupClient {
    find(request: e2024_visibility_pb.Visible, callback: (error: grpc.ServiceError | null, response: e2024_visibility_pb.Visible.Shared) => void): grpc.ClientUnaryCall;
    find(request: e2024_visibility_pb.Visible, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: e2024_visibility_pb.Visible.Shared) => void): grpc.ClientUnaryCall;
    find(request: e2024_visibility_pb.Visible, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2024_visibility_pb.Visible.Shared) => void): grpc.ClientUnaryCall;
}

export class LookupClient extends grpc.Client implements ILookupClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public find(request: e2024_visibility_pb.Visible, callback: (error: grpc.ServiceError | null, response: e2024_visibility_pb.Visible.Shared) => void): grpc.ClientUnaryCall;
    public find(request: e2024_visibility_pb.Visible, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: e2024_visibility_pb.Visible.Shared) => void): grpc.ClientUnaryCall;
    public find(request: e2024_visibility_pb.Visible, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: e2024_visibility_pb.Visible.Shared) => void): grpc.ClientUnaryCall;
}

// package: test.p2
// file: p2/legacy.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as p2_legacy_pb from "./legacy_pb";

interface ILegacyServiceService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    call: ILegacyServiceService_ICall;
}

interface ILegacyServiceService_ICall extends grpc.MethodDefinition<p2_legacy_pb.Legacy, p2_legacy_pb.Legacy> {
    path: "/test.p2.LegacyService/Call";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<p2_legacy_pb.Legacy>;
    requestDeserialize: grpc.deserialize<p2_legacy_pb.Legacy>;
    responseSerialize: grpc.serialize<p2_legacy_pb.Legacy>;
    responseDeserialize: grpc.deserialize<p2_legacy_pb.Legacy>;
}

export const LegacyServiceService: ILegacyServiceService;

export interface ILegacyServiceServer extends grpc.UntypedServiceImplementation {
    call: grpc.handleUnaryCall<p2_legacy_pb.Legacy, p2_legacy_pb.Legacy>;
}

export interface ILegacyServiceClient {
    call(request: p2_legacy_pb.Legacy, callback: (error: grpc.ServiceError | null, response: p2_legacy_pb.Legacy) => void): grpc.ClientUnaryCall;
    call(request: p2_legacy_pb.Legacy, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: p2_legacy_pb.Legacy) => void): grpc.ClientUnaryCall;
    call(request: p2_legacy_pb.Legacy, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: p2_legacy_pb.Legacy) => void): grpc.ClientUnaryCall;
}

export class LegacyServiceClient extends grpc.Client implements ILegacyServiceClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public call(request: p2_legacy_pb.Legacy, callback: (error: grpc.ServiceError | null, response: p2_legacy_pb.Legacy) => void): grpc.ClientUnaryCall;
    public call(request: p2_legacy_pb.Legacy, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: p2_legacy_pb.Legacy) => void): grpc.ClientUnaryCall;
    public call(request: p2_legacy_pb.Legacy, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: p2_legacy_pb.Legacy) => void): grpc.ClientUnaryCall;
}

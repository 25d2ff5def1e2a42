// package: 
// file: nopackage.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as nopackage_pb from "./nopackage_pb";

interface IBareService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    ping: IBareService_IPing;
}

interface IBareService_IPing extends grpc.MethodDefinition<nopackage_pb.Packageless, nopackage_pb.Packageless> {
    path: "/Bare/Ping";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<nopackage_pb.Packageless>;
    requestDeserialize: grpc.deserialize<nopackage_pb.Packageless>;
    responseSerialize: grpc.serialize<nopackage_pb.Packageless>;
    responseDeserialize: grpc.deserialize<nopackage_pb.Packageless>;
}

export const BareService: IBareService;

export interface IBareServer extends grpc.UntypedServiceImplementation {
    ping: grpc.handleUnaryCall<nopackage_pb.Packageless, nopackage_pb.Packageless>;
}

export interface IBareClient {
    ping(request: nopackage_pb.Packageless, callback: (error: grpc.ServiceError | null, response: nopackage_pb.Packageless) => void): grpc.ClientUnaryCall;
    ping(request: nopackage_pb.Packageless, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: nopackage_pb.Packageless) => void): grpc.ClientUnaryCall;
    ping(request: nopackage_pb.Packageless, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: nopackage_pb.Packageless) => void): grpc.ClientUnaryCall;
}

export class BareClient extends grpc.Client implements IBareClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public ping(request: nopackage_pb.Packageless, callback: (error: grpc.ServiceError | null, response: nopackage_pb.Packageless) => void): grpc.ClientUnaryCall;
    public ping(request: nopackage_pb.Packageless, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: nopackage_pb.Packageless) => void): grpc.ClientUnaryCall;
    public ping(request: nopackage_pb.Packageless, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: nopackage_pb.Packageless) => void): grpc.ClientUnaryCall;
}

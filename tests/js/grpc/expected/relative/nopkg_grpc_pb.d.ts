// package: 
// file: nopkg.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as nopkg_pb from "./nopkg_pb";
import * as common_types_pb from "./common/types_pb";

interface IPingerService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    doPing: IPingerService_IDoPing;
    thing: IPingerService_IThing;
}

interface IPingerService_IDoPing extends grpc.MethodDefinition<nopkg_pb.Ping, nopkg_pb.Ping.Deep> {
    path: "/Pinger/DoPing";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<nopkg_pb.Ping>;
    requestDeserialize: grpc.deserialize<nopkg_pb.Ping>;
    responseSerialize: grpc.serialize<nopkg_pb.Ping.Deep>;
    responseDeserialize: grpc.deserialize<nopkg_pb.Ping.Deep>;
}
interface IPingerService_IThing extends grpc.MethodDefinition<common_types_pb.Thing, nopkg_pb.Ping> {
    path: "/Pinger/Thing";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<common_types_pb.Thing>;
    requestDeserialize: grpc.deserialize<common_types_pb.Thing>;
    responseSerialize: grpc.serialize<nopkg_pb.Ping>;
    responseDeserialize: grpc.deserialize<nopkg_pb.Ping>;
}

export const PingerService: IPingerService;

export interface IPingerServer extends grpc.UntypedServiceImplementation {
    doPing: grpc.handleUnaryCall<nopkg_pb.Ping, nopkg_pb.Ping.Deep>;
    thing: grpc.handleUnaryCall<common_types_pb.Thing, nopkg_pb.Ping>;
}

export interface IPingerClient {
    doPing(request: nopkg_pb.Ping, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping.Deep) => void): grpc.ClientUnaryCall;
    doPing(request: nopkg_pb.Ping, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping.Deep) => void): grpc.ClientUnaryCall;
    doPing(request: nopkg_pb.Ping, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping.Deep) => void): grpc.ClientUnaryCall;
    thing(request: common_types_pb.Thing, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping) => void): grpc.ClientUnaryCall;
    thing(request: common_types_pb.Thing, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping) => void): grpc.ClientUnaryCall;
    thing(request: common_types_pb.Thing, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping) => void): grpc.ClientUnaryCall;
}

export class PingerClient extends grpc.Client implements IPingerClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public doPing(request: nopkg_pb.Ping, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping.Deep) => void): grpc.ClientUnaryCall;
    public doPing(request: nopkg_pb.Ping, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping.Deep) => void): grpc.ClientUnaryCall;
    public doPing(request: nopkg_pb.Ping, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping.Deep) => void): grpc.ClientUnaryCall;
    public thing(request: common_types_pb.Thing, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping) => void): grpc.ClientUnaryCall;
    public thing(request: common_types_pb.Thing, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping) => void): grpc.ClientUnaryCall;
    public thing(request: common_types_pb.Thing, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: nopkg_pb.Ping) => void): grpc.ClientUnaryCall;
}

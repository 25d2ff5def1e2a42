// package: y
// file: y/edge.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as y_edge_pb from "./edge_pb";
import * as x_base_pb from "../x/base_pb";
import * as x_reexport_pb from "../x/reexport_pb";
import * as google_protobuf_descriptor_pb from "google-protobuf/google/protobuf/descriptor_pb";
import * as x_pub_pb from "../x/pub_pb";

interface IlowerServiceService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    get_thing: IlowerServiceService_Iget_thing;
    re: IlowerServiceService_IRe;
    star: IlowerServiceService_IStar;
    detached: IlowerServiceService_IDetached;
    spaced: IlowerServiceService_ISpaced;
}

interface IlowerServiceService_Iget_thing extends grpc.MethodDefinition<y_edge_pb.AllMaps, x_base_pb.Base> {
    path: "/y.lowerService/get_thing";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<y_edge_pb.AllMaps>;
    requestDeserialize: grpc.deserialize<y_edge_pb.AllMaps>;
    responseSerialize: grpc.serialize<x_base_pb.Base>;
    responseDeserialize: grpc.deserialize<x_base_pb.Base>;
}
interface IlowerServiceService_IRe extends grpc.MethodDefinition<x_reexport_pb.Local, x_pub_pb.PubMsg> {
    path: "/y.lowerService/Re";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<x_reexport_pb.Local>;
    requestDeserialize: grpc.deserialize<x_reexport_pb.Local>;
    responseSerialize: grpc.serialize<x_pub_pb.PubMsg>;
    responseDeserialize: grpc.deserialize<x_pub_pb.PubMsg>;
}
interface IlowerServiceService_IStar extends grpc.MethodDefinition<x_base_pb.Extension, y_edge_pb.AllMaps> {
    path: "/y.lowerService/Star";
    requestStream: true;
    responseStream: true;
    requestSerialize: grpc.serialize<x_base_pb.Extension>;
    requestDeserialize: grpc.deserialize<x_base_pb.Extension>;
    responseSerialize: grpc.serialize<y_edge_pb.AllMaps>;
    responseDeserialize: grpc.deserialize<y_edge_pb.AllMaps>;
}
interface IlowerServiceService_IDetached extends grpc.MethodDefinition<y_edge_pb.AllMaps, y_edge_pb.AllMaps> {
    path: "/y.lowerService/Detached";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<y_edge_pb.AllMaps>;
    requestDeserialize: grpc.deserialize<y_edge_pb.AllMaps>;
    responseSerialize: grpc.serialize<y_edge_pb.AllMaps>;
    responseDeserialize: grpc.deserialize<y_edge_pb.AllMaps>;
}
interface IlowerServiceService_ISpaced extends grpc.MethodDefinition<y_edge_pb.AllMaps, y_edge_pb.AllMaps> {
    path: "/y.lowerService/Spaced";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<y_edge_pb.AllMaps>;
    requestDeserialize: grpc.deserialize<y_edge_pb.AllMaps>;
    responseSerialize: grpc.serialize<y_edge_pb.AllMaps>;
    responseDeserialize: grpc.deserialize<y_edge_pb.AllMaps>;
}

export const lowerServiceService: IlowerServiceService;

export interface IlowerServiceServer extends grpc.UntypedServiceImplementation {
    get_thing: grpc.handleUnaryCall<y_edge_pb.AllMaps, x_base_pb.Base>;
    re: grpc.handleUnaryCall<x_reexport_pb.Local, x_pub_pb.PubMsg>;
    star: grpc.handleBidiStreamingCall<x_base_pb.Extension, y_edge_pb.AllMaps>;
    detached: grpc.handleUnaryCall<y_edge_pb.AllMaps, y_edge_pb.AllMaps>;
    spaced: grpc.handleUnaryCall<y_edge_pb.AllMaps, y_edge_pb.AllMaps>;
}

export interface IlowerServiceClient {
    get_thing(request: y_edge_pb.AllMaps, callback: (error: grpc.ServiceError | null, response: x_base_pb.Base) => void): grpc.ClientUnaryCall;
    get_thing(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: x_base_pb.Base) => void): grpc.ClientUnaryCall;
    get_thing(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: x_base_pb.Base) => void): grpc.ClientUnaryCall;
    re(request: x_reexport_pb.Local, callback: (error: grpc.ServiceError | null, response: x_pub_pb.PubMsg) => void): grpc.ClientUnaryCall;
    re(request: x_reexport_pb.Local, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: x_pub_pb.PubMsg) => void): grpc.ClientUnaryCall;
    re(request: x_reexport_pb.Local, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: x_pub_pb.PubMsg) => void): grpc.ClientUnaryCall;
    star(): grpc.ClientDuplexStream<x_base_pb.Extension, y_edge_pb.AllMaps>;
    star(options: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<x_base_pb.Extension, y_edge_pb.AllMaps>;
    star(metadata: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<x_base_pb.Extension, y_edge_pb.AllMaps>;
    detached(request: y_edge_pb.AllMaps, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    detached(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    detached(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    spaced(request: y_edge_pb.AllMaps, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    spaced(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    spaced(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
}

export class lowerServiceClient extends grpc.Client implements IlowerServiceClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public get_thing(request: y_edge_pb.AllMaps, callback: (error: grpc.ServiceError | null, response: x_base_pb.Base) => void): grpc.ClientUnaryCall;
    public get_thing(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: x_base_pb.Base) => void): grpc.ClientUnaryCall;
    public get_thing(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: x_base_pb.Base) => void): grpc.ClientUnaryCall;
    public re(request: x_reexport_pb.Local, callback: (error: grpc.ServiceError | null, response: x_pub_pb.PubMsg) => void): grpc.ClientUnaryCall;
    public re(request: x_reexport_pb.Local, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: x_pub_pb.PubMsg) => void): grpc.ClientUnaryCall;
    public re(request: x_reexport_pb.Local, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: x_pub_pb.PubMsg) => void): grpc.ClientUnaryCall;
    public star(options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<x_base_pb.Extension, y_edge_pb.AllMaps>;
    public star(metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<x_base_pb.Extension, y_edge_pb.AllMaps>;
    public detached(request: y_edge_pb.AllMaps, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    public detached(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    public detached(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    public spaced(request: y_edge_pb.AllMaps, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    public spaced(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
    public spaced(request: y_edge_pb.AllMaps, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: y_edge_pb.AllMaps) => void): grpc.ClientUnaryCall;
}

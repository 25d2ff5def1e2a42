// package: test.p3
// file: p3/kitchen.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as p3_kitchen_pb from "./kitchen_pb";
import * as common_types_pb from "../common/types_pb";
import * as google_protobuf_any_pb from "google-protobuf/google/protobuf/any_pb";
import * as google_protobuf_wrappers_pb from "google-protobuf/google/protobuf/wrappers_pb";

interface IKitchenServiceService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    do: IKitchenServiceService_IDo;
    stream: IKitchenServiceService_IStream;
}

interface IKitchenServiceService_IDo extends grpc.MethodDefinition<p3_kitchen_pb.Kitchen, p3_kitchen_pb.Empty> {
    path: "/test.p3.KitchenService/Do";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<p3_kitchen_pb.Kitchen>;
    requestDeserialize: grpc.deserialize<p3_kitchen_pb.Kitchen>;
    responseSerialize: grpc.serialize<p3_kitchen_pb.Empty>;
    responseDeserialize: grpc.deserialize<p3_kitchen_pb.Empty>;
}
interface IKitchenServiceService_IStream extends grpc.MethodDefinition<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper> {
    path: "/test.p3.KitchenService/Stream";
    requestStream: true;
    responseStream: true;
    requestSerialize: grpc.serialize<p3_kitchen_pb.Kitchen.Inner>;
    requestDeserialize: grpc.deserialize<p3_kitchen_pb.Kitchen.Inner>;
    responseSerialize: grpc.serialize<p3_kitchen_pb.Kitchen.Inner.Deeper>;
    responseDeserialize: grpc.deserialize<p3_kitchen_pb.Kitchen.Inner.Deeper>;
}

export const KitchenServiceService: IKitchenServiceService;

export interface IKitchenServiceServer extends grpc.UntypedServiceImplementation {
    do: grpc.handleUnaryCall<p3_kitchen_pb.Kitchen, p3_kitchen_pb.Empty>;
    stream: grpc.handleBidiStreamingCall<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper>;
}

export interface IKitchenServiceClient {
    do(request: p3_kitchen_pb.Kitchen, callback: (error: grpc.ServiceError | null, response: p3_kitchen_pb.Empty) => void): grpc.ClientUnaryCall;
    do(request: p3_kitchen_pb.Kitchen, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: p3_kitchen_pb.Empty) => void): grpc.ClientUnaryCall;
    do(request: p3_kitchen_pb.Kitchen, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: p3_kitchen_pb.Empty) => void): grpc.ClientUnaryCall;
    stream(): grpc.ClientDuplexStream<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper>;
    stream(options: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper>;
    stream(metadata: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper>;
}

export class KitchenServiceClient extends grpc.Client implements IKitchenServiceClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public do(request: p3_kitchen_pb.Kitchen, callback: (error: grpc.ServiceError | null, response: p3_kitchen_pb.Empty) => void): grpc.ClientUnaryCall;
    public do(request: p3_kitchen_pb.Kitchen, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: p3_kitchen_pb.Empty) => void): grpc.ClientUnaryCall;
    public do(request: p3_kitchen_pb.Kitchen, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: p3_kitchen_pb.Empty) => void): grpc.ClientUnaryCall;
    public stream(options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper>;
    public stream(metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientDuplexStream<p3_kitchen_pb.Kitchen.Inner, p3_kitchen_pb.Kitchen.Inner.Deeper>;
}

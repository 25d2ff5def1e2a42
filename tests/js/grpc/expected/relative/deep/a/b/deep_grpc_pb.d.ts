// package: deep.a.b
// file: deep/a/b/deep.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as deep_a_b_deep_pb from "./deep_pb";
import * as common_types_pb from "../../../common/types_pb";
import * as svc_all_pb from "../../../svc/all_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";

interface IDeepServiceService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    go: IDeepServiceService_IGo;
    go2: IDeepServiceService_IGo2;
}

interface IDeepServiceService_IGo extends grpc.MethodDefinition<deep_a_b_deep_pb.DeepMsg, svc_all_pb.Resp> {
    path: "/deep.a.b.DeepService/Go";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<deep_a_b_deep_pb.DeepMsg>;
    requestDeserialize: grpc.deserialize<deep_a_b_deep_pb.DeepMsg>;
    responseSerialize: grpc.serialize<svc_all_pb.Resp>;
    responseDeserialize: grpc.deserialize<svc_all_pb.Resp>;
}
interface IDeepServiceService_IGo2 extends grpc.MethodDefinition<svc_all_pb.Req.Nested, deep_a_b_deep_pb.DeepMsg> {
    path: "/deep.a.b.DeepService/Go2";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<svc_all_pb.Req.Nested>;
    requestDeserialize: grpc.deserialize<svc_all_pb.Req.Nested>;
    responseSerialize: grpc.serialize<deep_a_b_deep_pb.DeepMsg>;
    responseDeserialize: grpc.deserialize<deep_a_b_deep_pb.DeepMsg>;
}

export const DeepServiceService: IDeepServiceService;

export interface IDeepServiceServer extends grpc.UntypedServiceImplementation {
    go: grpc.handleUnaryCall<deep_a_b_deep_pb.DeepMsg, svc_all_pb.Resp>;
    go2: grpc.handleUnaryCall<svc_all_pb.Req.Nested, deep_a_b_deep_pb.DeepMsg>;
}

export interface IDeepServiceClient {
    go(request: deep_a_b_deep_pb.DeepMsg, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    go(request: deep_a_b_deep_pb.DeepMsg, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    go(request: deep_a_b_deep_pb.DeepMsg, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    go2(request: svc_all_pb.Req.Nested, callback: (error: grpc.ServiceError | null, response: deep_a_b_deep_pb.DeepMsg) => void): grpc.ClientUnaryCall;
    go2(request: svc_all_pb.Req.Nested, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: deep_a_b_deep_pb.DeepMsg) => void): grpc.ClientUnaryCall;
    go2(request: svc_all_pb.Req.Nested, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: deep_a_b_deep_pb.DeepMsg) => void): grpc.ClientUnaryCall;
}

export class DeepServiceClient extends grpc.Client implements IDeepServiceClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public go(request: deep_a_b_deep_pb.DeepMsg, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public go(request: deep_a_b_deep_pb.DeepMsg, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public go(request: deep_a_b_deep_pb.DeepMsg, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: svc_all_pb.Resp) => void): grpc.ClientUnaryCall;
    public go2(request: svc_all_pb.Req.Nested, callback: (error: grpc.ServiceError | null, response: deep_a_b_deep_pb.DeepMsg) => void): grpc.ClientUnaryCall;
    public go2(request: svc_all_pb.Req.Nested, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: deep_a_b_deep_pb.DeepMsg) => void): grpc.ClientUnaryCall;
    public go2(request: svc_all_pb.Req.Nested, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: deep_a_b_deep_pb.DeepMsg) => void): grpc.ClientUnaryCall;
}

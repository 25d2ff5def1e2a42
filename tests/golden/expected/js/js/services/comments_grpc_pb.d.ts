// package: golden.services
// file: services/comments.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as services_comments_pb from "./comments_pb";

interface ICommentedService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    do: ICommentedService_IDo;
}

interface ICommentedService_IDo extends grpc.MethodDefinition<services_comments_pb.Documented, services_comments_pb.Documented> {
    path: "/golden.services.Commented/Do";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<services_comments_pb.Documented>;
    requestDeserialize: grpc.deserialize<services_comments_pb.Documented>;
    responseSerialize: grpc.serialize<services_comments_pb.Documented>;
    responseDeserialize: grpc.deserialize<services_comments_pb.Documented>;
}

export const CommentedService: ICommentedService;

export interface ICommentedServer extends grpc.UntypedServiceImplementation {
    do: grpc.handleUnaryCall<services_comments_pb.Documented, services_comments_pb.Documented>;
}

export interface ICommentedClient {
    do(request: services_comments_pb.Documented, callback: (error: grpc.ServiceError | null, response: services_comments_pb.Documented) => void): grpc.ClientUnaryCall;
    do(request: services_comments_pb.Documented, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: services_comments_pb.Documented) => void): grpc.ClientUnaryCall;
    do(request: services_comments_pb.Documented, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_comments_pb.Documented) => void): grpc.ClientUnaryCall;
}

export class CommentedClient extends grpc.Client implements ICommentedClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public do(request: services_comments_pb.Documented, callback: (error: grpc.ServiceError | null, response: services_comments_pb.Documented) => void): grpc.ClientUnaryCall;
    public do(request: services_comments_pb.Documented, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: services_comments_pb.Documented) => void): grpc.ClientUnaryCall;
    public do(request: services_comments_pb.Documented, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: services_comments_pb.Documented) => void): grpc.ClientUnaryCall;
}

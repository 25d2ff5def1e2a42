// package: pulumirpc
// file: pulumi/language.proto

/* tslint:disable */
/* eslint-disable */

import * as grpc from "@grpc/grpc-js";
import * as pulumi_language_pb from "./language_pb";
import * as pulumi_plugin_pb from "./plugin_pb";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";

interface ILanguageRuntimeService extends grpc.ServiceDefinition<grpc.UntypedServiceImplementation> {
    getRequiredPlugins: ILanguageRuntimeService_IGetRequiredPlugins;
    run: ILanguageRuntimeService_IRun;
    getPluginInfo: ILanguageRuntimeService_IGetPluginInfo;
    installDependencies: ILanguageRuntimeService_IInstallDependencies;
}

interface ILanguageRuntimeService_IGetRequiredPlugins extends grpc.MethodDefinition<pulumi_language_pb.GetRequiredPluginsRequest, pulumi_language_pb.GetRequiredPluginsResponse> {
    path: "/pulumirpc.LanguageRuntime/GetRequiredPlugins";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<pulumi_language_pb.GetRequiredPluginsRequest>;
    requestDeserialize: grpc.deserialize<pulumi_language_pb.GetRequiredPluginsRequest>;
    responseSerialize: grpc.serialize<pulumi_language_pb.GetRequiredPluginsResponse>;
    responseDeserialize: grpc.deserialize<pulumi_language_pb.GetRequiredPluginsResponse>;
}
interface ILanguageRuntimeService_IRun extends grpc.MethodDefinition<pulumi_language_pb.RunRequest, pulumi_language_pb.RunResponse> {
    path: "/pulumirpc.LanguageRuntime/Run";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<pulumi_language_pb.RunRequest>;
    requestDeserialize: grpc.deserialize<pulumi_language_pb.RunRequest>;
    responseSerialize: grpc.serialize<pulumi_language_pb.RunResponse>;
    responseDeserialize: grpc.deserialize<pulumi_language_pb.RunResponse>;
}
interface ILanguageRuntimeService_IGetPluginInfo extends grpc.MethodDefinition<google_protobuf_empty_pb.Empty, pulumi_plugin_pb.PluginInfo> {
    path: "/pulumirpc.LanguageRuntime/GetPluginInfo";
    requestStream: false;
    responseStream: false;
    requestSerialize: grpc.serialize<google_protobuf_empty_pb.Empty>;
    requestDeserialize: grpc.deserialize<google_protobuf_empty_pb.Empty>;
    responseSerialize: grpc.serialize<pulumi_plugin_pb.PluginInfo>;
    responseDeserialize: grpc.deserialize<pulumi_plugin_pb.PluginInfo>;
}
interface ILanguageRuntimeService_IInstallDependencies extends grpc.MethodDefinition<pulumi_language_pb.InstallDependenciesRequest, pulumi_language_pb.InstallDependenciesResponse> {
    path: "/pulumirpc.LanguageRuntime/InstallDependencies";
    requestStream: false;
    responseStream: true;
    requestSerialize: grpc.serialize<pulumi_language_pb.InstallDependenciesRequest>;
    requestDeserialize: grpc.deserialize<pulumi_language_pb.InstallDependenciesRequest>;
    responseSerialize: grpc.serialize<pulumi_language_pb.InstallDependenciesResponse>;
    responseDeserialize: grpc.deserialize<pulumi_language_pb.InstallDependenciesResponse>;
}

export const LanguageRuntimeService: ILanguageRuntimeService;

export interface ILanguageRuntimeServer extends grpc.UntypedServiceImplementation {
    getRequiredPlugins: grpc.handleUnaryCall<pulumi_language_pb.GetRequiredPluginsRequest, pulumi_language_pb.GetRequiredPluginsResponse>;
    run: grpc.handleUnaryCall<pulumi_language_pb.RunRequest, pulumi_language_pb.RunResponse>;
    getPluginInfo: grpc.handleUnaryCall<google_protobuf_empty_pb.Empty, pulumi_plugin_pb.PluginInfo>;
    installDependencies: grpc.handleServerStreamingCall<pulumi_language_pb.InstallDependenciesRequest, pulumi_language_pb.InstallDependenciesResponse>;
}

export interface ILanguageRuntimeClient {
    getRequiredPlugins(request: pulumi_language_pb.GetRequiredPluginsRequest, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.GetRequiredPluginsResponse) => void): grpc.ClientUnaryCall;
    getRequiredPlugins(request: pulumi_language_pb.GetRequiredPluginsRequest, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.GetRequiredPluginsResponse) => void): grpc.ClientUnaryCall;
    getRequiredPlugins(request: pulumi_language_pb.GetRequiredPluginsRequest, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.GetRequiredPluginsResponse) => void): grpc.ClientUnaryCall;
    run(request: pulumi_language_pb.RunRequest, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.RunResponse) => void): grpc.ClientUnaryCall;
    run(request: pulumi_language_pb.RunRequest, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.RunResponse) => void): grpc.ClientUnaryCall;
    run(request: pulumi_language_pb.RunRequest, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.RunResponse) => void): grpc.ClientUnaryCall;
    getPluginInfo(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: pulumi_plugin_pb.PluginInfo) => void): grpc.ClientUnaryCall;
    getPluginInfo(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pulumi_plugin_pb.PluginInfo) => void): grpc.ClientUnaryCall;
    getPluginInfo(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pulumi_plugin_pb.PluginInfo) => void): grpc.ClientUnaryCall;
    installDependencies(request: pulumi_language_pb.InstallDependenciesRequest, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pulumi_language_pb.InstallDependenciesResponse>;
    installDependencies(request: pulumi_language_pb.InstallDependenciesRequest, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pulumi_language_pb.InstallDependenciesResponse>;
}

export class LanguageRuntimeClient extends grpc.Client implements ILanguageRuntimeClient {
    constructor(address: string, credentials: grpc.ChannelCredentials, options?: Partial<grpc.ClientOptions>);
    public getRequiredPlugins(request: pulumi_language_pb.GetRequiredPluginsRequest, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.GetRequiredPluginsResponse) => void): grpc.ClientUnaryCall;
    public getRequiredPlugins(request: pulumi_language_pb.GetRequiredPluginsRequest, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.GetRequiredPluginsResponse) => void): grpc.ClientUnaryCall;
    public getRequiredPlugins(request: pulumi_language_pb.GetRequiredPluginsRequest, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.GetRequiredPluginsResponse) => void): grpc.ClientUnaryCall;
    public run(request: pulumi_language_pb.RunRequest, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.RunResponse) => void): grpc.ClientUnaryCall;
    public run(request: pulumi_language_pb.RunRequest, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.RunResponse) => void): grpc.ClientUnaryCall;
    public run(request: pulumi_language_pb.RunRequest, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pulumi_language_pb.RunResponse) => void): grpc.ClientUnaryCall;
    public getPluginInfo(request: google_protobuf_empty_pb.Empty, callback: (error: grpc.ServiceError | null, response: pulumi_plugin_pb.PluginInfo) => void): grpc.ClientUnaryCall;
    public getPluginInfo(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: pulumi_plugin_pb.PluginInfo) => void): grpc.ClientUnaryCall;
    public getPluginInfo(request: google_protobuf_empty_pb.Empty, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, callback: (error: grpc.ServiceError | null, response: pulumi_plugin_pb.PluginInfo) => void): grpc.ClientUnaryCall;
    public installDependencies(request: pulumi_language_pb.InstallDependenciesRequest, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pulumi_language_pb.InstallDependenciesResponse>;
    public installDependencies(request: pulumi_language_pb.InstallDependenciesRequest, metadata?: grpc.Metadata, options?: Partial<grpc.CallOptions>): grpc.ClientReadableStream<pulumi_language_pb.InstallDependenciesResponse>;
}

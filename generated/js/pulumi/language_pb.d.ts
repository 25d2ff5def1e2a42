// package: pulumirpc
// file: pulumi/language.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as pulumi_plugin_pb from "./plugin_pb";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";

export class ProgramInfo extends jspb.Message { 
    getRootDirectory(): string;
    setRootDirectory(value: string): ProgramInfo;
    getProgramDirectory(): string;
    setProgramDirectory(value: string): ProgramInfo;
    getEntryPoint(): string;
    setEntryPoint(value: string): ProgramInfo;

    hasOptions(): boolean;
    clearOptions(): void;
    getOptions(): google_protobuf_struct_pb.Struct | undefined;
    setOptions(value?: google_protobuf_struct_pb.Struct): ProgramInfo;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): ProgramInfo.AsObject;
    static toObject(includeInstance: boolean, msg: ProgramInfo): ProgramInfo.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: ProgramInfo, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): ProgramInfo;
    static deserializeBinaryFromReader(message: ProgramInfo, reader: jspb.BinaryReader): ProgramInfo;
}

export namespace ProgramInfo {
    export type AsObject = {
        rootDirectory: string,
        programDirectory: string,
        entryPoint: string,
        options?: google_protobuf_struct_pb.Struct.AsObject,
    }
}

export class GetRequiredPluginsRequest extends jspb.Message { 
    getProject(): string;
    setProject(value: string): GetRequiredPluginsRequest;
    getPwd(): string;
    setPwd(value: string): GetRequiredPluginsRequest;
    getProgram(): string;
    setProgram(value: string): GetRequiredPluginsRequest;

    hasInfo(): boolean;
    clearInfo(): void;
    getInfo(): ProgramInfo | undefined;
    setInfo(value?: ProgramInfo): GetRequiredPluginsRequest;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): GetRequiredPluginsRequest.AsObject;
    static toObject(includeInstance: boolean, msg: GetRequiredPluginsRequest): GetRequiredPluginsRequest.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: GetRequiredPluginsRequest, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): GetRequiredPluginsRequest;
    static deserializeBinaryFromReader(message: GetRequiredPluginsRequest, reader: jspb.BinaryReader): GetRequiredPluginsRequest;
}

export namespace GetRequiredPluginsRequest {
    export type AsObject = {
        project: string,
        pwd: string,
        program: string,
        info?: ProgramInfo.AsObject,
    }
}

export class GetRequiredPluginsResponse extends jspb.Message { 
    clearPluginsList(): void;
    getPluginsList(): Array<pulumi_plugin_pb.PluginDependency>;
    setPluginsList(value: Array<pulumi_plugin_pb.PluginDependency>): GetRequiredPluginsResponse;
    addPlugins(value?: pulumi_plugin_pb.PluginDependency, index?: number): pulumi_plugin_pb.PluginDependency;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): GetRequiredPluginsResponse.AsObject;
    static toObject(includeInstance: boolean, msg: GetRequiredPluginsResponse): GetRequiredPluginsResponse.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: GetRequiredPluginsResponse, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): GetRequiredPluginsResponse;
    static deserializeBinaryFromReader(message: GetRequiredPluginsResponse, reader: jspb.BinaryReader): GetRequiredPluginsResponse;
}

export namespace GetRequiredPluginsResponse {
    export type AsObject = {
        pluginsList: Array<pulumi_plugin_pb.PluginDependency.AsObject>,
    }
}

export class RunRequest extends jspb.Message { 
    getProject(): string;
    setProject(value: string): RunRequest;
    getStack(): string;
    setStack(value: string): RunRequest;
    getPwd(): string;
    setPwd(value: string): RunRequest;
    getProgram(): string;
    setProgram(value: string): RunRequest;
    clearArgsList(): void;
    getArgsList(): Array<string>;
    setArgsList(value: Array<string>): RunRequest;
    addArgs(value: string, index?: number): string;

    getConfigMap(): jspb.Map<string, string>;
    clearConfigMap(): void;
    getDryrun(): boolean;
    setDryrun(value: boolean): RunRequest;
    getParallel(): number;
    setParallel(value: number): RunRequest;
    getMonitorAddress(): string;
    setMonitorAddress(value: string): RunRequest;
    getQuerymode(): boolean;
    setQuerymode(value: boolean): RunRequest;
    clearConfigsecretkeysList(): void;
    getConfigsecretkeysList(): Array<string>;
    setConfigsecretkeysList(value: Array<string>): RunRequest;
    addConfigsecretkeys(value: string, index?: number): string;
    getOrganization(): string;
    setOrganization(value: string): RunRequest;

    hasConfigpropertymap(): boolean;
    clearConfigpropertymap(): void;
    getConfigpropertymap(): google_protobuf_struct_pb.Struct | undefined;
    setConfigpropertymap(value?: google_protobuf_struct_pb.Struct): RunRequest;

    hasInfo(): boolean;
    clearInfo(): void;
    getInfo(): ProgramInfo | undefined;
    setInfo(value?: ProgramInfo): RunRequest;
    getLoaderTarget(): string;
    setLoaderTarget(value: string): RunRequest;
    getAttachDebugger(): boolean;
    setAttachDebugger(value: boolean): RunRequest;
    getMapperTarget(): string;
    setMapperTarget(value: string): RunRequest;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): RunRequest.AsObject;
    static toObject(includeInstance: boolean, msg: RunRequest): RunRequest.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: RunRequest, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): RunRequest;
    static deserializeBinaryFromReader(message: RunRequest, reader: jspb.BinaryReader): RunRequest;
}

export namespace RunRequest {
    export type AsObject = {
        project: string,
        stack: string,
        pwd: string,
        program: string,
        argsList: Array<string>,

        configMap: Array<[string, string]>,
        dryrun: boolean,
        parallel: number,
        monitorAddress: string,
        querymode: boolean,
        configsecretkeysList: Array<string>,
        organization: string,
        configpropertymap?: google_protobuf_struct_pb.Struct.AsObject,
        info?: ProgramInfo.AsObject,
        loaderTarget: string,
        attachDebugger: boolean,
        mapperTarget: string,
    }
}

export class RunResponse extends jspb.Message { 
    getError(): string;
    setError(value: string): RunResponse;
    getBail(): boolean;
    setBail(value: boolean): RunResponse;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): RunResponse.AsObject;
    static toObject(includeInstance: boolean, msg: RunResponse): RunResponse.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: RunResponse, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): RunResponse;
    static deserializeBinaryFromReader(message: RunResponse, reader: jspb.BinaryReader): RunResponse;
}

export namespace RunResponse {
    export type AsObject = {
        error: string,
        bail: boolean,
    }
}

export class InstallDependenciesRequest extends jspb.Message { 
    getDirectory(): string;
    setDirectory(value: string): InstallDependenciesRequest;
    getIsTerminal(): boolean;
    setIsTerminal(value: boolean): InstallDependenciesRequest;

    hasInfo(): boolean;
    clearInfo(): void;
    getInfo(): ProgramInfo | undefined;
    setInfo(value?: ProgramInfo): InstallDependenciesRequest;
    getUseLanguageVersionTools(): boolean;
    setUseLanguageVersionTools(value: boolean): InstallDependenciesRequest;
    getIsPlugin(): boolean;
    setIsPlugin(value: boolean): InstallDependenciesRequest;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): InstallDependenciesRequest.AsObject;
    static toObject(includeInstance: boolean, msg: InstallDependenciesRequest): InstallDependenciesRequest.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: InstallDependenciesRequest, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): InstallDependenciesRequest;
    static deserializeBinaryFromReader(message: InstallDependenciesRequest, reader: jspb.BinaryReader): InstallDependenciesRequest;
}

export namespace InstallDependenciesRequest {
    export type AsObject = {
        directory: string,
        isTerminal: boolean,
        info?: ProgramInfo.AsObject,
        useLanguageVersionTools: boolean,
        isPlugin: boolean,
    }
}

export class InstallDependenciesResponse extends jspb.Message { 
    getStdout(): Uint8Array | string;
    getStdout_asU8(): Uint8Array;
    getStdout_asB64(): string;
    setStdout(value: Uint8Array | string): InstallDependenciesResponse;
    getStderr(): Uint8Array | string;
    getStderr_asU8(): Uint8Array;
    getStderr_asB64(): string;
    setStderr(value: Uint8Array | string): InstallDependenciesResponse;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): InstallDependenciesResponse.AsObject;
    static toObject(includeInstance: boolean, msg: InstallDependenciesResponse): InstallDependenciesResponse.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: InstallDependenciesResponse, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): InstallDependenciesResponse;
    static deserializeBinaryFromReader(message: InstallDependenciesResponse, reader: jspb.BinaryReader): InstallDependenciesResponse;
}

export namespace InstallDependenciesResponse {
    export type AsObject = {
        stdout: Uint8Array | string,
        stderr: Uint8Array | string,
    }
}

// package: x
// file: x/base.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Base extends jspb.Message { 

    hasId(): boolean;
    clearId(): void;
    getId(): number | undefined;
    setId(value: number): Base;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Base.AsObject;
    static toObject(includeInstance: boolean, msg: Base): Base.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Base, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Base;
    static deserializeBinaryFromReader(message: Base, reader: jspb.BinaryReader): Base;
}

export namespace Base {
    export type AsObject = {
        id?: number,
    }
}

export class Extension extends jspb.Message { 

    hasJspbmessageid(): boolean;
    clearJspbmessageid(): void;
    getJspbmessageid(): string | undefined;
    setJspbmessageid(value: string): Extension;

    hasExtension$(): boolean;
    clearExtension$(): void;
    getExtension$(): string | undefined;
    setExtension$(value: string): Extension;
    clearExtensionList(): void;
    getExtensionList(): Array<string>;
    setExtensionList(value: Array<string>): Extension;
    addExtension$(value: string, index?: number): string;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Extension.AsObject;
    static toObject(includeInstance: boolean, msg: Extension): Extension.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Extension, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Extension;
    static deserializeBinaryFromReader(message: Extension, reader: jspb.BinaryReader): Extension;
}

export namespace Extension {
    export type AsObject = {
        jspbmessageid?: string,
        extension?: string,
        extensionList: Array<string>,
    }
}

export enum Lower {
    VAL_A = 0,
    VAL_B = 1,
}

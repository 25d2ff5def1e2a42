// package: layout.f5
// file: layout/file5.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class A extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): A.AsObject;
    static toObject(includeInstance: boolean, msg: A): A.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: A, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): A;
    static deserializeBinaryFromReader(message: A, reader: jspb.BinaryReader): A;
}

export namespace A {
    export type AsObject = {
    }
}

export class B extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): B.AsObject;
    static toObject(includeInstance: boolean, msg: B): B.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: B, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): B;
    static deserializeBinaryFromReader(message: B, reader: jspb.BinaryReader): B;
}

export namespace B {
    export type AsObject = {
    }
}

export enum EA {
    EA0 = 0,
}

export enum EB {
    EB0 = 0,
}

// package: nosyntax
// file: z_nosyntax.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class M extends jspb.Message { 

    hasA(): boolean;
    clearA(): void;
    getA(): number | undefined;
    setA(value: number): M;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M.AsObject;
    static toObject(includeInstance: boolean, msg: M): M.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M;
    static deserializeBinaryFromReader(message: M, reader: jspb.BinaryReader): M;
}

export namespace M {
    export type AsObject = {
        a?: number,
    }
}

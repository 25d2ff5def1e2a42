// package: golden.cross.alpha
// file: cross/alpha/w.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class W extends jspb.Message { 
    getW(): string;
    setW(value: string): W;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): W.AsObject;
    static toObject(includeInstance: boolean, msg: W): W.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: W, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): W;
    static deserializeBinaryFromReader(message: W, reader: jspb.BinaryReader): W;
}

export namespace W {
    export type AsObject = {
        w: string,
    }
}

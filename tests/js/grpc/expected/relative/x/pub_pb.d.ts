// package: x.pub
// file: x/pub.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class PubMsg extends jspb.Message { 
    getV(): string;
    setV(value: string): PubMsg;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): PubMsg.AsObject;
    static toObject(includeInstance: boolean, msg: PubMsg): PubMsg.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: PubMsg, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): PubMsg;
    static deserializeBinaryFromReader(message: PubMsg, reader: jspb.BinaryReader): PubMsg;
}

export namespace PubMsg {
    export type AsObject = {
        v: string,
    }
}

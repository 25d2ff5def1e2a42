// package: test.nosvc
// file: noservice.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Only extends jspb.Message { 
    getA(): string;
    setA(value: string): Only;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Only.AsObject;
    static toObject(includeInstance: boolean, msg: Only): Only.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Only, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Only;
    static deserializeBinaryFromReader(message: Only, reader: jspb.BinaryReader): Only;
}

export namespace Only {
    export type AsObject = {
        a: string,
    }
}

// package: golden.cross.beta
// file: cross/beta/y.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Y extends jspb.Message { 
    getY(): number;
    setY(value: number): Y;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Y.AsObject;
    static toObject(includeInstance: boolean, msg: Y): Y.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Y, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Y;
    static deserializeBinaryFromReader(message: Y, reader: jspb.BinaryReader): Y;
}

export namespace Y {
    export type AsObject = {
        y: number,
    }
}

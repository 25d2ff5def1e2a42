// package: golden.options
// file: options/uses.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as options_custom_pb from "./custom_pb";

export class Audited extends jspb.Message { 
    getName(): string;
    setName(value: string): Audited;
    getOld(): number;
    setOld(value: number): Audited;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Audited.AsObject;
    static toObject(includeInstance: boolean, msg: Audited): Audited.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Audited, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Audited;
    static deserializeBinaryFromReader(message: Audited, reader: jspb.BinaryReader): Audited;
}

export namespace Audited {
    export type AsObject = {
        name: string,
        old: number,
    }
}

export enum Mode {
    MODE_UNSPECIFIED = 0,
    MODE_FAST = 1,
}

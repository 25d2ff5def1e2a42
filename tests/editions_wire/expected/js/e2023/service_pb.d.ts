// package: ed.service
// file: e2023/service.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as e2023_encoding_pb from "./encoding_pb";
import * as e2023_presence_pb from "./presence_pb";

export class Ping extends jspb.Message { 

    hasText(): boolean;
    clearText(): void;
    getText(): string;
    setText(value: string): Ping;

    hasMode(): boolean;
    clearMode(): void;
    getMode(): e2023_presence_pb.Color;
    setMode(value: e2023_presence_pb.Color): Ping;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Ping.AsObject;
    static toObject(includeInstance: boolean, msg: Ping): Ping.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Ping, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Ping;
    static deserializeBinaryFromReader(message: Ping, reader: jspb.BinaryReader): Ping;
}

export namespace Ping {
    export type AsObject = {
        text?: string,
        mode?: e2023_presence_pb.Color,
    }
}

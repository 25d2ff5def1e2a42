// package: golden.services
// file: services/streaming.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";
import * as google_protobuf_timestamp_pb from "google-protobuf/google/protobuf/timestamp_pb";

export class EchoRequest extends jspb.Message { 
    getMessage(): string;
    setMessage(value: string): EchoRequest;
    getRepeat(): number;
    setRepeat(value: number): EchoRequest;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): EchoRequest.AsObject;
    static toObject(includeInstance: boolean, msg: EchoRequest): EchoRequest.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: EchoRequest, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): EchoRequest;
    static deserializeBinaryFromReader(message: EchoRequest, reader: jspb.BinaryReader): EchoRequest;
}

export namespace EchoRequest {
    export type AsObject = {
        message: string,
        repeat: number,
    }
}

export class EchoReply extends jspb.Message { 
    getMessage(): string;
    setMessage(value: string): EchoReply;

    hasAt(): boolean;
    clearAt(): void;
    getAt(): google_protobuf_timestamp_pb.Timestamp | undefined;
    setAt(value?: google_protobuf_timestamp_pb.Timestamp): EchoReply;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): EchoReply.AsObject;
    static toObject(includeInstance: boolean, msg: EchoReply): EchoReply.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: EchoReply, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): EchoReply;
    static deserializeBinaryFromReader(message: EchoReply, reader: jspb.BinaryReader): EchoReply;
}

export namespace EchoReply {
    export type AsObject = {
        message: string,
        at?: google_protobuf_timestamp_pb.Timestamp.AsObject,
    }
}

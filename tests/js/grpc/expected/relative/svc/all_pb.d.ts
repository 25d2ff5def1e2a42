// package: test.svc
// file: svc/all.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_timestamp_pb from "google-protobuf/google/protobuf/timestamp_pb";
import * as common_types_pb from "../common/types_pb";

export class Req extends jspb.Message { 
    getName(): string;
    setName(value: string): Req;

    hasAt(): boolean;
    clearAt(): void;
    getAt(): google_protobuf_timestamp_pb.Timestamp | undefined;
    setAt(value?: google_protobuf_timestamp_pb.Timestamp): Req;

    hasThing(): boolean;
    clearThing(): void;
    getThing(): common_types_pb.Thing | undefined;
    setThing(value?: common_types_pb.Thing): Req;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Req.AsObject;
    static toObject(includeInstance: boolean, msg: Req): Req.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Req, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Req;
    static deserializeBinaryFromReader(message: Req, reader: jspb.BinaryReader): Req;
}

export namespace Req {
    export type AsObject = {
        name: string,
        at?: google_protobuf_timestamp_pb.Timestamp.AsObject,
        thing?: common_types_pb.Thing.AsObject,
    }


    export class Nested extends jspb.Message { 
        getX(): number;
        setX(value: number): Nested;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Nested.AsObject;
        static toObject(includeInstance: boolean, msg: Nested): Nested.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Nested, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Nested;
        static deserializeBinaryFromReader(message: Nested, reader: jspb.BinaryReader): Nested;
    }

    export namespace Nested {
        export type AsObject = {
            x: number,
        }
    }

}

export class Resp extends jspb.Message { 
    clearThingsList(): void;
    getThingsList(): Array<common_types_pb.Thing>;
    setThingsList(value: Array<common_types_pb.Thing>): Resp;
    addThings(value?: common_types_pb.Thing, index?: number): common_types_pb.Thing;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Resp.AsObject;
    static toObject(includeInstance: boolean, msg: Resp): Resp.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Resp, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Resp;
    static deserializeBinaryFromReader(message: Resp, reader: jspb.BinaryReader): Resp;
}

export namespace Resp {
    export type AsObject = {
        thingsList: Array<common_types_pb.Thing.AsObject>,
    }
}

// package: pub
// file: pub/outer.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as pub_only_public_pb from "../pub/only_public_pb";
import * as pub_base_pb from "../pub/base_pb";

export class Outer extends jspb.Message { 

    hasBase(): boolean;
    clearBase(): void;
    getBase(): pub_base_pb.Base | undefined;
    setBase(value?: pub_base_pb.Base): Outer;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Outer.AsObject;
    static toObject(includeInstance: boolean, msg: Outer): Outer.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Outer, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Outer;
    static deserializeBinaryFromReader(message: Outer, reader: jspb.BinaryReader): Outer;
}

export namespace Outer {
    export type AsObject = {
        base?: pub_base_pb.Base.AsObject,
    }
}

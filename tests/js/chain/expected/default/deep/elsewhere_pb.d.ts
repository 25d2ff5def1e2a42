// package: deep
// file: deep/elsewhere.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as pub_outer_pb from "../pub/outer_pb";
import * as pub_only_public_pb from "../pub/only_public_pb";
import * as pub_base_pb from "../pub/base_pb";

export class UsesBoth extends jspb.Message { 

    hasOuter(): boolean;
    clearOuter(): void;
    getOuter(): pub_outer_pb.Outer | undefined;
    setOuter(value?: pub_outer_pb.Outer): UsesBoth;

    hasBase(): boolean;
    clearBase(): void;
    getBase(): pub_base_pb.Base | undefined;
    setBase(value?: pub_base_pb.Base): UsesBoth;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): UsesBoth.AsObject;
    static toObject(includeInstance: boolean, msg: UsesBoth): UsesBoth.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: UsesBoth, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): UsesBoth;
    static deserializeBinaryFromReader(message: UsesBoth, reader: jspb.BinaryReader): UsesBoth;
}

export namespace UsesBoth {
    export type AsObject = {
        outer?: pub_outer_pb.Outer.AsObject,
        base?: pub_base_pb.Base.AsObject,
    }
}

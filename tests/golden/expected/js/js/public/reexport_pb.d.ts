// package: golden.public
// file: public/reexport.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as public_base_pb from "./base_pb";

export class Wrapper extends jspb.Message { 

    hasBase(): boolean;
    clearBase(): void;
    getBase(): public_base_pb.Base | undefined;
    setBase(value?: public_base_pb.Base): Wrapper;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Wrapper.AsObject;
    static toObject(includeInstance: boolean, msg: Wrapper): Wrapper.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Wrapper, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Wrapper;
    static deserializeBinaryFromReader(message: Wrapper, reader: jspb.BinaryReader): Wrapper;
}

export namespace Wrapper {
    export type AsObject = {
        base?: public_base_pb.Base.AsObject,
    }
}

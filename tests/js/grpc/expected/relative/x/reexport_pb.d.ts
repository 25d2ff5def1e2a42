// package: x.re
// file: x/reexport.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as x_pub_pb from "./pub_pb";

export class Local extends jspb.Message { 

    hasP(): boolean;
    clearP(): void;
    getP(): x_pub_pb.PubMsg | undefined;
    setP(value?: x_pub_pb.PubMsg): Local;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Local.AsObject;
    static toObject(includeInstance: boolean, msg: Local): Local.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Local, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Local;
    static deserializeBinaryFromReader(message: Local, reader: jspb.BinaryReader): Local;
}

export namespace Local {
    export type AsObject = {
        p?: x_pub_pb.PubMsg.AsObject,
    }
}

// package: golden.cross.alpha
// file: cross/alpha/x.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as cross_beta_y_pb from "../beta/y_pb";

export class X extends jspb.Message { 

    hasY(): boolean;
    clearY(): void;
    getY(): cross_beta_y_pb.Y | undefined;
    setY(value?: cross_beta_y_pb.Y): X;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): X.AsObject;
    static toObject(includeInstance: boolean, msg: X): X.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: X, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): X;
    static deserializeBinaryFromReader(message: X, reader: jspb.BinaryReader): X;
}

export namespace X {
    export type AsObject = {
        y?: cross_beta_y_pb.Y.AsObject,
    }
}

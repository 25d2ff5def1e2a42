// package: golden.cross.beta
// file: cross/beta/z.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as cross_alpha_w_pb from "../alpha/w_pb";
import * as cross_alpha_x_pb from "../alpha/x_pb";

export class Z extends jspb.Message { 

    hasW(): boolean;
    clearW(): void;
    getW(): cross_alpha_w_pb.W | undefined;
    setW(value?: cross_alpha_w_pb.W): Z;

    hasX(): boolean;
    clearX(): void;
    getX(): cross_alpha_x_pb.X | undefined;
    setX(value?: cross_alpha_x_pb.X): Z;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Z.AsObject;
    static toObject(includeInstance: boolean, msg: Z): Z.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Z, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Z;
    static deserializeBinaryFromReader(message: Z, reader: jspb.BinaryReader): Z;
}

export namespace Z {
    export type AsObject = {
        w?: cross_alpha_w_pb.W.AsObject,
        x?: cross_alpha_x_pb.X.AsObject,
    }
}

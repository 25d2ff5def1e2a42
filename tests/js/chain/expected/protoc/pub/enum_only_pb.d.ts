// package: chain
// file: pub/enum_only.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as pub_only_public_pb from "../pub/only_public_pb";
import * as pub_base_pb from "../pub/base_pb";

export class Painted extends jspb.Message { 
    getColor(): pub_base_pb.Color;
    setColor(value: pub_base_pb.Color): Painted;
    clearColorsList(): void;
    getColorsList(): Array<pub_base_pb.Color>;
    setColorsList(value: Array<pub_base_pb.Color>): Painted;
    addColors(value: pub_base_pb.Color, index?: number): pub_base_pb.Color;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Painted.AsObject;
    static toObject(includeInstance: boolean, msg: Painted): Painted.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Painted, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Painted;
    static deserializeBinaryFromReader(message: Painted, reader: jspb.BinaryReader): Painted;
}

export namespace Painted {
    export type AsObject = {
        color: pub_base_pb.Color,
        colorsList: Array<pub_base_pb.Color>,
    }
}

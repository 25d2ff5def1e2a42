// package: ed.p3
// file: p3/uses_editions.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as e2023_encoding_pb from "../e2023/encoding_pb";
import * as e2023_presence_pb from "../e2023/presence_pb";
import * as e2024_visibility_pb from "../e2024/visibility_pb";

export class UsesEditions extends jspb.Message { 

    hasScalars(): boolean;
    clearScalars(): void;
    getScalars(): e2023_presence_pb.Scalars | undefined;
    setScalars(value?: e2023_presence_pb.Scalars): UsesEditions;

    hasDelimited(): boolean;
    clearDelimited(): void;
    getDelimited(): e2023_encoding_pb.Delimited | undefined;
    setDelimited(value?: e2023_encoding_pb.Delimited): UsesEditions;
    getColor(): e2023_presence_pb.Color;
    setColor(value: e2023_presence_pb.Color): UsesEditions;
    clearRepeatedList(): void;
    getRepeatedList(): Array<e2023_encoding_pb.Repeated>;
    setRepeatedList(value: Array<e2023_encoding_pb.Repeated>): UsesEditions;
    addRepeated(value?: e2023_encoding_pb.Repeated, index?: number): e2023_encoding_pb.Repeated;

    hasShared(): boolean;
    clearShared(): void;
    getShared(): e2024_visibility_pb.Visible.Shared | undefined;
    setShared(value?: e2024_visibility_pb.Visible.Shared): UsesEditions;

    hasMaybe(): boolean;
    clearMaybe(): void;
    getMaybe(): number | undefined;
    setMaybe(value: number): UsesEditions;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): UsesEditions.AsObject;
    static toObject(includeInstance: boolean, msg: UsesEditions): UsesEditions.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: UsesEditions, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): UsesEditions;
    static deserializeBinaryFromReader(message: UsesEditions, reader: jspb.BinaryReader): UsesEditions;
}

export namespace UsesEditions {
    export type AsObject = {
        scalars?: e2023_presence_pb.Scalars.AsObject,
        delimited?: e2023_encoding_pb.Delimited.AsObject,
        color: e2023_presence_pb.Color,
        repeatedList: Array<e2023_encoding_pb.Repeated.AsObject>,
        shared?: e2024_visibility_pb.Visible.Shared.AsObject,
        maybe?: number,
    }
}

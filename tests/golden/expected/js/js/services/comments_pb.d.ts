// package: golden.services
// file: services/comments.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Documented extends jspb.Message { 
    getA(): string;
    setA(value: string): Documented;
    getB(): number;
    setB(value: number): Documented;

    hasC(): boolean;
    clearC(): void;
    getC(): string;
    setC(value: string): Documented;

    getPickCase(): Documented.PickCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Documented.AsObject;
    static toObject(includeInstance: boolean, msg: Documented): Documented.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Documented, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Documented;
    static deserializeBinaryFromReader(message: Documented, reader: jspb.BinaryReader): Documented;
}

export namespace Documented {
    export type AsObject = {
        a: string,
        b: number,
        c: string,
    }

    export enum Inner {
    INNER_UNSPECIFIED = 0,
    INNER_ONE = 1,
    }


    export enum PickCase {
        PICK_NOT_SET = 0,
        C = 3,
    }

}

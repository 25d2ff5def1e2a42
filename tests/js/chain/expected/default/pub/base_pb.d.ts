// package: pub
// file: pub/base.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Base extends jspb.Message { 
    getId(): string;
    setId(value: string): Base;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Base.AsObject;
    static toObject(includeInstance: boolean, msg: Base): Base.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Base, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Base;
    static deserializeBinaryFromReader(message: Base, reader: jspb.BinaryReader): Base;
}

export namespace Base {
    export type AsObject = {
        id: string,
    }


    export class Inner extends jspb.Message { 
        getN(): number;
        setN(value: number): Inner;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Inner.AsObject;
        static toObject(includeInstance: boolean, msg: Inner): Inner.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Inner, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Inner;
        static deserializeBinaryFromReader(message: Inner, reader: jspb.BinaryReader): Inner;
    }

    export namespace Inner {
        export type AsObject = {
            n: number,
        }
    }

}

export enum Color {
    COLOR_UNSPECIFIED = 0,
    RED = 1,
}

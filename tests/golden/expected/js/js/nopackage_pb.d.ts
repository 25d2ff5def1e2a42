// package: 
// file: nopackage.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Packageless extends jspb.Message { 
    getValue(): string;
    setValue(value: string): Packageless;

    hasInner(): boolean;
    clearInner(): void;
    getInner(): Packageless.Inner | undefined;
    setInner(value?: Packageless.Inner): Packageless;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Packageless.AsObject;
    static toObject(includeInstance: boolean, msg: Packageless): Packageless.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Packageless, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Packageless;
    static deserializeBinaryFromReader(message: Packageless, reader: jspb.BinaryReader): Packageless;
}

export namespace Packageless {
    export type AsObject = {
        value: string,
        inner?: Packageless.Inner.AsObject,
    }


    export class Inner extends jspb.Message { 
        getOk(): boolean;
        setOk(value: boolean): Inner;

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
            ok: boolean,
        }
    }

}

export enum Loose {
    LOOSE_UNSPECIFIED = 0,
}

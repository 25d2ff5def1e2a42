// package: test.common
// file: common/types.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Thing extends jspb.Message { 
    getId(): string;
    setId(value: string): Thing;

    hasInner(): boolean;
    clearInner(): void;
    getInner(): Thing.Inner | undefined;
    setInner(value?: Thing.Inner): Thing;
    clearInnersList(): void;
    getInnersList(): Array<Thing.Inner>;
    setInnersList(value: Array<Thing.Inner>): Thing;
    addInners(value?: Thing.Inner, index?: number): Thing.Inner;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Thing.AsObject;
    static toObject(includeInstance: boolean, msg: Thing): Thing.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Thing, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Thing;
    static deserializeBinaryFromReader(message: Thing, reader: jspb.BinaryReader): Thing;
}

export namespace Thing {
    export type AsObject = {
        id: string,
        inner?: Thing.Inner.AsObject,
        innersList: Array<Thing.Inner.AsObject>,
    }


    export class Inner extends jspb.Message { 
        getValue(): number;
        setValue(value: number): Inner;
        getColor(): Color;
        setColor(value: Color): Inner;

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
            value: number,
            color: Color,
        }
    }

}

export enum Color {
    COLOR_UNSPECIFIED = 0,
    RED = 1,
    GREEN = 2,
}

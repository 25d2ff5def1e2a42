// package: golden.scalars
// file: scalars/scalars.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Scalars extends jspb.Message { 
    getFDouble(): number;
    setFDouble(value: number): Scalars;
    getFFloat(): number;
    setFFloat(value: number): Scalars;
    getFInt32(): number;
    setFInt32(value: number): Scalars;
    getFInt64(): number;
    setFInt64(value: number): Scalars;
    getFUint32(): number;
    setFUint32(value: number): Scalars;
    getFUint64(): number;
    setFUint64(value: number): Scalars;
    getFSint32(): number;
    setFSint32(value: number): Scalars;
    getFSint64(): number;
    setFSint64(value: number): Scalars;
    getFFixed32(): number;
    setFFixed32(value: number): Scalars;
    getFFixed64(): number;
    setFFixed64(value: number): Scalars;
    getFSfixed32(): number;
    setFSfixed32(value: number): Scalars;
    getFSfixed64(): number;
    setFSfixed64(value: number): Scalars;
    getFBool(): boolean;
    setFBool(value: boolean): Scalars;
    getFString(): string;
    setFString(value: string): Scalars;
    getFBytes(): Uint8Array | string;
    getFBytes_asU8(): Uint8Array;
    getFBytes_asB64(): string;
    setFBytes(value: Uint8Array | string): Scalars;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Scalars.AsObject;
    static toObject(includeInstance: boolean, msg: Scalars): Scalars.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Scalars, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Scalars;
    static deserializeBinaryFromReader(message: Scalars, reader: jspb.BinaryReader): Scalars;
}

export namespace Scalars {
    export type AsObject = {
        fDouble: number,
        fFloat: number,
        fInt32: number,
        fInt64: number,
        fUint32: number,
        fUint64: number,
        fSint32: number,
        fSint64: number,
        fFixed32: number,
        fFixed64: number,
        fSfixed32: number,
        fSfixed64: number,
        fBool: boolean,
        fString: string,
        fBytes: Uint8Array | string,
    }
}

export class RepeatedScalars extends jspb.Message { 
    clearRDoubleList(): void;
    getRDoubleList(): Array<number>;
    setRDoubleList(value: Array<number>): RepeatedScalars;
    addRDouble(value: number, index?: number): number;
    clearRFloatList(): void;
    getRFloatList(): Array<number>;
    setRFloatList(value: Array<number>): RepeatedScalars;
    addRFloat(value: number, index?: number): number;
    clearRInt32List(): void;
    getRInt32List(): Array<number>;
    setRInt32List(value: Array<number>): RepeatedScalars;
    addRInt32(value: number, index?: number): number;
    clearRInt64List(): void;
    getRInt64List(): Array<number>;
    setRInt64List(value: Array<number>): RepeatedScalars;
    addRInt64(value: number, index?: number): number;
    clearRUint32List(): void;
    getRUint32List(): Array<number>;
    setRUint32List(value: Array<number>): RepeatedScalars;
    addRUint32(value: number, index?: number): number;
    clearRUint64List(): void;
    getRUint64List(): Array<number>;
    setRUint64List(value: Array<number>): RepeatedScalars;
    addRUint64(value: number, index?: number): number;
    clearRSint32List(): void;
    getRSint32List(): Array<number>;
    setRSint32List(value: Array<number>): RepeatedScalars;
    addRSint32(value: number, index?: number): number;
    clearRSint64List(): void;
    getRSint64List(): Array<number>;
    setRSint64List(value: Array<number>): RepeatedScalars;
    addRSint64(value: number, index?: number): number;
    clearRFixed32List(): void;
    getRFixed32List(): Array<number>;
    setRFixed32List(value: Array<number>): RepeatedScalars;
    addRFixed32(value: number, index?: number): number;
    clearRFixed64List(): void;
    getRFixed64List(): Array<number>;
    setRFixed64List(value: Array<number>): RepeatedScalars;
    addRFixed64(value: number, index?: number): number;
    clearRSfixed32List(): void;
    getRSfixed32List(): Array<number>;
    setRSfixed32List(value: Array<number>): RepeatedScalars;
    addRSfixed32(value: number, index?: number): number;
    clearRSfixed64List(): void;
    getRSfixed64List(): Array<number>;
    setRSfixed64List(value: Array<number>): RepeatedScalars;
    addRSfixed64(value: number, index?: number): number;
    clearRBoolList(): void;
    getRBoolList(): Array<boolean>;
    setRBoolList(value: Array<boolean>): RepeatedScalars;
    addRBool(value: boolean, index?: number): boolean;
    clearRStringList(): void;
    getRStringList(): Array<string>;
    setRStringList(value: Array<string>): RepeatedScalars;
    addRString(value: string, index?: number): string;
    clearRBytesList(): void;
    getRBytesList(): Array<Uint8Array | string>;
    getRBytesList_asU8(): Array<Uint8Array>;
    getRBytesList_asB64(): Array<string>;
    setRBytesList(value: Array<Uint8Array | string>): RepeatedScalars;
    addRBytes(value: Uint8Array | string, index?: number): Uint8Array | string;
    clearUnpackedInt32List(): void;
    getUnpackedInt32List(): Array<number>;
    setUnpackedInt32List(value: Array<number>): RepeatedScalars;
    addUnpackedInt32(value: number, index?: number): number;
    clearColorsList(): void;
    getColorsList(): Array<Color>;
    setColorsList(value: Array<Color>): RepeatedScalars;
    addColors(value: Color, index?: number): Color;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): RepeatedScalars.AsObject;
    static toObject(includeInstance: boolean, msg: RepeatedScalars): RepeatedScalars.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: RepeatedScalars, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): RepeatedScalars;
    static deserializeBinaryFromReader(message: RepeatedScalars, reader: jspb.BinaryReader): RepeatedScalars;
}

export namespace RepeatedScalars {
    export type AsObject = {
        rDoubleList: Array<number>,
        rFloatList: Array<number>,
        rInt32List: Array<number>,
        rInt64List: Array<number>,
        rUint32List: Array<number>,
        rUint64List: Array<number>,
        rSint32List: Array<number>,
        rSint64List: Array<number>,
        rFixed32List: Array<number>,
        rFixed64List: Array<number>,
        rSfixed32List: Array<number>,
        rSfixed64List: Array<number>,
        rBoolList: Array<boolean>,
        rStringList: Array<string>,
        rBytesList: Array<Uint8Array | string>,
        unpackedInt32List: Array<number>,
        colorsList: Array<Color>,
    }
}

export class Optionals extends jspb.Message { 

    hasODouble(): boolean;
    clearODouble(): void;
    getODouble(): number | undefined;
    setODouble(value: number): Optionals;

    hasOFloat(): boolean;
    clearOFloat(): void;
    getOFloat(): number | undefined;
    setOFloat(value: number): Optionals;

    hasOInt32(): boolean;
    clearOInt32(): void;
    getOInt32(): number | undefined;
    setOInt32(value: number): Optionals;

    hasOInt64(): boolean;
    clearOInt64(): void;
    getOInt64(): number | undefined;
    setOInt64(value: number): Optionals;

    hasOUint32(): boolean;
    clearOUint32(): void;
    getOUint32(): number | undefined;
    setOUint32(value: number): Optionals;

    hasOUint64(): boolean;
    clearOUint64(): void;
    getOUint64(): number | undefined;
    setOUint64(value: number): Optionals;

    hasOSint32(): boolean;
    clearOSint32(): void;
    getOSint32(): number | undefined;
    setOSint32(value: number): Optionals;

    hasOSint64(): boolean;
    clearOSint64(): void;
    getOSint64(): number | undefined;
    setOSint64(value: number): Optionals;

    hasOFixed32(): boolean;
    clearOFixed32(): void;
    getOFixed32(): number | undefined;
    setOFixed32(value: number): Optionals;

    hasOFixed64(): boolean;
    clearOFixed64(): void;
    getOFixed64(): number | undefined;
    setOFixed64(value: number): Optionals;

    hasOSfixed32(): boolean;
    clearOSfixed32(): void;
    getOSfixed32(): number | undefined;
    setOSfixed32(value: number): Optionals;

    hasOSfixed64(): boolean;
    clearOSfixed64(): void;
    getOSfixed64(): number | undefined;
    setOSfixed64(value: number): Optionals;

    hasOBool(): boolean;
    clearOBool(): void;
    getOBool(): boolean | undefined;
    setOBool(value: boolean): Optionals;

    hasOString(): boolean;
    clearOString(): void;
    getOString(): string | undefined;
    setOString(value: string): Optionals;

    hasOBytes(): boolean;
    clearOBytes(): void;
    getOBytes(): Uint8Array | string;
    getOBytes_asU8(): Uint8Array;
    getOBytes_asB64(): string;
    setOBytes(value: Uint8Array | string): Optionals;

    hasOColor(): boolean;
    clearOColor(): void;
    getOColor(): Color | undefined;
    setOColor(value: Color): Optionals;

    hasOMessage(): boolean;
    clearOMessage(): void;
    getOMessage(): Scalars | undefined;
    setOMessage(value?: Scalars): Optionals;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Optionals.AsObject;
    static toObject(includeInstance: boolean, msg: Optionals): Optionals.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Optionals, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Optionals;
    static deserializeBinaryFromReader(message: Optionals, reader: jspb.BinaryReader): Optionals;
}

export namespace Optionals {
    export type AsObject = {
        oDouble?: number,
        oFloat?: number,
        oInt32?: number,
        oInt64?: number,
        oUint32?: number,
        oUint64?: number,
        oSint32?: number,
        oSint64?: number,
        oFixed32?: number,
        oFixed64?: number,
        oSfixed32?: number,
        oSfixed64?: number,
        oBool?: boolean,
        oString?: string,
        oBytes: Uint8Array | string,
        oColor?: Color,
        oMessage?: Scalars.AsObject,
    }
}

export class JsTypes extends jspb.Message { 
    getAsString(): string;
    setAsString(value: string): JsTypes;
    getAsNumber(): number;
    setAsNumber(value: number): JsTypes;
    getAsNormal(): number;
    setAsNormal(value: number): JsTypes;
    clearListAsStringList(): void;
    getListAsStringList(): Array<string>;
    setListAsStringList(value: Array<string>): JsTypes;
    addListAsString(value: string, index?: number): string;
    getPlain(): number;
    setPlain(value: number): JsTypes;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): JsTypes.AsObject;
    static toObject(includeInstance: boolean, msg: JsTypes): JsTypes.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: JsTypes, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): JsTypes;
    static deserializeBinaryFromReader(message: JsTypes, reader: jspb.BinaryReader): JsTypes;
}

export namespace JsTypes {
    export type AsObject = {
        asString: string,
        asNumber: number,
        asNormal: number,
        listAsStringList: Array<string>,
        plain: number,
    }
}

export enum Color {
    COLOR_UNSPECIFIED = 0,
    COLOR_RED = 1,
    COLOR_GREEN = 2,
    COLOR_NEGATIVE = -1,
}

// package: test.p3
// file: p3/kitchen.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as common_types_pb from "../common/types_pb";
import * as google_protobuf_any_pb from "google-protobuf/google/protobuf/any_pb";
import * as google_protobuf_wrappers_pb from "google-protobuf/google/protobuf/wrappers_pb";

export class Kitchen extends jspb.Message { 
    getFDouble(): number;
    setFDouble(value: number): Kitchen;
    getFFloat(): number;
    setFFloat(value: number): Kitchen;
    getFInt64(): number;
    setFInt64(value: number): Kitchen;
    getFUint64(): number;
    setFUint64(value: number): Kitchen;
    getFInt32(): number;
    setFInt32(value: number): Kitchen;
    getFFixed64(): number;
    setFFixed64(value: number): Kitchen;
    getFFixed32(): number;
    setFFixed32(value: number): Kitchen;
    getFBool(): boolean;
    setFBool(value: boolean): Kitchen;
    getFString(): string;
    setFString(value: string): Kitchen;
    getFBytes(): Uint8Array | string;
    getFBytes_asU8(): Uint8Array;
    getFBytes_asB64(): string;
    setFBytes(value: Uint8Array | string): Kitchen;
    getFUint32(): number;
    setFUint32(value: number): Kitchen;
    getFSfixed32(): number;
    setFSfixed32(value: number): Kitchen;
    getFSfixed64(): number;
    setFSfixed64(value: number): Kitchen;
    getFSint32(): number;
    setFSint32(value: number): Kitchen;
    getFSint64(): number;
    setFSint64(value: number): Kitchen;
    getColor(): common_types_pb.Color;
    setColor(value: common_types_pb.Color): Kitchen;

    hasThing(): boolean;
    clearThing(): void;
    getThing(): common_types_pb.Thing | undefined;
    setThing(value?: common_types_pb.Thing): Kitchen;

    hasOInt32(): boolean;
    clearOInt32(): void;
    getOInt32(): number | undefined;
    setOInt32(value: number): Kitchen;

    hasOString(): boolean;
    clearOString(): void;
    getOString(): string | undefined;
    setOString(value: string): Kitchen;

    hasOBytes(): boolean;
    clearOBytes(): void;
    getOBytes(): Uint8Array | string;
    getOBytes_asU8(): Uint8Array;
    getOBytes_asB64(): string;
    setOBytes(value: Uint8Array | string): Kitchen;

    hasOThing(): boolean;
    clearOThing(): void;
    getOThing(): common_types_pb.Thing | undefined;
    setOThing(value?: common_types_pb.Thing): Kitchen;

    hasOColor(): boolean;
    clearOColor(): void;
    getOColor(): common_types_pb.Color | undefined;
    setOColor(value: common_types_pb.Color): Kitchen;
    clearRInt32List(): void;
    getRInt32List(): Array<number>;
    setRInt32List(value: Array<number>): Kitchen;
    addRInt32(value: number, index?: number): number;
    clearRStringList(): void;
    getRStringList(): Array<string>;
    setRStringList(value: Array<string>): Kitchen;
    addRString(value: string, index?: number): string;
    clearRBytesList(): void;
    getRBytesList(): Array<Uint8Array | string>;
    getRBytesList_asU8(): Array<Uint8Array>;
    getRBytesList_asB64(): Array<string>;
    setRBytesList(value: Array<Uint8Array | string>): Kitchen;
    addRBytes(value: Uint8Array | string, index?: number): Uint8Array | string;
    clearRThingList(): void;
    getRThingList(): Array<common_types_pb.Thing>;
    setRThingList(value: Array<common_types_pb.Thing>): Kitchen;
    addRThing(value?: common_types_pb.Thing, index?: number): common_types_pb.Thing;
    clearRColorList(): void;
    getRColorList(): Array<common_types_pb.Color>;
    setRColorList(value: Array<common_types_pb.Color>): Kitchen;
    addRColor(value: common_types_pb.Color, index?: number): common_types_pb.Color;

    getMSsMap(): jspb.Map<string, string>;
    clearMSsMap(): void;

    getMIbMap(): jspb.Map<number, Uint8Array | string>;
    clearMIbMap(): void;

    getMLtMap(): jspb.Map<number, common_types_pb.Thing>;
    clearMLtMap(): void;

    getMBcMap(): jspb.Map<boolean, common_types_pb.Color>;
    clearMBcMap(): void;

    getMUdMap(): jspb.Map<number, number>;
    clearMUdMap(): void;

    getMInnerMap(): jspb.Map<string, Kitchen.Inner>;
    clearMInnerMap(): void;

    hasKStr(): boolean;
    clearKStr(): void;
    getKStr(): string;
    setKStr(value: string): Kitchen;

    hasKBytes(): boolean;
    clearKBytes(): void;
    getKBytes(): Uint8Array | string;
    getKBytes_asU8(): Uint8Array;
    getKBytes_asB64(): string;
    setKBytes(value: Uint8Array | string): Kitchen;

    hasKInner(): boolean;
    clearKInner(): void;
    getKInner(): Kitchen.Inner | undefined;
    setKInner(value?: Kitchen.Inner): Kitchen;

    hasKColor(): boolean;
    clearKColor(): void;
    getKColor(): common_types_pb.Color;
    setKColor(value: common_types_pb.Color): Kitchen;

    hasX(): boolean;
    clearX(): void;
    getX(): number;
    setX(value: number): Kitchen;
    getMode(): Kitchen.Mode;
    setMode(value: Kitchen.Mode): Kitchen;
    getClass(): number;
    setClass(value: number): Kitchen;
    getDefault(): string;
    setDefault(value: string): Kitchen;
    getExtension$(): string;
    setExtension$(value: string): Kitchen;
    getJsPbMessageId$(): string;
    setJsPbMessageId$(value: string): Kitchen;
    getSnake_double(): number;
    setSnake_double(value: number): Kitchen;
    getWith9digit(): number;
    setWith9digit(value: number): Kitchen;
    getCamelfield(): number;
    setCamelfield(value: number): Kitchen;
    getLeading(): number;
    setLeading(value: number): Kitchen;

    hasAny(): boolean;
    clearAny(): void;
    getAny(): google_protobuf_any_pb.Any | undefined;
    setAny(value?: google_protobuf_any_pb.Any): Kitchen;

    hasWrapped(): boolean;
    clearWrapped(): void;
    getWrapped(): google_protobuf_wrappers_pb.StringValue | undefined;
    setWrapped(value?: google_protobuf_wrappers_pb.StringValue): Kitchen;
    getFJsStr(): string;
    setFJsStr(value: string): Kitchen;
    clearRJsNumList(): void;
    getRJsNumList(): Array<number>;
    setRJsNumList(value: Array<number>): Kitchen;
    addRJsNum(value: number, index?: number): number;
    getE(): Kitchen.Inner.Deeper.E;
    setE(value: Kitchen.Inner.Deeper.E): Kitchen;

    hasMc(): boolean;
    clearMc(): void;
    getMc(): number;
    setMc(value: number): Kitchen;

    getKindCase(): Kitchen.KindCase;
    getOtherThingCase(): Kitchen.OtherThingCase;
    getMixedcaseOneofCase(): Kitchen.MixedcaseOneofCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Kitchen.AsObject;
    static toObject(includeInstance: boolean, msg: Kitchen): Kitchen.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Kitchen, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Kitchen;
    static deserializeBinaryFromReader(message: Kitchen, reader: jspb.BinaryReader): Kitchen;
}

export namespace Kitchen {
    export type AsObject = {
        fDouble: number,
        fFloat: number,
        fInt64: number,
        fUint64: number,
        fInt32: number,
        fFixed64: number,
        fFixed32: number,
        fBool: boolean,
        fString: string,
        fBytes: Uint8Array | string,
        fUint32: number,
        fSfixed32: number,
        fSfixed64: number,
        fSint32: number,
        fSint64: number,
        color: common_types_pb.Color,
        thing?: common_types_pb.Thing.AsObject,
        oInt32?: number,
        oString?: string,
        oBytes: Uint8Array | string,
        oThing?: common_types_pb.Thing.AsObject,
        oColor?: common_types_pb.Color,
        rInt32List: Array<number>,
        rStringList: Array<string>,
        rBytesList: Array<Uint8Array | string>,
        rThingList: Array<common_types_pb.Thing.AsObject>,
        rColorList: Array<common_types_pb.Color>,

        mSsMap: Array<[string, string]>,

        mIbMap: Array<[number, Uint8Array | string]>,

        mLtMap: Array<[number, common_types_pb.Thing.AsObject]>,

        mBcMap: Array<[boolean, common_types_pb.Color]>,

        mUdMap: Array<[number, number]>,

        mInnerMap: Array<[string, Kitchen.Inner.AsObject]>,
        kStr: string,
        kBytes: Uint8Array | string,
        kInner?: Kitchen.Inner.AsObject,
        kColor: common_types_pb.Color,
        x: number,
        mode: Kitchen.Mode,
        pb_class: number,
        pb_default: string,
        extension: string,
        jsPbMessageId: string,
        snake_double: number,
        with9digit: number,
        camelfield: number,
        Leading: number,
        any?: google_protobuf_any_pb.Any.AsObject,
        wrapped?: google_protobuf_wrappers_pb.StringValue.AsObject,
        fJsStr: string,
        rJsNumList: Array<number>,
        e: Kitchen.Inner.Deeper.E,
        mc: number,
    }


    export class Inner extends jspb.Message { 

        hasD(): boolean;
        clearD(): void;
        getD(): Kitchen.Inner.Deeper | undefined;
        setD(value?: Kitchen.Inner.Deeper): Inner;

        getDmMap(): jspb.Map<string, Kitchen.Inner.Deeper>;
        clearDmMap(): void;

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
            d?: Kitchen.Inner.Deeper.AsObject,

            dmMap: Array<[string, Kitchen.Inner.Deeper.AsObject]>,
        }


        export class Deeper extends jspb.Message { 
            getZ(): string;
            setZ(value: string): Deeper;

            serializeBinary(): Uint8Array;
            toObject(includeInstance?: boolean): Deeper.AsObject;
            static toObject(includeInstance: boolean, msg: Deeper): Deeper.AsObject;
            static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
            static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
            static serializeBinaryToWriter(message: Deeper, writer: jspb.BinaryWriter): void;
            static deserializeBinary(bytes: Uint8Array): Deeper;
            static deserializeBinaryFromReader(message: Deeper, reader: jspb.BinaryReader): Deeper;
        }

        export namespace Deeper {
            export type AsObject = {
                z: string,
            }

            export enum E {
    E0 = 0,
            }

        }

    }


    export enum Mode {
    MODE_A = 0,
    MODE_B = 1,
    }


    export enum KindCase {
        KIND_NOT_SET = 0,
        K_STR = 34,
        K_BYTES = 35,
        K_INNER = 36,
        K_COLOR = 37,
    }

    export enum OtherThingCase {
        OTHER_THING_NOT_SET = 0,
        X = 38,
    }

    export enum MixedcaseOneofCase {
        MIXEDCASE_ONEOF_NOT_SET = 0,
        MC = 53,
    }

}

export class Empty extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Empty.AsObject;
    static toObject(includeInstance: boolean, msg: Empty): Empty.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Empty, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Empty;
    static deserializeBinaryFromReader(message: Empty, reader: jspb.BinaryReader): Empty;
}

export namespace Empty {
    export type AsObject = {
    }
}

export enum Top3 {
    T_ZERO = 0,
    T_ONE = 1,
    T_UNO = 1,
}

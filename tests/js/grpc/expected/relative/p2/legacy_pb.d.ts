// package: test.p2
// file: p2/legacy.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Legacy extends jspb.Message { 

    hasReq(): boolean;
    clearReq(): void;
    getReq(): number | undefined;
    setReq(value: number): Legacy;

    hasOpt(): boolean;
    clearOpt(): void;
    getOpt(): string | undefined;
    setOpt(value: string): Legacy;

    hasBig(): boolean;
    clearBig(): void;
    getBig(): number | undefined;
    setBig(value: number): Legacy;

    hasData(): boolean;
    clearData(): void;
    getData(): Uint8Array | string;
    getData_asU8(): Uint8Array;
    getData_asB64(): string;
    setData(value: Uint8Array | string): Legacy;
    clearNumsList(): void;
    getNumsList(): Array<number>;
    setNumsList(value: Array<number>): Legacy;
    addNums(value: number, index?: number): number;
    clearBlobsList(): void;
    getBlobsList(): Array<Uint8Array | string>;
    getBlobsList_asU8(): Array<Uint8Array>;
    getBlobsList_asB64(): Array<string>;
    setBlobsList(value: Array<Uint8Array | string>): Legacy;
    addBlobs(value: Uint8Array | string, index?: number): Uint8Array | string;

    hasGrp(): boolean;
    clearGrp(): void;
    getGrp(): Object | undefined;
    setGrp(value: Object): Legacy;
    clearRgrpList(): void;
    getRgrpList(): Array<Object>;
    setRgrpList(value: Array<Object>): Legacy;
    addRgrp(value: Object, index?: number): Object;

    hasKind(): boolean;
    clearKind(): void;
    getKind(): Legacy.Kind | undefined;
    setKind(value: Legacy.Kind): Legacy;

    hasChild(): boolean;
    clearChild(): void;
    getChild(): Legacy | undefined;
    setChild(value?: Legacy): Legacy;

    hasReqChild(): boolean;
    clearReqChild(): void;
    getReqChild(): Legacy;
    setReqChild(value?: Legacy): Legacy;

    hasC1(): boolean;
    clearC1(): void;
    getC1(): number | undefined;
    setC1(value: number): Legacy;

    hasC2(): boolean;
    clearC2(): void;
    getC2(): string | undefined;
    setC2(value: string): Legacy;

    hasC3(): boolean;
    clearC3(): void;
    getC3(): Legacy | undefined;
    setC3(value?: Legacy): Legacy;

    hasC4(): boolean;
    clearC4(): void;
    getC4(): Uint8Array | string;
    getC4_asU8(): Uint8Array;
    getC4_asB64(): string;
    setC4(value: Uint8Array | string): Legacy;

    hasU64(): boolean;
    clearU64(): void;
    getU64(): string | undefined;
    setU64(value: string): Legacy;

    hasS64(): boolean;
    clearS64(): void;
    getS64(): number | undefined;
    setS64(value: number): Legacy;

    hasF64(): boolean;
    clearF64(): void;
    getF64(): number | undefined;
    setF64(value: number): Legacy;

    hasDbl(): boolean;
    clearDbl(): void;
    getDbl(): number | undefined;
    setDbl(value: number): Legacy;

    hasFlt(): boolean;
    clearFlt(): void;
    getFlt(): number | undefined;
    setFlt(value: number): Legacy;

    hasFlag(): boolean;
    clearFlag(): void;
    getFlag(): boolean | undefined;
    setFlag(value: boolean): Legacy;

    getChoiceCase(): Legacy.ChoiceCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Legacy.AsObject;
    static toObject(includeInstance: boolean, msg: Legacy): Legacy.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Legacy, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Legacy;
    static deserializeBinaryFromReader(message: Legacy, reader: jspb.BinaryReader): Legacy;
}

export namespace Legacy {
    export type AsObject = {
        req?: number,
        opt?: string,
        big?: number,
        data: Uint8Array | string,
        numsList: Array<number>,
        blobsList: Array<Uint8Array | string>,
        grp?: Object,
        rgrpList: Array<Object>,
        kind?: Legacy.Kind,
        child?: Legacy.AsObject,
        reqChild: Legacy.AsObject,
        c1?: number,
        c2?: string,
        c3?: Legacy.AsObject,
        c4: Uint8Array | string,
        u64?: string,
        s64?: number,
        f64?: number,
        dbl?: number,
        flt?: number,
        flag?: boolean,
    }


    export class Grp extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): Grp;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Grp.AsObject;
        static toObject(includeInstance: boolean, msg: Grp): Grp.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Grp, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Grp;
        static deserializeBinaryFromReader(message: Grp, reader: jspb.BinaryReader): Grp;
    }

    export namespace Grp {
        export type AsObject = {
            a?: number,
        }
    }

    export class RGrp extends jspb.Message { 

        hasB(): boolean;
        clearB(): void;
        getB(): string | undefined;
        setB(value: string): RGrp;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): RGrp.AsObject;
        static toObject(includeInstance: boolean, msg: RGrp): RGrp.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: RGrp, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): RGrp;
        static deserializeBinaryFromReader(message: RGrp, reader: jspb.BinaryReader): RGrp;
    }

    export namespace RGrp {
        export type AsObject = {
            b?: string,
        }
    }


    export enum Kind {
    A = 0,
    B = 1,
    }


    export enum ChoiceCase {
        CHOICE_NOT_SET = 0,
        C1 = 14,
        C2 = 15,
        C3 = 16,
        C4 = 17,
    }


    export const scopedExt: jspb.ExtensionFieldInfo<number>;

    export const scopedMsg: jspb.ExtensionFieldInfo<Legacy>;

}

export const fileExt: jspb.ExtensionFieldInfo<string>;

export const repExt: jspb.ExtensionFieldInfo<number>;

export const enumExt: jspb.ExtensionFieldInfo<Legacy.Kind>;

export const pb_default: jspb.ExtensionFieldInfo<number>;

export enum Top {
    TOP_A = 1,
    TOP_B = 2,
}

// package: y
// file: y/edge.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as x_base_pb from "../x/base_pb";
import * as x_reexport_pb from "../x/reexport_pb";
import * as google_protobuf_descriptor_pb from "google-protobuf/google/protobuf/descriptor_pb";
import * as x_pub_pb from "../x/pub_pb";

export class ExtGroup extends jspb.Message { 

    hasQ(): boolean;
    clearQ(): void;
    getQ(): number | undefined;
    setQ(value: number): ExtGroup;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): ExtGroup.AsObject;
    static toObject(includeInstance: boolean, msg: ExtGroup): ExtGroup.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: ExtGroup, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): ExtGroup;
    static deserializeBinaryFromReader(message: ExtGroup, reader: jspb.BinaryReader): ExtGroup;
}

export namespace ExtGroup {
    export type AsObject = {
        q?: number,
    }
}

export class AllMaps extends jspb.Message { 

    getAMap(): jspb.Map<number, string>;
    clearAMap(): void;

    getBMap(): jspb.Map<number, string>;
    clearBMap(): void;

    getCMap(): jspb.Map<number, string>;
    clearCMap(): void;

    getDMap(): jspb.Map<number, string>;
    clearDMap(): void;

    getEMap(): jspb.Map<number, string>;
    clearEMap(): void;

    getFMap(): jspb.Map<number, string>;
    clearFMap(): void;

    getGMap(): jspb.Map<number, string>;
    clearGMap(): void;

    getHMap(): jspb.Map<number, string>;
    clearHMap(): void;

    getIMap(): jspb.Map<number, string>;
    clearIMap(): void;

    getJMap(): jspb.Map<number, string>;
    clearJMap(): void;

    getKMap(): jspb.Map<boolean, string>;
    clearKMap(): void;

    getLMap(): jspb.Map<string, x_base_pb.Lower>;
    clearLMap(): void;

    getMMap(): jspb.Map<string, x_base_pb.Base>;
    clearMMap(): void;

    getNMap(): jspb.Map<string, Uint8Array | string>;
    clearNMap(): void;

    getOMap(): jspb.Map<string, number>;
    clearOMap(): void;

    getClassMap(): jspb.Map<string, AllMaps>;
    clearClassMap(): void;

    hasInoneof(): boolean;
    clearInoneof(): void;
    getInoneof(): Object | undefined;
    setInoneof(value: Object): AllMaps;

    hasS2(): boolean;
    clearS2(): void;
    getS2(): string | undefined;
    setS2(value: string): AllMaps;

    hasExt(): boolean;
    clearExt(): void;
    getExt(): x_base_pb.Extension | undefined;
    setExt(value?: x_base_pb.Extension): AllMaps;

    hasReqBytes(): boolean;
    clearReqBytes(): void;
    getReqBytes(): Uint8Array | string;
    getReqBytes_asU8(): Uint8Array;
    getReqBytes_asB64(): string;
    setReqBytes(value: Uint8Array | string): AllMaps;
    clearLowersList(): void;
    getLowersList(): Array<x_base_pb.Lower>;
    setLowersList(value: Array<x_base_pb.Lower>): AllMaps;
    addLowers(value: x_base_pb.Lower, index?: number): x_base_pb.Lower;

    hasViaWeak(): boolean;
    clearViaWeak(): void;
    getViaWeak(): x_pub_pb.PubMsg | undefined;
    setViaWeak(value?: x_pub_pb.PubMsg): AllMaps;

    hasN1(): boolean;
    clearN1(): void;
    getN1(): number | undefined;
    setN1(value: number): AllMaps;

    hasFieldwithcaps(): boolean;
    clearFieldwithcaps(): void;
    getFieldwithcaps(): string | undefined;
    setFieldwithcaps(value: string): AllMaps;

    hasA1b2C3(): boolean;
    clearA1b2C3(): void;
    getA1b2C3(): number | undefined;
    setA1b2C3(value: number): AllMaps;

    getG2Case(): AllMaps.G2Case;
    getHas9DigitsCase(): AllMaps.Has9DigitsCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): AllMaps.AsObject;
    static toObject(includeInstance: boolean, msg: AllMaps): AllMaps.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: AllMaps, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): AllMaps;
    static deserializeBinaryFromReader(message: AllMaps, reader: jspb.BinaryReader): AllMaps;
}

export namespace AllMaps {
    export type AsObject = {

        aMap: Array<[number, string]>,

        bMap: Array<[number, string]>,

        cMap: Array<[number, string]>,

        dMap: Array<[number, string]>,

        eMap: Array<[number, string]>,

        fMap: Array<[number, string]>,

        gMap: Array<[number, string]>,

        hMap: Array<[number, string]>,

        iMap: Array<[number, string]>,

        jMap: Array<[number, string]>,

        kMap: Array<[boolean, string]>,

        lMap: Array<[string, x_base_pb.Lower]>,

        mMap: Array<[string, x_base_pb.Base.AsObject]>,

        nMap: Array<[string, Uint8Array | string]>,

        oMap: Array<[string, number]>,

        pb_classMap: Array<[string, AllMaps.AsObject]>,
        inoneof?: Object,
        s2?: string,
        ext?: x_base_pb.Extension.AsObject,
        reqBytes: Uint8Array | string,
        lowersList: Array<x_base_pb.Lower>,
        viaWeak?: x_pub_pb.PubMsg.AsObject,
        n1?: number,
        fieldwithcaps?: string,
        a1b2C3?: number,
    }


    export class InOneof extends jspb.Message { 

        hasZ(): boolean;
        clearZ(): void;
        getZ(): number | undefined;
        setZ(value: number): InOneof;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): InOneof.AsObject;
        static toObject(includeInstance: boolean, msg: InOneof): InOneof.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: InOneof, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): InOneof;
        static deserializeBinaryFromReader(message: InOneof, reader: jspb.BinaryReader): InOneof;
    }

    export namespace InOneof {
        export type AsObject = {
            z?: number,
        }
    }


    export enum G2Case {
        G2_NOT_SET = 0,
        INONEOF = 17,
        S2 = 18,
    }

    export enum Has9DigitsCase {
        HAS_9_DIGITS_NOT_SET = 0,
        N1 = 23,
    }

}

export const extBytes: jspb.ExtensionFieldInfo<Uint8Array>;

export const extgroup: jspb.ExtensionFieldInfo<Object>;

export const extBase: jspb.ExtensionFieldInfo<x_base_pb.Base>;

export const extLower: jspb.ExtensionFieldInfo<x_base_pb.Lower>;

export const repBase: jspb.ExtensionFieldInfo<x_base_pb.Base>;

export const extI64: jspb.ExtensionFieldInfo<number>;

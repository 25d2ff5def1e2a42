// package: golden.legacy
// file: legacy/edge.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Edge extends jspb.Message { 

    hasBig(): boolean;
    clearBig(): void;
    getBig(): number | undefined;
    setBig(value: number): Edge;

    hasTiny(): boolean;
    clearTiny(): void;
    getTiny(): number | undefined;
    setTiny(value: number): Edge;

    hasPrecise(): boolean;
    clearPrecise(): void;
    getPrecise(): number | undefined;
    setPrecise(value: number): Edge;

    hasLongDigits(): boolean;
    clearLongDigits(): void;
    getLongDigits(): number | undefined;
    setLongDigits(value: number): Edge;

    hasFloatMax(): boolean;
    clearFloatMax(): void;
    getFloatMax(): number | undefined;
    setFloatMax(value: number): Edge;

    hasFloatTenth(): boolean;
    clearFloatTenth(): void;
    getFloatTenth(): number | undefined;
    setFloatTenth(value: number): Edge;

    hasU32Max(): boolean;
    clearU32Max(): void;
    getU32Max(): number | undefined;
    setU32Max(value: number): Edge;

    hasF64Max(): boolean;
    clearF64Max(): void;
    getF64Max(): number | undefined;
    setF64Max(value: number): Edge;

    hasAsText(): boolean;
    clearAsText(): void;
    getAsText(): string | undefined;
    setAsText(value: string): Edge;

    hasAstral(): boolean;
    clearAstral(): void;
    getAstral(): string | undefined;
    setAstral(value: string): Edge;

    hasMode(): boolean;
    clearMode(): void;
    getMode(): Mode | undefined;
    setMode(value: Mode): Edge;
    clearChunksList(): void;
    getChunksList(): Array<Uint8Array | string>;
    getChunksList_asU8(): Array<Uint8Array>;
    getChunksList_asB64(): Array<string>;
    setChunksList(value: Array<Uint8Array | string>): Edge;
    addChunks(value: Uint8Array | string, index?: number): Uint8Array | string;

    hasRaw(): boolean;
    clearRaw(): void;
    getRaw(): Uint8Array | string;
    getRaw_asU8(): Uint8Array;
    getRaw_asB64(): string;
    setRaw(value: Uint8Array | string): Edge;

    hasChild(): boolean;
    clearChild(): void;
    getChild(): Edge | undefined;
    setChild(value?: Edge): Edge;

    hasPicked(): boolean;
    clearPicked(): void;
    getPicked(): Mode | undefined;
    setPicked(value: Mode): Edge;

    getPayloadCase(): Edge.PayloadCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Edge.AsObject;
    static toObject(includeInstance: boolean, msg: Edge): Edge.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Edge, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Edge;
    static deserializeBinaryFromReader(message: Edge, reader: jspb.BinaryReader): Edge;
}

export namespace Edge {
    export type AsObject = {
        big?: number,
        tiny?: number,
        precise?: number,
        longDigits?: number,
        floatMax?: number,
        floatTenth?: number,
        u32Max?: number,
        f64Max?: number,
        asText?: string,
        astral?: string,
        mode?: Mode,
        chunksList: Array<Uint8Array | string>,
        raw: Uint8Array | string,
        child?: Edge.AsObject,
        picked?: Mode,
    }

    export enum PayloadCase {
        PAYLOAD_NOT_SET = 0,
        RAW = 13,
        CHILD = 14,
        PICKED = 15,
    }

}

export enum Mode {
    MODE_OFF = 0,
    MODE_ON = 1,
    MODE_ENABLED = 1,
}

// package: rt.echo
// file: rt/echo.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as common_types_pb from "../common/types_pb";

export class Note extends jspb.Message { 
    getText(): string;
    setText(value: string): Note;
    getSeq(): number;
    setSeq(value: number): Note;
    getBlob(): Uint8Array | string;
    getBlob_asU8(): Uint8Array;
    getBlob_asB64(): string;
    setBlob(value: Uint8Array | string): Note;
    clearTagsList(): void;
    getTagsList(): Array<string>;
    setTagsList(value: Array<string>): Note;
    addTags(value: string, index?: number): string;

    getCountsMap(): jspb.Map<string, number>;
    clearCountsMap(): void;

    hasThing(): boolean;
    clearThing(): void;
    getThing(): common_types_pb.Thing | undefined;
    setThing(value?: common_types_pb.Thing): Note;
    getColor(): common_types_pb.Color;
    setColor(value: common_types_pb.Color): Note;

    hasMaybe(): boolean;
    clearMaybe(): void;
    getMaybe(): string | undefined;
    setMaybe(value: string): Note;

    hasLabel(): boolean;
    clearLabel(): void;
    getLabel(): string;
    setLabel(value: string): Note;

    hasCode(): boolean;
    clearCode(): void;
    getCode(): number;
    setCode(value: number): Note;

    getExtraCase(): Note.ExtraCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Note.AsObject;
    static toObject(includeInstance: boolean, msg: Note): Note.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Note, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Note;
    static deserializeBinaryFromReader(message: Note, reader: jspb.BinaryReader): Note;
}

export namespace Note {
    export type AsObject = {
        text: string,
        seq: number,
        blob: Uint8Array | string,
        tagsList: Array<string>,

        countsMap: Array<[string, number]>,
        thing?: common_types_pb.Thing.AsObject,
        color: common_types_pb.Color,
        maybe?: string,
        label: string,
        code: number,
    }

    export enum ExtraCase {
        EXTRA_NOT_SET = 0,
        LABEL = 9,
        CODE = 10,
    }

}

export class Summary extends jspb.Message { 
    getCount(): number;
    setCount(value: number): Summary;
    clearSeqsList(): void;
    getSeqsList(): Array<number>;
    setSeqsList(value: Array<number>): Summary;
    addSeqs(value: number, index?: number): number;
    getJoined(): string;
    setJoined(value: string): Summary;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Summary.AsObject;
    static toObject(includeInstance: boolean, msg: Summary): Summary.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Summary, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Summary;
    static deserializeBinaryFromReader(message: Summary, reader: jspb.BinaryReader): Summary;
}

export namespace Summary {
    export type AsObject = {
        count: number,
        seqsList: Array<number>,
        joined: string,
    }
}

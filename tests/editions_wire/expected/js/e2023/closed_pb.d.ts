// package: ed.closed
// file: e2023/closed.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as e2023_presence_pb from "./presence_pb";

export class ClosedLists extends jspb.Message { 
    clearPackedList(): void;
    getPackedList(): Array<Closed>;
    setPackedList(value: Array<Closed>): ClosedLists;
    addPacked(value: Closed, index?: number): Closed;
    clearExpandedList(): void;
    getExpandedList(): Array<Closed>;
    setExpandedList(value: Array<Closed>): ClosedLists;
    addExpanded(value: Closed, index?: number): Closed;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): ClosedLists.AsObject;
    static toObject(includeInstance: boolean, msg: ClosedLists): ClosedLists.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: ClosedLists, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): ClosedLists;
    static deserializeBinaryFromReader(message: ClosedLists, reader: jspb.BinaryReader): ClosedLists;
}

export namespace ClosedLists {
    export type AsObject = {
        packedList: Array<Closed>,
        expandedList: Array<Closed>,
    }
}

export class Enums extends jspb.Message { 

    hasClosed(): boolean;
    clearClosed(): void;
    getClosed(): Closed;
    setClosed(value: Closed): Enums;

    hasClosedDefault(): boolean;
    clearClosedDefault(): void;
    getClosedDefault(): Closed;
    setClosedDefault(value: Closed): Enums;

    hasShade(): boolean;
    clearShade(): void;
    getShade(): e2023_presence_pb.Shade;
    setShade(value: e2023_presence_pb.Shade): Enums;

    hasOpen(): boolean;
    clearOpen(): void;
    getOpen(): e2023_presence_pb.Color;
    setOpen(value: e2023_presence_pb.Color): Enums;
    getOpenImplicit(): e2023_presence_pb.Color;
    setOpenImplicit(value: e2023_presence_pb.Color): Enums;

    hasWhichClosed(): boolean;
    clearWhichClosed(): void;
    getWhichClosed(): Closed;
    setWhichClosed(value: Closed): Enums;

    hasWhichText(): boolean;
    clearWhichText(): void;
    getWhichText(): string;
    setWhichText(value: string): Enums;

    getClosedMapMap(): jspb.Map<string, ClosedZero>;
    clearClosedMapMap(): void;

    hasRequiredClosed(): boolean;
    clearRequiredClosed(): void;
    getRequiredClosed(): Closed;
    setRequiredClosed(value: Closed): Enums;

    getWhichCase(): Enums.WhichCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Enums.AsObject;
    static toObject(includeInstance: boolean, msg: Enums): Enums.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Enums, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Enums;
    static deserializeBinaryFromReader(message: Enums, reader: jspb.BinaryReader): Enums;
}

export namespace Enums {
    export type AsObject = {
        closed?: Closed,
        closedDefault: Closed,
        shade: e2023_presence_pb.Shade,
        open?: e2023_presence_pb.Color,
        openImplicit: e2023_presence_pb.Color,
        whichClosed?: Closed,
        whichText?: string,

        closedMapMap: Array<[string, ClosedZero]>,
        requiredClosed?: Closed,
    }

    export enum WhichCase {
        WHICH_NOT_SET = 0,
        WHICH_CLOSED = 5,
        WHICH_TEXT = 6,
    }

}

export class Strings extends jspb.Message { 

    hasVerified(): boolean;
    clearVerified(): void;
    getVerified(): string;
    setVerified(value: string): Strings;

    hasUnchecked(): boolean;
    clearUnchecked(): void;
    getUnchecked(): string;
    setUnchecked(value: string): Strings;
    clearUncheckedListList(): void;
    getUncheckedListList(): Array<string>;
    setUncheckedListList(value: Array<string>): Strings;
    addUncheckedList(value: string, index?: number): string;

    getUncheckedMapMap(): jspb.Map<string, string>;
    clearUncheckedMapMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Strings.AsObject;
    static toObject(includeInstance: boolean, msg: Strings): Strings.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Strings, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Strings;
    static deserializeBinaryFromReader(message: Strings, reader: jspb.BinaryReader): Strings;
}

export namespace Strings {
    export type AsObject = {
        verified?: string,
        unchecked?: string,
        uncheckedListList: Array<string>,

        uncheckedMapMap: Array<[string, string]>,
    }
}

export enum Closed {
    CLOSED_A = 1,
    CLOSED_B = 2,
    CLOSED_C = 5,
}

export enum ClosedZero {
    CLOSED_ZERO_NONE = 0,
    CLOSED_ZERO_ONE = 1,
}

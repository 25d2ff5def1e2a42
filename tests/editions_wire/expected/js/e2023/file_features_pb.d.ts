// package: ed.filefeatures
// file: e2023/file_features.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Leaf extends jspb.Message { 
    getN(): number;
    setN(value: number): Leaf;
    getText(): string;
    setText(value: string): Leaf;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Leaf.AsObject;
    static toObject(includeInstance: boolean, msg: Leaf): Leaf.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Leaf, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Leaf;
    static deserializeBinaryFromReader(message: Leaf, reader: jspb.BinaryReader): Leaf;
}

export namespace Leaf {
    export type AsObject = {
        n: number,
        text: string,
    }
}

export class Inherits extends jspb.Message { 
    getCount(): number;
    setCount(value: number): Inherits;
    getName(): string;
    setName(value: string): Inherits;
    getData(): Uint8Array | string;
    getData_asU8(): Uint8Array;
    getData_asB64(): string;
    setData(value: Uint8Array | string): Inherits;

    hasLevel(): boolean;
    clearLevel(): void;
    getLevel(): Level;
    setLevel(value: Level): Inherits;
    getOpen(): Open;
    setOpen(value: Open): Inherits;
    clearExpandedList(): void;
    getExpandedList(): Array<number>;
    setExpandedList(value: Array<number>): Inherits;
    addExpanded(value: number, index?: number): number;
    clearLevelsList(): void;
    getLevelsList(): Array<Level>;
    setLevelsList(value: Array<Level>): Inherits;
    addLevels(value: Level, index?: number): Level;
    clearOpensList(): void;
    getOpensList(): Array<Open>;
    setOpensList(value: Array<Open>): Inherits;
    addOpens(value: Open, index?: number): Open;

    hasLeaf(): boolean;
    clearLeaf(): void;
    getLeaf(): Leaf | undefined;
    setLeaf(value?: Leaf): Inherits;
    clearLeavesList(): void;
    getLeavesList(): Array<Leaf>;
    setLeavesList(value: Array<Leaf>): Inherits;
    addLeaves(value?: Leaf, index?: number): Leaf;

    getLeafMapMap(): jspb.Map<string, Leaf>;
    clearLeafMapMap(): void;

    hasExplicitCount(): boolean;
    clearExplicitCount(): void;
    getExplicitCount(): number;
    setExplicitCount(value: number): Inherits;
    clearPackedList(): void;
    getPackedList(): Array<number>;
    setPackedList(value: Array<number>): Inherits;
    addPacked(value: number, index?: number): number;

    hasPrefixed(): boolean;
    clearPrefixed(): void;
    getPrefixed(): Leaf | undefined;
    setPrefixed(value?: Leaf): Inherits;
    getChecked(): string;
    setChecked(value: string): Inherits;

    hasNested(): boolean;
    clearNested(): void;
    getNested(): Inherits.Nested | undefined;
    setNested(value?: Inherits.Nested): Inherits;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Inherits.AsObject;
    static toObject(includeInstance: boolean, msg: Inherits): Inherits.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Inherits, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Inherits;
    static deserializeBinaryFromReader(message: Inherits, reader: jspb.BinaryReader): Inherits;
}

export namespace Inherits {
    export type AsObject = {
        count: number,
        name: string,
        data: Uint8Array | string,
        level?: Level,
        open: Open,
        expandedList: Array<number>,
        levelsList: Array<Level>,
        opensList: Array<Open>,
        leaf?: Leaf.AsObject,
        leavesList: Array<Leaf.AsObject>,

        leafMapMap: Array<[string, Leaf.AsObject]>,
        explicitCount?: number,
        packedList: Array<number>,
        prefixed?: Leaf.AsObject,
        checked: string,
        nested?: Inherits.Nested.AsObject,
    }


    export class Nested extends jspb.Message { 
        getDeep(): number;
        setDeep(value: number): Nested;
        clearDeepsList(): void;
        getDeepsList(): Array<number>;
        setDeepsList(value: Array<number>): Nested;
        addDeeps(value: number, index?: number): number;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Nested.AsObject;
        static toObject(includeInstance: boolean, msg: Nested): Nested.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Nested, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Nested;
        static deserializeBinaryFromReader(message: Nested, reader: jspb.BinaryReader): Nested;
    }

    export namespace Nested {
        export type AsObject = {
            deep: number,
            deepsList: Array<number>,
        }
    }

}

export enum Level {
    LEVEL_LOW = 1,
    LEVEL_HIGH = 2,
}

export enum Open {
    OPEN_ZERO = 0,
    OPEN_ONE = 1,
}

// package: ed.vis
// file: e2024/visibility.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as e2023_presence_pb from "../e2023/presence_pb";

export class Visible extends jspb.Message { 

    hasId(): boolean;
    clearId(): void;
    getId(): number;
    setId(value: number): Visible;
    getName(): string;
    setName(value: string): Visible;
    clearValuesList(): void;
    getValuesList(): Array<number>;
    setValuesList(value: Array<number>): Visible;
    addValues(value: number, index?: number): number;
    clearExpandedList(): void;
    getExpandedList(): Array<number>;
    setExpandedList(value: Array<number>): Visible;
    addExpanded(value: number, index?: number): number;

    hasHidden(): boolean;
    clearHidden(): void;
    getHidden(): Hidden | undefined;
    setHidden(value?: Hidden): Visible;

    hasScalars(): boolean;
    clearScalars(): void;
    getScalars(): e2023_presence_pb.Scalars | undefined;
    setScalars(value?: e2023_presence_pb.Scalars): Visible;

    hasShared(): boolean;
    clearShared(): void;
    getShared(): Visible.Shared | undefined;
    setShared(value?: Visible.Shared): Visible;

    hasPrivate(): boolean;
    clearPrivate(): void;
    getPrivate(): Visible.Private | undefined;
    setPrivate(value?: Visible.Private): Visible;

    hasChoiceA(): boolean;
    clearChoiceA(): void;
    getChoiceA(): number;
    setChoiceA(value: number): Visible;

    hasChoiceB(): boolean;
    clearChoiceB(): void;
    getChoiceB(): string;
    setChoiceB(value: string): Visible;

    hasMode(): boolean;
    clearMode(): void;
    getMode(): Mode;
    setMode(value: Mode): Visible;

    getLegacychoiceCase(): Visible.LegacychoiceCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Visible.AsObject;
    static toObject(includeInstance: boolean, msg: Visible): Visible.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Visible, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Visible;
    static deserializeBinaryFromReader(message: Visible, reader: jspb.BinaryReader): Visible;
}

export namespace Visible {
    export type AsObject = {
        id?: number,
        name: string,
        valuesList: Array<number>,
        expandedList: Array<number>,
        hidden?: Hidden.AsObject,
        scalars?: e2023_presence_pb.Scalars.AsObject,
        shared?: Visible.Shared.AsObject,
        pb_private?: Visible.Private.AsObject,
        choiceA?: number,
        choiceB?: string,
        mode?: Mode,
    }


    export class Shared extends jspb.Message { 

        hasN(): boolean;
        clearN(): void;
        getN(): number;
        setN(value: number): Shared;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Shared.AsObject;
        static toObject(includeInstance: boolean, msg: Shared): Shared.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Shared, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Shared;
        static deserializeBinaryFromReader(message: Shared, reader: jspb.BinaryReader): Shared;
    }

    export namespace Shared {
        export type AsObject = {
            n?: number,
        }
    }

    export class Private extends jspb.Message { 

        hasM(): boolean;
        clearM(): void;
        getM(): number;
        setM(value: number): Private;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Private.AsObject;
        static toObject(includeInstance: boolean, msg: Private): Private.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Private, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Private;
        static deserializeBinaryFromReader(message: Private, reader: jspb.BinaryReader): Private;
    }

    export namespace Private {
        export type AsObject = {
            m?: number,
        }
    }


    export enum LegacychoiceCase {
        LEGACYCHOICE_NOT_SET = 0,
        CHOICE_A = 9,
        CHOICE_B = 10,
    }

}

export class Hidden extends jspb.Message { 

    hasFlag(): boolean;
    clearFlag(): void;
    getFlag(): boolean;
    setFlag(value: boolean): Hidden;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Hidden.AsObject;
    static toObject(includeInstance: boolean, msg: Hidden): Hidden.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Hidden, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Hidden;
    static deserializeBinaryFromReader(message: Hidden, reader: jspb.BinaryReader): Hidden;
}

export namespace Hidden {
    export type AsObject = {
        flag?: boolean,
    }
}

export enum Mode {
    MODE_UNSPECIFIED = 0,
    MODE_ON = 1,
}

export enum Strict {
    STRICT_ONE = 1,
    STRICT_TWO = 2,
}

// package: ed.presence
// file: e2023/presence.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as p3_plain_pb from "../p3/plain_pb";

export class Scalars extends jspb.Message { 

    hasFDouble(): boolean;
    clearFDouble(): void;
    getFDouble(): number;
    setFDouble(value: number): Scalars;

    hasFFloat(): boolean;
    clearFFloat(): void;
    getFFloat(): number;
    setFFloat(value: number): Scalars;

    hasFInt64(): boolean;
    clearFInt64(): void;
    getFInt64(): number;
    setFInt64(value: number): Scalars;

    hasFUint64(): boolean;
    clearFUint64(): void;
    getFUint64(): number;
    setFUint64(value: number): Scalars;

    hasFInt32(): boolean;
    clearFInt32(): void;
    getFInt32(): number;
    setFInt32(value: number): Scalars;

    hasFFixed64(): boolean;
    clearFFixed64(): void;
    getFFixed64(): number;
    setFFixed64(value: number): Scalars;

    hasFFixed32(): boolean;
    clearFFixed32(): void;
    getFFixed32(): number;
    setFFixed32(value: number): Scalars;

    hasFBool(): boolean;
    clearFBool(): void;
    getFBool(): boolean;
    setFBool(value: boolean): Scalars;

    hasFString(): boolean;
    clearFString(): void;
    getFString(): string;
    setFString(value: string): Scalars;

    hasFBytes(): boolean;
    clearFBytes(): void;
    getFBytes(): Uint8Array | string;
    getFBytes_asU8(): Uint8Array;
    getFBytes_asB64(): string;
    setFBytes(value: Uint8Array | string): Scalars;

    hasFUint32(): boolean;
    clearFUint32(): void;
    getFUint32(): number;
    setFUint32(value: number): Scalars;

    hasFSfixed32(): boolean;
    clearFSfixed32(): void;
    getFSfixed32(): number;
    setFSfixed32(value: number): Scalars;

    hasFSfixed64(): boolean;
    clearFSfixed64(): void;
    getFSfixed64(): number;
    setFSfixed64(value: number): Scalars;

    hasFSint32(): boolean;
    clearFSint32(): void;
    getFSint32(): number;
    setFSint32(value: number): Scalars;

    hasFSint64(): boolean;
    clearFSint64(): void;
    getFSint64(): number;
    setFSint64(value: number): Scalars;

    hasFColor(): boolean;
    clearFColor(): void;
    getFColor(): Color;
    setFColor(value: Color): Scalars;

    hasFJsString(): boolean;
    clearFJsString(): void;
    getFJsString(): string;
    setFJsString(value: string): Scalars;

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
        fDouble?: number,
        fFloat?: number,
        fInt64?: number,
        fUint64?: number,
        fInt32?: number,
        fFixed64?: number,
        fFixed32?: number,
        fBool?: boolean,
        fString?: string,
        fBytes: Uint8Array | string,
        fUint32?: number,
        fSfixed32?: number,
        fSfixed64?: number,
        fSint32?: number,
        fSint64?: number,
        fColor?: Color,
        fJsString?: string,
    }
}

export class Implicit extends jspb.Message { 
    getFDouble(): number;
    setFDouble(value: number): Implicit;
    getFFloat(): number;
    setFFloat(value: number): Implicit;
    getFInt64(): number;
    setFInt64(value: number): Implicit;
    getFUint64(): number;
    setFUint64(value: number): Implicit;
    getFInt32(): number;
    setFInt32(value: number): Implicit;
    getFFixed64(): number;
    setFFixed64(value: number): Implicit;
    getFFixed32(): number;
    setFFixed32(value: number): Implicit;
    getFBool(): boolean;
    setFBool(value: boolean): Implicit;
    getFString(): string;
    setFString(value: string): Implicit;
    getFBytes(): Uint8Array | string;
    getFBytes_asU8(): Uint8Array;
    getFBytes_asB64(): string;
    setFBytes(value: Uint8Array | string): Implicit;
    getFUint32(): number;
    setFUint32(value: number): Implicit;
    getFSfixed32(): number;
    setFSfixed32(value: number): Implicit;
    getFSfixed64(): number;
    setFSfixed64(value: number): Implicit;
    getFSint32(): number;
    setFSint32(value: number): Implicit;
    getFSint64(): number;
    setFSint64(value: number): Implicit;
    getFColor(): Color;
    setFColor(value: Color): Implicit;

    hasFExplicit(): boolean;
    clearFExplicit(): void;
    getFExplicit(): number;
    setFExplicit(value: number): Implicit;

    hasFMessage(): boolean;
    clearFMessage(): void;
    getFMessage(): Scalars | undefined;
    setFMessage(value?: Scalars): Implicit;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Implicit.AsObject;
    static toObject(includeInstance: boolean, msg: Implicit): Implicit.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Implicit, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Implicit;
    static deserializeBinaryFromReader(message: Implicit, reader: jspb.BinaryReader): Implicit;
}

export namespace Implicit {
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
        fColor: Color,
        fExplicit?: number,
        fMessage?: Scalars.AsObject,
    }
}

export class Defaults extends jspb.Message { 

    hasDInt32(): boolean;
    clearDInt32(): void;
    getDInt32(): number;
    setDInt32(value: number): Defaults;

    hasDUint64(): boolean;
    clearDUint64(): void;
    getDUint64(): number;
    setDUint64(value: number): Defaults;

    hasDDouble(): boolean;
    clearDDouble(): void;
    getDDouble(): number;
    setDDouble(value: number): Defaults;

    hasDFloat(): boolean;
    clearDFloat(): void;
    getDFloat(): number;
    setDFloat(value: number): Defaults;

    hasDBool(): boolean;
    clearDBool(): void;
    getDBool(): boolean;
    setDBool(value: boolean): Defaults;

    hasDString(): boolean;
    clearDString(): void;
    getDString(): string;
    setDString(value: string): Defaults;

    hasDBytes(): boolean;
    clearDBytes(): void;
    getDBytes(): Uint8Array | string;
    getDBytes_asU8(): Uint8Array;
    getDBytes_asB64(): string;
    setDBytes(value: Uint8Array | string): Defaults;

    hasDColor(): boolean;
    clearDColor(): void;
    getDColor(): Color;
    setDColor(value: Color): Defaults;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Defaults.AsObject;
    static toObject(includeInstance: boolean, msg: Defaults): Defaults.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Defaults, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Defaults;
    static deserializeBinaryFromReader(message: Defaults, reader: jspb.BinaryReader): Defaults;
}

export namespace Defaults {
    export type AsObject = {
        dInt32: number,
        dUint64: number,
        dDouble: number,
        dFloat: number,
        dBool: boolean,
        dString: string,
        dBytes: Uint8Array | string,
        dColor: Color,
    }
}

export class Required extends jspb.Message { 

    hasId(): boolean;
    clearId(): void;
    getId(): number;
    setId(value: number): Required;

    hasName(): boolean;
    clearName(): void;
    getName(): string;
    setName(value: string): Required;

    hasInner(): boolean;
    clearInner(): void;
    getInner(): Scalars;
    setInner(value?: Scalars): Required;

    hasNote(): boolean;
    clearNote(): void;
    getNote(): number;
    setNote(value: number): Required;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Required.AsObject;
    static toObject(includeInstance: boolean, msg: Required): Required.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Required, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Required;
    static deserializeBinaryFromReader(message: Required, reader: jspb.BinaryReader): Required;
}

export namespace Required {
    export type AsObject = {
        id?: number,
        name?: string,
        inner: Scalars.AsObject,
        note?: number,
    }
}

export class MessageLevel extends jspb.Message { 

    hasA(): boolean;
    clearA(): void;
    getA(): number;
    setA(value: number): MessageLevel;

    hasB(): boolean;
    clearB(): void;
    getB(): string;
    setB(value: string): MessageLevel;

    hasNested(): boolean;
    clearNested(): void;
    getNested(): MessageLevel.Nested | undefined;
    setNested(value?: MessageLevel.Nested): MessageLevel;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): MessageLevel.AsObject;
    static toObject(includeInstance: boolean, msg: MessageLevel): MessageLevel.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: MessageLevel, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): MessageLevel;
    static deserializeBinaryFromReader(message: MessageLevel, reader: jspb.BinaryReader): MessageLevel;
}

export namespace MessageLevel {
    export type AsObject = {
        a?: number,
        b?: string,
        nested?: MessageLevel.Nested.AsObject,
    }


    export class Nested extends jspb.Message { 

        hasX(): boolean;
        clearX(): void;
        getX(): number;
        setX(value: number): Nested;
        clearXsList(): void;
        getXsList(): Array<number>;
        setXsList(value: Array<number>): Nested;
        addXs(value: number, index?: number): number;

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
            x?: number,
            xsList: Array<number>,
        }
    }

}

export class Mixed extends jspb.Message { 

    hasOInt(): boolean;
    clearOInt(): void;
    getOInt(): number;
    setOInt(value: number): Mixed;

    hasOString(): boolean;
    clearOString(): void;
    getOString(): string;
    setOString(value: string): Mixed;

    hasOMessage(): boolean;
    clearOMessage(): void;
    getOMessage(): Scalars | undefined;
    setOMessage(value?: Scalars): Mixed;

    hasOColor(): boolean;
    clearOColor(): void;
    getOColor(): Color;
    setOColor(value: Color): Mixed;

    getCountsMap(): jspb.Map<string, number>;
    clearCountsMap(): void;

    getByIdMap(): jspb.Map<number, Scalars>;
    clearByIdMap(): void;

    getColorsMap(): jspb.Map<number, Color>;
    clearColorsMap(): void;

    hasPlain(): boolean;
    clearPlain(): void;
    getPlain(): p3_plain_pb.Plain | undefined;
    setPlain(value?: p3_plain_pb.Plain): Mixed;
    clearPlainsList(): void;
    getPlainsList(): Array<p3_plain_pb.Plain>;
    setPlainsList(value: Array<p3_plain_pb.Plain>): Mixed;
    addPlains(value?: p3_plain_pb.Plain, index?: number): p3_plain_pb.Plain;
    getMood(): p3_plain_pb.Plain.Mood;
    setMood(value: p3_plain_pb.Plain.Mood): Mixed;

    getChoiceCase(): Mixed.ChoiceCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Mixed.AsObject;
    static toObject(includeInstance: boolean, msg: Mixed): Mixed.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Mixed, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Mixed;
    static deserializeBinaryFromReader(message: Mixed, reader: jspb.BinaryReader): Mixed;
}

export namespace Mixed {
    export type AsObject = {
        oInt?: number,
        oString?: string,
        oMessage?: Scalars.AsObject,
        oColor?: Color,

        countsMap: Array<[string, number]>,

        byIdMap: Array<[number, Scalars.AsObject]>,

        colorsMap: Array<[number, Color]>,
        plain?: p3_plain_pb.Plain.AsObject,
        plainsList: Array<p3_plain_pb.Plain.AsObject>,
        mood: p3_plain_pb.Plain.Mood,
    }

    export enum ChoiceCase {
        CHOICE_NOT_SET = 0,
        O_INT = 1,
        O_STRING = 2,
        O_MESSAGE = 3,
        O_COLOR = 4,
    }

}

export enum Color {
    COLOR_UNSPECIFIED = 0,
    COLOR_RED = 1,
    COLOR_BLUE = 2,
}

export enum Shade {
    SHADE_LIGHT = 1,
    SHADE_DARK = 2,
}

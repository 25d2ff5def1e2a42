// package: golden.legacy
// file: legacy/proto2.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Defaults extends jspb.Message { 

    hasId(): boolean;
    clearId(): void;
    getId(): string | undefined;
    setId(value: string): Defaults;

    hasDDouble(): boolean;
    clearDDouble(): void;
    getDDouble(): number | undefined;
    setDDouble(value: number): Defaults;

    hasDFloat(): boolean;
    clearDFloat(): void;
    getDFloat(): number | undefined;
    setDFloat(value: number): Defaults;

    hasDInt32(): boolean;
    clearDInt32(): void;
    getDInt32(): number | undefined;
    setDInt32(value: number): Defaults;

    hasDInt64(): boolean;
    clearDInt64(): void;
    getDInt64(): number | undefined;
    setDInt64(value: number): Defaults;

    hasDUint32(): boolean;
    clearDUint32(): void;
    getDUint32(): number | undefined;
    setDUint32(value: number): Defaults;

    hasDUint64(): boolean;
    clearDUint64(): void;
    getDUint64(): number | undefined;
    setDUint64(value: number): Defaults;

    hasDSint32(): boolean;
    clearDSint32(): void;
    getDSint32(): number | undefined;
    setDSint32(value: number): Defaults;

    hasDSint64(): boolean;
    clearDSint64(): void;
    getDSint64(): number | undefined;
    setDSint64(value: number): Defaults;

    hasDFixed32(): boolean;
    clearDFixed32(): void;
    getDFixed32(): number | undefined;
    setDFixed32(value: number): Defaults;

    hasDFixed64(): boolean;
    clearDFixed64(): void;
    getDFixed64(): number | undefined;
    setDFixed64(value: number): Defaults;

    hasDSfixed32(): boolean;
    clearDSfixed32(): void;
    getDSfixed32(): number | undefined;
    setDSfixed32(value: number): Defaults;

    hasDSfixed64(): boolean;
    clearDSfixed64(): void;
    getDSfixed64(): number | undefined;
    setDSfixed64(value: number): Defaults;

    hasDBool(): boolean;
    clearDBool(): void;
    getDBool(): boolean | undefined;
    setDBool(value: boolean): Defaults;

    hasDString(): boolean;
    clearDString(): void;
    getDString(): string | undefined;
    setDString(value: string): Defaults;

    hasDBytes(): boolean;
    clearDBytes(): void;
    getDBytes(): Uint8Array | string;
    getDBytes_asU8(): Uint8Array;
    getDBytes_asB64(): string;
    setDBytes(value: Uint8Array | string): Defaults;

    hasDEnum(): boolean;
    clearDEnum(): void;
    getDEnum(): Level | undefined;
    setDEnum(value: Level): Defaults;

    hasDInf(): boolean;
    clearDInf(): void;
    getDInf(): number | undefined;
    setDInf(value: number): Defaults;

    hasDNegInf(): boolean;
    clearDNegInf(): void;
    getDNegInf(): number | undefined;
    setDNegInf(value: number): Defaults;

    hasDNan(): boolean;
    clearDNan(): void;
    getDNan(): number | undefined;
    setDNan(value: number): Defaults;
    clearPackedIntsList(): void;
    getPackedIntsList(): Array<number>;
    setPackedIntsList(value: Array<number>): Defaults;
    addPackedInts(value: number, index?: number): number;
    clearUnpackedIntsList(): void;
    getUnpackedIntsList(): Array<number>;
    setUnpackedIntsList(value: Array<number>): Defaults;
    addUnpackedInts(value: number, index?: number): number;

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
        id?: string,
        dDouble?: number,
        dFloat?: number,
        dInt32?: number,
        dInt64?: number,
        dUint32?: number,
        dUint64?: number,
        dSint32?: number,
        dSint64?: number,
        dFixed32?: number,
        dFixed64?: number,
        dSfixed32?: number,
        dSfixed64?: number,
        dBool?: boolean,
        dString?: string,
        dBytes: Uint8Array | string,
        dEnum?: Level,
        dInf?: number,
        dNegInf?: number,
        dNan?: number,
        packedIntsList: Array<number>,
        unpackedIntsList: Array<number>,
    }
}

export class WithGroups extends jspb.Message { 

    hasSingle(): boolean;
    clearSingle(): void;
    getSingle(): Object | undefined;
    setSingle(value: Object): WithGroups;
    clearManyList(): void;
    getManyList(): Array<Object>;
    setManyList(value: Array<Object>): WithGroups;
    addMany(value: Object, index?: number): Object;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): WithGroups.AsObject;
    static toObject(includeInstance: boolean, msg: WithGroups): WithGroups.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: WithGroups, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): WithGroups;
    static deserializeBinaryFromReader(message: WithGroups, reader: jspb.BinaryReader): WithGroups;
}

export namespace WithGroups {
    export type AsObject = {
        single?: Object,
        manyList: Array<Object>,
    }


    export class Single extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): Single;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Single.AsObject;
        static toObject(includeInstance: boolean, msg: Single): Single.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Single, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Single;
        static deserializeBinaryFromReader(message: Single, reader: jspb.BinaryReader): Single;
    }

    export namespace Single {
        export type AsObject = {
            a?: number,
        }
    }

    export class Many extends jspb.Message { 

        hasB(): boolean;
        clearB(): void;
        getB(): string | undefined;
        setB(value: string): Many;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Many.AsObject;
        static toObject(includeInstance: boolean, msg: Many): Many.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Many, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Many;
        static deserializeBinaryFromReader(message: Many, reader: jspb.BinaryReader): Many;
    }

    export namespace Many {
        export type AsObject = {
            b?: string,
        }
    }

}

export class Extendable extends jspb.Message { 

    hasBase(): boolean;
    clearBase(): void;
    getBase(): string | undefined;
    setBase(value: string): Extendable;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Extendable.AsObject;
    static toObject(includeInstance: boolean, msg: Extendable): Extendable.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Extendable, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Extendable;
    static deserializeBinaryFromReader(message: Extendable, reader: jspb.BinaryReader): Extendable;
}

export namespace Extendable {
    export type AsObject = {
        base?: string,
    }
}

export class Scope extends jspb.Message { 

    hasNote(): boolean;
    clearNote(): void;
    getNote(): string | undefined;
    setNote(value: string): Scope;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Scope.AsObject;
    static toObject(includeInstance: boolean, msg: Scope): Scope.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Scope, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Scope;
    static deserializeBinaryFromReader(message: Scope, reader: jspb.BinaryReader): Scope;
}

export namespace Scope {
    export type AsObject = {
        note?: string,
    }

    export const nestedFlag: jspb.ExtensionFieldInfo<boolean>;

}

export const extInt: jspb.ExtensionFieldInfo<number>;

export const extEnum: jspb.ExtensionFieldInfo<Level>;

export const extMessage: jspb.ExtensionFieldInfo<Defaults>;

export const extStrings: jspb.ExtensionFieldInfo<string>;

export enum Level {
    LOW = 1,
    HIGH = 2,
}

// package: golden.names
// file: names/keywords.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Keywords extends jspb.Message { 
    getClass(): string;
    setClass(value: string): Keywords;
    getDef(): string;
    setDef(value: string): Keywords;
    getFrom(): string;
    setFrom(value: string): Keywords;
    getImport(): string;
    setImport(value: string): Keywords;
    getLambda(): number;
    setLambda(value: number): Keywords;
    getYield(): boolean;
    setYield(value: boolean): Keywords;
    getAsync(): string;
    setAsync(value: string): Keywords;
    getAwait(): string;
    setAwait(value: string): Keywords;
    getPrint(): string;
    setPrint(value: string): Keywords;
    getType(): string;
    setType(value: string): Keywords;
    getId(): string;
    setId(value: string): Keywords;
    getFunction(): string;
    setFunction(value: string): Keywords;
    getVar(): string;
    setVar(value: string): Keywords;
    getDelete(): string;
    setDelete(value: string): Keywords;
    getNew(): string;
    setNew(value: string): Keywords;
    getDefault(): string;
    setDefault(value: string): Keywords;
    getExtends(): string;
    setExtends(value: string): Keywords;
    getExtension$(): string;
    setExtension$(value: string): Keywords;
    clearInList(): void;
    getInList(): Array<string>;
    setInList(value: Array<string>): Keywords;
    addIn(value: string, index?: number): string;

    getIsMap(): jspb.Map<string, string>;
    clearIsMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Keywords.AsObject;
    static toObject(includeInstance: boolean, msg: Keywords): Keywords.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Keywords, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Keywords;
    static deserializeBinaryFromReader(message: Keywords, reader: jspb.BinaryReader): Keywords;
}

export namespace Keywords {
    export type AsObject = {
        pb_class: string,
        def: string,
        from: string,
        pb_import: string,
        lambda: number,
        yield: boolean,
        async: string,
        await: string,
        print: string,
        type: string,
        id: string,
        pb_function: string,
        pb_var: string,
        pb_delete: string,
        pb_new: string,
        pb_default: string,
        pb_extends: string,
        extension: string,
        pb_inList: Array<string>,

        isMap: Array<[string, string]>,
    }
}

export class None extends jspb.Message { 
    getTrue(): boolean;
    setTrue(value: boolean): None;
    getFalse(): boolean;
    setFalse(value: boolean): None;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): None.AsObject;
    static toObject(includeInstance: boolean, msg: None): None.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: None, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): None;
    static deserializeBinaryFromReader(message: None, reader: jspb.BinaryReader): None;
}

export namespace None {
    export type AsObject = {
        true: boolean,
        pb_false: boolean,
    }
}

export class Object extends jspb.Message { 
    getFooBar(): string;
    setFooBar(value: string): Object;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Object.AsObject;
    static toObject(includeInstance: boolean, msg: Object): Object.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Object, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Object;
    static deserializeBinaryFromReader(message: Object, reader: jspb.BinaryReader): Object;
}

export namespace Object {
    export type AsObject = {
        fooBar: string,
    }
}

export class Case extends jspb.Message { 
    getFoobar(): string;
    setFoobar(value: string): Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Case.AsObject;
    static toObject(includeInstance: boolean, msg: Case): Case.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Case, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Case;
    static deserializeBinaryFromReader(message: Case, reader: jspb.BinaryReader): Case;
}

export namespace Case {
    export type AsObject = {
        foobar: string,
    }
}

export enum global {
    PASS = 0,
    CONTINUE = 1,
    RETURN = 2,
}

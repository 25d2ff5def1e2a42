// package: ed.p3
// file: p3/plain.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class Plain extends jspb.Message { 
    getN(): number;
    setN(value: number): Plain;

    hasLabel(): boolean;
    clearLabel(): void;
    getLabel(): string | undefined;
    setLabel(value: string): Plain;
    clearValuesList(): void;
    getValuesList(): Array<number>;
    setValuesList(value: Array<number>): Plain;
    addValues(value: number, index?: number): number;
    getMood(): Plain.Mood;
    setMood(value: Plain.Mood): Plain;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Plain.AsObject;
    static toObject(includeInstance: boolean, msg: Plain): Plain.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Plain, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Plain;
    static deserializeBinaryFromReader(message: Plain, reader: jspb.BinaryReader): Plain;
}

export namespace Plain {
    export type AsObject = {
        n: number,
        label?: string,
        valuesList: Array<number>,
        mood: Plain.Mood,
    }

    export enum Mood {
    MOOD_UNSPECIFIED = 0,
    MOOD_CALM = 1,
    }

}

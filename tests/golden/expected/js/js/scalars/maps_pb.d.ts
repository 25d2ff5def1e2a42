// package: golden.scalars
// file: scalars/maps.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as scalars_scalars_pb from "./scalars_pb";

export class Maps extends jspb.Message { 

    getInt32KeyMap(): jspb.Map<number, string>;
    clearInt32KeyMap(): void;

    getInt64KeyMap(): jspb.Map<number, string>;
    clearInt64KeyMap(): void;

    getUint32KeyMap(): jspb.Map<number, string>;
    clearUint32KeyMap(): void;

    getUint64KeyMap(): jspb.Map<number, string>;
    clearUint64KeyMap(): void;

    getSint32KeyMap(): jspb.Map<number, string>;
    clearSint32KeyMap(): void;

    getSint64KeyMap(): jspb.Map<number, string>;
    clearSint64KeyMap(): void;

    getFixed32KeyMap(): jspb.Map<number, string>;
    clearFixed32KeyMap(): void;

    getFixed64KeyMap(): jspb.Map<number, string>;
    clearFixed64KeyMap(): void;

    getSfixed32KeyMap(): jspb.Map<number, string>;
    clearSfixed32KeyMap(): void;

    getSfixed64KeyMap(): jspb.Map<number, string>;
    clearSfixed64KeyMap(): void;

    getBoolKeyMap(): jspb.Map<boolean, string>;
    clearBoolKeyMap(): void;

    getStringKeyMap(): jspb.Map<string, string>;
    clearStringKeyMap(): void;

    getDoubleValueMap(): jspb.Map<string, number>;
    clearDoubleValueMap(): void;

    getBytesValueMap(): jspb.Map<string, Uint8Array | string>;
    clearBytesValueMap(): void;

    getEnumValueMap(): jspb.Map<string, scalars_scalars_pb.Color>;
    clearEnumValueMap(): void;

    getMessageValueMap(): jspb.Map<string, scalars_scalars_pb.Scalars>;
    clearMessageValueMap(): void;

    getInt64BothMap(): jspb.Map<number, number>;
    clearInt64BothMap(): void;

    getNestedValueMap(): jspb.Map<string, Maps.Entry>;
    clearNestedValueMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Maps.AsObject;
    static toObject(includeInstance: boolean, msg: Maps): Maps.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Maps, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Maps;
    static deserializeBinaryFromReader(message: Maps, reader: jspb.BinaryReader): Maps;
}

export namespace Maps {
    export type AsObject = {

        int32KeyMap: Array<[number, string]>,

        int64KeyMap: Array<[number, string]>,

        uint32KeyMap: Array<[number, string]>,

        uint64KeyMap: Array<[number, string]>,

        sint32KeyMap: Array<[number, string]>,

        sint64KeyMap: Array<[number, string]>,

        fixed32KeyMap: Array<[number, string]>,

        fixed64KeyMap: Array<[number, string]>,

        sfixed32KeyMap: Array<[number, string]>,

        sfixed64KeyMap: Array<[number, string]>,

        boolKeyMap: Array<[boolean, string]>,

        stringKeyMap: Array<[string, string]>,

        doubleValueMap: Array<[string, number]>,

        bytesValueMap: Array<[string, Uint8Array | string]>,

        enumValueMap: Array<[string, scalars_scalars_pb.Color]>,

        messageValueMap: Array<[string, scalars_scalars_pb.Scalars.AsObject]>,

        int64BothMap: Array<[number, number]>,

        nestedValueMap: Array<[string, Maps.Entry.AsObject]>,
    }


    export class Entry extends jspb.Message { 
        getNote(): string;
        setNote(value: string): Entry;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Entry.AsObject;
        static toObject(includeInstance: boolean, msg: Entry): Entry.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Entry, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Entry;
        static deserializeBinaryFromReader(message: Entry, reader: jspb.BinaryReader): Entry;
    }

    export namespace Entry {
        export type AsObject = {
            note: string,
        }
    }

}

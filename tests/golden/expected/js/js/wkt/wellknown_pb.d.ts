// package: golden.wkt
// file: wkt/wellknown.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as google_protobuf_any_pb from "google-protobuf/google/protobuf/any_pb";
import * as google_protobuf_duration_pb from "google-protobuf/google/protobuf/duration_pb";
import * as google_protobuf_empty_pb from "google-protobuf/google/protobuf/empty_pb";
import * as google_protobuf_field_mask_pb from "google-protobuf/google/protobuf/field_mask_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";
import * as google_protobuf_timestamp_pb from "google-protobuf/google/protobuf/timestamp_pb";
import * as google_protobuf_wrappers_pb from "google-protobuf/google/protobuf/wrappers_pb";

export class WellKnown extends jspb.Message { 

    hasAny(): boolean;
    clearAny(): void;
    getAny(): google_protobuf_any_pb.Any | undefined;
    setAny(value?: google_protobuf_any_pb.Any): WellKnown;

    hasDuration(): boolean;
    clearDuration(): void;
    getDuration(): google_protobuf_duration_pb.Duration | undefined;
    setDuration(value?: google_protobuf_duration_pb.Duration): WellKnown;

    hasEmpty(): boolean;
    clearEmpty(): void;
    getEmpty(): google_protobuf_empty_pb.Empty | undefined;
    setEmpty(value?: google_protobuf_empty_pb.Empty): WellKnown;

    hasMask(): boolean;
    clearMask(): void;
    getMask(): google_protobuf_field_mask_pb.FieldMask | undefined;
    setMask(value?: google_protobuf_field_mask_pb.FieldMask): WellKnown;

    hasStruct(): boolean;
    clearStruct(): void;
    getStruct(): google_protobuf_struct_pb.Struct | undefined;
    setStruct(value?: google_protobuf_struct_pb.Struct): WellKnown;

    hasValue(): boolean;
    clearValue(): void;
    getValue(): google_protobuf_struct_pb.Value | undefined;
    setValue(value?: google_protobuf_struct_pb.Value): WellKnown;

    hasList(): boolean;
    clearList(): void;
    getList(): google_protobuf_struct_pb.ListValue | undefined;
    setList(value?: google_protobuf_struct_pb.ListValue): WellKnown;

    hasTime(): boolean;
    clearTime(): void;
    getTime(): google_protobuf_timestamp_pb.Timestamp | undefined;
    setTime(value?: google_protobuf_timestamp_pb.Timestamp): WellKnown;

    hasMaybeString(): boolean;
    clearMaybeString(): void;
    getMaybeString(): google_protobuf_wrappers_pb.StringValue | undefined;
    setMaybeString(value?: google_protobuf_wrappers_pb.StringValue): WellKnown;

    hasMaybeInt64(): boolean;
    clearMaybeInt64(): void;
    getMaybeInt64(): google_protobuf_wrappers_pb.Int64Value | undefined;
    setMaybeInt64(value?: google_protobuf_wrappers_pb.Int64Value): WellKnown;

    hasMaybeBool(): boolean;
    clearMaybeBool(): void;
    getMaybeBool(): google_protobuf_wrappers_pb.BoolValue | undefined;
    setMaybeBool(value?: google_protobuf_wrappers_pb.BoolValue): WellKnown;

    hasMaybeBytes(): boolean;
    clearMaybeBytes(): void;
    getMaybeBytes(): google_protobuf_wrappers_pb.BytesValue | undefined;
    setMaybeBytes(value?: google_protobuf_wrappers_pb.BytesValue): WellKnown;
    clearTimesList(): void;
    getTimesList(): Array<google_protobuf_timestamp_pb.Timestamp>;
    setTimesList(value: Array<google_protobuf_timestamp_pb.Timestamp>): WellKnown;
    addTimes(value?: google_protobuf_timestamp_pb.Timestamp, index?: number): google_protobuf_timestamp_pb.Timestamp;

    getValuesMap(): jspb.Map<string, google_protobuf_struct_pb.Value>;
    clearValuesMap(): void;
    getNull(): google_protobuf_struct_pb.NullValue;
    setNull(value: google_protobuf_struct_pb.NullValue): WellKnown;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): WellKnown.AsObject;
    static toObject(includeInstance: boolean, msg: WellKnown): WellKnown.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: WellKnown, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): WellKnown;
    static deserializeBinaryFromReader(message: WellKnown, reader: jspb.BinaryReader): WellKnown;
}

export namespace WellKnown {
    export type AsObject = {
        any?: google_protobuf_any_pb.Any.AsObject,
        duration?: google_protobuf_duration_pb.Duration.AsObject,
        empty?: google_protobuf_empty_pb.Empty.AsObject,
        mask?: google_protobuf_field_mask_pb.FieldMask.AsObject,
        struct?: google_protobuf_struct_pb.Struct.AsObject,
        value?: google_protobuf_struct_pb.Value.AsObject,
        list?: google_protobuf_struct_pb.ListValue.AsObject,
        time?: google_protobuf_timestamp_pb.Timestamp.AsObject,
        maybeString?: google_protobuf_wrappers_pb.StringValue.AsObject,
        maybeInt64?: google_protobuf_wrappers_pb.Int64Value.AsObject,
        maybeBool?: google_protobuf_wrappers_pb.BoolValue.AsObject,
        maybeBytes?: google_protobuf_wrappers_pb.BytesValue.AsObject,
        timesList: Array<google_protobuf_timestamp_pb.Timestamp.AsObject>,

        valuesMap: Array<[string, google_protobuf_struct_pb.Value.AsObject]>,
        pb_null: google_protobuf_struct_pb.NullValue,
    }
}

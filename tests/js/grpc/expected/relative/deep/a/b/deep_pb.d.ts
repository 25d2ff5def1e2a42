// package: deep.a.b
// file: deep/a/b/deep.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as common_types_pb from "../../../common/types_pb";
import * as svc_all_pb from "../../../svc/all_pb";
import * as google_protobuf_struct_pb from "google-protobuf/google/protobuf/struct_pb";

export class DeepMsg extends jspb.Message { 

    hasThing(): boolean;
    clearThing(): void;
    getThing(): common_types_pb.Thing | undefined;
    setThing(value?: common_types_pb.Thing): DeepMsg;

    hasReq(): boolean;
    clearReq(): void;
    getReq(): svc_all_pb.Req | undefined;
    setReq(value?: svc_all_pb.Req): DeepMsg;

    hasS(): boolean;
    clearS(): void;
    getS(): google_protobuf_struct_pb.Struct | undefined;
    setS(value?: google_protobuf_struct_pb.Struct): DeepMsg;

    getValsMap(): jspb.Map<string, google_protobuf_struct_pb.Value>;
    clearValsMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): DeepMsg.AsObject;
    static toObject(includeInstance: boolean, msg: DeepMsg): DeepMsg.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: DeepMsg, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): DeepMsg;
    static deserializeBinaryFromReader(message: DeepMsg, reader: jspb.BinaryReader): DeepMsg;
}

export namespace DeepMsg {
    export type AsObject = {
        thing?: common_types_pb.Thing.AsObject,
        req?: svc_all_pb.Req.AsObject,
        s?: google_protobuf_struct_pb.Struct.AsObject,

        valsMap: Array<[string, google_protobuf_struct_pb.Value.AsObject]>,
    }
}

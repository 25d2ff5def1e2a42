// package: 
// file: nopkg.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as common_types_pb from "./common/types_pb";

export class Ping extends jspb.Message { 
    getMsg(): string;
    setMsg(value: string): Ping;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Ping.AsObject;
    static toObject(includeInstance: boolean, msg: Ping): Ping.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Ping, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Ping;
    static deserializeBinaryFromReader(message: Ping, reader: jspb.BinaryReader): Ping;
}

export namespace Ping {
    export type AsObject = {
        msg: string,
    }


    export class Deep extends jspb.Message { 
        getOk(): boolean;
        setOk(value: boolean): Deep;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Deep.AsObject;
        static toObject(includeInstance: boolean, msg: Deep): Deep.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Deep, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Deep;
        static deserializeBinaryFromReader(message: Deep, reader: jspb.BinaryReader): Deep;
    }

    export namespace Deep {
        export type AsObject = {
            ok: boolean,
        }
    }

}

// package: golden.public
// file: public/user.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as public_base_pb from "./base_pb";
import * as public_reexport_pb from "./reexport_pb";

export class User extends jspb.Message { 

    hasWrapper(): boolean;
    clearWrapper(): void;
    getWrapper(): public_reexport_pb.Wrapper | undefined;
    setWrapper(value?: public_reexport_pb.Wrapper): User;

    hasBase(): boolean;
    clearBase(): void;
    getBase(): public_base_pb.Base | undefined;
    setBase(value?: public_base_pb.Base): User;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): User.AsObject;
    static toObject(includeInstance: boolean, msg: User): User.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: User, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): User;
    static deserializeBinaryFromReader(message: User, reader: jspb.BinaryReader): User;
}

export namespace User {
    export type AsObject = {
        wrapper?: public_reexport_pb.Wrapper.AsObject,
        base?: public_base_pb.Base.AsObject,
    }
}

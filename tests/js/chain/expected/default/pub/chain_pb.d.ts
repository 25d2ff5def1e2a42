// package: chain
// file: pub/chain.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as pub_only_public_pb from "./only_public_pb";
import * as pub_base_pb from "./base_pb";

export class Holder extends jspb.Message { 

    hasBase(): boolean;
    clearBase(): void;
    getBase(): pub_base_pb.Base | undefined;
    setBase(value?: pub_base_pb.Base): Holder;
    clearManyList(): void;
    getManyList(): Array<pub_base_pb.Base>;
    setManyList(value: Array<pub_base_pb.Base>): Holder;
    addMany(value?: pub_base_pb.Base, index?: number): pub_base_pb.Base;

    getByIdMap(): jspb.Map<string, pub_base_pb.Base>;
    clearByIdMap(): void;

    hasInner(): boolean;
    clearInner(): void;
    getInner(): pub_base_pb.Base.Inner | undefined;
    setInner(value?: pub_base_pb.Base.Inner): Holder;
    getColor(): pub_base_pb.Color;
    setColor(value: pub_base_pb.Color): Holder;

    hasPicked(): boolean;
    clearPicked(): void;
    getPicked(): pub_base_pb.Base | undefined;
    setPicked(value?: pub_base_pb.Base): Holder;

    hasName(): boolean;
    clearName(): void;
    getName(): string;
    setName(value: string): Holder;

    getPickCase(): Holder.PickCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Holder.AsObject;
    static toObject(includeInstance: boolean, msg: Holder): Holder.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Holder, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Holder;
    static deserializeBinaryFromReader(message: Holder, reader: jspb.BinaryReader): Holder;
}

export namespace Holder {
    export type AsObject = {
        base?: pub_base_pb.Base.AsObject,
        manyList: Array<pub_base_pb.Base.AsObject>,

        byIdMap: Array<[string, pub_base_pb.Base.AsObject]>,
        inner?: pub_base_pb.Base.Inner.AsObject,
        color: pub_base_pb.Color,
        picked?: pub_base_pb.Base.AsObject,
        name: string,
    }

    export enum PickCase {
        PICK_NOT_SET = 0,
        PICKED = 6,
        NAME = 7,
    }

}

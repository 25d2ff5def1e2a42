// package: ed.encoding
// file: e2023/encoding.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as e2023_presence_pb from "./presence_pb";

export class Repeated extends jspb.Message { 
    clearPDoubleList(): void;
    getPDoubleList(): Array<number>;
    setPDoubleList(value: Array<number>): Repeated;
    addPDouble(value: number, index?: number): number;
    clearPFloatList(): void;
    getPFloatList(): Array<number>;
    setPFloatList(value: Array<number>): Repeated;
    addPFloat(value: number, index?: number): number;
    clearPInt64List(): void;
    getPInt64List(): Array<number>;
    setPInt64List(value: Array<number>): Repeated;
    addPInt64(value: number, index?: number): number;
    clearPUint64List(): void;
    getPUint64List(): Array<number>;
    setPUint64List(value: Array<number>): Repeated;
    addPUint64(value: number, index?: number): number;
    clearPInt32List(): void;
    getPInt32List(): Array<number>;
    setPInt32List(value: Array<number>): Repeated;
    addPInt32(value: number, index?: number): number;
    clearPFixed64List(): void;
    getPFixed64List(): Array<number>;
    setPFixed64List(value: Array<number>): Repeated;
    addPFixed64(value: number, index?: number): number;
    clearPFixed32List(): void;
    getPFixed32List(): Array<number>;
    setPFixed32List(value: Array<number>): Repeated;
    addPFixed32(value: number, index?: number): number;
    clearPBoolList(): void;
    getPBoolList(): Array<boolean>;
    setPBoolList(value: Array<boolean>): Repeated;
    addPBool(value: boolean, index?: number): boolean;
    clearPUint32List(): void;
    getPUint32List(): Array<number>;
    setPUint32List(value: Array<number>): Repeated;
    addPUint32(value: number, index?: number): number;
    clearPSfixed32List(): void;
    getPSfixed32List(): Array<number>;
    setPSfixed32List(value: Array<number>): Repeated;
    addPSfixed32(value: number, index?: number): number;
    clearPSfixed64List(): void;
    getPSfixed64List(): Array<number>;
    setPSfixed64List(value: Array<number>): Repeated;
    addPSfixed64(value: number, index?: number): number;
    clearPSint32List(): void;
    getPSint32List(): Array<number>;
    setPSint32List(value: Array<number>): Repeated;
    addPSint32(value: number, index?: number): number;
    clearPSint64List(): void;
    getPSint64List(): Array<number>;
    setPSint64List(value: Array<number>): Repeated;
    addPSint64(value: number, index?: number): number;
    clearPColorList(): void;
    getPColorList(): Array<e2023_presence_pb.Color>;
    setPColorList(value: Array<e2023_presence_pb.Color>): Repeated;
    addPColor(value: e2023_presence_pb.Color, index?: number): e2023_presence_pb.Color;
    clearEDoubleList(): void;
    getEDoubleList(): Array<number>;
    setEDoubleList(value: Array<number>): Repeated;
    addEDouble(value: number, index?: number): number;
    clearEFloatList(): void;
    getEFloatList(): Array<number>;
    setEFloatList(value: Array<number>): Repeated;
    addEFloat(value: number, index?: number): number;
    clearEInt64List(): void;
    getEInt64List(): Array<number>;
    setEInt64List(value: Array<number>): Repeated;
    addEInt64(value: number, index?: number): number;
    clearEUint64List(): void;
    getEUint64List(): Array<number>;
    setEUint64List(value: Array<number>): Repeated;
    addEUint64(value: number, index?: number): number;
    clearEInt32List(): void;
    getEInt32List(): Array<number>;
    setEInt32List(value: Array<number>): Repeated;
    addEInt32(value: number, index?: number): number;
    clearEFixed64List(): void;
    getEFixed64List(): Array<number>;
    setEFixed64List(value: Array<number>): Repeated;
    addEFixed64(value: number, index?: number): number;
    clearEFixed32List(): void;
    getEFixed32List(): Array<number>;
    setEFixed32List(value: Array<number>): Repeated;
    addEFixed32(value: number, index?: number): number;
    clearEBoolList(): void;
    getEBoolList(): Array<boolean>;
    setEBoolList(value: Array<boolean>): Repeated;
    addEBool(value: boolean, index?: number): boolean;
    clearEUint32List(): void;
    getEUint32List(): Array<number>;
    setEUint32List(value: Array<number>): Repeated;
    addEUint32(value: number, index?: number): number;
    clearESfixed32List(): void;
    getESfixed32List(): Array<number>;
    setESfixed32List(value: Array<number>): Repeated;
    addESfixed32(value: number, index?: number): number;
    clearESfixed64List(): void;
    getESfixed64List(): Array<number>;
    setESfixed64List(value: Array<number>): Repeated;
    addESfixed64(value: number, index?: number): number;
    clearESint32List(): void;
    getESint32List(): Array<number>;
    setESint32List(value: Array<number>): Repeated;
    addESint32(value: number, index?: number): number;
    clearESint64List(): void;
    getESint64List(): Array<number>;
    setESint64List(value: Array<number>): Repeated;
    addESint64(value: number, index?: number): number;
    clearEColorList(): void;
    getEColorList(): Array<e2023_presence_pb.Color>;
    setEColorList(value: Array<e2023_presence_pb.Color>): Repeated;
    addEColor(value: e2023_presence_pb.Color, index?: number): e2023_presence_pb.Color;
    clearStringsList(): void;
    getStringsList(): Array<string>;
    setStringsList(value: Array<string>): Repeated;
    addStrings(value: string, index?: number): string;
    clearBlobsList(): void;
    getBlobsList(): Array<Uint8Array | string>;
    getBlobsList_asU8(): Array<Uint8Array>;
    getBlobsList_asB64(): Array<string>;
    setBlobsList(value: Array<Uint8Array | string>): Repeated;
    addBlobs(value: Uint8Array | string, index?: number): Uint8Array | string;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Repeated.AsObject;
    static toObject(includeInstance: boolean, msg: Repeated): Repeated.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Repeated, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Repeated;
    static deserializeBinaryFromReader(message: Repeated, reader: jspb.BinaryReader): Repeated;
}

export namespace Repeated {
    export type AsObject = {
        pDoubleList: Array<number>,
        pFloatList: Array<number>,
        pInt64List: Array<number>,
        pUint64List: Array<number>,
        pInt32List: Array<number>,
        pFixed64List: Array<number>,
        pFixed32List: Array<number>,
        pBoolList: Array<boolean>,
        pUint32List: Array<number>,
        pSfixed32List: Array<number>,
        pSfixed64List: Array<number>,
        pSint32List: Array<number>,
        pSint64List: Array<number>,
        pColorList: Array<e2023_presence_pb.Color>,
        eDoubleList: Array<number>,
        eFloatList: Array<number>,
        eInt64List: Array<number>,
        eUint64List: Array<number>,
        eInt32List: Array<number>,
        eFixed64List: Array<number>,
        eFixed32List: Array<number>,
        eBoolList: Array<boolean>,
        eUint32List: Array<number>,
        eSfixed32List: Array<number>,
        eSfixed64List: Array<number>,
        eSint32List: Array<number>,
        eSint64List: Array<number>,
        eColorList: Array<e2023_presence_pb.Color>,
        stringsList: Array<string>,
        blobsList: Array<Uint8Array | string>,
    }
}

export class Delimited extends jspb.Message { 

    hasItem(): boolean;
    clearItem(): void;
    getItem(): Delimited.Item | undefined;
    setItem(value?: Delimited.Item): Delimited;
    clearItemsList(): void;
    getItemsList(): Array<Delimited.Item>;
    setItemsList(value: Array<Delimited.Item>): Delimited;
    addItems(value?: Delimited.Item, index?: number): Delimited.Item;

    hasFirst(): boolean;
    clearFirst(): void;
    getFirst(): e2023_presence_pb.Scalars | undefined;
    setFirst(value?: e2023_presence_pb.Scalars): Delimited;

    hasSecond(): boolean;
    clearSecond(): void;
    getSecond(): e2023_presence_pb.Scalars | undefined;
    setSecond(value?: e2023_presence_pb.Scalars): Delimited;
    clearManyList(): void;
    getManyList(): Array<e2023_presence_pb.Scalars>;
    setManyList(value: Array<e2023_presence_pb.Scalars>): Delimited;
    addMany(value?: e2023_presence_pb.Scalars, index?: number): e2023_presence_pb.Scalars;

    hasPickedItem(): boolean;
    clearPickedItem(): void;
    getPickedItem(): Delimited.Item | undefined;
    setPickedItem(value?: Delimited.Item): Delimited;

    hasPickedNumber(): boolean;
    clearPickedNumber(): void;
    getPickedNumber(): number;
    setPickedNumber(value: number): Delimited;

    hasPlain(): boolean;
    clearPlain(): void;
    getPlain(): Delimited.Item | undefined;
    setPlain(value?: Delimited.Item): Delimited;

    hasRecursive(): boolean;
    clearRecursive(): void;
    getRecursive(): Delimited | undefined;
    setRecursive(value?: Delimited): Delimited;
    clearLineItemList(): void;
    getLineItemList(): Array<Delimited.LineItem>;
    setLineItemList(value: Array<Delimited.LineItem>): Delimited;
    addLineItem(value?: Delimited.LineItem, index?: number): Delimited.LineItem;

    getPickCase(): Delimited.PickCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): Delimited.AsObject;
    static toObject(includeInstance: boolean, msg: Delimited): Delimited.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: Delimited, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): Delimited;
    static deserializeBinaryFromReader(message: Delimited, reader: jspb.BinaryReader): Delimited;
}

export namespace Delimited {
    export type AsObject = {
        item?: Delimited.Item.AsObject,
        itemsList: Array<Delimited.Item.AsObject>,
        first?: e2023_presence_pb.Scalars.AsObject,
        second?: e2023_presence_pb.Scalars.AsObject,
        manyList: Array<e2023_presence_pb.Scalars.AsObject>,
        pickedItem?: Delimited.Item.AsObject,
        pickedNumber?: number,
        plain?: Delimited.Item.AsObject,
        recursive?: Delimited.AsObject,
        lineItemList: Array<Delimited.LineItem.AsObject>,
    }


    export class Item extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number;
        setA(value: number): Item;

        hasB(): boolean;
        clearB(): void;
        getB(): string;
        setB(value: string): Item;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): Item.AsObject;
        static toObject(includeInstance: boolean, msg: Item): Item.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: Item, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): Item;
        static deserializeBinaryFromReader(message: Item, reader: jspb.BinaryReader): Item;
    }

    export namespace Item {
        export type AsObject = {
            a?: number,
            b?: string,
        }
    }

    export class LineItem extends jspb.Message { 

        hasQty(): boolean;
        clearQty(): void;
        getQty(): number;
        setQty(value: number): LineItem;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): LineItem.AsObject;
        static toObject(includeInstance: boolean, msg: LineItem): LineItem.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: LineItem, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): LineItem;
        static deserializeBinaryFromReader(message: LineItem, reader: jspb.BinaryReader): LineItem;
    }

    export namespace LineItem {
        export type AsObject = {
            qty?: number,
        }
    }


    export enum PickCase {
        PICK_NOT_SET = 0,
        PICKED_ITEM = 6,
        PICKED_NUMBER = 7,
    }

}

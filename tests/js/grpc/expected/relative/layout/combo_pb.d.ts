// package: layout.combo
// file: layout/combo.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export class M0 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M0.AsObject;
    static toObject(includeInstance: boolean, msg: M0): M0.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M0, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M0;
    static deserializeBinaryFromReader(message: M0, reader: jspb.BinaryReader): M0;
}

export namespace M0 {
    export type AsObject = {
    }
}

export class M1 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M1.AsObject;
    static toObject(includeInstance: boolean, msg: M1): M1.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M1, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M1;
    static deserializeBinaryFromReader(message: M1, reader: jspb.BinaryReader): M1;
}

export namespace M1 {
    export type AsObject = {
    }


    export class N1 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N1;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N1.AsObject;
        static toObject(includeInstance: boolean, msg: N1): N1.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N1, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N1;
        static deserializeBinaryFromReader(message: N1, reader: jspb.BinaryReader): N1;
    }

    export namespace N1 {
        export type AsObject = {
            a?: number,
        }
    }

}

export class M2 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M2.AsObject;
    static toObject(includeInstance: boolean, msg: M2): M2.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M2, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M2;
    static deserializeBinaryFromReader(message: M2, reader: jspb.BinaryReader): M2;
}

export namespace M2 {
    export type AsObject = {
    }

    export enum E2 {
    Z2 = 0,
    }

}

export class M3 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M3.AsObject;
    static toObject(includeInstance: boolean, msg: M3): M3.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M3, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M3;
    static deserializeBinaryFromReader(message: M3, reader: jspb.BinaryReader): M3;
}

export namespace M3 {
    export type AsObject = {
    }


    export class N3 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N3;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N3.AsObject;
        static toObject(includeInstance: boolean, msg: N3): N3.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N3, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N3;
        static deserializeBinaryFromReader(message: N3, reader: jspb.BinaryReader): N3;
    }

    export namespace N3 {
        export type AsObject = {
            a?: number,
        }
    }


    export enum E3 {
    Z3 = 0,
    }

}

export class M4 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M4;

    getO4Case(): M4.O4Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M4.AsObject;
    static toObject(includeInstance: boolean, msg: M4): M4.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M4, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M4;
    static deserializeBinaryFromReader(message: M4, reader: jspb.BinaryReader): M4;
}

export namespace M4 {
    export type AsObject = {
        oa?: number,
    }

    export enum O4Case {
        O4_NOT_SET = 0,
        OA = 2,
    }

}

export class M5 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M5;

    getO5Case(): M5.O5Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M5.AsObject;
    static toObject(includeInstance: boolean, msg: M5): M5.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M5, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M5;
    static deserializeBinaryFromReader(message: M5, reader: jspb.BinaryReader): M5;
}

export namespace M5 {
    export type AsObject = {
        oa?: number,
    }


    export class N5 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N5;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N5.AsObject;
        static toObject(includeInstance: boolean, msg: N5): N5.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N5, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N5;
        static deserializeBinaryFromReader(message: N5, reader: jspb.BinaryReader): N5;
    }

    export namespace N5 {
        export type AsObject = {
            a?: number,
        }
    }


    export enum O5Case {
        O5_NOT_SET = 0,
        OA = 2,
    }

}

export class M6 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M6;

    getO6Case(): M6.O6Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M6.AsObject;
    static toObject(includeInstance: boolean, msg: M6): M6.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M6, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M6;
    static deserializeBinaryFromReader(message: M6, reader: jspb.BinaryReader): M6;
}

export namespace M6 {
    export type AsObject = {
        oa?: number,
    }

    export enum E6 {
    Z6 = 0,
    }


    export enum O6Case {
        O6_NOT_SET = 0,
        OA = 2,
    }

}

export class M7 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M7;

    getO7Case(): M7.O7Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M7.AsObject;
    static toObject(includeInstance: boolean, msg: M7): M7.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M7, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M7;
    static deserializeBinaryFromReader(message: M7, reader: jspb.BinaryReader): M7;
}

export namespace M7 {
    export type AsObject = {
        oa?: number,
    }


    export class N7 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N7;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N7.AsObject;
        static toObject(includeInstance: boolean, msg: N7): N7.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N7, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N7;
        static deserializeBinaryFromReader(message: N7, reader: jspb.BinaryReader): N7;
    }

    export namespace N7 {
        export type AsObject = {
            a?: number,
        }
    }


    export enum E7 {
    Z7 = 0,
    }


    export enum O7Case {
        O7_NOT_SET = 0,
        OA = 2,
    }

}

export class M8 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M8.AsObject;
    static toObject(includeInstance: boolean, msg: M8): M8.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M8, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M8;
    static deserializeBinaryFromReader(message: M8, reader: jspb.BinaryReader): M8;
}

export namespace M8 {
    export type AsObject = {
    }

    export const ext8: jspb.ExtensionFieldInfo<number>;

}

export class M9 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M9.AsObject;
    static toObject(includeInstance: boolean, msg: M9): M9.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M9, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M9;
    static deserializeBinaryFromReader(message: M9, reader: jspb.BinaryReader): M9;
}

export namespace M9 {
    export type AsObject = {
    }


    export class N9 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N9;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N9.AsObject;
        static toObject(includeInstance: boolean, msg: N9): N9.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N9, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N9;
        static deserializeBinaryFromReader(message: N9, reader: jspb.BinaryReader): N9;
    }

    export namespace N9 {
        export type AsObject = {
            a?: number,
        }
    }


    export const ext9: jspb.ExtensionFieldInfo<number>;

}

export class M10 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M10.AsObject;
    static toObject(includeInstance: boolean, msg: M10): M10.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M10, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M10;
    static deserializeBinaryFromReader(message: M10, reader: jspb.BinaryReader): M10;
}

export namespace M10 {
    export type AsObject = {
    }

    export enum E10 {
    Z10 = 0,
    }


    export const ext10: jspb.ExtensionFieldInfo<number>;

}

export class M11 extends jspb.Message { 

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M11.AsObject;
    static toObject(includeInstance: boolean, msg: M11): M11.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M11, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M11;
    static deserializeBinaryFromReader(message: M11, reader: jspb.BinaryReader): M11;
}

export namespace M11 {
    export type AsObject = {
    }


    export class N11 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N11;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N11.AsObject;
        static toObject(includeInstance: boolean, msg: N11): N11.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N11, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N11;
        static deserializeBinaryFromReader(message: N11, reader: jspb.BinaryReader): N11;
    }

    export namespace N11 {
        export type AsObject = {
            a?: number,
        }
    }


    export enum E11 {
    Z11 = 0,
    }


    export const ext11: jspb.ExtensionFieldInfo<number>;

}

export class M12 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M12;

    getO12Case(): M12.O12Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M12.AsObject;
    static toObject(includeInstance: boolean, msg: M12): M12.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M12, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M12;
    static deserializeBinaryFromReader(message: M12, reader: jspb.BinaryReader): M12;
}

export namespace M12 {
    export type AsObject = {
        oa?: number,
    }

    export enum O12Case {
        O12_NOT_SET = 0,
        OA = 2,
    }


    export const ext12: jspb.ExtensionFieldInfo<number>;

}

export class M13 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M13;

    getO13Case(): M13.O13Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M13.AsObject;
    static toObject(includeInstance: boolean, msg: M13): M13.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M13, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M13;
    static deserializeBinaryFromReader(message: M13, reader: jspb.BinaryReader): M13;
}

export namespace M13 {
    export type AsObject = {
        oa?: number,
    }


    export class N13 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N13;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N13.AsObject;
        static toObject(includeInstance: boolean, msg: N13): N13.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N13, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N13;
        static deserializeBinaryFromReader(message: N13, reader: jspb.BinaryReader): N13;
    }

    export namespace N13 {
        export type AsObject = {
            a?: number,
        }
    }


    export enum O13Case {
        O13_NOT_SET = 0,
        OA = 2,
    }


    export const ext13: jspb.ExtensionFieldInfo<number>;

}

export class M14 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M14;

    getO14Case(): M14.O14Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M14.AsObject;
    static toObject(includeInstance: boolean, msg: M14): M14.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M14, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M14;
    static deserializeBinaryFromReader(message: M14, reader: jspb.BinaryReader): M14;
}

export namespace M14 {
    export type AsObject = {
        oa?: number,
    }

    export enum E14 {
    Z14 = 0,
    }


    export enum O14Case {
        O14_NOT_SET = 0,
        OA = 2,
    }


    export const ext14: jspb.ExtensionFieldInfo<number>;

}

export class M15 extends jspb.Message { 

    hasOa(): boolean;
    clearOa(): void;
    getOa(): number | undefined;
    setOa(value: number): M15;

    getO15Case(): M15.O15Case;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): M15.AsObject;
    static toObject(includeInstance: boolean, msg: M15): M15.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: M15, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): M15;
    static deserializeBinaryFromReader(message: M15, reader: jspb.BinaryReader): M15;
}

export namespace M15 {
    export type AsObject = {
        oa?: number,
    }


    export class N15 extends jspb.Message { 

        hasA(): boolean;
        clearA(): void;
        getA(): number | undefined;
        setA(value: number): N15;

        serializeBinary(): Uint8Array;
        toObject(includeInstance?: boolean): N15.AsObject;
        static toObject(includeInstance: boolean, msg: N15): N15.AsObject;
        static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
        static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
        static serializeBinaryToWriter(message: N15, writer: jspb.BinaryWriter): void;
        static deserializeBinary(bytes: Uint8Array): N15;
        static deserializeBinaryFromReader(message: N15, reader: jspb.BinaryReader): N15;
    }

    export namespace N15 {
        export type AsObject = {
            a?: number,
        }
    }


    export enum E15 {
    Z15 = 0,
    }


    export enum O15Case {
        O15_NOT_SET = 0,
        OA = 2,
    }


    export const ext15: jspb.ExtensionFieldInfo<number>;

}

export class FMap extends jspb.Message { 

    getMMap(): jspb.Map<string, number>;
    clearMMap(): void;

    hasAfter(): boolean;
    clearAfter(): void;
    getAfter(): number | undefined;
    setAfter(value: number): FMap;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): FMap.AsObject;
    static toObject(includeInstance: boolean, msg: FMap): FMap.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: FMap, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): FMap;
    static deserializeBinaryFromReader(message: FMap, reader: jspb.BinaryReader): FMap;
}

export namespace FMap {
    export type AsObject = {

        mMap: Array<[string, number]>,
        after?: number,
    }
}

export class FRep extends jspb.Message { 
    clearRList(): void;
    getRList(): Array<number>;
    setRList(value: Array<number>): FRep;
    addR(value: number, index?: number): number;

    getMMap(): jspb.Map<string, number>;
    clearMMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): FRep.AsObject;
    static toObject(includeInstance: boolean, msg: FRep): FRep.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: FRep, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): FRep;
    static deserializeBinaryFromReader(message: FRep, reader: jspb.BinaryReader): FRep;
}

export namespace FRep {
    export type AsObject = {
        rList: Array<number>,

        mMap: Array<[string, number]>,
    }
}

export class FMapLast extends jspb.Message { 

    hasA(): boolean;
    clearA(): void;
    getA(): number | undefined;
    setA(value: number): FMapLast;

    getMMap(): jspb.Map<string, number>;
    clearMMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): FMapLast.AsObject;
    static toObject(includeInstance: boolean, msg: FMapLast): FMapLast.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: FMapLast, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): FMapLast;
    static deserializeBinaryFromReader(message: FMapLast, reader: jspb.BinaryReader): FMapLast;
}

export namespace FMapLast {
    export type AsObject = {
        a?: number,

        mMap: Array<[string, number]>,
    }
}

export class FMapOnly extends jspb.Message { 

    getMMap(): jspb.Map<string, number>;
    clearMMap(): void;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): FMapOnly.AsObject;
    static toObject(includeInstance: boolean, msg: FMapOnly): FMapOnly.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: FMapOnly, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): FMapOnly;
    static deserializeBinaryFromReader(message: FMapOnly, reader: jspb.BinaryReader): FMapOnly;
}

export namespace FMapOnly {
    export type AsObject = {

        mMap: Array<[string, number]>,
    }
}

export class FMapOneof extends jspb.Message { 

    getMMap(): jspb.Map<string, number>;
    clearMMap(): void;

    hasQ(): boolean;
    clearQ(): void;
    getQ(): number | undefined;
    setQ(value: number): FMapOneof;

    getXCase(): FMapOneof.XCase;

    serializeBinary(): Uint8Array;
    toObject(includeInstance?: boolean): FMapOneof.AsObject;
    static toObject(includeInstance: boolean, msg: FMapOneof): FMapOneof.AsObject;
    static extensions: {[key: number]: jspb.ExtensionFieldInfo<jspb.Message>};
    static extensionsBinary: {[key: number]: jspb.ExtensionFieldBinaryInfo<jspb.Message>};
    static serializeBinaryToWriter(message: FMapOneof, writer: jspb.BinaryWriter): void;
    static deserializeBinary(bytes: Uint8Array): FMapOneof;
    static deserializeBinaryFromReader(message: FMapOneof, reader: jspb.BinaryReader): FMapOneof;
}

export namespace FMapOneof {
    export type AsObject = {

        mMap: Array<[string, number]>,
        q?: number,
    }

    export enum XCase {
        X_NOT_SET = 0,
        Q = 2,
    }

}

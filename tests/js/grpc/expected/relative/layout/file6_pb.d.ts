// package: layout.f6
// file: layout/file6.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as layout_combo_pb from "./combo_pb";

export const fx6: jspb.ExtensionFieldInfo<number>;

export const fy6: jspb.ExtensionFieldInfo<number>;

export enum EA {
    EA0 = 0,
}

export enum EB {
    EB0 = 0,
}

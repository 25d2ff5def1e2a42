// package: layout.f2
// file: layout/file2.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as layout_combo_pb from "./combo_pb";

export const fx2: jspb.ExtensionFieldInfo<number>;

export const fy2: jspb.ExtensionFieldInfo<number>;

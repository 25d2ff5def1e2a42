// package: layout.f4
// file: layout/file4.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

export enum EA {
    EA0 = 0,
}

export enum EB {
    EB0 = 0,
}

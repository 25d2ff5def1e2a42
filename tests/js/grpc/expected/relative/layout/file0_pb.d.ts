// package: layout.f0
// file: layout/file0.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";

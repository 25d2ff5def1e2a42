// package: google.api
// file: google/api/annotations.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as google_protobuf_descriptor_pb from "google-protobuf/google/protobuf/descriptor_pb";

export const http: jspb.ExtensionFieldInfo<string>;

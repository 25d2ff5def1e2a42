// package: golden.options
// file: options/custom.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as google_protobuf_descriptor_pb from "google-protobuf/google/protobuf/descriptor_pb";

export const fileTag: jspb.ExtensionFieldInfo<string>;

export const audited: jspb.ExtensionFieldInfo<boolean>;

export const weight: jspb.ExtensionFieldInfo<number>;

export const label: jspb.ExtensionFieldInfo<string>;

export const display: jspb.ExtensionFieldInfo<string>;

export const owner: jspb.ExtensionFieldInfo<string>;

export const idempotent: jspb.ExtensionFieldInfo<boolean>;

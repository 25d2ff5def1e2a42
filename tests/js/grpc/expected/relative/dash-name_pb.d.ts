// package: dash.v1
// file: dash-name.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as common_types_pb from "./common/types_pb";

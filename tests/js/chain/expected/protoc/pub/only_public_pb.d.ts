// package: 
// file: pub/only_public.proto

/* tslint:disable */
/* eslint-disable */

import * as jspb from "google-protobuf";
import * as pub_base_pb from "../pub/base_pb";

// Negative type test: every statement below misuses the generated declarations and must be
// rejected by `tsc --strict --noEmit`. The types test asserts each expected error (line, code).
import * as grpc from "@grpc/grpc-js";
import { EchoClient, IEchoServer } from "./gen/rt/echo_grpc_pb";
import { Note, Summary } from "./gen/rt/echo_pb";

const client = new EchoClient("127.0.0.1:1", grpc.credentials.createInsecure());
client.unary(new Summary(), () => undefined); // line 8: a Summary where a Note is expected
new Note().setSeq("42"); // line 9: a string for an int64 field (TS2345)
export const partial: IEchoServer = { unary: (_call, cb) => cb(null, new Note()) }; // line 10: handlers missing (TS2739)
const asObject: Note.AsObject = new Note().toObject();
asObject.seq = undefined; // line 12: proto3 scalars are never undefined in AsObject (TS2322)

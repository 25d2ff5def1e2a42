// Type test: a server written against the generated declarations (rt/echo_grpc_pb.d.ts).
// Must compile under `tsc --strict --noEmit`.
import * as grpc from "@grpc/grpc-js";
import * as empty from "google-protobuf/google/protobuf/empty_pb";
import { EchoService, IEchoServer } from "./gen/rt/echo_grpc_pb";
import { Note, Summary } from "./gen/rt/echo_pb";
import { Color, Thing } from "./gen/common/types_pb";

const impl: IEchoServer = {
    unary(call: grpc.ServerUnaryCall<Note, Note>, callback: grpc.sendUnaryData<Note>): void {
        const n: Note = call.request;
        n.setText(n.getText().toUpperCase()).setSeq(n.getSeq() + 1);
        const thing: Thing | undefined = n.getThing();
        if (thing !== undefined && thing.getInner()?.getColor() === Color.GREEN) {
            n.setColor(Color.RED);
        }
        const counts: [string, number][] = n.getCountsMap().toArray();
        n.setTagsList(counts.map(([k]) => k));
        if (n.getExtraCase() === Note.ExtraCase.CODE) {
            n.setLabel(`code ${n.getCode()}`);
        }
        const maybe: string | undefined = n.hasMaybe() ? n.getMaybe() : undefined;
        const blob: Uint8Array = n.getBlob_asU8();
        callback(null, n.setText(`${n.getText()} ${maybe ?? ""} ${blob.length}`));
    },
    expand(call: grpc.ServerWritableStream<Note, Note>): void {
        for (let i = 0; i < call.request.getSeq(); i++) {
            call.write(new Note().setSeq(i));
        }
        call.end();
    },
    collect(call: grpc.ServerReadableStream<Note, Summary>, callback: grpc.sendUnaryData<Summary>): void {
        const s = new Summary();
        call.on("data", (n: Note) => s.addSeqs(n.getSeq()));
        call.on("end", () => callback(null, s.setCount(s.getSeqsList().length)));
    },
    chat(call: grpc.ServerDuplexStream<Note, Note>): void {
        call.on("data", (n: Note) => call.write(n));
        call.on("end", () => call.end());
    },
    ping(_call, callback): void {
        callback(null, new empty.Empty());
    },
};

export function start(): grpc.Server {
    const server = new grpc.Server();
    server.addService(EchoService, impl);
    return server;
}

const asObject: Note.AsObject = new Note().toObject();
export const summary: Summary.AsObject = { count: 1, seqsList: [asObject.seq], joined: asObject.text };

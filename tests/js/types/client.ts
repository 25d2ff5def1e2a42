// Type test: a client written against the generated declarations, using every overload kind.
// Must compile under `tsc --strict --noEmit`.
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { EchoClient } from "./gen/rt/echo_grpc_pb";
import { Note, Summary } from "./gen/rt/echo_pb";
import { Thing } from "./gen/common/types_pb";

export function run(address: string): void {
    const client = new EchoClient(address, grpc.credentials.createInsecure(), { "grpc.max_receive_message_length": 1024 });
    const note = new Note().setText("hi").setSeq(1).setThing(new Thing().setId("t"));
    note.getCountsMap().set("a", 1);

    const call: grpc.ClientUnaryCall = client.unary(note, (err: grpc.ServiceError | null, res: Note) => {
        if (err === null) {
            console.log(res.getText());
        }
    });
    call.cancel();
    client.unary(note, new grpc.Metadata(), (_err, res) => console.log(res.getSeq()));
    client.unary(note, new grpc.Metadata(), { deadline: Date.now() + 1000 }, (_err, res) => console.log(res.toObject().text));

    const stream: grpc.ClientReadableStream<Note> = client.expand(note);
    stream.on("data", (n: Note) => console.log(n.getSeq()));
    client.expand(note, new grpc.Metadata(), { deadline: Date.now() + 1000 });

    const writer: grpc.ClientWritableStream<Note> = client.collect((_err, summary: Summary) => console.log(summary.getCount()));
    writer.write(note);
    writer.end();
    client.collect(new grpc.Metadata(), { deadline: Date.now() + 1000 }, (_err, s) => console.log(s.getJoined()));

    const duplex: grpc.ClientDuplexStream<Note, Note> = client.chat();
    duplex.on("data", (n: Note) => console.log(n.getText()));
    duplex.write(note);
    duplex.end();
    client.chat(new grpc.Metadata(), { deadline: Date.now() + 1000 });

    client.ping(new Empty(), (_err, e: Empty) => console.log(e.serializeBinary().length));
}

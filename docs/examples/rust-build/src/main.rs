//! Serves Greeter on a loopback port and calls it with the generated client.

use std::collections::BTreeSet;

use tokio_stream::wrappers::{ReceiverStream, TcpListenerStream};
use tokio_stream::StreamExt;
use tonic::{Request, Response, Status};

pub mod greet {
    pub mod v1 {
        include!(concat!(env!("OUT_DIR"), "/greet.v1.rs"));
    }
}

use greet::v1::greeter_client::GreeterClient;
use greet::v1::greeter_server::{Greeter, GreeterServer};
use greet::v1::{CountdownRequest, HelloReply, HelloRequest, Tick};

struct Service;

#[tonic::async_trait]
impl Greeter for Service {
    async fn hello(&self, request: Request<HelloRequest>) -> Result<Response<HelloReply>, Status> {
        let name = request.into_inner().name;
        Ok(Response::new(HelloReply { message: format!("hello, {name}") }))
    }

    type CountdownStream = ReceiverStream<Result<Tick, Status>>;

    async fn countdown(&self, request: Request<CountdownRequest>) -> Result<Response<Self::CountdownStream>, Status> {
        let from = request.into_inner().from;
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        tokio::spawn(async move {
            for left in (1..=from).rev() {
                if tx.send(Ok(Tick { left })).await.is_err() {
                    break;
                }
            }
        });
        Ok(Response::new(ReceiverStream::new(rx)))
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(GreeterServer::new(Service))
            .serve_with_incoming(TcpListenerStream::new(listener)),
    );

    let mut client = GreeterClient::connect(format!("http://{addr}")).await?;
    let reply = client.hello(HelloRequest { name: "protosmith".into() }).await?.into_inner();
    println!("{}", reply.message);

    let mut ticks = client.countdown(CountdownRequest { from: 3 }).await?.into_inner();
    let mut seen = BTreeSet::new(); // needs the Ord derived through type_attribute
    while let Some(tick) = ticks.next().await {
        let tick = tick?;
        println!("tick {}", tick.left);
        seen.insert(tick);
    }
    println!("lowest tick {}", seen.first().map_or(0, |t| t.left));
    Ok(())
}

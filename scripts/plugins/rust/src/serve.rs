//! What every plugin does at start-up: bind a free loopback port, print it as the first line of
//! stdout, serve until killed.

use std::io::Write as _;

use tokio::net::TcpListener;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::transport::server::Router;

/// Binds 127.0.0.1:0, announces the port, then serves `router` forever.
pub async fn announce_and_serve(router: Router) -> Result<(), String> {
    let listener = TcpListener::bind("127.0.0.1:0").await.map_err(|e| format!("cannot bind a loopback port: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let mut out = std::io::stdout();
    writeln!(out, "{port}").and_then(|_| out.flush()).map_err(|e| format!("cannot announce the port: {e}"))?;
    router.serve_with_incoming(TcpListenerStream::new(listener)).await.map_err(|e| e.to_string())
}

/// The engine address every plugin gets as its last argument.
pub fn engine_address() -> Result<String, String> {
    std::env::args().skip(1).last().ok_or_else(|| "usage: PLUGIN ENGINE_ADDRESS".to_string())
}

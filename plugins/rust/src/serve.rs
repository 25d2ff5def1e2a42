//! What every plugin does at start-up (docs/engine.md, "Launching a plugin"): take the engine's
//! address from the last argument, bind a free loopback port, print it as the first line of
//! stdout, serve until killed.

use std::io::Write as _;

use tokio::net::TcpListener;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::transport::server::Router;

/// The engine address, the last of `args` (without the program name).
pub fn engine_address(args: impl Iterator<Item = std::ffi::OsString>) -> Result<String, String> {
    match args.last() {
        Some(a) => a.into_string().map_err(|a| format!("the engine address {a:?} is not text")),
        None => Err("missing the engine address (HOST:PORT) as the last argument".into()),
    }
}

/// Binds 127.0.0.1:0, announces the port, then serves `router` until the process is killed.
pub async fn announce_and_serve(router: Router) -> Result<(), String> {
    let listener = TcpListener::bind("127.0.0.1:0").await.map_err(|e| format!("cannot bind a loopback port: {e}"))?;
    let port = listener.local_addr().map_err(|e| format!("cannot read the bound port: {e}"))?.port();
    let mut out = std::io::stdout().lock();
    writeln!(out, "{port}").and_then(|_| out.flush()).map_err(|e| format!("cannot announce the port: {e}"))?;
    drop(out);
    router.serve_with_incoming(TcpListenerStream::new(listener)).await.map_err(|e| format!("serving failed: {e}"))
}

/// The whole life of a plugin binary: `name` prefixes its errors, `router` builds its service
/// from the engine address. Exits 2 on a bad command line, 1 when serving fails.
pub fn main(name: &str, router: impl FnOnce(String) -> Router) {
    let engine = match engine_address(std::env::args_os().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{name}: {e}");
            std::process::exit(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{name}: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = runtime.block_on(announce_and_serve(router(engine))) {
        eprintln!("{name}: {e}");
        std::process::exit(1);
    }
}

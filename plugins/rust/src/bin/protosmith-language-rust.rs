//! The Rust language runtime plugin (see `protosmith_demo_plugins::runtime`).

use protosmith_demo_plugins::runtime::RustRuntime;
use protosmith_pulumirpc::pulumirpc::language_runtime_server::LanguageRuntimeServer;

fn main() {
    protosmith_demo_plugins::serve::main("Rust language runtime", |engine| {
        tonic::transport::Server::builder().add_service(LanguageRuntimeServer::new(RustRuntime { engine }))
    });
}

//! The `demo` resource provider plugin (see `protosmith_demo_plugins::provider`).

use protosmith_demo_plugins::provider::Demo;
use protosmith_pulumirpc::pulumirpc::resource_provider_server::ResourceProviderServer;

fn main() {
    protosmith_demo_plugins::serve::main("demo provider", |_engine| {
        tonic::transport::Server::builder().add_service(ResourceProviderServer::new(Demo))
    });
}

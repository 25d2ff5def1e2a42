//! The engine's own gRPC services, which programs (through their language runtime) call:
//! ResourceMonitor and Engine. Calls are served concurrently; the deployment serialises what
//! must be serial.

use std::sync::Arc;

use protosmith_pulumirpc::pulumirpc::engine_server::Engine;
use protosmith_pulumirpc::pulumirpc::resource_monitor_server::ResourceMonitor;
use protosmith_pulumirpc::pulumirpc::{
    GetRootResourceRequest, GetRootResourceResponse, LogRequest, LogSeverity, ReadResourceRequest, ReadResourceResponse,
    RegisterResourceOutputsRequest, RegisterResourceRequest, RegisterResourceResponse, ResourceInvokeRequest,
    ResourceInvokeResponse, SetRootResourceRequest, SetRootResourceResponse, SupportsFeatureRequest,
    SupportsFeatureResponse,
};
use tonic::{Request, Response, Status};

use super::deploy::Deployment;

pub struct Monitor(pub Arc<Deployment>);

/// Feature probes answered `true`. `secrets`: secret-marked values are kept as they are in the
/// state, masked in output, and sent as plaintext to providers that do not accept secrets.
/// Everything else (resource references, output values, aliases, transforms, hooks, ...) is not
/// implemented, so a program must not rely on it.
const FEATURES: [&str; 1] = ["secrets"];

#[tonic::async_trait]
impl ResourceMonitor for Monitor {
    async fn supports_feature(&self, req: Request<SupportsFeatureRequest>) -> Result<Response<SupportsFeatureResponse>, Status> {
        let id = req.into_inner().id;
        Ok(Response::new(SupportsFeatureResponse { has_support: FEATURES.contains(&id.as_str()) }))
    }

    async fn invoke(&self, req: Request<ResourceInvokeRequest>) -> Result<Response<ResourceInvokeResponse>, Status> {
        let req = req.into_inner();
        let (ret, failures) = self.0.invoke(&req.tok, req.args).await.map_err(|e| Status::unavailable(e.to_string()))?;
        Ok(Response::new(ResourceInvokeResponse { r#return: ret, failures, unknown: false }))
    }

    async fn read_resource(&self, req: Request<ReadResourceRequest>) -> Result<Response<ReadResourceResponse>, Status> {
        let req = req.into_inner();
        let r = self.0.read(&req.r#type, &req.name, &req.parent, &req.id, req.properties).await.map_err(|e| Status::unavailable(e.to_string()))?;
        Ok(Response::new(ReadResourceResponse { urn: r.urn, properties: Some(r.outputs), id: r.id, ..Default::default() }))
    }

    async fn register_resource(&self, req: Request<RegisterResourceRequest>) -> Result<Response<RegisterResourceResponse>, Status> {
        let r = self.0.register(req.into_inner()).await.map_err(|e| Status::failed_precondition(e.to_string()))?;
        Ok(Response::new(RegisterResourceResponse { urn: r.urn, id: r.id, object: Some(r.outputs), ..Default::default() }))
    }

    async fn register_resource_outputs(&self, req: Request<RegisterResourceOutputsRequest>) -> Result<Response<()>, Status> {
        let req = req.into_inner();
        self.0.register_outputs(&req.urn, &req.outputs.unwrap_or_default()).map_err(|e| Status::failed_precondition(e.to_string()))?;
        Ok(Response::new(()))
    }
}

pub struct EngineService(pub Arc<Deployment>);

#[tonic::async_trait]
impl Engine for EngineService {
    async fn log(&self, req: Request<LogRequest>) -> Result<Response<()>, Status> {
        let req = req.into_inner();
        let severity = match LogSeverity::try_from(req.severity) {
            // Diagnostics for plugin authors: shown only when asked for.
            Ok(LogSeverity::Debug) if std::env::var_os("PROTOSMITH_DEBUG").is_none() => return Ok(Response::new(())),
            Ok(LogSeverity::Debug) => "debug",
            Ok(LogSeverity::Info) => "info",
            Ok(LogSeverity::Warning) => "warning",
            Ok(LogSeverity::Error) => "error",
            Err(_) => "log",
        };
        let about = if req.urn.is_empty() { String::new() } else { format!(" ({})", req.urn) };
        eprintln!("{severity}{about}: {}", req.message.trim_end());
        Ok(Response::new(()))
    }

    async fn get_root_resource(&self, _: Request<GetRootResourceRequest>) -> Result<Response<GetRootResourceResponse>, Status> {
        Ok(Response::new(GetRootResourceResponse { urn: self.0.root() }))
    }

    async fn set_root_resource(&self, req: Request<SetRootResourceRequest>) -> Result<Response<SetRootResourceResponse>, Status> {
        self.0.set_root(req.into_inner().urn);
        Ok(Response::new(SetRootResourceResponse {}))
    }
}

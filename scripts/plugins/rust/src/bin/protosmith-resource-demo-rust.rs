//! The `demo` resource provider in Rust (docs/engine.md, "The demo package").

use protosmith_demo_plugins::serve::{announce_and_serve, engine_address};
use protosmith_demo_plugins::value::{from_struct, to_struct};
use protosmith_pulumirpc::pulumirpc::property_diff::Kind;
use protosmith_pulumirpc::pulumirpc::resource_provider_server::{ResourceProvider, ResourceProviderServer};
use protosmith_pulumirpc::pulumirpc::{
    diff_response::DiffChanges, CheckFailure, CheckRequest, CheckResponse, ConfigureRequest, ConfigureResponse,
    CreateRequest, CreateResponse, DeleteRequest, DiffRequest, DiffResponse, GetSchemaRequest, GetSchemaResponse,
    InvokeRequest, InvokeResponse, PluginInfo, PropertyDiff, ProviderHandshakeRequest, ProviderHandshakeResponse,
    ReadRequest, ReadResponse, UpdateRequest, UpdateResponse,
};
use serde_json::{Map, Value as Json};
use sha2::{Digest, Sha256};
use tonic::{Request, Response, Status};

const FILE: &str = "demo:index:File";
const DIGEST: &str = "demo:index:digest";
const COMPARED: [&str; 3] = ["path", "content", "metadata"];

/// The file's outputs: its inputs plus size and digest of the content.
fn computed(inputs: &Map<String, Json>) -> Map<String, Json> {
    let content = inputs.get("content").and_then(Json::as_str).unwrap_or("");
    let mut out = inputs.clone();
    out.insert("size".into(), Json::from(content.len() as f64));
    out.insert("digest".into(), Json::from(format!("sha256:{:x}", Sha256::digest(content.as_bytes()))));
    out
}

/// The fault hook of docs/engine.md: die at once (status 3), without replying, on the named path.
fn crash_if_asked(variable: &str, operation: &str, path: &str) {
    if !path.is_empty() && std::env::var(variable).is_ok_and(|p| p == path) {
        eprintln!("demo provider: crashing on {operation} of {path}");
        std::process::exit(3);
    }
}

fn failure(property: &str, reason: &str) -> CheckFailure {
    CheckFailure { property: property.into(), reason: reason.into() }
}

fn check_failures(news: &Map<String, Json>) -> Vec<CheckFailure> {
    let mut out = Vec::new();
    if news.get("path").and_then(Json::as_str).is_none_or(str::is_empty) {
        out.push(failure("path", "path must be a non-empty string"));
    }
    if !news.get("content").is_some_and(Json::is_string) {
        out.push(failure("content", "content must be a string"));
    }
    out
}

fn require_file(ty: &str) -> Result<(), Status> {
    if ty.is_empty() || ty == FILE {
        Ok(())
    } else {
        Err(Status::invalid_argument(format!("demo provider: unknown resource type {ty}")))
    }
}

struct Demo;

#[tonic::async_trait]
impl ResourceProvider for Demo {
    async fn handshake(&self, _: Request<ProviderHandshakeRequest>) -> Result<Response<ProviderHandshakeResponse>, Status> {
        Err(Status::unimplemented("demo provider: Handshake"))
    }

    async fn get_plugin_info(&self, _: Request<()>) -> Result<Response<PluginInfo>, Status> {
        Ok(Response::new(PluginInfo { version: "1.0.0".into() }))
    }

    async fn get_schema(&self, _: Request<GetSchemaRequest>) -> Result<Response<GetSchemaResponse>, Status> {
        Err(Status::unimplemented("demo provider: GetSchema"))
    }

    async fn check_config(&self, req: Request<CheckRequest>) -> Result<Response<CheckResponse>, Status> {
        Ok(Response::new(CheckResponse { inputs: req.into_inner().news, failures: vec![] }))
    }

    async fn diff_config(&self, _: Request<DiffRequest>) -> Result<Response<DiffResponse>, Status> {
        Err(Status::unimplemented("demo provider: DiffConfig"))
    }

    async fn configure(&self, _: Request<ConfigureRequest>) -> Result<Response<ConfigureResponse>, Status> {
        Ok(Response::new(ConfigureResponse { accept_secrets: false, supports_preview: true, ..Default::default() }))
    }

    async fn invoke(&self, req: Request<InvokeRequest>) -> Result<Response<InvokeResponse>, Status> {
        let req = req.into_inner();
        if req.tok != DIGEST {
            return Err(Status::invalid_argument(format!("demo provider: unknown function {}", req.tok)));
        }
        let args = from_struct(req.args.as_ref());
        let Some(content) = args.get("content").filter(|c| c.is_string()) else {
            return Ok(Response::new(InvokeResponse { r#return: None, failures: vec![failure("content", "content must be a string")] }));
        };
        let out = computed(&Map::from_iter([("content".to_string(), content.clone())]));
        let ret: Map<String, Json> = ["digest", "size"].iter().map(|k| (k.to_string(), out[*k].clone())).collect();
        Ok(Response::new(InvokeResponse { r#return: Some(to_struct(&ret)), failures: vec![] }))
    }

    async fn check(&self, req: Request<CheckRequest>) -> Result<Response<CheckResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        let failures = check_failures(&from_struct(req.news.as_ref()));
        Ok(Response::new(CheckResponse { inputs: req.news, failures }))
    }

    async fn diff(&self, req: Request<DiffRequest>) -> Result<Response<DiffResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        let (olds, news) = (from_struct(req.olds.as_ref()), from_struct(req.news.as_ref()));
        let mut res = DiffResponse { has_detailed_diff: true, ..Default::default() };
        for key in COMPARED {
            let (old, new) = (olds.get(key).unwrap_or(&Json::Null), news.get(key).unwrap_or(&Json::Null));
            if old == new {
                continue;
            }
            let replace = key == "path";
            res.diffs.push(key.into());
            if replace {
                res.replaces.push(key.into());
            }
            let kind = match (olds.contains_key(key), news.contains_key(key), replace) {
                (false, _, false) => Kind::Add,
                (false, _, true) => Kind::AddReplace,
                (true, false, false) => Kind::Delete,
                (true, false, true) => Kind::DeleteReplace,
                (true, true, false) => Kind::Update,
                (true, true, true) => Kind::UpdateReplace,
            };
            res.detailed_diff.insert(key.into(), PropertyDiff { kind: kind as i32, input_diff: true });
        }
        res.changes = if res.diffs.is_empty() { DiffChanges::DiffNone } else { DiffChanges::DiffSome } as i32;
        Ok(Response::new(res))
    }

    async fn create(&self, req: Request<CreateRequest>) -> Result<Response<CreateResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        let inputs = from_struct(req.properties.as_ref());
        let path = inputs.get("path").and_then(Json::as_str).unwrap_or_default().to_string();
        crash_if_asked("DEMO_CRASH_ON_CREATE", "create", &path);
        Ok(Response::new(CreateResponse { id: path, properties: Some(to_struct(&computed(&inputs))), refresh_before_update: false }))
    }

    async fn read(&self, req: Request<ReadRequest>) -> Result<Response<ReadResponse>, Status> {
        let req = req.into_inner();
        Ok(Response::new(ReadResponse { id: req.id, properties: req.properties, inputs: req.inputs, refresh_before_update: false }))
    }

    async fn update(&self, req: Request<UpdateRequest>) -> Result<Response<UpdateResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        Ok(Response::new(UpdateResponse { properties: Some(to_struct(&computed(&from_struct(req.news.as_ref())))), refresh_before_update: false }))
    }

    async fn delete(&self, req: Request<DeleteRequest>) -> Result<Response<()>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        crash_if_asked("DEMO_CRASH_ON_DELETE", "delete", &req.id);
        Ok(Response::new(()))
    }

    async fn cancel(&self, _: Request<()>) -> Result<Response<()>, Status> {
        Ok(Response::new(()))
    }

    async fn attach(&self, _: Request<protosmith_pulumirpc::pulumirpc::PluginAttach>) -> Result<Response<()>, Status> {
        Err(Status::unimplemented("demo provider: Attach"))
    }
}

#[tokio::main]
async fn main() {
    if let Err(e) = engine_address() {
        eprintln!("{e}");
        std::process::exit(2);
    }
    let router = tonic::transport::Server::builder().add_service(ResourceProviderServer::new(Demo));
    if let Err(e) = announce_and_serve(router).await {
        eprintln!("demo provider: {e}");
        std::process::exit(1);
    }
}

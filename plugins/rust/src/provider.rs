//! The `demo` resource provider (docs/engine.md, "The demo package"): one resource type,
//! `demo:index:File`, whose outputs are its inputs plus the size and SHA-256 digest of its
//! content, and one function, `demo:index:digest`. Nothing touches the disk: the "file" lives
//! only in the engine's state.

use protosmith_pulumirpc::pulumirpc::diff_response::DiffChanges;
use protosmith_pulumirpc::pulumirpc::property_diff::Kind;
use protosmith_pulumirpc::pulumirpc::resource_provider_server::ResourceProvider;
use protosmith_pulumirpc::pulumirpc::{
    CheckFailure, CheckRequest, CheckResponse, ConfigureRequest, ConfigureResponse, CreateRequest, CreateResponse,
    DeleteRequest, DiffRequest, DiffResponse, GetSchemaRequest, GetSchemaResponse, InvokeRequest, InvokeResponse,
    PluginAttach, PluginInfo, PropertyDiff, ProviderHandshakeRequest, ProviderHandshakeResponse, ReadRequest,
    ReadResponse, UpdateRequest, UpdateResponse,
};
use serde_json::{Map, Value as Json};
use sha2::{Digest, Sha256};
use tonic::{Request, Response, Status};

use crate::value::{from_struct, to_struct};

pub const FILE: &str = "demo:index:File";
pub const DIGEST: &str = "demo:index:digest";
pub const VERSION: &str = "1.0.0";

/// The inputs Diff compares, in the order `diffs` lists them.
const COMPARED: [&str; 3] = ["path", "content", "metadata"];
/// The one input whose change forces a replacement.
const REPLACING: &str = "path";

/// `size` and `digest` of a content string, the outputs computed for files and by the function.
fn measure(content: &str) -> (Json, Json) {
    // A number in the protocol is a double; the engine writes whole numbers without a fraction.
    let size = Json::from(content.len() as f64);
    let digest = Json::from(format!("sha256:{:x}", Sha256::digest(content.as_bytes())));
    (size, digest)
}

/// The file's outputs: its (checked) inputs plus `size` and `digest`.
fn outputs(inputs: &Map<String, Json>) -> Map<String, Json> {
    let (size, digest) = measure(inputs.get("content").and_then(Json::as_str).unwrap_or(""));
    let mut out = inputs.clone();
    out.insert("size".into(), size);
    out.insert("digest".into(), digest);
    out
}

fn failure(property: &str, reason: &str) -> CheckFailure {
    CheckFailure { property: property.into(), reason: reason.into() }
}

/// What is wrong with a file's inputs, one failure per property. The reasons are worded as
/// the Python and JS providers word them, so the engine reports the same whichever one ran.
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

/// Create and Update are only called with checked inputs; if they are not, say so rather than
/// record a file without a path.
fn require_valid(inputs: &Map<String, Json>) -> Result<(), Status> {
    let failures = check_failures(inputs);
    if failures.is_empty() {
        return Ok(());
    }
    let why: Vec<String> = failures.iter().map(|f| format!("{}: {}", f.property, f.reason)).collect();
    Err(Status::invalid_argument(format!("demo provider: invalid {FILE} inputs: {}", why.join("; "))))
}

/// Engines older than the `type` field leave it empty; the URN then names the type.
fn require_file(ty: &str) -> Result<(), Status> {
    if ty.is_empty() || ty == FILE {
        Ok(())
    } else {
        Err(Status::invalid_argument(format!("demo provider: unknown resource type {ty}")))
    }
}

/// The fault hook of docs/engine.md: when `variable` names `path`, die at once with status 3,
/// without replying, as a crashing provider would.
fn crash_if_asked(variable: &str, operation: &str, path: &str) {
    if !path.is_empty() && std::env::var_os(variable).is_some_and(|p| p == path) {
        eprintln!("demo provider: crashing on {operation} of {path}");
        std::process::exit(3);
    }
}

/// The diff of saved outputs `olds` against checked inputs `news`; an absent key counts as null.
pub fn diff(olds: &Map<String, Json>, news: &Map<String, Json>) -> DiffResponse {
    let mut res = DiffResponse { has_detailed_diff: true, delete_before_replace: false, ..Default::default() };
    for key in COMPARED {
        let (old, new) = (olds.get(key).unwrap_or(&Json::Null), news.get(key).unwrap_or(&Json::Null));
        if old == new {
            continue;
        }
        let replace = key == REPLACING;
        res.diffs.push(key.into());
        if replace {
            res.replaces.push(key.into());
        }
        // ADD/DELETE say which side lacks the key, as Pulumi's detailed diffs do.
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
    res
}

/// The `demo` provider service.
pub struct Demo;

#[tonic::async_trait]
impl ResourceProvider for Demo {
    async fn handshake(&self, _: Request<ProviderHandshakeRequest>) -> Result<Response<ProviderHandshakeResponse>, Status> {
        // Pulumi falls back to GetPluginInfo + Configure when Handshake is unimplemented.
        Err(Status::unimplemented("demo provider: Handshake"))
    }

    async fn get_plugin_info(&self, _: Request<()>) -> Result<Response<PluginInfo>, Status> {
        Ok(Response::new(PluginInfo { version: VERSION.into() }))
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
        let Some(content) = args.get("content").and_then(Json::as_str) else {
            let failures = vec![failure("content", "content must be a string")];
            return Ok(Response::new(InvokeResponse { r#return: None, failures }));
        };
        let (size, digest) = measure(content);
        let ret = Map::from_iter([("digest".to_string(), digest), ("size".to_string(), size)]);
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
        Ok(Response::new(diff(&from_struct(req.olds.as_ref()), &from_struct(req.news.as_ref()))))
    }

    async fn create(&self, req: Request<CreateRequest>) -> Result<Response<CreateResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        let inputs = from_struct(req.properties.as_ref());
        require_valid(&inputs)?;
        let path = inputs.get("path").and_then(Json::as_str).unwrap_or_default().to_string();
        crash_if_asked("DEMO_CRASH_ON_CREATE", "create", &path);
        let properties = Some(to_struct(&outputs(&inputs)));
        Ok(Response::new(CreateResponse { id: path, properties, refresh_before_update: false }))
    }

    async fn read(&self, req: Request<ReadRequest>) -> Result<Response<ReadResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        // Nothing exists outside the engine's state, so what it has is what there is.
        Ok(Response::new(ReadResponse { id: req.id, properties: req.properties, inputs: req.inputs, refresh_before_update: false }))
    }

    async fn update(&self, req: Request<UpdateRequest>) -> Result<Response<UpdateResponse>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        let news = from_struct(req.news.as_ref());
        require_valid(&news)?;
        Ok(Response::new(UpdateResponse { properties: Some(to_struct(&outputs(&news))), refresh_before_update: false }))
    }

    async fn delete(&self, req: Request<DeleteRequest>) -> Result<Response<()>, Status> {
        let req = req.into_inner();
        require_file(&req.r#type)?;
        crash_if_asked("DEMO_CRASH_ON_DELETE", "delete", &req.id);
        Ok(Response::new(()))
    }

    async fn cancel(&self, _: Request<()>) -> Result<Response<()>, Status> {
        // Every call finishes at once, so there is nothing to cancel.
        Ok(Response::new(()))
    }

    async fn attach(&self, _: Request<PluginAttach>) -> Result<Response<()>, Status> {
        Err(Status::unimplemented("demo provider: Attach"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Json) -> Map<String, Json> {
        match v {
            Json::Object(m) => m,
            _ => unreachable!("test maps are objects"),
        }
    }

    fn kinds(res: &DiffResponse) -> Vec<(String, Kind)> {
        res.diffs.iter().map(|k| (k.clone(), Kind::try_from(res.detailed_diff[k].kind).unwrap())).collect()
    }

    #[test]
    fn absent_and_null_are_the_same() {
        let res = diff(&map(json!({"path": "p", "content": "", "metadata": null})), &map(json!({"path": "p", "content": ""})));
        assert_eq!(res.changes, DiffChanges::DiffNone as i32);
        assert!(res.diffs.is_empty() && res.detailed_diff.is_empty());
    }

    #[test]
    fn kinds_follow_which_side_has_the_key() {
        let res = diff(&map(json!({"content": "x", "metadata": 1})), &map(json!({"path": "p", "content": "y"})));
        assert_eq!(
            kinds(&res),
            [("path".into(), Kind::AddReplace), ("content".into(), Kind::Update), ("metadata".into(), Kind::Delete)]
        );
        assert_eq!(res.replaces, ["path"]);
        let res = diff(&map(json!({"path": "p"})), &map(json!({"content": "c", "metadata": {}})));
        assert_eq!(
            kinds(&res),
            [("path".into(), Kind::DeleteReplace), ("content".into(), Kind::Add), ("metadata".into(), Kind::Add)]
        );
    }

    #[test]
    fn check_names_each_bad_property() {
        let why = |v: Json| -> Vec<String> { check_failures(&map(v)).into_iter().map(|f| format!("{}: {}", f.property, f.reason)).collect() };
        assert_eq!(why(json!({"path": "p", "content": ""})), Vec::<String>::new());
        assert_eq!(why(json!({})), ["path: path must be a non-empty string", "content: content must be a string"]);
        assert_eq!(why(json!({"path": "", "content": 1})), ["path: path must be a non-empty string", "content: content must be a string"]);
        assert_eq!(why(json!({"path": ["p"], "content": "c"})), ["path: path must be a non-empty string"]);
    }
}

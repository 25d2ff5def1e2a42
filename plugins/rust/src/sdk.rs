//! A tiny SDK for Rust programs run by protosmith's engine (docs/engine.md, "The tiny SDK").
//!
//! ```text
//! use protosmith_demo_plugins::sdk::{self, Opts};
//! use serde_json::json;
//!
//! fn main() {
//!     sdk::run(|ctx| async move {
//!         let a = ctx.resource("demo:index:File", "a", json!({"path": "a.txt", "content": "hi"}), Opts::default()).await?;
//!         ctx.export("digest", a.outputs["digest"].clone());
//!         Ok(())
//!     });
//! }
//! ```
//! `run` registers the stack resource, runs the program, then records the stack's exports; an
//! error ends the process with status 1 and the error on stderr, which the language runtime
//! reports. Calls are made one after another, in program order.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};

use protosmith_pulumirpc::pulumirpc::engine_client::EngineClient;
use protosmith_pulumirpc::pulumirpc::resource_monitor_client::ResourceMonitorClient;
use protosmith_pulumirpc::pulumirpc::{
    LogRequest, LogSeverity, RegisterResourceOutputsRequest, RegisterResourceRequest, ResourceInvokeRequest,
    SetRootResourceRequest,
};
use serde_json::{Map, Value as Json};
use tonic::transport::Channel;

use crate::value::{from_struct, to_struct};

pub const STACK_TYPE: &str = "pulumi:pulumi:Stack";

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// A registered resource as the program sees it. Components have an empty `id` and `outputs`.
#[derive(Debug, Clone)]
pub struct Resource {
    pub urn: String,
    pub id: String,
    pub outputs: Map<String, Json>,
}

/// Resource options: the parent (default: the stack) and explicit dependencies.
#[derive(Default, Clone, Copy)]
pub struct Opts<'a> {
    pub parent: Option<&'a Resource>,
    pub depends_on: &'a [&'a Resource],
}

/// The connection to the engine, shared by everything a program does.
pub struct Context {
    pub project: String,
    pub stack: String,
    pub dry_run: bool,
    config: BTreeMap<String, String>,
    monitor: ResourceMonitorClient<Channel>,
    engine: EngineClient<Channel>,
    stack_urn: OnceLock<String>,
    exports: Mutex<Map<String, Json>>,
}

fn env(name: &str) -> Result<String, Error> {
    std::env::var(name).map_err(|_| format!("{name} is not set: run this program through protosmith's engine").into())
}

/// A failed call, said in a line: which call, the gRPC code, the server's message.
fn rpc_error(call: &str, status: tonic::Status) -> Error {
    format!("{call} failed ({:?}): {}", status.code(), status.message()).into()
}

async fn connect(what: &str, address: &str) -> Result<Channel, Error> {
    let endpoint = Channel::from_shared(format!("http://{address}")).map_err(|e| format!("{what} address {address:?}: {e}"))?;
    Ok(endpoint.connect().await.map_err(|e| format!("cannot reach the {what} at {address}: {e}"))?)
}

impl Context {
    async fn from_env() -> Result<Context, Error> {
        let config = env("PROTOSMITH_CONFIG").unwrap_or_else(|_| "{}".into());
        Ok(Context {
            project: env("PROTOSMITH_PROJECT")?,
            stack: env("PROTOSMITH_STACK")?,
            dry_run: env("PROTOSMITH_DRY_RUN")? == "true",
            config: serde_json::from_str(&config).map_err(|e| format!("PROTOSMITH_CONFIG is not a JSON object of strings: {e}"))?,
            monitor: ResourceMonitorClient::new(connect("resource monitor", &env("PROTOSMITH_MONITOR")?).await?),
            engine: EngineClient::new(connect("engine", &env("PROTOSMITH_ENGINE")?).await?),
            stack_urn: OnceLock::new(),
            exports: Mutex::new(Map::new()),
        })
    }

    /// The value of `PROJECT:key` (or of `key` itself when it has a namespace) from the stack's
    /// configuration.
    pub fn config(&self, key: &str) -> Option<String> {
        let key = if key.contains(':') { key.to_string() } else { format!("{}:{key}", self.project) };
        self.config.get(&key).cloned()
    }

    async fn register(&self, ty: &str, name: &str, custom: bool, props: Option<Json>, opts: Opts<'_>) -> Result<Resource, Error> {
        let parent = match opts.parent {
            Some(p) => p.urn.clone(),
            // Empty only for the stack itself, which is registered before anything else.
            None => self.stack_urn.get().cloned().unwrap_or_default(),
        };
        let object = match props {
            Some(Json::Object(m)) => Some(to_struct(&m)),
            Some(other) => return Err(format!("{ty} {name}: properties must be an object, not {other}").into()),
            None => None,
        };
        let request = RegisterResourceRequest {
            r#type: ty.into(),
            name: name.into(),
            parent,
            custom,
            object,
            dependencies: opts.depends_on.iter().map(|d| d.urn.clone()).collect(),
            accept_secrets: false,
            ..Default::default()
        };
        let res = self
            .monitor
            .clone()
            .register_resource(request)
            .await
            .map_err(|s| rpc_error(&format!("RegisterResource of {ty} {name}"), s))?
            .into_inner();
        Ok(Resource { urn: res.urn, id: res.id, outputs: from_struct(res.object.as_ref()) })
    }

    /// A custom resource, which its provider creates, updates and deletes.
    pub async fn resource(&self, ty: &str, name: &str, props: Json, opts: Opts<'_>) -> Result<Resource, Error> {
        self.register(ty, name, true, Some(props), opts).await
    }

    /// A component: a grouping of resources with no provider.
    pub async fn component(&self, ty: &str, name: &str, opts: Opts<'_>) -> Result<Resource, Error> {
        self.register(ty, name, false, None, opts).await
    }

    /// Records the outputs of a component (or of the stack).
    pub async fn register_outputs(&self, res: &Resource, outputs: Json) -> Result<(), Error> {
        let Json::Object(outputs) = outputs else { return Err(format!("outputs of {} must be an object", res.urn).into()) };
        let request = RegisterResourceOutputsRequest { urn: res.urn.clone(), outputs: Some(to_struct(&outputs)) };
        self.monitor
            .clone()
            .register_resource_outputs(request)
            .await
            .map_err(|s| rpc_error(&format!("RegisterResourceOutputs of {}", res.urn), s))?;
        Ok(())
    }

    /// Calls a provider function; failures it reports become an error.
    pub async fn invoke(&self, token: &str, args: Json) -> Result<Map<String, Json>, Error> {
        let Json::Object(args) = args else { return Err(format!("{token}: arguments must be an object").into()) };
        let request = ResourceInvokeRequest { tok: token.into(), args: Some(to_struct(&args)), ..Default::default() };
        let res = self.monitor.clone().invoke(request).await.map_err(|s| rpc_error(&format!("Invoke of {token}"), s))?.into_inner();
        if !res.failures.is_empty() {
            let why: Vec<String> = res.failures.iter().map(|f| format!("{}: {}", f.property, f.reason)).collect();
            return Err(format!("{token} failed: {}", why.join("; ")).into());
        }
        Ok(from_struct(res.r#return.as_ref()))
    }

    /// A stack output. A null value (say, an output not known during a preview) is left out.
    pub fn export(&self, name: &str, value: Json) {
        // A poisoned lock only means another export panicked; the map itself is intact.
        let mut exports = self.exports.lock().unwrap_or_else(|e| e.into_inner());
        exports.insert(name.into(), value);
    }

    /// A message in the engine's log.
    pub async fn log(&self, severity: LogSeverity, message: &str) -> Result<(), Error> {
        let request = LogRequest { severity: severity as i32, message: message.into(), ..Default::default() };
        self.engine.clone().log(request).await.map_err(|s| rpc_error("Log", s))?;
        Ok(())
    }

    /// The stack's exports without nulls, as `run` records them.
    fn exports(&self) -> Json {
        let exports = self.exports.lock().unwrap_or_else(|e| e.into_inner());
        Json::Object(exports.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), v.clone())).collect())
    }
}

/// Stack first (and `SetRootResource`), then the program, then the stack's exports.
async fn run_with_stack<F, Fut>(program: F) -> Result<(), Error>
where
    F: FnOnce(Arc<Context>) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    let ctx = Arc::new(Context::from_env().await?);
    let stack_name = format!("{}-{}", ctx.project, ctx.stack);
    let stack = ctx.register(STACK_TYPE, &stack_name, false, None, Opts::default()).await?;
    ctx.stack_urn.get_or_init(|| stack.urn.clone());
    ctx.engine
        .clone()
        .set_root_resource(SetRootResourceRequest { urn: stack.urn.clone() })
        .await
        .map_err(|s| rpc_error("SetRootResource", s))?;
    program(ctx.clone()).await?;
    ctx.register_outputs(&stack, ctx.exports()).await
}

/// Runs a program (see the module documentation). Does not return when the program fails.
pub fn run<F, Fut>(program: F)
where
    F: FnOnce(Arc<Context>) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    // One call at a time, in program order: a single thread is all a program needs.
    let result = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime.block_on(run_with_stack(program)),
        Err(e) => Err(format!("cannot start the async runtime: {e}").into()),
    };
    if let Err(e) = result {
        eprintln!("program failed: {e}");
        std::process::exit(1);
    }
}

//! A tiny SDK for Rust programs run by protosmith's engine (docs/engine.md, "The tiny SDK").
//!
//! ```text
//! sdk::run(|ctx| async move {
//!     let a = ctx.resource("demo:index:File", "a", json!({"path": "a.txt", "content": "hi"}), Opts::default()).await?;
//!     ctx.export("digest", a.outputs["digest"].clone());
//!     Ok(())
//! });
//! ```
//! `run` registers the stack resource, runs the program, then sends the stack's exports; an
//! error ends the process with status 1 and the error on stderr. Calls are made in order.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Mutex;

use protosmith_pulumirpc::pulumirpc::engine_client::EngineClient;
use protosmith_pulumirpc::pulumirpc::resource_monitor_client::ResourceMonitorClient;
use protosmith_pulumirpc::pulumirpc::{
    RegisterResourceOutputsRequest, RegisterResourceRequest, ResourceInvokeRequest, SetRootResourceRequest,
};
use serde_json::{Map, Value as Json};
use tonic::transport::Channel;

use crate::value::{from_struct, to_struct};

pub const STACK_TYPE: &str = "pulumi:pulumi:Stack";

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// A registered resource as the program sees it.
#[derive(Debug, Clone)]
pub struct Resource {
    pub urn: String,
    pub id: String,
    pub outputs: Map<String, Json>,
}

#[derive(Default, Clone, Copy)]
pub struct Opts<'a> {
    pub parent: Option<&'a Resource>,
    pub depends_on: &'a [&'a Resource],
}

pub struct Context {
    pub project: String,
    pub stack: String,
    pub dry_run: bool,
    config: BTreeMap<String, String>,
    monitor: ResourceMonitorClient<Channel>,
    engine: EngineClient<Channel>,
    stack_urn: Mutex<String>,
    exports: Mutex<Map<String, Json>>,
}

fn env(name: &str) -> Result<String, Error> {
    std::env::var(name).map_err(|_| format!("{name} is not set: run this program through protosmith's engine").into())
}

impl Context {
    async fn from_env() -> Result<Context, Error> {
        let connect = |addr: String| async move {
            let endpoint = Channel::from_shared(format!("http://{addr}")).map_err(|e| -> Error { format!("{addr}: {e}").into() })?;
            endpoint.connect().await.map_err(|e| -> Error { format!("{addr}: {e}").into() })
        };
        Ok(Context {
            project: env("PROTOSMITH_PROJECT")?,
            stack: env("PROTOSMITH_STACK")?,
            dry_run: env("PROTOSMITH_DRY_RUN")? == "true",
            config: serde_json::from_str(&std::env::var("PROTOSMITH_CONFIG").unwrap_or_else(|_| "{}".into()))?,
            monitor: ResourceMonitorClient::new(connect(env("PROTOSMITH_MONITOR")?).await?),
            engine: EngineClient::new(connect(env("PROTOSMITH_ENGINE")?).await?),
            stack_urn: Mutex::new(String::new()),
            exports: Mutex::new(Map::new()),
        })
    }

    /// The value of `PROJECT:key` from the stack's configuration.
    pub fn config(&self, key: &str) -> Option<String> {
        let key = if key.contains(':') { key.to_string() } else { format!("{}:{key}", self.project) };
        self.config.get(&key).cloned()
    }

    async fn register(&self, ty: &str, name: &str, custom: bool, props: Option<Json>, opts: Opts<'_>) -> Result<Resource, Error> {
        let parent = match opts.parent {
            Some(p) => p.urn.clone(),
            None => self.stack_urn.lock().map(|s| s.clone()).unwrap_or_default(),
        };
        let object = match props {
            Some(Json::Object(m)) => Some(to_struct(&m)),
            Some(other) => return Err(format!("{name}: properties must be an object, not {other}").into()),
            None => None,
        };
        let res = self
            .monitor
            .clone()
            .register_resource(RegisterResourceRequest {
                r#type: ty.into(),
                name: name.into(),
                parent,
                custom,
                object,
                dependencies: opts.depends_on.iter().map(|d| d.urn.clone()).collect(),
                accept_secrets: false,
                ..Default::default()
            })
            .await?
            .into_inner();
        Ok(Resource { urn: res.urn, id: res.id, outputs: from_struct(res.object.as_ref()) })
    }

    /// A custom resource: its provider creates, updates and deletes it.
    pub async fn resource(&self, ty: &str, name: &str, props: Json, opts: Opts<'_>) -> Result<Resource, Error> {
        self.register(ty, name, true, Some(props), opts).await
    }

    /// A grouping of resources with no provider.
    pub async fn component(&self, ty: &str, name: &str, opts: Opts<'_>) -> Result<Resource, Error> {
        self.register(ty, name, false, None, opts).await
    }

    pub async fn register_outputs(&self, res: &Resource, outputs: Json) -> Result<(), Error> {
        let Json::Object(outputs) = outputs else { return Err("outputs must be an object".into()) };
        self.monitor
            .clone()
            .register_resource_outputs(RegisterResourceOutputsRequest { urn: res.urn.clone(), outputs: Some(to_struct(&outputs)) })
            .await?;
        Ok(())
    }

    /// Calls a provider function; its failures are returned as an error.
    pub async fn invoke(&self, token: &str, args: Json) -> Result<Map<String, Json>, Error> {
        let Json::Object(args) = args else { return Err("invoke arguments must be an object".into()) };
        let res = self
            .monitor
            .clone()
            .invoke(ResourceInvokeRequest { tok: token.into(), args: Some(to_struct(&args)), ..Default::default() })
            .await?
            .into_inner();
        if !res.failures.is_empty() {
            let why: Vec<String> = res.failures.iter().map(|f| format!("{}: {}", f.property, f.reason)).collect();
            return Err(format!("{token}: {}", why.join("; ")).into());
        }
        Ok(from_struct(res.r#return.as_ref()))
    }

    pub fn export(&self, name: &str, value: Json) {
        if let Ok(mut e) = self.exports.lock() {
            e.insert(name.into(), value);
        }
    }
}

/// Runs a program: stack first, then `program`, then the stack's exports.
pub fn run<F, Fut>(program: F)
where
    F: FnOnce(std::sync::Arc<Context>) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    let result: Result<(), Error> = runtime.block_on(async move {
        let ctx = std::sync::Arc::new(Context::from_env().await?);
        let stack = ctx.register(STACK_TYPE, &format!("{}-{}", ctx.project, ctx.stack), false, None, Opts::default()).await?;
        *ctx.stack_urn.lock().map_err(|_| "poisoned")? = stack.urn.clone();
        ctx.engine.clone().set_root_resource(SetRootResourceRequest { urn: stack.urn.clone() }).await?;
        program(ctx.clone()).await?;
        let exports: Map<String, Json> =
            ctx.exports.lock().map_err(|_| "poisoned")?.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), v.clone())).collect();
        ctx.register_outputs(&stack, Json::Object(exports)).await
    });
    if let Err(e) = result {
        eprintln!("program failed: {e}");
        std::process::exit(1);
    }
}

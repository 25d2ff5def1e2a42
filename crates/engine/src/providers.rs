//! Resource providers: one plugin per package, started on first use and configured once.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use prost_types::Struct;
use protosmith_pulumirpc::pulumirpc::resource_provider_client::ResourceProviderClient;
use protosmith_pulumirpc::pulumirpc::{CheckRequest, ConfigureRequest};
use tokio::sync::Mutex;
use tonic::transport::Channel;
use tonic::Code;

use super::error::Error;
use super::host::{Plugin, PluginSpec};
use super::props::json_to_value;

/// A started provider. Calls go through `client`; `plugin` explains failures.
pub struct Provider {
    pub package: String,
    /// Whether the provider takes secret-marked values (Configure's `acceptSecrets`); if not,
    /// the engine sends plaintext and marks the results secret again.
    pub accept_secrets: std::sync::atomic::AtomicBool,
    pub client: ResourceProviderClient<Channel>,
    pub plugin: Mutex<Plugin>,
}

impl Provider {
    /// A failed call, with the plugin's stderr and exit status when it died.
    pub async fn explain(&self, call: &str, status: &tonic::Status) -> Error {
        Error::plugin(self.plugin.lock().await.call_error(call, status).await)
    }
}

/// A package's provider once started; the lock makes concurrent first uses wait for one start.
type Slot = Arc<Mutex<Option<Arc<Provider>>>>;

/// Starts providers on demand; each package's provider starts (and is configured) once even when
/// resources of the package register concurrently.
pub struct Providers {
    specs: BTreeMap<String, PluginSpec>,
    config: BTreeMap<String, String>,
    cwd: PathBuf,
    project: String,
    stack: String,
    engine_address: String,
    loaded: Mutex<HashMap<String, Slot>>,
}

impl Providers {
    pub fn new(
        specs: BTreeMap<String, PluginSpec>,
        config: BTreeMap<String, String>,
        cwd: PathBuf,
        project: &str,
        stack: &str,
        engine_address: &str,
    ) -> Providers {
        Providers {
            specs,
            config,
            cwd,
            project: project.into(),
            stack: stack.into(),
            engine_address: engine_address.into(),
            loaded: Mutex::new(HashMap::new()),
        }
    }

    /// The provider of `package`, started and configured if this is its first use.
    pub async fn get(&self, package: &str) -> Result<Arc<Provider>, Error> {
        let slot = self.loaded.lock().await.entry(package.to_string()).or_default().clone();
        let mut slot = slot.lock().await;
        if let Some(p) = slot.as_ref() {
            return Ok(p.clone());
        }
        let provider = Arc::new(self.start(package).await?);
        *slot = Some(provider.clone());
        Ok(provider)
    }

    async fn start(&self, package: &str) -> Result<Provider, Error> {
        let spec = match self.specs.get(package) {
            Some(s) => s.clone(),
            None => PluginSpec::parse(package, "resource")?,
        };
        let display = format!("provider {package}");
        let plugin = Plugin::start(&display, &spec, &self.engine_address, &self.cwd).await?;
        let client = ResourceProviderClient::new(plugin.channel.clone());
        let provider = Provider {
            package: package.into(),
            accept_secrets: std::sync::atomic::AtomicBool::new(false),
            client,
            plugin: Mutex::new(plugin),
        };
        self.configure(&provider).await?;
        Ok(provider)
    }

    /// GetPluginInfo, CheckConfig, Configure. UNIMPLEMENTED answers are the documented way for
    /// a provider to skip a step.
    async fn configure(&self, p: &Provider) -> Result<(), Error> {
        let mut client = p.client.clone();
        let info = p.plugin.lock().await.first_call("GetPluginInfo", client.get_plugin_info(())).await.map_err(Error::plugin)?;
        match info {
            Ok(info) => eprintln!("    provider {} version {}", p.package, info.into_inner().version),
            Err(s) if s.code() == Code::Unimplemented => {}
            Err(s) => return Err(p.explain("GetPluginInfo", &s).await),
        }
        let prefix = format!("{}:", p.package);
        let own: BTreeMap<&str, &String> =
            self.config.iter().filter_map(|(k, v)| k.strip_prefix(&prefix).map(|short| (short, v))).collect();
        let news = Struct {
            fields: own.iter().map(|(k, v)| (k.to_string(), json_to_value(&serde_json::Value::String((*v).clone())))).collect(),
        };
        let urn = format!("urn:pulumi:{}::{}::pulumi:providers:{}::default", self.stack, self.project, p.package);
        let checked = match client
            .check_config(CheckRequest {
                urn: urn.clone(),
                olds: Some(Struct::default()),
                news: Some(news.clone()),
                name: "default".into(),
                r#type: format!("pulumi:providers:{}", p.package),
                ..Default::default()
            })
            .await
        {
            Ok(r) => {
                let r = r.into_inner();
                if !r.failures.is_empty() {
                    return Err(Error::invalid_config(&p.package, r.failures));
                }
                r.inputs.unwrap_or(news)
            }
            Err(s) if s.code() == Code::Unimplemented => news,
            Err(s) => return Err(p.explain("CheckConfig", &s).await),
        };
        let variables = own.iter().map(|(k, v)| (format!("{}{k}", prefix), (*v).clone())).collect();
        match client
            .configure(ConfigureRequest {
                variables,
                args: Some(checked),
                accept_secrets: false,
                accept_resources: false,
                urn: Some(urn),
                name: Some("default".into()),
                r#type: Some(format!("pulumi:providers:{}", p.package)),
                ..Default::default()
            })
            .await
        {
            Ok(r) => {
                p.accept_secrets.store(r.into_inner().accept_secrets, std::sync::atomic::Ordering::Relaxed);
                Ok(())
            }
            Err(s) if s.code() == Code::Unimplemented => Ok(()),
            Err(s) => Err(p.explain("Configure", &s).await),
        }
    }

    pub async fn stop_all(&self) {
        let loaded: Vec<_> = self.loaded.lock().await.drain().map(|(_, v)| v).collect();
        for slot in loaded {
            if let Some(p) = slot.lock().await.take() {
                if let Ok(p) = Arc::try_unwrap(p) {
                    p.plugin.into_inner().stop().await;
                }
            }
        }
    }
}

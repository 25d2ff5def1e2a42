//! The program's run: through a language runtime the engine starts (or one already running),
//! GetRequiredPlugins, then Run, while the monitor serves the program's registrations; after
//! it, what the program no longer declares is deleted.

use std::sync::Arc;

use protosmith_pulumirpc::pulumirpc::language_runtime_client::LanguageRuntimeClient;
use protosmith_pulumirpc::pulumirpc::{GetRequiredPluginsRequest, ProgramInfo, RunRequest};
use tonic::transport::{Channel, Endpoint};
use tonic::Code;

use super::deploy::Deployment;
use super::error::Error;
use super::host::{self, Plugin, PluginSpec};
use super::Setup;

/// Where the program's language runtime comes from.
pub enum Runtime {
    /// Started by the engine, stopped when the program is done.
    Start(PluginSpec),
    /// Already running at `HOST:PORT` (`--runtime-address`).
    At(String),
}

/// Left-overs of an earlier run first, then the program, then the deletes it implies.
pub async fn deploy(deployment: &Arc<Deployment>, setup: &Setup, runtime: &Runtime, engine_address: &str) -> Result<(), Error> {
    deployment.finish_pending_deletes().await?;
    let (client, mut plugin) = match runtime {
        Runtime::At(address) => (connect(address).await?, None),
        Runtime::Start(spec) => {
            let plugin = Plugin::start("language runtime", spec, engine_address, &setup.program).await?;
            (LanguageRuntimeClient::new(plugin.channel.clone()), Some(plugin))
        }
    };
    let outcome = run(deployment, setup, runtime, client, plugin.as_mut(), engine_address).await;
    if let Some(p) = plugin {
        p.stop().await;
    }
    outcome?;
    if let Some(failure) = deployment.failure() {
        return Err(failure);
    }
    // In a preview this only reports (and changes the in-memory state), calling no provider.
    deployment.delete_unregistered().await
}

async fn connect(address: &str) -> Result<LanguageRuntimeClient<Channel>, Error> {
    let endpoint = Endpoint::from_shared(format!("http://{address}"))
        .map_err(|e| Error::runtime_address(address, e.to_string()))?
        .connect_timeout(std::time::Duration::from_secs(10));
    let channel = endpoint.connect().await.map_err(|e| Error::runtime_refused(address, crate::error_chain(&e)))?;
    Ok(LanguageRuntimeClient::new(channel))
}

async fn run(
    deployment: &Arc<Deployment>,
    setup: &Setup,
    runtime: &Runtime,
    mut client: LanguageRuntimeClient<Channel>,
    plugin: Option<&mut Plugin>,
    engine_address: &str,
) -> Result<(), Error> {
    let dir = setup.program.display().to_string();
    let info = ProgramInfo {
        root_directory: dir.clone(),
        program_directory: dir.clone(),
        entry_point: setup.project.main.clone(),
        options: None,
    };
    #[allow(deprecated)]
    let request = GetRequiredPluginsRequest {
        project: setup.project.name.clone(),
        pwd: dir.clone(),
        program: setup.project.main.clone(),
        info: Some(info.clone()),
    };
    #[allow(deprecated)]
    let call = client.get_required_plugins(request);
    let (required, plugin) = match plugin {
        Some(p) => (p.first_call("GetRequiredPlugins", call).await.map_err(Error::plugin)?, Some(p)),
        None => {
            let seconds = host::handshake_timeout();
            let address = match runtime {
                Runtime::At(address) => address.as_str(),
                Runtime::Start(_) => "?",
            };
            let answer = tokio::time::timeout(std::time::Duration::from_secs(seconds), call)
                .await
                .map_err(|_| Error::runtime_silent(address, seconds))?;
            (answer, None)
        }
    };
    match required {
        Ok(r) => {
            for p in r.into_inner().plugins {
                eprintln!("    program needs {} plugin {} {}", p.kind, p.name, p.version);
            }
        }
        Err(s) if s.code() == Code::Unimplemented => {}
        Err(s) => return Err(explain(plugin, "GetRequiredPlugins", &s).await),
    }
    #[allow(deprecated)]
    let request = RunRequest {
        project: setup.project.name.clone(),
        stack: deployment.stack.clone(),
        pwd: dir.clone(),
        program: setup.project.main.clone(),
        config: setup.config.clone().into_iter().collect(),
        dry_run: deployment.preview,
        parallel: 1,
        monitor_address: engine_address.to_string(),
        info: Some(info),
        // A runtime that was not started by the engine never saw the engine's address on its
        // command line; like Pulumi's CLI for inline programs, pass it as the first argument.
        args: match runtime {
            Runtime::At(_) => vec![engine_address.to_string()],
            Runtime::Start(_) => vec![],
        },
        ..Default::default()
    };
    let response = match client.run(request).await {
        Ok(r) => r.into_inner(),
        Err(s) => return Err(explain(plugin, "Run", &s).await),
    };
    if response.bail {
        return Err(deployment.failure().unwrap_or_else(Error::program_bailed));
    }
    if !response.error.is_empty() {
        return Err(Error::program_failed(response.error.trim_end(), deployment.failure()));
    }
    Ok(())
}

/// A failed runtime call, with the runtime's stderr when the engine started it.
async fn explain(plugin: Option<&mut Plugin>, call: &str, status: &tonic::Status) -> Error {
    match plugin {
        Some(p) => Error::plugin(p.call_error(call, status).await),
        None => Error::runtime_call(call, host::status_text(status)),
    }
}

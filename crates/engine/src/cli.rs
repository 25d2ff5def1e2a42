//! Command-line interface of `protosmith-engine` (also reached as `protosmith engine ...`).
//! Parsing only; the work happens in `crate::run`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "protosmith engine",
    bin_name = "protosmith engine",
    version,
    about = "Run a program against plugins with the reference engine (see docs/engine.md)",
    after_help = "Exit codes: 0 success, 1 the deployment failed, 2 usage error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub action: EngineAction,
}

#[derive(Debug, Subcommand)]
pub enum EngineAction {
    /// Run the program and create, update, replace or delete resources to match it
    Up(EngineOpts),
    /// Run the program in preview mode: compute the plan (Check/Diff only), change nothing
    Preview(EngineOpts),
    /// Delete every resource in the state, dependents first
    Destroy(EngineOpts),
}

#[derive(Debug, Clone, Args)]
#[command(after_help = ENGINE_EXAMPLES)]
pub struct EngineOpts {
    /// The program directory (with an optional Protosmith.toml: name, main, runtime)
    #[arg(long, value_name = "DIR")]
    pub program: PathBuf,

    /// Language runtime: a plugin name (python, nodejs, rust -> protosmith-language-NAME) or a command
    #[arg(long, value_name = "NAME|CMD")]
    pub runtime: Option<String>,

    /// Use an already running language runtime at HOST:PORT instead of starting one
    #[arg(long, value_name = "HOST:PORT", conflicts_with = "runtime")]
    pub runtime_address: Option<String>,

    /// Provider command for a package (repeatable); otherwise protosmith-resource-PKG is looked up
    #[arg(long = "provider", value_name = "PKG=CMD", value_parser = key_value)]
    pub providers: Vec<(String, String)>,

    /// State file [default: PROGRAM/.protosmith/state.json]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Configuration value (repeatable); a KEY without `:` belongs to the project
    #[arg(long = "config", value_name = "KEY=VALUE", value_parser = key_value)]
    pub config: Vec<(String, String)>,

    /// Stack name
    #[arg(long, value_name = "NAME", default_value = "dev")]
    pub stack: String,
}

const ENGINE_EXAMPLES: &str = "Examples:
  protosmith engine up --program tests/interop/programs/python --runtime python \\
      --provider demo=plugins/bin/demo-provider-rust --config step=1
  protosmith engine preview --program DIR --runtime \"node my-runtime.js\"
  protosmith engine destroy --program DIR

Plugins print their port as the first line of stdout; names are looked up in
$PROTOSMITH_PLUGIN_PATH, then $PATH. Exit codes: 0 success, 1 the deployment failed (the state
keeps every completed step), 2 usage error.";

fn key_value(s: &str) -> Result<(String, String), String> {
    let (k, v) = s.split_once('=').ok_or_else(|| format!("expected KEY=VALUE, got {s:?}"))?;
    if k.is_empty() {
        return Err(format!("empty key in {s:?}"));
    }
    Ok((k.to_string(), v.to_string()))
}

impl EngineAction {
    pub fn to_args(&self) -> crate::EngineArgs {
        use crate::Action;
        let (action, o) = match self {
            EngineAction::Up(o) => (Action::Up, o),
            EngineAction::Preview(o) => (Action::Preview, o),
            EngineAction::Destroy(o) => (Action::Destroy, o),
        };
        crate::EngineArgs {
            action,
            program: o.program.clone(),
            runtime: o.runtime.clone(),
            runtime_address: o.runtime_address.clone(),
            providers: o.providers.clone(),
            state: o.state.clone(),
            config: o.config.clone(),
            stack: o.stack.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_engine_flags() {
        let cli = Cli::try_parse_from([
            "protosmith-engine", "up", "--program", "p", "--runtime", "python", "--provider", "demo=x y",
            "--provider", "aws=z", "--state", "s.json", "--config", "step=1", "--config", "demo:k=a=b",
        ])
        .unwrap();
        let args = cli.action.to_args();
        assert_eq!(args.action, crate::Action::Up);
        assert_eq!(args.providers, [("demo".into(), "x y".into()), ("aws".into(), "z".into())]);
        assert_eq!(args.config, [("step".into(), "1".into()), ("demo:k".into(), "a=b".into())]);
        assert_eq!(args.stack, "dev");
        assert!(Cli::try_parse_from(["protosmith-engine", "up"]).is_err(), "--program is required");
        assert!(Cli::try_parse_from(["protosmith-engine", "up", "--program", "p", "--provider", "nokey"]).is_err());
    }
}

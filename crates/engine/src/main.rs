use std::process::ExitCode;

use clap::Parser;

use protosmith_engine::cli::Cli;
use protosmith_engine::EngineError;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match protosmith_engine::run(&cli.action.to_args()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            match e {
                EngineError::Usage(_) => ExitCode::from(2),
                EngineError::Failed(_) => ExitCode::from(1),
            }
        }
    }
}

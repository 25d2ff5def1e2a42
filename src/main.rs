use std::process::ExitCode;

use clap::Parser;

use protosmith::cli::{Cli, Command};
use protosmith::gen::{self, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Gen(args) => match gen::run(&args) {
            Ok(Outcome::Drift(_)) => ExitCode::from(1),
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {}", protosmith::error_chain(&e));
                ExitCode::from(2)
            }
        },
        Command::Engine { action } => match protosmith::engine::run(&action.to_args()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                match e {
                    protosmith::engine::EngineError::Usage(_) => ExitCode::from(2),
                    protosmith::engine::EngineError::Failed(_) => ExitCode::from(1),
                }
            }
        },
    }
}

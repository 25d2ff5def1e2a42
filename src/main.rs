use std::process::ExitCode;

use clap::Parser;

use protosmith::cli::{Cli, Command};
use protosmith::gen::{self, Outcome};

// A big tree is millions of small allocations (source locations, model strings, rendered
// text) made and freed from every worker thread; mimalloc's per-thread heaps make that cheaper
// than the system allocator. The binary only: the library leaves the choice to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Installed (or linked) as protoc-gen-protosmith, the binary is a protoc plugin.
    if protosmith::plugin::mode::invoked_as_plugin(std::env::args_os().next()) {
        return protosmith::plugin::mode::main();
    }
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
        Command::Engine { args } => match protosmith::engine_command::run(&args) {
            Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        },
    }
}

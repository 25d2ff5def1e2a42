//! Command-line interface. Parsing only; the work happens in `gen`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::config::OptOverride;

#[derive(Debug, Parser)]
#[command(
    name = "protosmith",
    version,
    about = "Generate Rust, Python and JavaScript protobuf/gRPC stubs from .proto files, without protoc",
    long_about = "protosmith compiles .proto files with a pure-Rust compiler and writes the stubs that \
protoc, grpcio-tools, mypy-protobuf, protoc-gen-js, grpc-tools and grpc_tools_node_protoc_ts would \
write, byte for byte, plus prost/tonic code for Rust.",
    after_help = "Exit codes: 0 success, 1 `--check` found drift, 2 usage or input error.\n\n\
Run `protosmith gen --help` for examples."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate stubs (with no arguments: what protosmith.toml says)
    #[command(after_help = GEN_EXAMPLES)]
    Gen(GenArgs),
    /// Run a program against plugins with the reference engine (the protosmith-engine program; see docs/engine.md)
    #[command(disable_help_flag = true)]
    Engine {
        /// Passed to protosmith-engine as they are (`protosmith engine --help` lists them)
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "ARGS")]
        args: Vec<std::ffi::OsString>,
    },
}

fn plugin_arg(s: &str) -> Result<(String, Option<String>), String> {
    match s.split_once('=') {
        Some((name, cmd)) => Ok((name.to_string(), Some(cmd.to_string()))),
        None => Ok((s.to_string(), None)),
    }
}

fn key_value(s: &str) -> Result<(String, String), String> {
    let (k, v) = s.split_once('=').ok_or_else(|| format!("expected KEY=VALUE, got {s:?}"))?;
    if k.is_empty() {
        return Err(format!("empty key in {s:?}"));
    }
    Ok((k.to_string(), v.to_string()))
}

const GEN_EXAMPLES: &str = "Examples:
  protosmith gen                                   # inputs, languages and options from protosmith.toml
  protosmith gen --lang python                     # only the Python stubs
  protosmith gen --check                           # CI: exit 1 and print a diff if generated/ is stale
  protosmith gen -I proto --out gen pulumi/provider.proto
                                                   # like protoc: output for the named files only
  protosmith gen --opt python.imports=relative --opt python.package=myproj.proto
  protosmith gen --templates my-templates/         # my-templates/python/pb2_grpc.py.hbs replaces the built-in
  protosmith gen --descriptor-set-in set.binpb --lang js
                                                   # a serialized FileDescriptorSet instead of .proto sources

Languages write under OUT/<lang>/: rust (prost + tonic crate), python (_pb2.py, _pb2_grpc.py, .pyi),
js (_pb.js, _grpc_pb.js, .d.ts). Each language root holds a .protosmith-manifest listing the files
protosmith generated there; files no longer generated are removed, other files are never touched.";

#[derive(Debug, Args)]
pub struct GenArgs {
    /// .proto files (or globs) relative to an include root; replaces the config's inputs
    #[arg(value_name = "FILES")]
    pub files: Vec<String>,

    /// Include root to resolve imports and FILES against (repeatable); defaults to `.` when FILES are given
    #[arg(short = 'I', long = "proto-path", value_name = "DIR")]
    pub include: Vec<PathBuf>,

    /// Read a serialized FileDescriptorSet instead of .proto sources (FILES then select files in it)
    #[arg(long, value_name = "FILE", conflicts_with = "include")]
    pub descriptor_set_in: Option<PathBuf>,

    /// Only generate these languages (rust, python, js) or plugins (by name) (repeatable)
    #[arg(short, long = "lang", value_name = "LANG|PLUGIN")]
    pub lang: Vec<String>,

    /// Output root; language L writes to DIR/L/ [default: config's output.dir, else `generated`]
    #[arg(short, long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Language option LANG.KEY=VALUE overriding the config (repeatable), e.g. python.imports=relative
    #[arg(long = "opt", value_name = "LANG.KEY=VALUE")]
    pub opts: Vec<OptOverride>,

    /// Generate in memory and compare with the output tree: print a diff, exit 1 on any drift, write nothing
    #[arg(long)]
    pub check: bool,

    /// Folder of templates replacing the built-in ones by relative name (e.g. python/pb2_grpc.py.hbs)
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    /// Run an external protoc plugin NAME, with command CMD [default: protoc-gen-NAME] (repeatable);
    /// replaces the command of the config's [plugins.NAME]
    #[arg(long = "plugin", value_name = "NAME[=CMD]", value_parser = plugin_arg)]
    pub plugins: Vec<(String, Option<String>)>,

    /// Parameter for plugin NAME, appended to its `opt` with a comma like protoc's --NAME_opt (repeatable)
    #[arg(long = "plugin-opt", value_name = "NAME=OPT", value_parser = key_value)]
    pub plugin_opts: Vec<(String, String)>,

    /// Seconds a plugin may run before it is killed and the run fails [default: 300]
    #[arg(long, value_name = "SECONDS")]
    pub plugin_timeout: Option<f64>,

    /// Also write the compiled files as a serialized FileDescriptorSet (protoc's -o)
    #[arg(long, value_name = "FILE")]
    pub descriptor_set_out: Option<PathBuf>,

    /// With --descriptor-set-out: include every imported file, so the set is self-contained
    #[arg(long, requires = "descriptor_set_out")]
    pub include_imports: bool,

    /// With --descriptor-set-out: keep SourceCodeInfo (source positions and comments)
    #[arg(long, requires = "descriptor_set_out")]
    pub include_source_info: bool,

    /// Config file [default: ./protosmith.toml if present]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// No progress line and no summary on stderr (errors and `--check` diffs still print)
    #[arg(short, long)]
    pub quiet: bool,

    /// Threads to render and write with [default: one per CPU; or RAYON_NUM_THREADS]
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
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
    fn parses_every_gen_flag() {
        let cli = Cli::try_parse_from([
            "protosmith", "gen", "-I", "a", "--proto-path", "b", "x.proto", "--lang", "python", "--lang", "js",
            "--out", "o", "--opt", "python.imports=relative", "--check", "--templates", "t", "--config", "c.toml",
        ])
        .unwrap();
        let Command::Gen(g) = cli.command else { panic!("gen") };
        assert_eq!(g.include, [PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!(g.files, ["x.proto"]);
        assert_eq!(g.lang, ["python", "js"]);
        assert_eq!(g.out, Some(PathBuf::from("o")));
        assert_eq!(g.opts.len(), 1);
        assert!(g.check);
        assert_eq!(g.templates, Some(PathBuf::from("t")));
        assert_eq!(g.config, Some(PathBuf::from("c.toml")));
    }

    #[test]
    fn engine_arguments_are_passed_through_untouched() {
        let cli = Cli::try_parse_from(["protosmith", "engine", "up", "--program", "p", "--help", "--config", "k=v"]).unwrap();
        let Command::Engine { args } = cli.command else { panic!("engine") };
        assert_eq!(args, ["up", "--program", "p", "--help", "--config", "k=v"]);
    }

    #[test]
    fn parses_plugin_flags() {
        let cli = Cli::try_parse_from([
            "protosmith", "gen", "--plugin", "go", "--plugin", "es=node x.js", "--plugin-opt", "go=paths=source_relative",
            "--plugin-timeout", "2.5", "--lang", "go", "--descriptor-set-out", "s.binpb", "--include-imports",
        ])
        .unwrap();
        let Command::Gen(g) = cli.command else { panic!("gen") };
        assert_eq!(g.plugins, [("go".into(), None), ("es".into(), Some("node x.js".into()))]);
        assert_eq!(g.plugin_opts, [("go".into(), "paths=source_relative".into())]);
        assert_eq!(g.plugin_timeout, Some(2.5));
        assert!(g.include_imports && !g.include_source_info);
        assert!(Cli::try_parse_from(["protosmith", "gen", "--include-imports"]).is_err(), "needs --descriptor-set-out");
    }

    #[test]
    fn rejects_bad_flags() {
        assert!(Cli::try_parse_from(["protosmith", "gen", "--opt", "nonsense"]).is_err());
        assert!(Cli::try_parse_from(["protosmith", "gen", "--bogus"]).is_err());
    }
}

//! The build.rs API: prost + tonic code from `.proto` files during `cargo build`, without protoc.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     protosmith::build::Builder::new()
//!         .include("proto")
//!         .type_attribute(".", "#[derive(serde::Serialize)]")
//!         .compile(&["pulumi/provider.proto"])?; // OUT_DIR/pulumirpc.rs
//!     Ok(())
//! }
//! // src/lib.rs: pub mod pulumirpc { include!(concat!(env!("OUT_DIR"), "/pulumirpc.rs")); }
//! ```
//!
//! The option methods are tonic-prost-build's `Builder` methods of the same names and write
//! what `tonic_prost_build::configure()...compile_fds(..)` writes: one `<package>.rs` per
//! package of the named files and of everything they import (types of `extern_path` packages
//! and google.protobuf excepted), `_.rs` for files without a package.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::compile::{self, Input};
use crate::lang::rust::{self, ProstSettings};
use crate::model::Model;

/// Why `compile` failed. Its `Debug` is its message, so `fn main() -> Result<(), Box<dyn Error>>`
/// in build.rs shows the located proto error as-is in cargo's output.
pub enum Error {
    /// A proto error, rendered as `file:line:col: message` with the source line and a caret.
    Proto(String),
    /// An option value prost-build would mis-handle (names the builder method).
    Option(String),
    /// prost-build refused the input.
    Generate(String),
    /// `OUT_DIR` is unset (not running under cargo) and no `out_dir` was given.
    NoOutDir,
    Write { path: PathBuf, source: std::io::Error },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Proto(m) => write!(f, "{m}"),
            Error::Option(m) => write!(f, "invalid option: {m}"),
            Error::Generate(m) => write!(f, "{m}"),
            Error::NoOutDir => write!(f, "OUT_DIR is not set: run from a build script or call `out_dir(..)`"),
            Error::Write { path, source } => write!(f, "cannot write {}: {source}", path.display()),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Cargo prints a failing build script's `Err` with `{:?}`: show the message, not the enum.
        write!(f, "{self}")
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Configures and runs code generation from a build script.
#[derive(Debug, Clone)]
pub struct Builder {
    includes: Vec<PathBuf>,
    settings: ProstSettings,
    out_dir: Option<PathBuf>,
    include_file: Option<PathBuf>,
    emit_rerun_if_changed: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// Clients, servers and transport helpers on; no include roots yet (`.` if none is added).
    pub fn new() -> Self {
        Builder {
            includes: Vec::new(),
            settings: ProstSettings::default(),
            out_dir: None,
            include_file: None,
            emit_rerun_if_changed: std::env::var_os("CARGO").is_some(),
        }
    }

    /// An include root (protoc's `-I`), relative to the package root in a build script.
    pub fn include(mut self, dir: impl AsRef<Path>) -> Self {
        self.includes.push(dir.as_ref().to_path_buf());
        self
    }

    /// Where the `.rs` files go; default `$OUT_DIR`.
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Also write a file of nested `pub mod`s including every generated file (prost-build's
    /// `include_file`), to `include!` once from lib.rs.
    pub fn include_file(mut self, name: impl AsRef<Path>) -> Self {
        self.include_file = Some(name.as_ref().to_path_buf());
        self
    }

    /// Print `cargo:rerun-if-changed` for the inputs and include roots (default: under cargo).
    pub fn emit_rerun_if_changed(mut self, enable: bool) -> Self {
        self.emit_rerun_if_changed = enable;
        self
    }

    pub fn type_attribute(mut self, path: impl AsRef<str>, attribute: impl AsRef<str>) -> Self {
        self.settings.type_attribute.push(pair(path, attribute));
        self
    }

    pub fn message_attribute(mut self, path: impl AsRef<str>, attribute: impl AsRef<str>) -> Self {
        self.settings.message_attribute.push(pair(path, attribute));
        self
    }

    pub fn enum_attribute(mut self, path: impl AsRef<str>, attribute: impl AsRef<str>) -> Self {
        self.settings.enum_attribute.push(pair(path, attribute));
        self
    }

    pub fn field_attribute(mut self, path: impl AsRef<str>, attribute: impl AsRef<str>) -> Self {
        self.settings.field_attribute.push(pair(path, attribute));
        self
    }

    /// Types of `proto_path` (a package or type, `.`-qualified) are not generated but taken
    /// from `rust_path` (e.g. another crate).
    pub fn extern_path(mut self, proto_path: impl AsRef<str>, rust_path: impl AsRef<str>) -> Self {
        self.settings.extern_path.push(pair(proto_path, rust_path));
        self
    }

    /// `bytes` fields under `path` become `::prost::bytes::Bytes`.
    pub fn bytes(mut self, path: impl AsRef<str>) -> Self {
        self.settings.bytes.push(path.as_ref().to_string());
        self
    }

    /// Map fields under `path` become `BTreeMap`s.
    pub fn btree_map(mut self, path: impl AsRef<str>) -> Self {
        self.settings.btree_map.push(path.as_ref().to_string());
        self
    }

    /// Message fields under `path` are boxed.
    pub fn boxed(mut self, path: impl AsRef<str>) -> Self {
        self.settings.boxed.push(path.as_ref().to_string());
        self
    }

    /// No doc comments for these paths (messages as prost matches paths; services and methods
    /// as tonic names them, `package.Service[.Method]`).
    pub fn disable_comments<I, S>(mut self, paths: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.settings.disable_comments.extend(paths.into_iter().map(|p| p.as_ref().to_string()));
        self
    }

    /// Generate google.protobuf's types instead of using `prost-types`.
    pub fn compile_well_known_types(mut self, enable: bool) -> Self {
        self.settings.compile_well_known_types = enable;
        self
    }

    pub fn build_client(mut self, enable: bool) -> Self {
        self.settings.client = enable;
        self
    }

    pub fn build_server(mut self, enable: bool) -> Self {
        self.settings.server = enable;
        self
    }

    /// Client transport helpers (`connect`).
    pub fn build_transport(mut self, enable: bool) -> Self {
        self.settings.transport = enable;
        self
    }

    /// tonic-prost-build's `compile_protos(protos, includes)`: the includes are added first.
    pub fn compile_protos(self, protos: &[impl AsRef<Path>], includes: &[impl AsRef<Path>]) -> Result<(), Error> {
        includes.iter().fold(self, |b, dir| b.include(dir)).compile(protos)
    }

    /// Compiles `protos` (named relative to an include root, as protoc names them, or by a
    /// path that starts with an include root) and writes the Rust files.
    pub fn compile(&self, protos: &[impl AsRef<Path>]) -> Result<(), Error> {
        self.settings.validate().map_err(|m| Error::Option(m.replacen("rust.", "", 1)))?;
        let includes = if self.includes.is_empty() { vec![PathBuf::from(".")] } else { self.includes.clone() };
        let files: Vec<String> = protos.iter().map(|p| self.proto_name(&includes, p.as_ref())).collect();
        if self.emit_rerun_if_changed {
            // A directory makes cargo watch everything below it: imports included.
            for dir in &includes {
                println!("cargo:rerun-if-changed={}", dir.display());
            }
            for name in &files {
                let on_disk = includes.iter().map(|d| d.join(name)).find(|p| p.is_file());
                println!("cargo:rerun-if-changed={}", on_disk.unwrap_or_else(|| PathBuf::from(name)).display());
            }
        }
        let compiled = compile::compile(&Input::Sources { includes, files }).map_err(|e| Error::Proto(e.to_string()))?;
        for warning in &compiled.warnings {
            println!("cargo:warning={warning}");
        }
        let model = Model::build(&compiled);
        let sources = rust::generate_modules(compiled.descriptors(), &model, &self.settings).map_err(Error::Generate)?;

        let from_env = self.out_dir.is_none();
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or(Error::NoOutDir)?,
        };
        for (file, (_, code)) in &sources {
            write_if_changed(&out_dir.join(file), code.as_bytes())?;
        }
        if let Some(name) = &self.include_file {
            let tree = rust::module_tree(sources.iter().map(|(f, (m, _))| (m.clone(), f.clone())), &|file| {
                if from_env {
                    format!("concat!(env!(\"OUT_DIR\"), \"/{file}\")")
                } else {
                    format!("\"{file}\"")
                }
            });
            write_if_changed(&out_dir.join(name), tree.as_bytes())?;
        }
        Ok(())
    }

    /// `proto/a/b.proto` with include root `proto` is `a/b.proto`, as protoc maps a file path
    /// onto its include root; anything else is already a name relative to a root.
    fn proto_name(&self, includes: &[PathBuf], proto: &Path) -> String {
        let name = includes
            .iter()
            .filter(|dir| dir.as_path() != Path::new("."))
            .find_map(|dir| proto.strip_prefix(dir).ok())
            .unwrap_or(proto);
        name.to_string_lossy().replace('\\', "/")
    }
}

fn pair(a: impl AsRef<str>, b: impl AsRef<str>) -> (String, String) {
    (a.as_ref().to_string(), b.as_ref().to_string())
}

/// Unchanged files keep their mtime, so cargo does not rebuild what includes them.
fn write_if_changed(path: &Path, content: &[u8]) -> Result<(), Error> {
    if std::fs::read(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|source| Error::Write { path: path.to_path_buf(), source })
}

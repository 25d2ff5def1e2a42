//! Python output: `_pb2.py` (protoc's python_out), `_pb2_grpc.py` (grpcio-tools' plugin),
//! `_pb2.pyi` / `_pb2_grpc.pyi` (mypy-protobuf, plus grpc.aio types), `__init__.py` files.

mod grpc;
mod names;
mod pb2;
mod pure;
mod pyi;

use serde::{Deserialize, Deserializer};

use super::{GenError, Request};
use crate::output::FileSet;

/// Which `_pb2.py` form to emit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Runtime {
    /// grpcio-tools 1.59 / protobuf 4.24 form, without the runtime version check: loads on
    /// protobuf 4.21 through 7.x.
    #[default]
    Legacy,
    /// The current form with `ValidateProtobufRuntimeVersion` stamped with this version.
    Version { major: u32, minor: u32, patch: u32 },
}

impl<'de> Deserialize<'de> for Runtime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "legacy" {
            return Ok(Runtime::Legacy);
        }
        let parts: Vec<u32> = s.split('.').map(str::parse).collect::<Result<_, _>>().map_err(|_| {
            serde::de::Error::custom(format!("runtime `{s}`: expected `legacy` or a protobuf version M.N.P like 7.35.1"))
        })?;
        match parts[..] {
            [major, minor, patch] => Ok(Runtime::Version { major, minor, patch }),
            _ => Err(serde::de::Error::custom(format!("runtime `{s}`: expected `legacy` or M.N.P"))),
        }
    }
}

/// Which `_pb2_grpc.py` form to emit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Grpc {
    /// grpcio-tools 1.59's plugin output: no grpcio version gate, loads on grpcio 1.59 and later.
    #[default]
    Legacy,
    /// The current form (grpcio-tools 1.85.1's layout) with `GRPC_GENERATED_VERSION = 'M.N.P'`:
    /// the module refuses to import on an older grpcio.
    Version(String),
}

impl<'de> Deserialize<'de> for Grpc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "legacy" {
            return Ok(Grpc::Legacy);
        }
        let parts: Vec<&str> = s.split('.').collect();
        let numeric = |p: &&str| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit());
        if parts.len() == 3 && parts.iter().all(numeric) {
            Ok(Grpc::Version(s))
        } else {
            Err(serde::de::Error::custom(format!("grpc `{s}`: expected `legacy` or a grpcio version M.N.P like 1.85.1")))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Imports {
    /// `from pkg import x_pb2 as pkg_dot_x__pb2`, as protoc writes it.
    #[default]
    Absolute,
    /// `from . import x_pb2 as ...` / `from ..pkg import ...`: the tree works as a subpackage.
    Relative,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pyi {
    /// `X_pb2.pyi` and `X_pb2_grpc.pyi` as mypy-protobuf 5.1.0 writes them (see `pyi_grpc`).
    #[default]
    Mypy,
    None,
}

/// Which `X_pb2_grpc.pyi` to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PyiGrpc {
    /// mypy-protobuf's grpc stubs (sync and grpc.aio) with servicer methods that are not
    /// abstract: the runtime base class answers UNIMPLEMENTED, so partial servicers type-check.
    #[default]
    Aio,
    /// Exactly what mypy-protobuf 5.1.0's `protoc-gen-mypy_grpc` writes (abstract servicers).
    Mypy,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PythonOptions {
    #[serde(default)]
    pub runtime: Runtime,
    #[serde(default)]
    pub grpc: Grpc,
    #[serde(default)]
    pub imports: Imports,
    /// Prefix for absolute imports of generated modules (`myproj.proto` -> `from myproj.proto.pkg import ...`).
    #[serde(default, deserialize_with = "dotted_name")]
    pub package: Option<String>,
    /// Write `__init__.py` in every generated folder; default: on for relative imports.
    #[serde(default)]
    pub init: Option<bool>,
    #[serde(default)]
    pub pyi: Pyi,
    #[serde(default)]
    pub pyi_grpc: PyiGrpc,
}

/// `python.package` must be an importable dotted name: it is written into `from X import ...`.
fn dotted_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = String::deserialize(d)?;
    if crate::lang::common::idents::is_dotted_python_name(&s) {
        Ok(Some(s))
    } else {
        Err(serde::de::Error::custom(format!("package {s:?}: expected a dotted Python name such as `myproj.proto` (identifiers, no keywords)")))
    }
}

impl PythonOptions {
    pub fn import_style(&self) -> names::ImportStyle {
        match self.imports {
            Imports::Relative => names::ImportStyle::Relative,
            Imports::Absolute => names::ImportStyle::Absolute { prefix: self.package.clone() },
        }
    }

    pub fn write_init(&self) -> bool {
        self.init.unwrap_or(self.imports == Imports::Relative)
    }
}

pub fn generate(req: &Request, opts: &PythonOptions) -> Result<FileSet, GenError> {
    let mut out = req.file_set();
    pb2::generate(req, opts, &mut out)?;
    grpc::generate(req, opts, &mut out)?;
    if opts.pyi == Pyi::Mypy {
        pyi::generate(req, opts, &mut out)?;
    }
    if opts.write_init() {
        let folders: std::collections::BTreeSet<String> = out.paths().flat_map(|p| p.ancestors()).collect();
        for folder in folders {
            out.put(format!("{folder}/__init__.py"), Vec::new())?;
        }
        out.put("__init__.py", Vec::new())?;
    }
    Ok(out)
}

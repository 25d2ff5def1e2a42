//! Python output: `_pb2.py` (protoc's python_out), `_pb2_grpc.py` (grpcio-tools' plugin),
//! `_pb2.pyi` / `_pb2_grpc.pyi` (mypy-protobuf, plus grpc.aio types).

use serde::Deserialize;

use super::{GenError, Lang, Request};
use crate::output::FileSet;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PythonOptions {}

pub fn generate(_req: &Request, _opts: &PythonOptions) -> Result<FileSet, GenError> {
    Err(GenError::Failed { lang: Lang::Python, message: "not implemented yet".into() })
}

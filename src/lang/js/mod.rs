//! JavaScript output: `_pb.js` (protoc-gen-js, commonjs+binary), `_grpc_pb.js` (grpc-tools'
//! node plugin, grpc_js mode), `_pb.d.ts` / `_grpc_pb.d.ts` (grpc_tools_node_protoc_ts).

use serde::Deserialize;

use super::{GenError, Lang, Request};
use crate::output::FileSet;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsOptions {}

pub fn generate(_req: &Request, _opts: &JsOptions) -> Result<FileSet, GenError> {
    Err(GenError::Failed { lang: Lang::Js, message: "not implemented yet".into() })
}

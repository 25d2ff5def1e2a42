//! JavaScript output: `_pb.js` (protoc-gen-js, commonjs+binary), `_grpc_pb.js` (grpc-tools'
//! node plugin, grpc_js mode), `_pb.d.ts` / `_grpc_pb.d.ts` (grpc_tools_node_protoc_ts).

mod dts;
mod dts_msg;
mod dts_svc;
mod grpc;
mod pb;

use serde::Deserialize;

use super::{GenError, Request};
use crate::output::FileSet;

/// How generated files name each other in `require(...)` / `import ... from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Imports {
    /// The shortest relative path (`./x_pb.js`, `../other/y_pb.js`): stays correct when the output
    /// tree is moved, renamed or flattened one level. Well-known types still come from the
    /// `google-protobuf` package.
    #[default]
    Relative,
    /// As the protoc plugins write them, byte for byte: up to the output root and back down
    /// (`../pkg/x_pb.js` from inside `pkg/`).
    Protoc,
}

/// Where the message classes (`_pb.js`) come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Messages {
    /// protosmith writes `_pb.js` itself (protoc-gen-js 3.21's commonjs+binary output).
    #[default]
    Protosmith,
    /// `_pb.js` comes from protoc-gen-js; protosmith writes `_grpc_pb.js` and the `.d.ts`
    /// files that go with it (byte-identical to grpc-tools and grpc_tools_node_protoc_ts).
    External,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsOptions {
    #[serde(default)]
    pub messages: Messages,
    #[serde(default)]
    pub imports: Imports,
    /// Where `_pb.js` puts its classes at run time: a module-local namespace, or the global
    /// object as protoc-gen-js does.
    #[serde(default)]
    pub global: pb::Global,
    /// Emit `_pb.d.ts` and `_grpc_pb.d.ts`.
    #[serde(default = "yes")]
    pub dts: bool,
}

fn yes() -> bool {
    true
}

pub fn generate(req: &Request, opts: &JsOptions) -> Result<FileSet, GenError> {
    let mut out = req.file_set();
    // `_pb.js` and the other files are independent: side by side, a huge proto's two longest
    // renderings (its `_pb.js` and `_pb.d.ts`) do not wait for each other on an idle core.
    let (mut messages, mut others) = (out.sibling(), out.sibling());
    let (pb, rest) = rayon::join(
        || pb::generate(req, opts, &mut messages),
        || {
            grpc::generate(req, opts, &mut others)?;
            if opts.dts {
                dts::generate(req, opts, &mut others)?;
            }
            Ok::<_, GenError>(())
        },
    );
    pb?;
    rest?;
    out.extend(messages)?;
    out.extend(others)?;
    Ok(out)
}

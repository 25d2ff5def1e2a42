//! The view of `X_grpc_pb.d.ts` (grpc_js flavour): per service the definition interfaces, the
//! server interface and the client class with every call overload. Files without services get
//! no such file.

use serde::Serialize;

use super::dts::{dependency_imports, lower_first, own_import_path, pseudo_namespace, type_ref, TsImport, Used};
use super::Imports;
use crate::lang::GenError;
use crate::model::{File, Model, Streaming};

#[derive(Serialize)]
pub(super) struct FileView {
    package: String,
    file_name: String,
    imports: Vec<TsImport>,
    services: Vec<ServiceView>,
}

#[derive(Serialize)]
struct ServiceView {
    name: String,
    methods: Vec<MethodView>,
}

#[derive(Serialize)]
struct MethodView {
    service: String,
    name: String,
    key: String,
    path: String,
    request: String,
    response: String,
    request_stream: bool,
    response_stream: bool,
    /// Exactly one of the four is set.
    unary: bool,
    server_streaming: bool,
    client_streaming: bool,
    bidi_streaming: bool,
    /// The `grpc.handle...Call` type servers implement.
    handler: &'static str,
}

pub(super) fn build(model: &Model, file: &File, imports: Imports) -> Result<Option<FileView>, GenError> {
    if file.services.is_empty() {
        return Ok(None);
    }
    let used = Used::default();
    let prefix = if file.package.is_empty() { String::new() } else { format!("{}.", file.package) };
    let mut services = Vec::new();
    for s in &file.services {
        let mut methods = Vec::new();
        for m in &s.methods {
            let (handler, client, server) = match m.streaming {
                Streaming::Unary => ("handleUnaryCall", false, false),
                Streaming::ServerStreaming => ("handleServerStreamingCall", false, true),
                Streaming::ClientStreaming => ("handleClientStreamingCall", true, false),
                Streaming::BidiStreaming => ("handleBidiStreamingCall", true, true),
            };
            methods.push(MethodView {
                service: s.name.clone(),
                name: m.name.clone(),
                key: lower_first(&m.name),
                path: format!("/{prefix}{}/{}", s.name, m.name),
                // Service types are always qualified with their module, even from the same file.
                request: type_ref(model, file, &m.input, true, &used)?,
                response: type_ref(model, file, &m.output, true, &used)?,
                request_stream: client,
                response_stream: server,
                unary: m.streaming == Streaming::Unary,
                server_streaming: m.streaming == Streaming::ServerStreaming,
                client_streaming: m.streaming == Streaming::ClientStreaming,
                bidi_streaming: m.streaming == Streaming::BidiStreaming,
                handler,
            });
        }
        services.push(ServiceView { name: s.name.clone(), methods });
    }
    let mut all_imports = vec![
        TsImport { alias: "grpc".into(), path: "@grpc/grpc-js".into() },
        TsImport { alias: pseudo_namespace(&file.name), path: own_import_path(&file.name, imports) },
    ];
    all_imports.extend(dependency_imports(model, file, &used.borrow(), imports));
    Ok(Some(FileView { package: file.package.clone(), file_name: file.name.clone(), imports: all_imports, services }))
}

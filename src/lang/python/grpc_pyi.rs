//! `X_pb2_grpc.pyi`: the service stubs of mypy-protobuf 5.1.0 (`protoc-gen-mypy_grpc`), which
//! already type both grpc and grpc.aio: `XStub(channel)` returns `XAsyncStub` for an aio
//! channel, servicer methods accept sync or async implementations, and
//! `add_XServicer_to_server` takes `grpc.Server` or `grpc.aio.Server`.
//!
//! `python.pyi_grpc=aio` (the default) adds one thing: servicer methods are not abstract,
//! matching the runtime base class whose methods answer UNIMPLEMENTED, so a servicer that
//! implements only some methods can be instantiated under mypy. This is exactly the output of
//! mypy-protobuf's `generate_concrete_servicer_stubs` parameter. `python.pyi_grpc=mypy` gives the
//! plugin's default (abstract) output byte for byte.

use prost_types::{FileDescriptorProto, MethodDescriptorProto, ServiceDescriptorProto};
use serde::Serialize;

use super::pyi::finish_text;
use super::pyi_common::{check_supported, child, is_reserved, path, stub_path, ImportsView, Index, Writer};
use super::{PyiGrpc, PythonOptions};
use crate::lang::{GenError, Lang, Request};
use crate::output::FileSet;

pub fn generate(req: &Request, opts: &PythonOptions, out: &mut FileSet) -> Result<(), GenError> {
    let index = Index::new(&req.compiled.files);
    let concrete = opts.pyi_grpc == PyiGrpc::Aio;
    out.add_each(&req.compiled.to_generate, |name| {
        let fd = index.files.get(name.as_str()).copied().ok_or_else(|| GenError::Failed {
            lang: Lang::Python,
            message: format!("file to generate `{name}` is not in the compiled set"),
        })?;
        check_supported(&req.compiled.pool, &index, fd)?;
        let view = build(&index, opts, fd, concrete)?;
        let text = req.templates.render("python/pb2_grpc.pyi", &view)?;
        Ok(vec![(stub_path(fd.name(), "_pb2_grpc.pyi"), finish_text(text).into())])
    })
}

#[derive(Serialize)]
struct FileView {
    module_doc: String,
    imports: ImportsView,
    type_var: String,
    async_iterator: String,
    iterator: String,
    abc_meta: String,
    grpc_context: String,
    aio_context: String,
    services: Vec<ServiceView>,
}

#[derive(Serialize)]
struct ServiceView {
    name: String,
    doc: Option<String>,
    stub_deprecation: Option<String>,
    overload: String,
    grpc_channel: String,
    self_type: String,
    aio_channel: String,
    sync_methods: Vec<StubMethod>,
    async_deprecation: Option<String>,
    type_check_only: String,
    async_methods: Vec<StubMethod>,
    servicer_deprecation: Option<String>,
    metaclass: Option<String>,
    servicer_methods: Vec<ServicerMethod>,
    server_type: String,
}

#[derive(Serialize)]
struct StubMethod {
    name: String,
    r#type: String,
    property: Option<String>,
    deprecation: Option<String>,
    /// `  # type: ignore[...]` on the async stub's overrides, empty on the sync stub.
    ignore: String,
    doc: Option<String>,
}

#[derive(Serialize)]
struct ServicerMethod {
    name: String,
    deprecation: Option<String>,
    abstract_decorator: Option<String>,
    input_name: &'static str,
    input_type: String,
    output_type: String,
    doc: Option<String>,
}

fn build(index: &Index, opts: &PythonOptions, fd: &FileDescriptorProto, concrete: bool) -> Result<FileView, GenError> {
    let mut w = Writer::new(index, fd, true, opts);
    let type_var = w.imports.from("typing", "TypeVar");
    let async_iterator = w.imports.from("collections.abc", "AsyncIterator");
    let iterator = w.imports.from("collections.abc", "Iterator");
    let abc_meta = w.imports.from("abc", "ABCMeta");
    let grpc_context = w.imports.from("grpc", "ServicerContext");
    let aio_context = w.imports.from("grpc.aio", "ServicerContext");
    let file_deprecated = w.file_deprecated();
    let mut services = Vec::new();
    for (i, s) in fd.service.iter().enumerate() {
        if is_reserved(s.name()) {
            continue;
        }
        services.push(service_view(&mut w, s, &[path::FILE_SERVICE, i as i32], file_deprecated, concrete)?);
    }
    let module_doc = w.module_doc();
    w.add_reexports();
    Ok(FileView {
        module_doc,
        imports: w.imports.finish(),
        type_var,
        async_iterator,
        iterator,
        abc_meta,
        grpc_context,
        aio_context,
        services,
    })
}

fn method_deprecated(m: &MethodDescriptorProto) -> bool {
    m.options.as_ref().is_some_and(|o| o.deprecated())
}

fn callable(w: &mut Writer, m: &MethodDescriptorProto, aio: bool) -> String {
    let module = if aio { "grpc.aio" } else { "grpc" };
    let kind = match (m.client_streaming(), m.server_streaming()) {
        (false, false) => "UnaryUnaryMultiCallable",
        (false, true) => "UnaryStreamMultiCallable",
        (true, false) => "StreamUnaryMultiCallable",
        (true, true) => "StreamStreamMultiCallable",
    };
    w.imports.from(module, kind)
}

fn stub_methods(
    w: &mut Writer,
    s: &ServiceDescriptorProto,
    scl: &[i32],
    aio: bool,
    file_deprecated: bool,
) -> Result<Vec<StubMethod>, GenError> {
    let mut out = Vec::new();
    for (i, m) in s.method.iter().enumerate() {
        if is_reserved(m.name()) {
            continue;
        }
        let mpath = child(scl, &[path::SERVICE_METHOD, i as i32]);
        let callable = callable(w, m, aio);
        let input = w.type_ref(m.input_type())?;
        let output = w.type_ref(m.output_type())?;
        let ty = format!("{callable}[{input}, {output}]");
        let deprecated = method_deprecated(m);
        if deprecated || file_deprecated {
            let fallback = if deprecated {
                "This method has been marked as deprecated using proto method options."
            } else {
                "This method is within a file that has been marked as deprecated using proto file options."
            };
            let property = format!("@{}", w.imports.builtin("property"));
            let dep_path = child(&mpath, &[path::METHOD_OPTIONS, path::METHOD_OPTIONS_DEPRECATED]);
            let deprecation = w.deprecation(&dep_path, fallback)?;
            out.push(StubMethod {
                name: m.name().into(),
                r#type: ty,
                property: Some(property),
                deprecation: Some(deprecation),
                ignore: if aio { "  # type: ignore[override]".into() } else { String::new() },
                doc: w.docstring(&mpath, "        "),
            });
        } else {
            out.push(StubMethod {
                name: m.name().into(),
                r#type: ty,
                property: None,
                deprecation: None,
                ignore: if aio { "  # type: ignore[assignment]".into() } else { String::new() },
                doc: w.docstring(&mpath, "    "),
            });
        }
    }
    Ok(out)
}

fn service_view(
    w: &mut Writer,
    s: &ServiceDescriptorProto,
    scl: &[i32],
    file_deprecated: bool,
    concrete: bool,
) -> Result<ServiceView, GenError> {
    let service_deprecated = s.options.as_ref().is_some_and(|o| o.deprecated());
    let options_path = child(scl, &[path::SERVICE_OPTIONS, path::SERVICE_OPTIONS_DEPRECATED]);
    let deprecation = |w: &mut Writer, what: &str| -> Result<Option<String>, GenError> {
        if !(service_deprecated || file_deprecated) {
            return Ok(None);
        }
        let fallback = if service_deprecated {
            format!("This {what} has been marked as deprecated using proto service options.")
        } else {
            format!("This {what} is within a file that has been marked as deprecated using proto file options.")
        };
        w.deprecation(&options_path, &fallback).map(Some)
    };

    let stub_deprecation = deprecation(w, "stub")?;
    let doc = w.docstring(scl, "    ");
    let overload = format!("@{}", w.imports.from("typing", "overload"));
    let grpc_channel = w.imports.from("grpc", "Channel");
    let self_type = w.imports.typing_ext("Self");
    let aio_channel = w.imports.from("grpc.aio", "Channel");
    let sync_methods = stub_methods(w, s, scl, false, file_deprecated)?;

    let async_deprecation = if service_deprecated {
        Some(w.deprecation(&options_path, "This stub has been marked as deprecated using proto service options.")?)
    } else {
        None
    };
    let type_check_only = format!("@{}", w.imports.from("typing", "type_check_only"));
    let async_methods = stub_methods(w, s, scl, true, file_deprecated)?;

    let servicer_deprecation = deprecation(w, "servicer")?;
    let metaclass = (!concrete).then(|| w.imports.from("abc", "ABCMeta"));
    let mut servicer_methods = Vec::new();
    for (i, m) in s.method.iter().enumerate() {
        if is_reserved(m.name()) {
            continue;
        }
        let mpath = child(scl, &[path::SERVICE_METHOD, i as i32]);
        let mut input_type = w.type_ref(m.input_type())?;
        if m.client_streaming() {
            input_type = format!("_MaybeAsyncIterator[{input_type}]");
        }
        let output = w.type_ref(m.output_type())?;
        let union = w.imports.from("typing", "Union");
        let output_type = if m.server_streaming() {
            let sync = w.imports.from("collections.abc", "Iterator");
            let aio = w.imports.from("collections.abc", "AsyncIterator");
            format!("{union}[{sync}[{output}], {aio}[{output}]]")
        } else {
            let aio = w.imports.from("collections.abc", "Awaitable");
            format!("{union}[{output}, {aio}[{output}]]")
        };
        let deprecated = method_deprecated(m);
        let deprecation = if deprecated || file_deprecated {
            let fallback = if deprecated {
                "This method has been marked as deprecated using proto method options."
            } else {
                "This method is within a file that has been marked as deprecated using proto file options."
            };
            // The reference plugin reads the servicer method's message from the method's own
            // comment (not the option's), so a documented method uses its docstring here.
            Some(w.deprecation(&mpath, fallback)?)
        } else {
            None
        };
        let abstract_decorator = (!concrete).then(|| format!("@{}", w.imports.from("abc", "abstractmethod")));
        servicer_methods.push(ServicerMethod {
            name: m.name().into(),
            deprecation,
            abstract_decorator,
            input_name: if m.client_streaming() { "request_iterator" } else { "request" },
            input_type,
            output_type,
            doc: w.docstring(&mpath, "        "),
        });
    }
    // The registration function repeats the servicer's decorator (the template prints it twice).
    let union = w.imports.from("typing", "Union");
    let server = w.imports.from("grpc", "Server");
    let aio_server = w.imports.from("grpc.aio", "Server");
    Ok(ServiceView {
        name: s.name().into(),
        doc,
        stub_deprecation,
        overload,
        grpc_channel,
        self_type,
        aio_channel,
        sync_methods,
        async_deprecation,
        type_check_only,
        async_methods,
        servicer_deprecation,
        metaclass,
        servicer_methods,
        server_type: format!("{union}[{server}, {aio_server}]"),
    })
}

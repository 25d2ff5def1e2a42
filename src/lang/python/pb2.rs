//! `X_pb2.py` in two dialects: `legacy`, what protoc's python plugin of protobuf 4.24
//! (grpcio-tools 1.59) writes, with no runtime version check, so it loads on every protobuf
//! runtime from 4.21 on; and the current form (protobuf 5+), which stamps a protobuf version
//! and checks it at import time.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use prost::Message as _;
use prost_reflect::{DynamicMessage, ReflectMessage, Value};
use prost_types::FileDescriptorProto;
use serde::Serialize;

use super::names::{hex_escape, import_path, import_statement, is_keyword, module_alias, module_name, module_path, octal_escape, ImportStyle};
use super::{PythonOptions, Runtime};
use crate::lang::{GenError, Lang, Request};
use crate::model::source_path::{FIELD_JSON_NAME, FILE_EXTENSION, FILE_MESSAGE_TYPE, MESSAGE_EXTENSION, MESSAGE_FIELD, MESSAGE_NESTED_TYPE};
use crate::output::FileSet;

pub fn generate(req: &Request, opts: &PythonOptions, out: &mut FileSet) -> Result<(), GenError> {
    let dialect = match opts.runtime {
        Runtime::Legacy => Dialect::Legacy,
        Runtime::Version { major, minor, patch } => Dialect::Current(major, minor, patch),
    };
    let style = opts.import_style();
    out.add_each(&req.compiled.to_generate, |name| {
        let text = render(req, name, dialect, &style)?;
        Ok(vec![(module_path(name, ".py"), text.into())])
    })
}

/// The file's descriptor as protoc serializes it into `_pb2.py`: no source info, and only the
/// `json_name`s written in the source (protoc's `CopyTo` leaves out the ones it computed;
/// protox fills in every field's); options keep their custom extensions, which survive as
/// unknown fields of the options messages.
fn protoc_descriptor(req: &Request, name: &str) -> Result<DynamicMessage, GenError> {
    let fail = |message: String| GenError::Failed { lang: Lang::Python, message };
    let file = req.compiled.pool.get_file_by_name(name).ok_or_else(|| fail(format!("{name} is not compiled")))?;
    let mut msg = DynamicMessage::decode(FileDescriptorProto::default().descriptor(), file.encode_to_vec().as_slice())
        .map_err(|e| fail(format!("{name}: {e}")))?;
    msg.clear_field_by_name("source_code_info");
    mark_method_bodies(req, name, &mut msg);
    if !req.compiled.from_descriptor_set {
        let written = written_json_names(file.file_descriptor_proto());
        let mut path = vec![FILE_MESSAGE_TYPE];
        strip_json_names(&mut msg, "message_type", &mut path, &written);
        let mut path = vec![FILE_EXTENSION];
        strip_json_names_in_fields(&mut msg, "extension", &mut path, &written);
    }
    Ok(msg)
}

/// Source paths of the fields whose `json_name` option is in the source text.
fn written_json_names(file: &FileDescriptorProto) -> HashSet<Vec<i32>> {
    let Some(info) = &file.source_code_info else { return HashSet::new() };
    info.location
        .iter()
        .filter_map(|loc| match loc.path.split_last() {
            Some((&FIELD_JSON_NAME, field)) => Some(field.to_vec()),
            _ => None,
        })
        .collect()
}

/// A method written with `{ }` carries an empty options message in protoc's descriptor.
fn mark_method_bodies(req: &Request, name: &str, file: &mut DynamicMessage) {
    let Some(Value::List(services)) = file.get_field_by_name_mut("service") else { return };
    for (si, service) in services.iter_mut().enumerate() {
        let Value::Message(service) = service else { continue };
        let Some(Value::List(methods)) = service.get_field_by_name_mut("method") else { continue };
        for (mi, method) in methods.iter_mut().enumerate() {
            let Value::Message(method) = method else { continue };
            let has_body = req.compiled.method_bodies.contains(&(name.to_string(), si, mi));
            if has_body && !method.has_field_by_name("options") {
                let options = method.descriptor().get_field_by_name("options").map(|f| f.kind());
                if let Some(prost_reflect::Kind::Message(desc)) = options {
                    method.set_field_by_name("options", Value::Message(DynamicMessage::new(desc)));
                }
            }
        }
    }
}

/// `path` is the source path of the list `key` of `parent` (messages).
fn strip_json_names(parent: &mut DynamicMessage, key: &str, path: &mut Vec<i32>, written: &HashSet<Vec<i32>>) {
    if let Some(Value::List(list)) = parent.get_field_by_name_mut(key) {
        for (i, item) in list.iter_mut().enumerate() {
            if let Value::Message(m) = item {
                path.push(i as i32);
                for (kind, key) in [(MESSAGE_FIELD, "field"), (MESSAGE_EXTENSION, "extension")] {
                    path.push(kind);
                    strip_json_names_in_fields(m, key, path, written);
                    path.pop();
                }
                path.push(MESSAGE_NESTED_TYPE);
                strip_json_names(m, "nested_type", path, written);
                path.pop();
                path.pop();
            }
        }
    }
}

/// `path` is the source path of the list `key` of `parent` (fields).
fn strip_json_names_in_fields(parent: &mut DynamicMessage, key: &str, path: &mut Vec<i32>, written: &HashSet<Vec<i32>>) {
    if let Some(Value::List(list)) = parent.get_field_by_name_mut(key) {
        for (i, item) in list.iter_mut().enumerate() {
            if let Value::Message(f) = item {
                path.push(i as i32);
                if !written.contains(path) {
                    f.clear_field_by_name("json_name");
                }
                path.pop();
            }
        }
    }
}

fn list(msg: &DynamicMessage, key: &str) -> Vec<DynamicMessage> {
    match msg.get_field_by_name(key).as_deref() {
        Some(Value::List(items)) => items.iter().filter_map(|v| v.as_message().cloned()).collect(),
        _ => Vec::new(),
    }
}

fn string(msg: &DynamicMessage, key: &str) -> String {
    msg.get_field_by_name(key).and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Legacy,
    /// Stamped with this protobuf version.
    Current(u32, u32, u32),
}

/// `b'...'` with the element's serialized options, or `None` when it has none.
fn options_value(msg: &DynamicMessage) -> Option<String> {
    if !msg.has_field_by_name("options") {
        return None;
    }
    let options = msg.get_field_by_name("options")?.as_message()?.encode_to_vec();
    (!options.is_empty()).then(|| format!("b'{}'", octal_escape(&options)))
}

/// `_OUTER_INNER` for `Outer.Inner`.
fn descriptor_name(scope: &[String], name: &str) -> String {
    let mut parts: Vec<&str> = scope.iter().map(String::as_str).collect();
    parts.push(name);
    format!("_{}", parts.join("_").to_ascii_uppercase())
}

/// Options blocks reset `_options` so custom options parse once their extensions exist.
/// The legacy dialect names module-level descriptors directly and resets `_options`; the
/// current one goes through `_globals` and resets `_loaded_options`.
fn fix_options(out: &mut String, dialect: Dialect, descriptor: &str, options: &str) {
    let (target, field) = match dialect {
        Dialect::Legacy => (descriptor.to_string(), "_options"),
        Dialect::Current(..) => {
            let target = match descriptor.split_once('.') {
                None => format!("_globals['{descriptor}']"),
                Some((head, rest)) => format!("_globals['{head}'].{rest}"),
            };
            (target, "_loaded_options")
        }
    };
    let _ = writeln!(out, "  {target}.{field} = None");
    let _ = writeln!(out, "  {target}._serialized_options = {options}");
}

fn fix_enum(out: &mut String, d: Dialect, scope: &[String], e: &DynamicMessage) {
    let name = descriptor_name(scope, &string(e, "name"));
    if let Some(o) = options_value(e) {
        fix_options(out, d, &name, &o);
    }
    for v in list(e, "value") {
        if let Some(o) = options_value(&v) {
            fix_options(out, d, &format!("{name}.values_by_name[\"{}\"]", string(&v, "name")), &o);
        }
    }
}

fn fix_field(out: &mut String, d: Dialect, scope: &[String], f: &DynamicMessage, dict: &str) {
    let Some(o) = options_value(f) else { return };
    let field = string(f, "name");
    let target = if scope.is_empty() {
        if is_keyword(&field) { format!("globals()['{field}']") } else { field }
    } else {
        let (parent, outer) = scope.split_at(scope.len() - 1);
        format!("{}.{dict}['{field}']", descriptor_name(parent, &outer[0]))
    };
    fix_options(out, d, &target, &o);
}

fn fix_message(out: &mut String, d: Dialect, scope: &[String], m: &DynamicMessage) {
    let mut inner = scope.to_vec();
    inner.push(string(m, "name"));
    for nested in list(m, "nested_type") {
        fix_message(out, d, &inner, &nested);
    }
    let own = descriptor_name(scope, &string(m, "name"));
    for oneof in list(m, "oneof_decl") {
        if let Some(o) = options_value(&oneof) {
            fix_options(out, d, &format!("{own}.oneofs_by_name['{}']", string(&oneof, "name")), &o);
        }
    }
    for e in list(m, "enum_type") {
        fix_enum(out, d, &inner, &e);
    }
    for f in list(m, "field") {
        fix_field(out, d, &inner, &f, "fields_by_name");
    }
    for f in list(m, "extension") {
        fix_field(out, d, &inner, &f, "extensions_by_name");
    }
    if let Some(o) = options_value(m) {
        fix_options(out, d, &own, &o);
    }
}

/// Where each message, enum and service of a serialized file starts, by its bytes: protoc
/// writes `_serialized_start` as the first occurrence of the element's bytes in the file (its
/// `find`), so an identical element earlier in the file wins. Found in one pass over the
/// file's wire format instead of one search from the start per element, which made large
/// files quadratic.
struct Elements<'a> {
    file: &'a [u8],
    first: HashMap<&'a [u8], usize>,
}

impl<'a> Elements<'a> {
    fn new(file: &'a [u8]) -> Self {
        let mut elements = Elements { file, first: HashMap::new() };
        // FileDescriptorProto: message_type 4, enum_type 5, service 6.
        elements.scan(0, file.len(), &[(4, true), (5, false), (6, false)]);
        elements
    }

    /// Records the sub-messages of fields `wanted` in `file[start..end]`, recursing into
    /// messages (DescriptorProto: nested_type 3, enum_type 4).
    fn scan(&mut self, start: usize, end: usize, wanted: &[(u64, bool)]) {
        let file: &'a [u8] = self.file;
        let mut buf = &file[start..end];
        while !buf.is_empty() {
            let Ok(key) = prost::encoding::decode_varint(&mut buf) else { return };
            let (number, wire) = (key >> 3, key & 7);
            let len = match wire {
                0 => match prost::encoding::decode_varint(&mut buf) {
                    Ok(_) => continue,
                    Err(_) => return,
                },
                1 => 8,
                5 => 4,
                2 => match prost::encoding::decode_varint(&mut buf) {
                    Ok(n) => n as usize,
                    Err(_) => return,
                },
                _ => return,
            };
            if len > buf.len() {
                return;
            }
            if wire == 2 {
                if let Some(&(_, message)) = wanted.iter().find(|(n, _)| *n == number) {
                    let body = end - buf.len();
                    self.first.entry(&file[body..body + len]).or_insert(body);
                    if message {
                        self.scan(body, body + len, &[(3, true), (4, false)]);
                    }
                }
            }
            buf = &buf[len..];
        }
    }

    fn find(&self, bytes: &[u8]) -> Option<usize> {
        self.first.get(bytes).copied().or_else(|| memchr::memmem::find(self.file, bytes))
    }
}

fn interval(out: &mut String, file_bytes: &Elements, element: &DynamicMessage, name: &str) -> Result<(), GenError> {
    let bytes = element.encode_to_vec();
    let start = file_bytes.find(&bytes).ok_or_else(|| {
        GenError::Failed { lang: Lang::Python, message: format!("{name}: serialized element not found in its file") }
    })?;
    let _ = writeln!(out, "  _globals['{name}']._serialized_start={start}");
    let _ = writeln!(out, "  _globals['{name}']._serialized_end={}", start + bytes.len());
    Ok(())
}

fn message_intervals(out: &mut String, file_bytes: &Elements, scope: &[String], m: &DynamicMessage) -> Result<(), GenError> {
    interval(out, file_bytes, m, &descriptor_name(scope, &string(m, "name")))?;
    let mut inner = scope.to_vec();
    inner.push(string(m, "name"));
    for nested in list(m, "nested_type") {
        message_intervals(out, file_bytes, &inner, &nested)?;
    }
    for e in list(m, "enum_type") {
        interval(out, file_bytes, &e, &descriptor_name(&inner, &string(&e, "name")))?;
    }
    Ok(())
}

/// A dependency that re-exports files publicly hands their aliases on, as protoc does.
fn copy_public_aliases(out: &mut String, req: &Request, copy_from: &str, dep: &str) {
    let Some(file) = req.model.file(dep) else { return };
    for public in &file.public_dependencies {
        let alias = module_alias(public);
        let _ = write!(
            out,
            "try:\n  {alias} = {copy_from}.{alias}\nexcept AttributeError:\n  {alias} = {copy_from}.{}\n",
            module_name(public)
        );
        copy_public_aliases(out, req, copy_from, public);
    }
}

#[derive(Serialize)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

/// What `templates/python/pb2.py.hbs` lays out; every line of code in it is decided here.
#[derive(Serialize)]
struct Pb2View {
    source: String,
    /// Present for the current dialect, which stamps and checks the runtime version.
    version: Option<Version>,
    /// Import statements of the dependencies, one per line (with public-alias forwarding).
    imports: String,
    /// `from x_pb2 import *` lines of the public dependencies.
    public_imports: String,
    serialized: String,
    /// The module name passed to the builder (a literal, or `__name__` for relative imports).
    module: String,
    /// Option fixes, descriptor offsets and (generic services) the service builder call.
    body: String,
}

fn render(req: &Request, name: &str, d: Dialect, style: &ImportStyle) -> Result<String, GenError> {
    let proto = req.compiled.file(name).ok_or_else(|| GenError::Failed {
        lang: Lang::Python,
        message: format!("{name} is not compiled"),
    })?;
    let file = protoc_descriptor(req, name)?;
    let bytes = file.encode_to_vec();
    // Under relative imports the module's own dotted name is only known at import time.
    let module = match style {
        ImportStyle::Relative => "__name__".to_string(),
        _ => format!("'{}'", import_path(name, name, style)),
    };
    let mut imports = String::new();
    for dep in &proto.dependency {
        let _ = writeln!(imports, "{}", import_statement(name, dep, style));
        copy_public_aliases(&mut imports, req, &module_alias(dep), dep);
    }
    let mut public_imports = String::new();
    for &i in &proto.public_dependency {
        if let Some(dep) = proto.dependency.get(i as usize) {
            let _ = writeln!(public_imports, "from {} import *", import_path(name, dep, style));
        }
    }
    let mut body = String::new();
    match (options_value(&file), d) {
        (Some(o), _) => fix_options(&mut body, d, "DESCRIPTOR", &o),
        (None, Dialect::Legacy) => body.push_str("  DESCRIPTOR._options = None\n"),
        (None, Dialect::Current(..)) => body.push_str("  DESCRIPTOR._loaded_options = None\n"),
    }
    for e in list(&file, "enum_type") {
        fix_enum(&mut body, d, &[], &e);
    }
    for f in list(&file, "extension") {
        fix_field(&mut body, d, &[], &f, "extensions_by_name");
    }
    for m in list(&file, "message_type") {
        fix_message(&mut body, d, &[], &m);
    }
    for s in list(&file, "service") {
        let service = format!("_{}", string(&s, "name").to_ascii_uppercase());
        if let Some(o) = options_value(&s) {
            fix_options(&mut body, d, &service, &o);
        }
        for method in list(&s, "method") {
            if let Some(o) = options_value(&method) {
                fix_options(&mut body, d, &format!("{service}.methods_by_name['{}']", string(&method, "name")), &o);
            }
        }
    }
    let elements = Elements::new(&bytes);
    for e in list(&file, "enum_type") {
        interval(&mut body, &elements, &e, &descriptor_name(&[], &string(&e, "name")))?;
    }
    for m in list(&file, "message_type") {
        message_intervals(&mut body, &elements, &[], &m)?;
    }
    for s in list(&file, "service") {
        interval(&mut body, &elements, &s, &format!("_{}", string(&s, "name").to_ascii_uppercase()))?;
    }
    let generic_services =
        !proto.service.is_empty() && proto.options.as_ref().is_some_and(|o| o.py_generic_services());
    if generic_services {
        let _ = writeln!(body, "_builder.BuildServices(DESCRIPTOR, {module}, _globals)");
    }
    let view = Pb2View {
        source: name.to_string(),
        version: match d {
            Dialect::Legacy => None,
            Dialect::Current(major, minor, patch) => Some(Version { major, minor, patch }),
        },
        imports,
        public_imports,
        serialized: hex_escape(&bytes),
        module,
        body,
    };
    Ok(req.templates.render("python/pb2.py", &view)?)
}

//! `X_pb2.py` in two dialects: `legacy`, what protoc's python plugin of protobuf 4.24
//! (grpcio-tools 1.59) writes, with no runtime version check, so it loads on every protobuf
//! runtime from 4.21 on; and the current form (protobuf 5+), which stamps a protobuf version
//! and checks it at import time.

use std::fmt::Write as _;

use serde::Serialize;

use super::names::{hex_escape, import_path, import_statement, is_keyword, module_alias, module_name, module_path, octal_escape, ImportStyle};
use super::{pure, PythonOptions, Runtime};
use crate::compile::Retention;
use crate::lang::{GenError, Lang, Request};
use crate::compile::EncodedFile;
use crate::model::source_path::{
    ENUM_VALUE, FILE_ENUM_TYPE, FILE_EXTENSION, FILE_MESSAGE_TYPE, FILE_SERVICE, MESSAGE_ENUM_TYPE, MESSAGE_EXTENSION,
    MESSAGE_FIELD, MESSAGE_NESTED_TYPE, MESSAGE_ONEOF_DECL, SERVICE_METHOD,
};
use crate::model::{Enum, Field, Message, Oneof};
use crate::output::FileSet;

pub fn generate(req: &Request, opts: &PythonOptions, out: &mut FileSet) -> Result<(), GenError> {
    let dialect = match opts.runtime {
        Runtime::Legacy => Dialect::Legacy,
        Runtime::Version { major, minor, patch } => Dialect::Current(major, minor, patch),
    };
    let style = opts.import_style();
    if dialect == Dialect::Legacy {
        // The legacy form is for protobuf runtimes older than editions: they cannot load an
        // editions descriptor, and the grpcio-tools it copies refuses editions files. Every
        // such file of the run is named, so one error tells the whole story.
        let mut editions: Vec<String> = req
            .model
            .files_to_generate()
            .filter_map(|f| f.edition.map(|e| format!("\n  {}: edition {}", f.name, e.name())))
            .collect();
        editions.sort();
        if !editions.is_empty() {
            return Err(GenError::Failed {
                lang: Lang::Python,
                message: format!(
                    "`python.runtime = \"legacy\"` (the default, for protobuf runtimes that predate editions) cannot generate editions files; set `python.runtime` to the protobuf version the code runs on, e.g. `python.runtime=7.35.1` (`--opt python.runtime=7.35.1`, or `runtime = \"7.35.1\"` under `[python]` in protosmith.toml). The editions files of this run ({}):{}",
                    editions.len(),
                    editions.concat()
                ),
            });
        }
    }
    let files: Vec<&str> = req.model.files_to_generate().map(|f| f.name.as_str()).collect();
    out.add_each(&files, |name| {
        let text = render(req, name, dialect, &style)?;
        Ok(vec![(module_path(name, ".py"), text.into())])
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dialect {
    Legacy,
    /// Stamped with this protobuf version.
    Current(u32, u32, u32),
}

impl Dialect {
    /// Which options protoc leaves out of the embedded descriptor: protoc 24 (the legacy
    /// dialect's grpcio-tools) still kept extension-range `verification`.
    fn retention(self) -> Retention {
        match self {
            Dialect::Legacy => Retention::Protoc24,
            Dialect::Current(..) => Retention::Current,
        }
    }
}

/// `b'...'` with the element's serialized options, or `None` when it has none.
fn options_value(file: &EncodedFile, path: &[i32]) -> Option<String> {
    file.options(path).map(|o| format!("b'{}'", octal_escape(o)))
}

pub(super) fn at(path: &[i32], kind: i32, index: usize) -> Vec<i32> {
    crate::model::source_path::join(path, &[kind, index as i32])
}

/// `_OUTER_INNER` for `Outer.Inner`.
pub(super) fn descriptor_name(scope: &[String], name: &str) -> String {
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

/// Where the option fixes of one file are written, and the bytes they point into.
struct Fixes<'a> {
    out: &'a mut String,
    dialect: Dialect,
    file: &'a EncodedFile,
    /// Write no fixes (legacy descriptor.proto).
    silent: bool,
}

impl Fixes<'_> {
    fn options(&mut self, path: &[i32], descriptor: &str) {
        if self.silent {
            return;
        }
        if let Some(o) = options_value(self.file, path) {
            fix_options(self.out, self.dialect, descriptor, &o);
        }
    }

    fn enumeration(&mut self, scope: &[String], e: &Enum, path: &[i32]) {
        let name = descriptor_name(scope, &e.name);
        self.options(path, &name);
        for (i, v) in e.values.iter().enumerate() {
            self.options(&at(path, ENUM_VALUE, i), &format!("{name}.values_by_name[\"{}\"]", v.name));
        }
    }

    fn field(&mut self, scope: &[String], f: &Field, path: &[i32], dict: &str) {
        let target = if scope.is_empty() {
            if is_keyword(&f.name) { format!("globals()['{}']", f.name) } else { f.name.clone() }
        } else {
            let (parent, outer) = scope.split_at(scope.len() - 1);
            format!("{}.{dict}['{}']", descriptor_name(parent, &outer[0]), f.name)
        };
        self.options(path, &target);
    }

    fn message(&mut self, scope: &[String], m: &Message, path: &[i32]) {
        let mut inner = scope.to_vec();
        inner.push(m.name.clone());
        for (i, nested) in m.messages.iter().enumerate() {
            self.message(&inner, nested, &at(path, MESSAGE_NESTED_TYPE, i));
        }
        let own = descriptor_name(scope, &m.name);
        // Every oneof of the descriptor, the synthetic ones of proto3 `optional` included.
        let mut oneofs: Vec<&Oneof> = m.oneofs.iter().chain(&m.synthetic_oneofs).collect();
        oneofs.sort_by_key(|o| o.index);
        for o in oneofs {
            self.options(&at(path, MESSAGE_ONEOF_DECL, o.index), &format!("{own}.oneofs_by_name['{}']", o.name));
        }
        for (i, e) in m.enums.iter().enumerate() {
            self.enumeration(&inner, e, &at(path, MESSAGE_ENUM_TYPE, i));
        }
        for (i, f) in m.fields.iter().enumerate() {
            self.field(&inner, f, &at(path, MESSAGE_FIELD, i), "fields_by_name");
        }
        for (i, f) in m.extensions.iter().enumerate() {
            self.field(&inner, f, &at(path, MESSAGE_EXTENSION, i), "extensions_by_name");
        }
        self.options(path, &own);
    }
}

fn interval(out: &mut String, file: &EncodedFile, path: &[i32], name: &str) -> Result<(), GenError> {
    let missing = || GenError::Failed { lang: Lang::Python, message: format!("{name}: serialized element not found in its file") };
    // First occurrence, as protoc's `find`: an identical element earlier in the file wins.
    let at = file.first_occurrence(path).ok_or_else(missing)?;
    let _ = writeln!(out, "  _globals['{name}']._serialized_start={}", at.start);
    let _ = writeln!(out, "  _globals['{name}']._serialized_end={}", at.end);
    Ok(())
}

fn message_intervals(out: &mut String, file: &EncodedFile, scope: &[String], m: &Message, path: &[i32]) -> Result<(), GenError> {
    interval(out, file, path, &descriptor_name(scope, &m.name))?;
    let mut inner = scope.to_vec();
    inner.push(m.name.clone());
    for (i, nested) in m.messages.iter().enumerate() {
        message_intervals(out, file, &inner, nested, &at(path, MESSAGE_NESTED_TYPE, i))?;
    }
    for (i, e) in m.enums.iter().enumerate() {
        interval(out, file, &at(path, MESSAGE_ENUM_TYPE, i), &descriptor_name(&inner, &e.name))?;
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
    /// descriptor.proto only: its descriptors built in Python (see `pure`).
    pure: Option<pure::PureView>,
}

fn render(req: &Request, name: &str, d: Dialect, style: &ImportStyle) -> Result<String, GenError> {
    let fail = |message: String| GenError::Failed { lang: Lang::Python, message };
    let proto = req.model.file(name).ok_or_else(|| fail(format!("{name} is not compiled")))?;
    let encoded = req.descriptors.encoded_file(name, d.retention()).map_err(|e| fail(e.to_string()))?;
    // Under relative imports the module's own dotted name is only known at import time.
    let module = match style {
        ImportStyle::Relative => "__name__".to_string(),
        _ => format!("'{}'", import_path(name, name, style)),
    };
    let mut imports = String::new();
    for dep in &proto.dependencies {
        let _ = writeln!(imports, "{}", import_statement(name, dep, style));
        copy_public_aliases(&mut imports, req, &module_alias(dep), dep);
    }
    let mut public_imports = String::new();
    for dep in &proto.public_dependencies {
        let _ = writeln!(public_imports, "from {} import *", import_path(name, dep, style));
    }
    let serialized = hex_escape(encoded.bytes());
    let pure = match pure::applies(name) {
        true => Some(pure::view(req, proto, &encoded, &serialized, d)?),
        false => None,
    };
    // protoc 24 writes no options at all for descriptor.proto's own descriptors.
    let no_options = pure.is_some() && d == Dialect::Legacy;
    let mut body = String::new();
    match (options_value(&encoded, &[]).filter(|_| !no_options), d) {
        (Some(o), _) => fix_options(&mut body, d, "DESCRIPTOR", &o),
        (None, Dialect::Legacy) => body.push_str("  DESCRIPTOR._options = None\n"),
        (None, Dialect::Current(..)) => body.push_str("  DESCRIPTOR._loaded_options = None\n"),
    }
    let mut fixes = Fixes { out: &mut body, dialect: d, file: &encoded, silent: no_options };
    for (i, e) in proto.enums.iter().enumerate() {
        fixes.enumeration(&[], e, &[FILE_ENUM_TYPE, i as i32]);
    }
    for (i, f) in proto.extensions.iter().enumerate() {
        fixes.field(&[], f, &[FILE_EXTENSION, i as i32], "extensions_by_name");
    }
    for (i, m) in proto.messages.iter().enumerate() {
        fixes.message(&[], m, &[FILE_MESSAGE_TYPE, i as i32]);
    }
    for (i, s) in proto.services.iter().enumerate() {
        let service = format!("_{}", s.name.to_ascii_uppercase());
        let path = [FILE_SERVICE, i as i32];
        fixes.options(&path, &service);
        for (j, method) in s.methods.iter().enumerate() {
            fixes.options(&at(&path, SERVICE_METHOD, j), &format!("{service}.methods_by_name['{}']", method.name));
        }
    }
    for (i, e) in proto.enums.iter().enumerate() {
        interval(&mut body, &encoded, &[FILE_ENUM_TYPE, i as i32], &descriptor_name(&[], &e.name))?;
    }
    for (i, m) in proto.messages.iter().enumerate() {
        message_intervals(&mut body, &encoded, &[], m, &[FILE_MESSAGE_TYPE, i as i32])?;
    }
    for (i, s) in proto.services.iter().enumerate() {
        interval(&mut body, &encoded, &[FILE_SERVICE, i as i32], &format!("_{}", s.name.to_ascii_uppercase()))?;
    }
    if !proto.services.is_empty() && proto.py_generic_services {
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
        serialized,
        module,
        body,
        pure,
    };
    Ok(req.templates.render("python/pb2.py", &view)?)
}

//! `X_pb.js`: the message classes protoc-gen-js 3.21 writes with
//! `--js_out=import_style=commonjs,binary`, byte for byte, apart from two deliberate fixes that
//! are on by default:
//! - the namespace object is module-local (`var proto = {}`) instead of the global object, so two
//!   copies of a generated package cannot overwrite each other's classes; `js.global=protoc`
//!   restores protoc-gen-js's global prologue and output exactly;
//! - `require` paths are relative between generated files (see `js.imports`);
//! - defaults protoc-gen-js mis-prints (unsigned maxima, float precision, bytes, text beyond
//!   U+FFFF) are written as the descriptor states them.
//!
//! `google/protobuf/{any,struct,timestamp}.proto` get the helper methods protoc-gen-js appends to
//! them (`Any.pack`, `Timestamp.toDate`, `Struct.fromJavaScript`, ...) in both modes; the
//! `js/well_known/*` templates hold protosmith's own implementation of that API, so with
//! `js.global=protoc` those three files equal protoc-gen-js's up to the helpers only.
//!
//! In both modes a message type that only an `import public` chain brings in gets its declaring
//! file required after the file's own imports (protoc-gen-js names that module's alias without
//! requiring it, so its accessors throw `ReferenceError`); nothing else changes.
//!
//! The frame of the file (header, requires, symbol exports) is the `js/pb.js` template; the
//! classes are printed by [`class`], following protoc-gen-js's generator function by function.

mod class;
mod literal;
pub(super) mod naming;
mod types;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::grpc::{
    chained_imports, imported_type, module_alias, options_only_import, reject_unsupported, require_path, strip_proto,
};
use super::{JsOptions, Messages};
use crate::lang::{GenError, Request};
use crate::model::{File, FieldKind, Message, Model};
use crate::output::FileSet;
use class::Scope;
use naming::{object_field_name, oneof_name};

const TEMPLATE: &str = "js/pb.js";

/// Where the generated classes live at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Global {
    /// A `proto` object private to each module.
    #[default]
    Local,
    /// protoc-gen-js's output byte for byte: classes are hung off the global object
    /// (`globalThis.proto`), and its mis-printed defaults (see `default_literal`) are kept.
    Protoc,
}

/// Well-known type files protoc-gen-js extends with helper methods (`Any.pack`,
/// `Struct.fromJavaScript`, `Timestamp.toDate`, ...), and the template holding protosmith's own
/// implementation of the same API, appended after the exports as protoc-gen-js places its copy.
/// Users (and google-protobuf's own copies) call these methods, so a regenerated module without
/// them would break code written against google-protobuf's.
const WELL_KNOWN_HELPERS: [(&str, &str); 3] = [
    ("google/protobuf/any.proto", "js/well_known/any.js"),
    ("google/protobuf/struct.proto", "js/well_known/struct.js"),
    ("google/protobuf/timestamp.proto", "js/well_known/timestamp.js"),
];

pub fn generate(req: &Request, opts: &JsOptions, out: &mut FileSet) -> Result<(), GenError> {
    if opts.messages == Messages::External {
        return Ok(());
    }
    let files: Vec<_> = req.model.files_to_generate().collect();
    out.add_each(&files, |file| {
        reject_unsupported(file)?;
        let used = check_supported(req, file)?;
        let text = render(req, opts, file, &used)?;
        Ok(vec![(format!("{}_pb.js", strip_proto(&file.name)), text.into())])
    })
}

#[derive(Serialize)]
struct FileView {
    source: String,
    global_object: bool,
    requires: Vec<Require>,
    symbols: Vec<String>,
    symbol_root: &'static str,
    body: String,
    exports: Option<String>,
    helpers: Option<String>,
}

#[derive(Serialize)]
struct Require {
    alias: String,
    path: String,
}

fn render(req: &Request, opts: &JsOptions, file: &File, used: &BTreeSet<String>) -> Result<String, GenError> {
    let mut ctx = Ctx { model: req.model, file, global: opts.global, out: String::new() };
    let provided = ctx.provided();
    let mut top_level: Vec<Scope> = file.messages.iter().map(|msg| Scope { msg, index_base: 0 }).collect();
    top_level.retain(|s| !s.msg.is_map_entry);
    let (symbols, symbol_root) = match opts.global {
        Global::Protoc => (provided.iter().cloned().collect(), "global"),
        Global::Local => (
            provided.iter().map(|s| s.strip_prefix("proto.").unwrap_or(s).to_string()).collect(),
            "proto",
        ),
    };
    let mut view = FileView {
        source: file.name.clone(),
        global_object: opts.global == Global::Protoc,
        requires: file
            .dependencies
            .iter()
            .filter(|dep| !options_only_import(file, dep, used))
            .chain(&chained_imports(req.model, file, used, &[]))
            .map(|dep| Require { alias: module_alias(dep), path: require_path(&file.name, dep, opts.imports) })
            .collect(),
        symbols,
        symbol_root,
        body: String::new(),
        exports: (!provided.is_empty()).then(|| ctx_namespace(&file.package)),
        helpers: match WELL_KNOWN_HELPERS.iter().find(|(name, _)| *name == file.name) {
            Some((_, template)) => Some(req.templates.render(template, &())?),
            None => None,
        },
    };
    let has_body = !top_level.is_empty() || !file.enums.is_empty() || !file.extensions.is_empty();
    // The classes are most of the file (hundreds of MB for a huge proto): rather than copying
    // them through the template's data and output, the frame is rendered around a marker and
    // the classes are printed straight into it. A frame that does not print the body exactly
    // once gets the body through the template, and so does an override (which may hand the
    // body to a helper that transforms it).
    let frame = if has_body && !req.templates.is_overridden(TEMPLATE) {
        view.body = BODY_MARKER.to_string();
        let frame = req.templates.render(TEMPLATE, &view)?;
        let mut at = frame.match_indices(BODY_MARKER).map(|(at, _)| at);
        match (at.next(), at.next()) {
            (Some(at), None) => Some((frame, at)),
            _ => None,
        }
    } else {
        None
    };
    let (head, tail) = match &frame {
        Some((frame, at)) => (&frame[..*at], &frame[at + BODY_MARKER.len()..]),
        None => ("", ""),
    };
    ctx.out.push_str(head);
    for &scope in &top_level {
        ctx.constructors(scope);
    }
    for &scope in &top_level {
        ctx.class(scope);
    }
    for e in &file.enums {
        ctx.enumeration(e);
    }
    for ext in &file.extensions {
        ctx.extension(ext, None);
    }
    if frame.is_some() {
        ctx.out.push_str(tail);
        return Ok(ctx.out);
    }
    view.body = ctx.out;
    Ok(req.templates.render(TEMPLATE, &view)?)
}

/// Stands for the classes while the frame is rendered: control characters no template, name or
/// comment in the frame contains.
const BODY_MARKER: &str = "\u{1}protosmith:body\u{1}";

/// Refuses input protoc-gen-js would turn into code that cannot work, naming the construct.
/// Returns the files declaring the message types the module names through a require alias.
fn check_supported(req: &Request, file: &File) -> Result<BTreeSet<String>, GenError> {
    let mut used = BTreeSet::new();
    let mut messages: Vec<&Message> = file.messages.iter().collect();
    while let Some(msg) = messages.pop() {
        messages.extend(msg.messages.iter());
        for field in msg.fields.iter().chain(&msg.extensions) {
            check_field_types(req.model, file, field, &mut used)?;
        }
    }
    for field in &file.extensions {
        check_field_types(req.model, file, field, &mut used)?;
    }
    Ok(used)
}

/// Message types a module names by its require alias (`MaybeCrossFileRef`) must come from a file
/// it imports or reaches through `import public`; their files are collected in `used`.
/// protoc-gen-js requires only direct imports, so a type of a file reached only through
/// `import public` is named by an unbound alias (a `ReferenceError` when a getter, toObject or
/// (de)serialization runs); [`chained_imports`] requires those files too. Enum types appear only
/// in JSDoc and need no module.
fn check_field_types(
    model: &Model,
    file: &File,
    field: &crate::model::Field,
    used: &mut BTreeSet<String>,
) -> Result<(), GenError> {
    let mut note = |t: &str| -> Result<(), GenError> {
        used.insert(imported_type(model, file, t, &[])?.file.clone());
        Ok(())
    };
    if let FieldKind::Message(t) | FieldKind::Group(t) = &field.kind {
        let map_value = field.map.as_ref().and_then(|m| match &m.value {
            FieldKind::Message(v) => Some(v.as_str()),
            _ => None,
        });
        match map_value {
            Some(v) => note(v)?,
            None if field.map.is_none() => note(t)?,
            None => {}
        }
    }
    if let Some(extendee) = &field.extendee {
        note(extendee)?;
    }
    Ok(())
}

fn ctx_namespace(package: &str) -> String {
    if package.is_empty() { "proto".into() } else { format!("proto.{package}") }
}

/// What the printers of one file share.
pub struct Ctx<'a> {
    model: &'a Model,
    file: &'a File,
    global: Global,
    out: String,
}

impl Ctx<'_> {
    fn namespace(&self, package: &str) -> String {
        ctx_namespace(package)
    }

    /// `GetMessagePath` / `GetEnumPath`: `proto.pkg.Outer.Inner`.
    fn type_path(&self, full_name: &str) -> String {
        match self.model.types.get(full_name) {
            Some(info) => {
                let package = self.model.file(&info.file).map_or("", |f| f.package.as_str());
                format!("{}.{}", self.namespace(package), info.relative_name)
            }
            None => format!("proto.{full_name}"),
        }
    }

    /// `MaybeCrossFileRef`: types of other files through their module's require alias.
    fn cross_ref(&self, full_name: &str) -> String {
        match self.model.types.get(full_name) {
            Some(info) if info.file != self.file.name => format!("{}.{}", module_alias(&info.file), info.relative_name),
            _ => self.type_path(full_name),
        }
    }

    /// Where protoc-gen-js names a type by its global path in code (map values, repeated
    /// message adders): only the global namespace has other modules' types, so the module-local
    /// namespace goes through the require alias instead.
    fn code_ref(&self, full_name: &str) -> String {
        match self.global {
            Global::Protoc => self.type_path(full_name),
            Global::Local => self.cross_ref(full_name),
        }
    }

    /// protoc-gen-js's exact bytes, defects included (`js.global=protoc`).
    fn exact(&self) -> bool {
        self.global == Global::Protoc
    }

    /// The sorted names protoc-gen-js exports with `goog.exportSymbol`.
    fn provided(&self) -> BTreeSet<String> {
        let mut provided = BTreeSet::new();
        let ns = self.namespace(&self.file.package);
        for ext in &self.file.extensions {
            provided.insert(format!("{ns}.{}", object_field_name(ext)));
        }
        let mut stack: Vec<&Message> = self.file.messages.iter().collect();
        while let Some(msg) = stack.pop() {
            if msg.is_map_entry {
                continue;
            }
            let path = self.type_path(&msg.full_name);
            for oneof in &msg.oneofs {
                provided.insert(format!("{path}.{}Case", oneof_name(&oneof.name)));
            }
            for e in &msg.enums {
                provided.insert(self.type_path(&e.full_name));
            }
            provided.insert(path);
            stack.extend(msg.messages.iter());
        }
        for e in &self.file.enums {
            provided.insert(self.type_path(&e.full_name));
        }
        provided
    }
}

//! The view of `X_pb2.pyi`, built in the order mypy-protobuf visits the file (enums, messages
//! with their nested types, fields, extensions, `__init__`, the stringly-typed helpers),
//! because import aliases and the `typing_extensions` list depend on first use. Templates
//! (`python/pb2.pyi`, `python/pyi_message`, `python/pyi_enum`) only lay the text out.

use serde::Serialize;

use super::imports::ImportsView;
use super::names::{class_name, global_name, is_reserved, wkt_base, PROTO_ENUM_RESERVED};
use super::writer::Writer;
use crate::lang::python::PythonOptions;
use crate::lang::GenError;
use crate::render::Templates;
use crate::model::source_path::{self as path, join as child};
use crate::model::{Enum, Field, FieldKind, FieldPresence, File, Label, Message, Model, Oneof, Syntax};

#[derive(Serialize)]
pub struct FileView {
    module_doc: String,
    imports: ImportsView,
    descriptor: String,
    enums: Vec<EnumView>,
    /// Each message's class as `python/pyi_message` renders it, without the final newline.
    messages: Vec<String>,
    ext_numbers: Vec<String>,
    extensions: Vec<Attr>,
}

/// One message's class, rendered on its own: a nested message rendered as a partial of its
/// parent costs a copy of the parent's whole context per level (most of a `.pyi`'s time).
fn rendered(templates: &Templates, view: &MessageView) -> Result<String, GenError> {
    let mut text = templates.render(MESSAGE_TEMPLATE, view)?;
    if text.ends_with('\n') {
        text.pop();
    }
    Ok(text)
}

const MESSAGE_TEMPLATE: &str = "python/pyi_message";

#[derive(Serialize)]
struct EnumView {
    pad: String,
    helper: String,
    new_type: String,
    int: String,
    type_alias: String,
    wrapper_base: String,
    helper_value_type: String,
    type_builtin: String,
    enum_descriptor: String,
    class_values: Vec<ValueView>,
    deprecation: Option<String>,
    class_name: String,
    doc: Option<String>,
    top_level: bool,
    module_values: Vec<ValueView>,
    global_alias: Option<String>,
}

#[derive(Serialize)]
struct ValueView {
    pad: String,
    name: String,
    number: i32,
    value_type: String,
    /// Deprecated values inside the wrapper class become properties.
    property: Option<String>,
    deprecation: Option<String>,
    doc: Option<String>,
}

/// One attribute line (`name: T`) with its docstring, or a property (`def name(self) -> T`).
#[derive(Serialize)]
struct Attr {
    pad: String,
    name: String,
    r#type: String,
    property: Option<String>,
    deprecation: Option<String>,
    doc: Option<String>,
}

#[derive(Serialize)]
struct MessageView {
    pad: String,
    inner: String,
    deprecation: Option<String>,
    final_decorator: String,
    class_name: String,
    bases: String,
    doc: Option<String>,
    descriptor: String,
    enums: Vec<EnumView>,
    /// Nested messages, rendered like [`FileView::messages`].
    messages: Vec<String>,
    numbers: Vec<String>,
    attributes: Vec<Attr>,
    properties: Vec<Attr>,
    ext_numbers: Vec<String>,
    extensions: Vec<Attr>,
    init_self: String,
    init_params: Vec<String>,
    type_alias: String,
    has_field: String,
    bool_type: String,
    clear_field: String,
    which: Vec<WhichView>,
    which_never: Option<String>,
    global_alias: Option<String>,
}

#[derive(Serialize)]
struct WhichView {
    pad: String,
    name: String,
    type_alias: String,
    literal: String,
    members: String,
    overload: Option<String>,
}

pub fn build(model: &Model, opts: &PythonOptions, file: &File, templates: &Templates) -> Result<FileView, GenError> {
    let mut w = Writer::new(model, file, false, opts);
    let descriptor = w.imports.from("google.protobuf.descriptor", "FileDescriptor");
    let file_deprecated = file.deprecated;
    let mut enums = Vec::new();
    for (i, e) in file.enums.iter().enumerate() {
        enums.push(enum_view(&mut w, e, "", "", &[path::FILE_ENUM_TYPE, i as i32], file_deprecated)?);
    }
    let mut messages = Vec::new();
    for (i, m) in file.messages.iter().enumerate() {
        let view = message_view(&mut w, templates, m, "", "", &[path::FILE_MESSAGE_TYPE, i as i32], file_deprecated)?;
        messages.push(rendered(templates, &view)?);
    }
    let (ext_numbers, extensions) = extensions(&mut w, &file.extensions, &[path::FILE_EXTENSION], "")?;
    let module_doc = w.module_doc();
    w.add_reexports();
    Ok(FileView { module_doc, imports: w.imports.finish(), descriptor, enums, messages, ext_numbers, extensions })
}

fn enum_view(
    w: &mut Writer,
    e: &Enum,
    prefix: &str,
    pad: &str,
    scl: &[i32],
    file_deprecated: bool,
) -> Result<EnumView, GenError> {
    let pad = pad.to_string();
    let inner = format!("{pad}    ");
    let name = &e.name;
    let cls = class_name(name);
    let value_type_fq = format!("{prefix}{cls}.ValueType");
    let helper = format!("_{name}");
    let helper_value_type = format!("{prefix}{helper}.ValueType");
    let new_type = w.imports.from("typing", "NewType");
    let int = w.imports.builtin("int");
    let type_alias = w.imports.typing_ext("TypeAlias");
    let wrapper_base = w.imports.from("google.protobuf.internal.enum_type_wrapper", "_EnumTypeWrapper");
    let type_builtin = w.imports.builtin("type");
    let enum_descriptor = w.imports.from("google.protobuf.descriptor", "EnumDescriptor");
    let values_path = child(scl, &[path::ENUM_VALUE]);
    let mut class_values = Vec::new();
    for (i, v) in e.values.iter().enumerate() {
        if PROTO_ENUM_RESERVED.contains(&v.name.as_str()) || is_reserved(&v.name) {
            continue;
        }
        let vpath = child(&values_path, &[i as i32]);
        let deprecated = v.deprecated;
        if deprecated || file_deprecated {
            let property = format!("@{}", w.imports.builtin("property"));
            let fallback = if deprecated {
                "This enum value has been marked as deprecated using proto enum value options."
            } else {
                "This enum value is within a file that has been marked as deprecated using proto file options."
            };
            let dep_path = child(&vpath, &[path::ENUM_VALUE_OPTIONS, path::ENUM_OPTIONS_DEPRECATED]);
            let deprecation = w.deprecation(&dep_path, fallback)?;
            class_values.push(ValueView {
                pad: inner.clone(),
                name: v.name.clone(),
                number: v.number,
                value_type: helper_value_type.clone(),
                property: Some(property),
                deprecation: Some(deprecation),
                doc: w.docstring(&vpath, &format!("{inner}    ")),
            });
        } else {
            class_values.push(ValueView {
                pad: inner.clone(),
                name: v.name.clone(),
                number: v.number,
                value_type: helper_value_type.clone(),
                property: None,
                deprecation: None,
                doc: w.docstring(&vpath, &inner),
            });
        }
    }
    let deprecated = e.deprecated;
    let deprecation = if deprecated || file_deprecated {
        let fallback = if deprecated {
            "This enum has been marked as deprecated using proto enum options."
        } else {
            "This enum is within a file that has been marked as deprecated using proto file options."
        };
        Some(w.deprecation(&child(scl, &[path::ENUM_OPTIONS, path::ENUM_OPTIONS_DEPRECATED]), fallback)?)
    } else {
        None
    };
    let doc = w.docstring(scl, &inner);
    let module_values = e
        .values
        .iter()
        .enumerate()
        .filter(|(_, v)| !is_reserved(&v.name))
        .map(|(i, v)| ValueView {
            pad: pad.clone(),
            name: v.name.clone(),
            number: v.number,
            value_type: value_type_fq.clone(),
            property: None,
            deprecation: None,
            doc: w.docstring(&child(&values_path, &[i as i32]), &pad),
        })
        .collect();
    let top_level = prefix.is_empty();
    let global_alias = top_level.then(|| {
        format!("{}: {} = {cls}  # noqa: Y015", global_name(&cls), w.imports.typing_ext("TypeAlias"))
    });
    Ok(EnumView {
        pad,
        helper,
        new_type,
        int,
        type_alias,
        wrapper_base,
        helper_value_type,
        type_builtin,
        enum_descriptor,
        class_values,
        deprecation,
        class_name: cls,
        doc,
        top_level,
        module_values,
        global_alias,
    })
}

fn is_scalar(kind: &FieldKind) -> bool {
    !kind.is_message()
}

fn is_repeated(f: &Field) -> bool {
    f.label == Label::Repeated
}

fn field_fallback(deprecated: bool) -> &'static str {
    if deprecated {
        "This field has been marked as deprecated using proto field options."
    } else {
        "This field is within a file that has been marked as deprecated using proto file options."
    }
}

/// The Python type of a value of `kind` (a singular field, a map key or value).
fn kind_type(w: &mut Writer, kind: &FieldKind) -> Result<String, GenError> {
    Ok(match kind {
        FieldKind::Double | FieldKind::Float => w.imports.builtin("float"),
        FieldKind::Int64
        | FieldKind::Uint64
        | FieldKind::Fixed64
        | FieldKind::Sfixed64
        | FieldKind::Sint64
        | FieldKind::Int32
        | FieldKind::Uint32
        | FieldKind::Fixed32
        | FieldKind::Sfixed32
        | FieldKind::Sint32 => w.imports.builtin("int"),
        FieldKind::Bool => w.imports.builtin("bool"),
        FieldKind::String => w.imports.builtin("str"),
        FieldKind::Bytes => w.imports.builtin("bytes"),
        FieldKind::Enum(name) => w.type_ref(name, true)?,
        FieldKind::Message(name) | FieldKind::Group(name) => w.type_ref(name, false)?,
    })
}

/// The Python type of a field; `generic` gives the abstract container types `__init__` accepts.
fn python_type(w: &mut Writer, f: &Field, generic: bool) -> Result<String, GenError> {
    let base = kind_type(w, &f.kind)?;
    if !is_repeated(f) {
        return Ok(base);
    }
    const CONTAINERS: &str = "google.protobuf.internal.containers";
    if is_scalar(&f.kind) {
        let container = if generic {
            w.imports.from("collections.abc", "Iterable")
        } else {
            w.imports.from(CONTAINERS, "RepeatedScalarFieldContainer")
        };
        return Ok(format!("{container}[{base}]"));
    }
    if let Some(map) = &f.map {
        let container = if generic {
            w.imports.from("collections.abc", "Mapping")
        } else if is_scalar(&map.value) {
            w.imports.from(CONTAINERS, "ScalarMap")
        } else {
            w.imports.from(CONTAINERS, "MessageMap")
        };
        let k = kind_type(w, &map.key)?;
        let v = kind_type(w, &map.value)?;
        return Ok(format!("{container}[{k}, {v}]"));
    }
    let container = if generic {
        w.imports.from("collections.abc", "Iterable")
    } else {
        w.imports.from(CONTAINERS, "RepeatedCompositeFieldContainer")
    };
    Ok(format!("{container}[{base}]"))
}

fn extensions(
    w: &mut Writer,
    exts: &[Field],
    scl: &[i32],
    pad: &str,
) -> Result<(Vec<String>, Vec<Attr>), GenError> {
    let numbers = exts
        .iter()
        .map(|x| format!("{pad}{}_FIELD_NUMBER: {}", x.name.to_ascii_uppercase(), w.imports.builtin("int")))
        .collect();
    let mut attrs = Vec::new();
    for (i, x) in exts.iter().enumerate() {
        let descriptor = w.imports.from("google.protobuf.internal.extension_dict", "_ExtensionFieldDescriptor");
        let extendee = w.type_ref(x.extendee.as_deref().unwrap_or_default(), false)?;
        let ty = python_type(w, x, false)?;
        attrs.push(Attr {
            pad: pad.to_string(),
            name: x.name.clone(),
            r#type: format!("{descriptor}[{extendee}, {ty}]"),
            property: None,
            deprecation: None,
            doc: w.docstring(&child(scl, &[i as i32]), pad),
        });
    }
    Ok((numbers, attrs))
}

fn message_view(
    w: &mut Writer,
    templates: &Templates,
    m: &Message,
    prefix: &str,
    pad: &str,
    scl: &[i32],
    file_deprecated: bool,
) -> Result<MessageView, GenError> {
    let inner = format!("{pad}    ");
    let qualified = format!("{prefix}{}", m.name);
    let wkt = wkt_base(&w.file.package, &m.name)
        .map(|b| format!(", {}", w.imports.from("google.protobuf.internal.well_known_types", b)));
    let cls = class_name(&m.name);
    let message_class = w.imports.from("google.protobuf.message", "Message");
    let deprecated = m.deprecated;
    let deprecation = if deprecated || file_deprecated {
        let fallback = if deprecated {
            "This message has been marked as deprecated using proto message options."
        } else {
            "This message is within a file that has been marked as deprecated using proto file options."
        };
        Some(w.deprecation(&child(scl, &[path::MESSAGE_OPTIONS, path::MESSAGE_OPTIONS_DEPRECATED]), fallback)?)
    } else {
        None
    };
    let final_decorator = format!("@{}", w.imports.from("typing", "final"));
    let doc = w.docstring(scl, &inner);
    let descriptor = w.imports.from("google.protobuf.descriptor", "Descriptor");
    let nested_prefix = format!("{qualified}.");
    let mut enums = Vec::new();
    for (i, e) in m.enums.iter().enumerate() {
        enums.push(enum_view(w, e, &nested_prefix, &inner, &child(scl, &[path::MESSAGE_ENUM_TYPE, i as i32]), file_deprecated)?);
    }
    let mut messages = Vec::new();
    for (i, n) in m.messages.iter().enumerate() {
        let path = child(scl, &[path::MESSAGE_NESTED_TYPE, i as i32]);
        let view = message_view(w, templates, n, &nested_prefix, &inner, &path, file_deprecated)?;
        messages.push(rendered(templates, &view)?);
    }
    let numbers =
        m.fields.iter().map(|f| format!("{}_FIELD_NUMBER: {}", f.name.to_ascii_uppercase(), w.imports.builtin("int"))).collect();

    // Singular scalars: plain attributes (properties with a setter when deprecated).
    let mut attributes = Vec::new();
    for (idx, f) in m.fields.iter().enumerate() {
        if is_reserved(&f.name) {
            continue;
        }
        let ty = python_type(w, f, false)?;
        if !is_scalar(&f.kind) || is_repeated(f) {
            continue;
        }
        let fpath = child(scl, &[path::MESSAGE_FIELD, idx as i32]);
        let fdep = f.deprecated;
        if fdep || file_deprecated {
            let property = format!("@{}", w.imports.builtin("property"));
            let dep_path = child(&fpath, &[path::FIELD_OPTIONS, path::FIELD_OPTIONS_DEPRECATED]);
            let deprecation = w.deprecation(&dep_path, field_fallback(fdep))?;
            attributes.push(Attr {
                pad: inner.clone(),
                name: f.name.clone(),
                r#type: ty,
                property: Some(property),
                deprecation: Some(deprecation),
                doc: w.docstring(&fpath, &format!("{inner}    ")),
            });
        } else {
            attributes.push(Attr {
                pad: inner.clone(),
                name: f.name.clone(),
                r#type: ty,
                property: None,
                deprecation: None,
                doc: w.docstring(&fpath, &inner),
            });
        }
    }
    // Messages, repeated fields and maps: read-only properties.
    let mut properties = Vec::new();
    for (idx, f) in m.fields.iter().enumerate() {
        if is_reserved(&f.name) {
            continue;
        }
        let ty = python_type(w, f, false)?;
        if is_scalar(&f.kind) && !is_repeated(f) {
            continue;
        }
        let fpath = child(scl, &[path::MESSAGE_FIELD, idx as i32]);
        let property = format!("@{}", w.imports.builtin("property"));
        let fdep = f.deprecated;
        let deprecation = if fdep || file_deprecated {
            let dep_path = child(&fpath, &[path::FIELD_OPTIONS, path::FIELD_OPTIONS_DEPRECATED]);
            Some(w.deprecation(&dep_path, field_fallback(fdep))?)
        } else {
            None
        };
        properties.push(Attr {
            pad: inner.clone(),
            name: f.name.clone(),
            r#type: ty,
            property: Some(property),
            deprecation,
            doc: w.docstring(&fpath, &format!("{inner}    ")),
        });
    }
    let (ext_numbers, extensions) = extensions(w, &m.extensions, &child(scl, &[path::MESSAGE_EXTENSION]), &inner)?;

    let init_self = if m.fields.iter().any(|f| f.name == "self") {
        "self_,  # pyright: ignore[reportSelfClsParameterName]".to_string()
    } else {
        "self,".to_string()
    };
    let proto3 = w.file.syntax == Syntax::Proto3;
    let editions = w.file.syntax == Syntax::Editions;
    let mut init_params = Vec::new();
    let ctor_fields: Vec<&Field> = m.fields.iter().filter(|f| !is_reserved(&f.name)).collect();
    if !ctor_fields.is_empty() {
        init_params.push("*,".to_string());
    }
    for f in ctor_fields {
        let ty = python_type(w, f, true)?;
        let required_value = (editions && mypy_presence(w.file, f) == Some(FieldPresence::Implicit))
            || (proto3 && is_scalar(&f.kind) && !is_repeated(f) && !f.proto3_optional);
        init_params.push(if required_value {
            format!("{}: {ty} = ...,", f.name)
        } else {
            format!("{}: {ty} | None = ...,", f.name)
        });
    }

    // HasField / ClearField / WhichOneof argument literals.
    let proto2 = w.file.syntax == Syntax::Proto2;
    let mut has: Vec<String> = m
        .fields
        .iter()
        .filter(|f| {
            // Members of a oneof, the synthetic one of a proto3 `optional` field included.
            f.oneof_index.is_some()
                || (editions && mypy_presence(w.file, f) != Some(FieldPresence::Implicit))
                || f.proto3_optional
                || (!is_repeated(f) && (proto2 || matches!(f.kind, FieldKind::Message(_))))
        })
        .map(|f| f.name.clone())
        .collect();
    let mut clear: Vec<String> = m.fields.iter().map(|f| f.name.clone()).collect();
    // Every oneof of the descriptor in declaration order, synthetic ones included.
    let mut all_oneofs: Vec<&Oneof> = m.oneofs.iter().chain(&m.synthetic_oneofs).collect();
    all_oneofs.sort_by_key(|o| o.index);
    let mut oneofs: Vec<(String, Vec<String>)> = all_oneofs
        .iter()
        .map(|o| (o.name.clone(), o.fields.iter().map(|&i| m.fields[i].name.clone()).collect()))
        .collect();
    has.extend(oneofs.iter().map(|(n, _)| n.clone()));
    clear.extend(oneofs.iter().map(|(n, _)| n.clone()));
    let literal_list = |names: &[String]| {
        let mut items: Vec<String> = names.iter().map(|n| format!("\"{n}\", b\"{n}\"")).collect();
        items.sort();
        items.join(", ")
    };
    let stringly = |w: &mut Writer, names: &[String]| {
        let type_alias = w.imports.typing_ext("TypeAlias");
        if names.is_empty() {
            (type_alias, w.imports.typing_ext("Never"))
        } else {
            let literal = w.imports.from("typing", "Literal");
            (type_alias, format!("{literal}[{}]", literal_list(names)))
        }
    };
    let (type_alias, has_field) = stringly(w, &has);
    let bool_type = w.imports.builtin("bool");
    let (_, clear_field) = stringly(w, &clear);
    oneofs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut which = Vec::new();
    for (name, members) in &oneofs {
        let type_alias = w.imports.typing_ext("TypeAlias");
        let literal = w.imports.from("typing", "Literal");
        which.push(WhichView {
            pad: inner.clone(),
            name: name.clone(),
            type_alias,
            literal,
            members: members.iter().map(|m| format!("\"{m}\"")).collect::<Vec<_>>().join(", "),
            overload: None,
        });
    }
    if which.len() > 1 {
        for view in &mut which {
            view.overload = Some(format!("@{}", w.imports.from("typing", "overload")));
        }
    }
    let which_never = which.is_empty().then(|| w.imports.typing_ext("Never"));
    let global_alias = prefix
        .is_empty()
        .then(|| format!("{}: {} = {cls}  # noqa: Y015", global_name(&cls), w.imports.typing_ext("TypeAlias")));
    Ok(MessageView {
        pad: pad.to_string(),
        inner,
        deprecation,
        final_decorator,
        class_name: cls,
        bases: format!("{message_class}{}", wkt.unwrap_or_default()),
        doc,
        descriptor,
        enums,
        messages,
        numbers,
        attributes,
        properties,
        ext_numbers,
        extensions,
        init_self,
        init_params,
        type_alias,
        has_field,
        bool_type,
        clear_field,
        which,
        which_never,
        global_alias,
    })
}

/// The presence mypy-protobuf reads for an editions field: the field's own
/// `features.field_presence`, else the file's, as written (it does not resolve features, so a
/// message's or the edition's default does not count, and a repeated field has presence unless
/// `IMPLICIT` is written).
fn mypy_presence(file: &File, f: &Field) -> Option<FieldPresence> {
    f.written_field_presence.or(file.written_field_presence)
}

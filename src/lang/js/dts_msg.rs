//! The view of `X_pb.d.ts`: message classes, `AsObject` types, enums, oneof case enums and
//! extensions, with the plugin's naming and typing rules decided here.

use serde::Serialize;

use super::dts::{
    dependency_imports, field_type, is_reserved, object_keys, occupied, oneof_name, scalar_type,
    snake_to_camel, upper_first, TsImport, Used,
};
use super::Imports;
use crate::lang::GenError;
use crate::render::Templates;
use super::pb::naming::group_like_camel;
use crate::model::{Enum, Field, FieldKind, File, JsType, Label, Message, Model, Presence, Syntax};

/// One nesting level of the plugin's output.
const STEP: &str = "    ";

/// One message's class and namespace, rendered per message (see `Cx::rendered`).
const MESSAGE_TEMPLATE: &str = "js/message.d.ts";

#[derive(Serialize)]
pub(super) struct FileView {
    package: String,
    file_name: String,
    imports: Vec<TsImport>,
    /// Each message's declarations as `js/message.d.ts` renders them, without the final newline.
    messages: Vec<String>,
    extensions: Vec<ExtensionView>,
    enums: Vec<EnumView>,
}

#[derive(Serialize)]
struct MessageView {
    margin: String,
    /// `margin` plus one level: class members and the `AsObject` type.
    pad: String,
    name: String,
    fields: Vec<FieldView>,
    /// Nested messages, rendered like [`FileView::messages`].
    nested: Vec<String>,
    enums: Vec<EnumView>,
    oneofs: Vec<OneofView>,
    extensions: Vec<ExtensionView>,
}

#[derive(Serialize)]
struct FieldView {
    pad: String,
    /// `AsObject` members sit one level deeper than class members.
    object_pad: String,
    /// The message the setters return.
    owner: String,
    is_map: bool,
    has_presence: bool,
    is_repeated: bool,
    is_bytes: bool,
    /// Setters and adders take `value?:` (message fields only; groups are `Object`).
    is_message: bool,
    /// `CamelName` as used in `getXxxList`, `_asU8`, `clearXxxMap`.
    upper: String,
    /// `upper` with protoc-gen-js's occupied names (`Extension`, `JsPbMessageId`) suffixed `$`.
    accessor: String,
    /// The `AsObject` property name (`pb_` before reserved words).
    object_name: String,
    ts_type: String,
    maybe_undefined: bool,
    object_optional: bool,
    object_type: String,
    map_key: String,
    map_value: String,
    map_key_object: String,
    map_value_object: String,
}

#[derive(Serialize)]
struct EnumView {
    margin: String,
    name: String,
    values: Vec<Member>,
}

#[derive(Serialize)]
struct Member {
    name: String,
    number: i32,
}

#[derive(Serialize)]
struct OneofView {
    margin: String,
    pad: String,
    owner: String,
    /// `MyOneof`: the getter is `getMyOneofCase()`, the enum `MyOneofCase`.
    name: String,
    upper: String,
    members: Vec<Member>,
}

#[derive(Serialize)]
struct ExtensionView {
    margin: String,
    name: String,
    ts_type: String,
}

pub(super) fn build(model: &Model, templates: &Templates, file: &File, imports: Imports) -> Result<FileView, GenError> {
    let cx = Cx { model, templates, file, used: Used::default() };
    let messages = file.messages.iter().filter(|m| !m.is_map_entry).map(|m| cx.rendered(m, "")).collect::<Result<_, _>>()?;
    let extensions = file.extensions.iter().map(|e| cx.extension(e, "")).collect::<Result<_, _>>()?;
    let mut all_imports = vec![TsImport { alias: "jspb".into(), path: "google-protobuf".into() }];
    all_imports.extend(dependency_imports(model, file, &cx.used.borrow(), imports));
    Ok(FileView {
        package: file.package.clone(),
        file_name: file.name.clone(),
        imports: all_imports,
        messages,
        extensions,
        enums: file.enums.iter().map(|e| enumeration(e, "")).collect(),
    })
}

struct Cx<'a> {
    model: &'a Model,
    templates: &'a Templates,
    file: &'a File,
    used: Used,
}

impl Cx<'_> {
    fn proto2(&self) -> bool {
        self.file.syntax == Syntax::Proto2
    }

    /// A message rendered on its own rather than as a partial of its parent's template:
    /// handlebars hands a partial a deep copy of its context, once per nesting level, which
    /// made copying and freeing views the largest cost of `.d.ts` output. The trailing newline
    /// goes: the parent's template ends the line, as it did after the partial.
    fn rendered(&self, msg: &Message, indent: &str) -> Result<String, GenError> {
        let mut text = self.templates.render(MESSAGE_TEMPLATE, &self.message(msg, indent)?)?;
        if text.ends_with('\n') {
            text.pop();
        }
        Ok(text)
    }

    fn message(&self, msg: &Message, indent: &str) -> Result<MessageView, GenError> {
        let pad = format!("{indent}{STEP}");
        Ok(MessageView {
            margin: indent.to_string(),
            pad: pad.clone(),
            name: msg.name.clone(),
            fields: msg.fields.iter().map(|f| self.field(msg, f, &pad)).collect::<Result<_, _>>()?,
            nested: msg
                .messages
                .iter()
                .filter(|m| !m.is_map_entry)
                .map(|m| self.rendered(m, &pad))
                .collect::<Result<_, _>>()?,
            enums: msg.enums.iter().map(|e| enumeration(e, &pad)).collect(),
            oneofs: msg
                .oneofs
                .iter()
                .map(|o| OneofView {
                    margin: pad.clone(),
                    pad: format!("{pad}{STEP}"),
                    owner: msg.name.clone(),
                    name: oneof_name(&o.name),
                    upper: o.name.to_uppercase(),
                    members: members(o.fields.iter().map(|&i| (&msg.fields[i].name, msg.fields[i].number))),
                })
                .collect(),
            extensions: msg.extensions.iter().map(|e| self.extension(e, &pad)).collect::<Result<_, _>>()?,
        })
    }

    fn editions(&self) -> bool {
        self.file.syntax == Syntax::Editions
    }

    fn field(&self, msg: &Message, f: &Field, pad: &str) -> Result<FieldView, GenError> {
        // The plugin predates editions (there is no reference output for them); an editions
        // file's declarations follow its `_pb.js`: a DELIMITED field is a message field with
        // its class as type, a group-like one is named after its type, and presence is the
        // resolved one.
        let editions = self.editions();
        let group_camel = if editions { group_like_camel(f) } else { None };
        let camel = group_camel.unwrap_or_else(|| snake_to_camel(&f.name.to_lowercase()));
        let upper = upper_first(&camel);
        let kind = match &f.kind {
            FieldKind::Group(t) if editions => FieldKind::Message(t.clone()),
            other => other.clone(),
        };
        let is_message = matches!(kind, FieldKind::Message(_));
        let is_repeated = f.label == Label::Repeated;
        let explicit = f.presence == Presence::Explicit;
        let ts_type = match &kind {
            FieldKind::Message(_) | FieldKind::Enum(_) => field_type(self.model, self.file, &kind, &self.used)?,
            other => match f.jstype {
                JsType::String => "string".to_string(),
                JsType::Number => "number".to_string(),
                JsType::Normal => scalar_type(other).to_string(),
            },
        };
        // Editions: a scalar getter falls back to the default (`getFieldWithDefault`), so it is
        // never `undefined`; `toObject()` leaves an unset explicit field without a default out.
        // A LEGACY_REQUIRED message reads like proto2's `required`.
        let maybe_undefined = if is_message {
            !(self.proto2() || editions) || f.label == Label::Optional
        } else {
            !editions && (f.proto3_optional || self.proto2())
        };
        let object_undefined = match editions && !is_message {
            true => explicit && f.default_value.is_none(),
            false => maybe_undefined,
        };
        let as_object = |t: String, kind: &FieldKind| match kind {
            FieldKind::Message(_) => format!("{t}.AsObject"),
            _ => t,
        };
        let (mut map_key, mut map_value, mut map_key_object, mut map_value_object) = Default::default();
        if let Some(entry) = &f.map {
            let key = field_type(self.model, self.file, &entry.key, &self.used)?;
            let value = match entry.value {
                FieldKind::Bytes => "Uint8Array | string".to_string(),
                ref v => field_type(self.model, self.file, v, &self.used)?,
            };
            map_key_object = as_object(key.clone(), &entry.key);
            map_value_object = as_object(value.clone(), &entry.value);
            (map_key, map_value) = (key, value);
        }
        Ok(FieldView {
            pad: pad.to_string(),
            object_pad: format!("{pad}{STEP}"),
            owner: msg.name.clone(),
            is_map: f.map.is_some(),
            has_presence: !is_repeated
                && if editions { explicit } else { f.proto3_optional || f.oneof_index.is_some() || is_message || self.proto2() },
            is_repeated,
            is_bytes: f.kind == FieldKind::Bytes,
            is_message,
            accessor: occupied(&upper),
            upper,
            object_name: if is_reserved(&camel) { format!("pb_{camel}") } else { camel },
            object_optional: !is_repeated && f.kind != FieldKind::Bytes && object_undefined,
            object_type: as_object(ts_type.clone(), &kind),
            maybe_undefined,
            ts_type,
            map_key,
            map_value,
            map_key_object,
            map_value_object,
        })
    }

    fn extension(&self, f: &Field, indent: &str) -> Result<ExtensionView, GenError> {
        let camel = snake_to_camel(&f.name);
        Ok(ExtensionView {
            margin: indent.to_string(),
            name: if is_reserved(&camel) { format!("pb_{camel}") } else { camel },
            ts_type: field_type(self.model, self.file, &f.kind, &self.used)?,
        })
    }
}

fn enumeration(e: &Enum, indent: &str) -> EnumView {
    EnumView {
        margin: indent.to_string(),
        name: e.name.clone(),
        values: members(e.values.iter().map(|v| (&v.name, v.number))),
    }
}

fn members<'a>(pairs: impl Iterator<Item = (&'a String, i32)>) -> Vec<Member> {
    object_keys(pairs.map(|(n, v)| (n.to_uppercase(), v)))
        .into_iter()
        .map(|(name, number)| Member { name, number })
        .collect()
}

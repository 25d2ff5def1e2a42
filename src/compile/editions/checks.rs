//! protoc's editions rules (descriptor.cc `ValidateFileFeatures`, `ValidateFieldFeatures`,
//! `ValidateNamingStyle`, the open-enum rules; command_line_interface.cc's feature targets;
//! feature_resolver.cc's lifetimes and resolution), checked on the lowered file once the pool
//! has linked it. Wording is protoc 35.1's; each error sits where protoc puts it (mostly the
//! element's name), or carries no location where protoc gives none.

use std::collections::HashMap;

use prost_reflect::{DescriptorPool, FieldDescriptor, Kind};
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto};

use super::features::{
    EnforceNamingStyle, EnumType, FieldPresence, Features, RepeatedFieldEncoding, Target, FEATURE_FIELDS,
};
use super::{enum_is_closed, EditionsFile, Located};
use crate::compile::CompileError;

const NAMING_OPT_OUT: &str = " (features.enforce_naming_style = STYLE_LEGACY can be used to opt out of this check)";

struct Checker<'a> {
    pool: &'a DescriptorPool,
    info: &'a EditionsFile,
    name: &'a str,
    others: &'a HashMap<String, EditionsFile>,
    at: &'a Located<'a>,
    errors: Vec<String>,
    /// protoc's warnings (`file:line:col: warning: ...`), printed while generation goes on.
    warnings: Vec<String>,
}

/// Every rule, on the file `name` just added to `pool`; `others` are the editions files
/// loaded before it. Its warnings when it passes.
pub(crate) fn check_file(
    pool: &DescriptorPool,
    name: &str,
    info: &EditionsFile,
    others: &HashMap<String, EditionsFile>,
    at: &Located,
) -> Result<Vec<String>, CompileError> {
    let Some(file) = pool.get_file_by_name(name) else { return Ok(Vec::new()) };
    let proto = file.file_descriptor_proto();
    let mut c = Checker { pool, info, name, others, at, errors: Vec::new(), warnings: Vec::new() };
    if proto.options.as_ref().is_some_and(|o| o.java_multiple_files.is_some()) {
        c.lifetime("google.protobuf.FileOptions.java_multiple_files", &java_multiple_files(), None);
    }
    c.lifetimes_and_targets();
    if c.errors.is_empty() {
        c.file(proto);
    }
    if c.errors.is_empty() {
        return Ok(c.warnings);
    }
    Err(CompileError::Proto(c.errors.join("\n")))
}

impl Checker<'_> {
    fn push(&mut self, path: &[i32], message: &str) {
        let CompileError::Proto(text) = self.at.error(path, message) else { return };
        self.errors.push(text);
    }

    fn unlocated(&mut self, message: &str) {
        self.errors.push(format!("{}: {message}", self.name));
    }

    /// A feature must exist in the file's edition and be written on a target it names.
    fn lifetimes_and_targets(&mut self) {
        let mut written: Vec<(&Vec<i32>, &super::FeatureSet)> = self.info.written.iter().collect();
        written.sort_by(|a, b| a.0.cmp(b.0));
        for (path, set) in written {
            let target = target_of(path);
            for field in &FEATURE_FIELDS {
                if set.get(field.number).is_none() {
                    continue;
                }
                let full = format!("google.protobuf.FeatureSet.{}", field.name);
                if self.info.edition < field.introduced {
                    let message = format!(
                        "{full} wasn't introduced until edition {} and can't be used in edition {}",
                        field.introduced.name(),
                        self.info.edition.name()
                    );
                    self.unlocated(&message);
                } else if !field.targets.contains(&target) {
                    self.unlocated(&format!("Option {full} cannot be set on an entity of type `{}`.", target.name()));
                }
            }
            self.language_targets(set, target, path);
        }
    }

    /// Language features (`features.(pb.cpp).string_type`) obey the `targets` their own
    /// declaration lists, as protoc checks them (with no location, as for `FeatureSet`'s own).
    fn language_targets(&mut self, set: &super::FeatureSet, target: Target, path: &[i32]) {
        let Some(feature_set) = self.pool.get_message_by_name("google.protobuf.FeatureSet") else { return };
        for (number, bytes) in &set.extensions {
            let Some(extension) = feature_set.get_extension(*number) else { continue };
            let Kind::Message(message) = extension.kind() else { continue };
            let Ok(value) = prost_reflect::DynamicMessage::decode(message, bytes.as_slice()) else { continue };
            for (field, _) in value.fields() {
                let targets: Vec<i32> = match field.options().get_field_by_name("targets").as_deref() {
                    Some(prost_reflect::Value::List(list)) => list.iter().filter_map(|v| v.as_enum_number()).collect(),
                    _ => continue,
                };
                // protoc places these at the element's name (none for the file's own features).
                let at: Option<Vec<i32>> = (!path.is_empty()).then(|| [path, &[1]].concat());
                self.lifetime(field.full_name(), &support_of(&field.options(), field.full_name()), at.as_deref());
                if let (Kind::Enum(_), Some(number)) = (field.kind(), value.get_field(&field).as_enum_number()) {
                    if let Some(v) = field.kind().as_enum().and_then(|e| e.get_value(number)) {
                        self.lifetime(v.full_name(), &support_of(&v.options(), v.full_name()), at.as_deref());
                    }
                }
                if !targets.is_empty() && !targets.contains(&(target as i32)) {
                    let message = format!("Option {} cannot be set on an entity of type `{}`.", field.full_name(), target.name());
                    self.unlocated(&message);
                }
            }
        }
    }

    /// protoc's `ValidateSingleFeatureLifetimes` for one feature or feature value written in
    /// the file: not yet introduced or removed is an error, deprecated a warning.
    fn lifetime(&mut self, full_name: &str, support: &super::builtin::Support, at: Option<&[i32]>) {
        let edition = self.info.edition.number();
        let report = |c: &mut Self, message: String, warning: bool| match (warning, at) {
            (false, Some(at)) => c.push(at, &message),
            (false, None) => c.unlocated(&message),
            (true, _) => {
                let line = c.at.warning(at.unwrap_or_default(), &message);
                c.warnings.push(line);
            }
        };
        if let Some(introduced) = support.introduced.filter(|&n| edition < n) {
            let message = format!(
                "{full_name} wasn't introduced until edition {} and can't be used in edition {}",
                edition_name(introduced),
                self.info.edition.name()
            );
            report(self, message, false);
        }
        if let Some(removed) = support.removed.filter(|&n| edition >= n) {
            let detail = support.removal_error.as_ref().map(|e| format!(": {e}")).unwrap_or_default();
            report(self, format!("{full_name} has been removed in edition {}{detail}", edition_name(removed)), false);
        } else if let Some(deprecated) = support.deprecated.filter(|&n| edition >= n) {
            let warning = support.warning.clone().unwrap_or_default();
            report(self, format!("{full_name} has been deprecated in edition {}: {warning}", edition_name(deprecated)), true);
        }
    }

    fn resolve(&mut self, parent: &Features, path: &[i32], name_path: &[i32]) -> Features {
        match self.info.written(path) {
            None => *parent,
            Some(set) => match parent.merge(set) {
                Ok(f) => f,
                Err(message) => {
                    self.push(name_path, &message);
                    *parent
                }
            },
        }
    }

    fn file(&mut self, file: &FileDescriptorProto) {
        let defaults = Features::defaults(self.info.edition);
        let features = self.resolve(&defaults, &[], &[]);
        if features.field_presence == FieldPresence::LegacyRequired {
            self.push(&[], "Required presence can't be specified by default.");
        }
        if file.options.as_ref().is_some_and(|o| o.java_string_check_utf8()) {
            self.push(
                &[],
                "File option java_string_check_utf8 is not allowed under editions. Use the (pb.java).utf8_validation feature to control this behavior.",
            );
        }
        if features.enforce_naming_style == EnforceNamingStyle::Style2024 && !file.package().is_empty() {
            if let Err(why) = lower_snake(file.package()) {
                self.push(&[2], &format!("Package name {} {why}{NAMING_OPT_OUT}", file.package()));
            }
        }
        for (i, m) in file.message_type.iter().enumerate() {
            self.message(m, &[4, i as i32], &features);
        }
        for (i, e) in file.enum_type.iter().enumerate() {
            self.enumeration(e, &[5, i as i32], &features);
        }
        for (i, f) in file.extension.iter().enumerate() {
            self.field(f, &[7, i as i32], &features, true, false);
        }
        for (i, s) in file.service.iter().enumerate() {
            let path = [6, i as i32];
            let service = self.resolve(&features, &path, &[6, i as i32, 1]);
            if service.enforce_naming_style == EnforceNamingStyle::Style2024 {
                if let Err(why) = title_case(s.name()) {
                    self.push(&[6, i as i32, 1], &format!("Service name {} {why}{NAMING_OPT_OUT}", s.name()));
                }
            }
            for (j, m) in s.method.iter().enumerate() {
                let p = [6, i as i32, 2, j as i32];
                let method = self.resolve(&service, &p, &[&p[..], &[1]].concat());
                if method.enforce_naming_style == EnforceNamingStyle::Style2024 {
                    if let Err(why) = title_case(m.name()) {
                        self.push(&[&p[..], &[1]].concat(), &format!("Method name {} {why}{NAMING_OPT_OUT}", m.name()));
                    }
                }
            }
        }
    }

    fn message(&mut self, m: &DescriptorProto, path: &[i32], parent: &Features) {
        let name_path = [path, &[1]].concat();
        let features = self.resolve(parent, path, &name_path);
        let map_entry = m.options.as_ref().is_some_and(|o| o.map_entry());
        if features.enforce_naming_style == EnforceNamingStyle::Style2024 && !map_entry {
            if let Err(why) = title_case(m.name()) {
                self.push(&name_path, &format!("Message name {} {why}{NAMING_OPT_OUT}", m.name()));
            }
        }
        let mut oneofs = Vec::new();
        for (i, o) in m.oneof_decl.iter().enumerate() {
            let p = [path, &[8, i as i32]].concat();
            let f = self.resolve(&features, &p, &[&p[..], &[1]].concat());
            if f.enforce_naming_style == EnforceNamingStyle::Style2024 {
                if let Err(why) = lower_snake(o.name()) {
                    // protoc gives this one no location.
                    self.unlocated(&format!("Oneof name {} {why}{NAMING_OPT_OUT}", o.name()));
                }
            }
            oneofs.push(f);
        }
        for (i, f) in m.field.iter().enumerate() {
            let parent = f.oneof_index.and_then(|o| oneofs.get(o as usize)).unwrap_or(&features);
            let parent = *parent;
            self.field(f, &[path, &[2, i as i32]].concat(), &parent, false, map_entry);
        }
        for (i, f) in m.extension.iter().enumerate() {
            self.field(f, &[path, &[6, i as i32]].concat(), &features, true, false);
        }
        for (i, n) in m.nested_type.iter().enumerate() {
            self.message(n, &[path, &[3, i as i32]].concat(), &features);
        }
        for (i, e) in m.enum_type.iter().enumerate() {
            self.enumeration(e, &[path, &[4, i as i32]].concat(), &features);
        }
    }

    fn field(&mut self, f: &FieldDescriptorProto, path: &[i32], parent: &Features, extension: bool, in_map_entry: bool) {
        let name_path = [path, &[1]].concat();
        let features = self.resolve(parent, path, &name_path);
        let written = self.info.written(path).cloned().unwrap_or_default();
        let options = f.options.as_ref();
        // (The lowering itself gives PACKED fields `[packed = true]`.)
        if options.is_some_and(|o| o.packed.is_some()) && !self.info.packed.contains(path) {
            self.push(&name_path, "Field option packed is not allowed under editions.  Use the repeated_field_encoding feature to control this behavior.");
        }
        if self.info.edition >= super::Edition::E2024 && options.is_some_and(|o| o.ctype.is_some()) {
            self.push(path, "ctype option is not allowed under edition 2024 and beyond. Use the feature string_type = VIEW|CORD|STRING|... instead.");
        }
        let ty = f.r#type();
        let repeated = f.label() == Label::Repeated;
        let is_message = matches!(ty, Type::Message | Type::Group);
        let in_oneof = f.oneof_index.is_some();
        let has_presence = !repeated && (is_message || in_oneof || extension || features.field_presence != FieldPresence::Implicit);
        if !repeated && !has_presence {
            if f.default_value.is_some() {
                self.push(&name_path, "Implicit presence fields can't specify defaults.");
            }
            if ty == Type::Enum && self.enum_closed(f.type_name()) {
                self.push(&name_path, "Implicit presence enum fields must always be open.");
            }
        }
        if extension && features.field_presence == FieldPresence::LegacyRequired {
            self.push(&name_path, "Extensions can't be required.");
        }
        if in_map_entry {
            return;
        }
        if let Some(presence) = written.field_presence() {
            if in_oneof {
                self.push(&name_path, "Oneof fields can't specify field presence.");
            } else if repeated {
                self.push(&name_path, "Repeated fields can't specify field presence.");
            } else if extension && presence != FieldPresence::LegacyRequired {
                self.push(&name_path, "Extensions can't specify field presence.");
            } else if is_message && presence == FieldPresence::Implicit {
                self.push(&name_path, "Message fields can't specify implicit presence.");
            }
        }
        let is_map = repeated && ty == Type::Message && self.is_map_entry(f.type_name());
        if !repeated && written.get(3).is_some() {
            self.push(&name_path, "Only repeated fields can specify repeated field encoding.");
        }
        if ty != Type::String && !(is_map && self.map_has_string(f.type_name())) && written.get(4).is_some() {
            self.push(&name_path, "Only string fields can specify utf8 validation.");
        }
        let packable = repeated && !matches!(ty, Type::String | Type::Bytes | Type::Message | Type::Group);
        if !packable && written.get(3) == Some(RepeatedFieldEncoding::Packed as i32) {
            self.push(&name_path, "Only repeated primitive fields can specify PACKED repeated field encoding.");
        }
        if (!is_message || is_map) && written.get(5).is_some() {
            self.push(&name_path, "Only message fields can specify message encoding.");
        }
        if features.enforce_naming_style == EnforceNamingStyle::Style2024 {
            if let Err(why) = lower_snake(f.name()) {
                self.push(&name_path, &format!("Field name {} {why}{NAMING_OPT_OUT}", f.name()));
            }
        }
    }

    fn enumeration(&mut self, e: &EnumDescriptorProto, path: &[i32], parent: &Features) {
        let name_path = [path, &[1]].concat();
        let features = self.resolve(parent, path, &name_path);
        if features.enforce_naming_style == EnforceNamingStyle::Style2024 {
            if let Err(why) = title_case(e.name()) {
                self.push(&name_path, &format!("Enum name {} {why}{NAMING_OPT_OUT}", e.name()));
            }
        }
        if features.enum_type == EnumType::Open && e.value.first().is_some_and(|v| v.number() != 0) {
            self.push(&[path, &[2, 0, 2]].concat(), "The first enum value must be zero for open enums.");
        }
        for (i, v) in e.value.iter().enumerate() {
            let p = [path, &[2, i as i32]].concat();
            let value = self.resolve(&features, &p, &[&p[..], &[1]].concat());
            if value.enforce_naming_style == EnforceNamingStyle::Style2024 {
                if let Err(why) = upper_snake(v.name()) {
                    self.push(&[&p[..], &[1]].concat(), &format!("Enum value name {} {why}{NAMING_OPT_OUT}", v.name()));
                }
            }
        }
    }

    fn enum_closed(&self, type_name: &str) -> bool {
        let Some(e) = self.pool.get_enum_by_name(type_name.trim_start_matches('.')) else { return false };
        if e.parent_file().name() == self.name {
            return self.info.resolve_path(e.path()).enum_type == EnumType::Closed;
        }
        enum_is_closed(self.others, &e)
    }

    fn is_map_entry(&self, type_name: &str) -> bool {
        self.pool.get_message_by_name(type_name.trim_start_matches('.')).is_some_and(|m| m.is_map_entry())
    }

    fn map_has_string(&self, type_name: &str) -> bool {
        let Some(m) = self.pool.get_message_by_name(type_name.trim_start_matches('.')) else { return false };
        let has_string = m.fields().any(|f: FieldDescriptor| matches!(f.kind(), Kind::String));
        has_string
    }
}

/// The kind of element a source path names (its last `(tag, index)` pair).
pub(super) fn target_of(path: &[i32]) -> Target {
    // Walk the pairs from the file down, as the tags mean different things per parent.
    let mut target = Target::File;
    let mut i = 0;
    while i + 1 < path.len() {
        target = match (target, path[i]) {
            (Target::File, 4) | (Target::Message, 3) => Target::Message,
            (Target::File, 5) | (Target::Message, 4) => Target::Enum,
            (Target::File, 6) => Target::Service,
            (Target::File, 7) | (Target::Message, 2) | (Target::Message, 6) => Target::Field,
            (Target::Message, 5) => Target::ExtensionRange,
            (Target::Message, 8) => Target::Oneof,
            (Target::Enum, 2) => Target::EnumEntry,
            (Target::Service, 2) => Target::Method,
            (t, _) => t,
        };
        i += 2;
    }
    target
}

/// protoc's `IsValidTitleCaseName`.
fn title_case(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("is empty");
    }
    if !name.bytes().all(|c| c.is_ascii_alphanumeric()) {
        return Err("should be TitleCase");
    }
    if !name.as_bytes()[0].is_ascii_uppercase() {
        return Err("should begin with a capital letter");
    }
    Ok(())
}

/// protoc's `ContainsBadUnderscores`: at either end, or followed by anything but a letter.
fn bad_underscores(name: &str) -> bool {
    let b = name.as_bytes();
    if b.is_empty() {
        return false;
    }
    b[0] == b'_' || b[b.len() - 1] == b'_' || b.windows(2).any(|w| w[0] == b'_' && !w[1].is_ascii_alphabetic())
}

/// protoc's `IsValidLowerSnakeCaseName` (dots allowed, for packages).
fn lower_snake(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("is empty");
    }
    if !name.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'.') {
        return Err("should be lower_snake_case");
    }
    if !name.as_bytes()[0].is_ascii_lowercase() {
        return Err("should begin with a lower case letter");
    }
    if bad_underscores(name) {
        return Err("contains style violating underscores");
    }
    Ok(())
}

/// protoc's `IsValidUpperSnakeCaseName`.
fn upper_snake(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("is empty");
    }
    if !name.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_') {
        return Err("should be UPPER_SNAKE_CASE");
    }
    if !name.as_bytes()[0].is_ascii_uppercase() {
        return Err("should begin with an upper case letter");
    }
    if bad_underscores(name) {
        return Err("contains style violating underscores");
    }
    Ok(())
}

/// `feature_support` of a language feature or feature value: from its options when the run's
/// descriptor.proto declares `feature_support`, else from the facts of protoc's built-in
/// feature files.
fn support_of(options: &prost_reflect::DynamicMessage, full_name: &str) -> super::builtin::Support {
    if prost_reflect::ReflectMessage::descriptor(options).get_field_by_name("feature_support").is_none() {
        return super::builtin::support(full_name).unwrap_or_default();
    }
    let Some(prost_reflect::Value::Message(support)) = options.get_field_by_name("feature_support").map(|v| v.into_owned()) else {
        return Default::default();
    };
    let edition = |name: &str| support.has_field_by_name(name).then(|| support.get_field_by_name(name)?.as_enum_number()).flatten();
    let text = |name: &str| support.has_field_by_name(name).then(|| support.get_field_by_name(name)?.as_str().map(str::to_string)).flatten();
    super::builtin::Support {
        introduced: edition("edition_introduced"),
        deprecated: edition("edition_deprecated"),
        warning: text("deprecation_warning"),
        removed: edition("edition_removed"),
        removal_error: text("removal_error"),
    }
}

/// descriptor.proto's `feature_support` of `FileOptions.java_multiple_files`, the one option
/// of an edition protosmith compiles that has one (protox's bundled copy predates it).
fn java_multiple_files() -> super::builtin::Support {
    super::builtin::Support {
        introduced: Some(super::Edition::Proto2.number()),
        removed: Some(super::Edition::E2024.number()),
        removal_error: Some(
            "This behavior is enabled by default in editions 2024 and above. To disable it, you can set \
             `features.(pb.java).nest_in_file_class = YES` on individual messages, enums, or services."
                .into(),
        ),
        ..Default::default()
    }
}

/// An `Edition` number as protoc prints it (`2024`, `UNSTABLE`).
fn edition_name(number: i32) -> String {
    match (super::Edition::from_number(number), number) {
        (Some(edition), _) => edition.name().to_string(),
        (None, 900) => "LEGACY".into(),
        (None, 1002) => "2026".into(),
        (None, 9999) => "UNSTABLE".into(),
        (None, n) => n.to_string(),
    }
}

//! What the pool is handed where protoc and prost-reflect disagree on valid input, and how
//! its answers are turned back into protoc's descriptors.
//!
//! prost-reflect refuses three things protoc accepts, while linking:
//!
//! * two fields of a proto3 message whose names are equal lower-cased without underscores
//!   (`foo` and `Foo`); protoc compares exact JSON names only (`foo` and `Foo` differ);
//! * two fields with the same JSON name where protoc only warns (proto2, at least one name the
//!   default one) or decides itself (`protoc_checks::json_names` makes protoc's refusals);
//! * a name reached through two `import public` hops (prost-reflect follows one).
//!
//! The pool gets a copy where such a field carries a stand-in name or JSON name (`Foo#1`: no
//! proto name holds `#`, so it can clash with nothing) and where each file re-exports every
//! file its public imports re-export. What was changed is recorded here, and everything read
//! back from the pool (`Compiled::files`, the bytes behind `compile::encoded_file`) is restored
//! to what the source said, so descriptors stay byte-identical to protoc's.

use std::collections::{HashMap, HashSet};

use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, ReflectMessage, Value};
use prost_types::{DescriptorProto, FileDescriptorProto};

use crate::model::default_json_name;

/// The changes made to every file handed to the pool, by file name.
#[derive(Debug, Clone, Default)]
pub struct PoolAliases {
    files: HashMap<String, FileAliases>,
}

#[derive(Debug, Clone, Default)]
struct FileAliases {
    /// The file's own `dependency` count and `public_dependency` list, when more public
    /// imports were added for the pool.
    imports: Option<(usize, Vec<i32>)>,
    fields: Vec<FieldAlias>,
}

/// A field given a stand-in name and/or JSON name.
#[derive(Debug, Clone)]
struct FieldAlias {
    /// Indexes of the message: `message_type[m[0]].nested_type[m[1]]...`.
    message: Vec<usize>,
    field: usize,
    name: String,
    /// The JSON name the pool would have given it: the written one, else the default one.
    json_name: String,
}

impl PoolAliases {
    /// Changes `file` into what the pool accepts (see the module comment); `pool` already
    /// holds every file it imports.
    pub fn prepare(&mut self, pool: &DescriptorPool, file: &mut FileDescriptorProto) {
        let mut changes = FileAliases::default();
        let original = (file.dependency.len(), file.public_dependency.clone());
        if widen_public_imports(pool, file) {
            changes.imports = Some(original);
        }
        let camel_case = file.syntax() != "proto2" && !file.syntax().is_empty();
        for (i, message) in file.message_type.iter_mut().enumerate() {
            alias_fields(message, &mut vec![i], camel_case, &mut changes.fields);
        }
        if changes.imports.is_some() || !changes.fields.is_empty() {
            self.files.insert(file.name().to_string(), changes);
        }
    }


    /// The file as the source described it (a file read back from the pool).
    pub fn restore(&self, file: &mut FileDescriptorProto) {
        let Some(changes) = self.files.get(file.name()) else { return };
        if let Some((count, public)) = &changes.imports {
            file.dependency.truncate(*count);
            file.public_dependency = public.clone();
        }
        for alias in &changes.fields {
            let Some(message) = message_at(&mut file.message_type, &alias.message) else { continue };
            if let Some(field) = message.field.get_mut(alias.field) {
                field.name = Some(alias.name.clone());
                field.json_name = Some(alias.json_name.clone());
            }
        }
    }

    /// The pool's serialization of file `name` restored like `restore`, keeping every custom
    /// option; the bytes unchanged when the file was handed over as it was.
    pub fn restore_bytes(&self, pool: &DescriptorPool, name: &str, bytes: Vec<u8>) -> Vec<u8> {
        let Some(changes) = self.files.get(name) else { return bytes };
        let desc = pool
            .get_message_by_name("google.protobuf.FileDescriptorProto")
            .unwrap_or_else(|| FileDescriptorProto::default().descriptor());
        let Ok(mut msg) = DynamicMessage::decode(desc, bytes.as_slice()) else { return bytes };
        if let Some((count, public)) = &changes.imports {
            if let Some(Value::List(deps)) = msg.get_field_by_name_mut("dependency") {
                deps.truncate(*count);
            }
            let public = public.iter().map(|&i| Value::I32(i)).collect();
            msg.set_field_by_name("public_dependency", Value::List(public));
        }
        for alias in &changes.fields {
            let Some(field) = dynamic_field(&mut msg, alias) else { continue };
            field.set_field_by_name("name", Value::String(alias.name.clone()));
            field.set_field_by_name("json_name", Value::String(alias.json_name.clone()));
        }
        msg.encode_to_vec()
    }
}

/// Adds, as public imports of `file`, every file its public imports re-export (in the pool,
/// where those were widened the same way before), so that one hop reaches them all. True when
/// anything was added.
fn widen_public_imports(pool: &DescriptorPool, file: &mut FileDescriptorProto) -> bool {
    let mut reexported = Vec::new();
    for &index in &file.public_dependency {
        let Some(dep) = usize::try_from(index).ok().and_then(|i| file.dependency.get(i)) else { continue };
        let Some(dep) = pool.get_file_by_name(dep) else { continue };
        for further in dep.public_dependencies() {
            reexported.push(further.name().to_string());
        }
    }
    let mut changed = false;
    let mut public: HashSet<i32> = file.public_dependency.iter().copied().collect();
    for name in reexported {
        let index = match file.dependency.iter().position(|d| *d == name) {
            Some(i) => i as i32,
            None => {
                file.dependency.push(name);
                (file.dependency.len() - 1) as i32
            }
        };
        if public.insert(index) {
            file.public_dependency.push(index);
            changed = true;
        }
    }
    changed
}

/// prost-reflect's camel-case key: lower-cased, underscores dropped.
fn camel_case_key(name: &str) -> String {
    name.chars().filter(|&c| c != '_').map(|c| c.to_ascii_lowercase()).collect()
}

fn alias_fields(message: &mut DescriptorProto, path: &mut Vec<usize>, camel_case: bool, out: &mut Vec<FieldAlias>) {
    let mut keys = HashSet::new();
    let mut json_names = HashSet::new();
    for (index, field) in message.field.iter_mut().enumerate() {
        let name = field.name().to_string();
        let json_name = field.json_name.clone().unwrap_or_else(|| default_json_name(&name));
        let clashing_name = camel_case && !keys.insert(camel_case_key(&name));
        let clashing_json = !json_names.insert(json_name.clone());
        if !clashing_name && !clashing_json {
            continue;
        }
        if clashing_name {
            field.name = Some(format!("{name}#{index}"));
        }
        field.json_name = Some(if clashing_json { format!("{json_name}#{index}") } else { json_name.clone() });
        out.push(FieldAlias { message: path.clone(), field: index, name, json_name });
    }
    for (i, nested) in message.nested_type.iter_mut().enumerate() {
        path.push(i);
        alias_fields(nested, path, camel_case, out);
        path.pop();
    }
}

fn message_at<'m>(messages: &'m mut [DescriptorProto], path: &[usize]) -> Option<&'m mut DescriptorProto> {
    let (&first, rest) = path.split_first()?;
    let mut message = messages.get_mut(first)?;
    for &i in rest {
        message = message.nested_type.get_mut(i)?;
    }
    Some(message)
}

fn dynamic_field<'m>(file: &'m mut DynamicMessage, alias: &FieldAlias) -> Option<&'m mut DynamicMessage> {
    let mut key = "message_type";
    let mut current = file;
    for &i in &alias.message {
        let Some(Value::List(list)) = current.get_field_by_name_mut(key) else { return None };
        let Some(Value::Message(m)) = list.get_mut(i) else { return None };
        current = m;
        key = "nested_type";
    }
    let Some(Value::List(fields)) = current.get_field_by_name_mut("field") else { return None };
    match fields.get_mut(alias.field) {
        Some(Value::Message(f)) => Some(f),
        _ => None,
    }
}

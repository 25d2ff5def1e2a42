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
//! back from the pool (`Compiled::files()`, the bytes behind `compile::encoded_file`) is restored
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
    /// imports were added for the pool, and the lists the pool gets.
    imports: Option<((usize, Vec<i32>), (Vec<String>, Vec<i32>))>,
    fields: Vec<FieldAlias>,
}

/// The fields of one file given stand-in names: they depend on the file alone, so a file
/// read from source gets them on the thread that parsed it, off the loader's.
pub struct AliasedFields(Vec<FieldAlias>);

impl AliasedFields {
    /// Gives `file`'s clashing fields their stand-in names.
    pub fn give(file: &mut FileDescriptorProto) -> AliasedFields {
        let camel_case = file.syntax() != "proto2" && !file.syntax().is_empty();
        let mut fields = Vec::new();
        for (i, message) in file.message_type.iter_mut().enumerate() {
            alias_fields(message, &mut vec![i], camel_case, &mut fields);
        }
        AliasedFields(fields)
    }
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
    /// What the pool gets instead.
    pool_name: String,
    pool_json_name: String,
}

impl PoolAliases {
    /// Changes `file` into what the pool accepts (see the module comment); `pool` already
    /// holds every file it imports.
    /// `fields`: its fields' stand-ins when they were given already (`AliasedFields::give`).
    pub fn prepare(&mut self, pool: &DescriptorPool, file: &mut FileDescriptorProto, fields: Option<AliasedFields>) {
        let reexports =
            |name: &str| pool.get_file_by_name(name).map(|f| f.public_dependencies().map(|d| d.name().to_string()).collect());
        self.prepare_with(reexports, file, fields);
    }

    /// `prepare`, where `reexports` names the files an already prepared file re-exports.
    fn prepare_with(&mut self, reexports: impl Fn(&str) -> Option<Vec<String>>, file: &mut FileDescriptorProto, fields: Option<AliasedFields>) {
        let mut changes = FileAliases::default();
        let original = (file.dependency.len(), file.public_dependency.clone());
        if widen_public_imports(reexports, file) {
            changes.imports = Some((original, (file.dependency.clone(), file.public_dependency.clone())));
        }
        changes.fields = fields.unwrap_or_else(|| AliasedFields::give(file)).0;
        if changes.imports.is_some() || !changes.fields.is_empty() {
            self.files.insert(file.name().to_string(), changes);
        }
    }


    /// Whether the pool was handed file `name` changed (then `restore` changes it back).
    pub fn changes(&self, name: &str) -> bool {
        self.files.contains_key(name)
    }

    /// The file as the source described it (a file read back from the pool).
    pub fn restore(&self, file: &mut FileDescriptorProto) {
        let Some(changes) = self.files.get(file.name()) else { return };
        if let Some(((count, public), _)) = &changes.imports {
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
        changes.apply(&mut msg, Direction::Restore);
        msg.encode_to_vec()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    ToPool,
    Restore,
}

impl FileAliases {
    /// Makes a `FileDescriptorProto` (as a dynamic message, custom options kept) what the pool
    /// gets, or what the source said.
    fn apply(&self, file: &mut DynamicMessage, direction: Direction) {
        if let Some(((count, public), (pool_deps, pool_public))) = &self.imports {
            let (deps, public) = match direction {
                Direction::Restore => (None, public),
                Direction::ToPool => (Some(pool_deps), pool_public),
            };
            match deps {
                Some(deps) => {
                    let deps = deps.iter().map(|d| Value::String(d.clone())).collect();
                    file.set_field_by_name("dependency", Value::List(deps));
                }
                None => {
                    if let Some(Value::List(deps)) = file.get_field_by_name_mut("dependency") {
                        deps.truncate(*count);
                    }
                }
            }
            let public = public.iter().map(|&i| Value::I32(i)).collect();
            file.set_field_by_name("public_dependency", Value::List(public));
        }
        for alias in &self.fields {
            let Some(field) = dynamic_field(file, alias) else { continue };
            let (name, json_name) = match direction {
                Direction::Restore => (&alias.name, &alias.json_name),
                Direction::ToPool => (&alias.pool_name, &alias.pool_json_name),
            };
            field.set_field_by_name("name", Value::String(name.clone()));
            field.set_field_by_name("json_name", Value::String(json_name.clone()));
        }
    }
}

/// The pool of a serialized `FileDescriptorSet` (a descriptor set read, a plugin request), its
/// files changed as `PoolAliases::prepare` changes sources (custom options survive the change
/// as unknown fields), and the changes made.
pub fn decode_pool(set: &[u8]) -> Result<(DescriptorPool, PoolAliases), prost_reflect::DescriptorError> {
    let mut aliases = PoolAliases::default();
    if let Ok(typed) = prost_types::FileDescriptorSet::decode(set) {
        let mut reexported: HashMap<String, Vec<String>> = HashMap::new();
        for mut file in typed.file {
            aliases.prepare_with(|name| reexported.get(name).cloned(), &mut file, None);
            let public = file.public_dependency.iter().filter_map(|&i| file.dependency.get(i as usize).cloned()).collect();
            reexported.insert(file.name().to_string(), public);
        }
    }
    let desc = prost_types::FileDescriptorSet::default().descriptor();
    let edited = match DynamicMessage::decode(desc, set) {
        Ok(mut msg) if !aliases.files.is_empty() => {
            if let Some(Value::List(files)) = msg.get_field_by_name_mut("file") {
                for file in files {
                    let Value::Message(file) = file else { continue };
                    let name = file.get_field_by_name("name").and_then(|v| v.as_str().map(str::to_string));
                    if let Some(changes) = name.and_then(|n| aliases.files.get(&n)) {
                        changes.apply(file, Direction::ToPool);
                    }
                }
            }
            Some(msg.encode_to_vec())
        }
        _ => None,
    };
    let pool = DescriptorPool::decode(edited.as_deref().unwrap_or(set))?;
    Ok((pool, aliases))
}

/// Adds, as public imports of `file`, every file its public imports re-export (in the pool,
/// where those were widened the same way before), so that one hop reaches them all. True when
/// anything was added.
fn widen_public_imports(reexports: impl Fn(&str) -> Option<Vec<String>>, file: &mut FileDescriptorProto) -> bool {
    let mut reexported = Vec::new();
    for &index in &file.public_dependency {
        let Some(dep) = usize::try_from(index).ok().and_then(|i| file.dependency.get(i)) else { continue };
        reexported.extend(reexports(dep).unwrap_or_default());
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
        let pool_name = if clashing_name { format!("{name}#{index}") } else { name.clone() };
        let pool_json_name = if clashing_json { format!("{json_name}#{index}") } else { json_name.clone() };
        field.name = Some(pool_name.clone());
        field.json_name = Some(pool_json_name.clone());
        out.push(FieldAlias { message: path.clone(), field: index, name, json_name, pool_name, pool_json_name });
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

//! Edition 2024's symbol visibility: a message or enum that is `local` (written, or by its
//! file's `default_symbol_visibility`) cannot be used from another file (protoc's
//! `Symbol::IsVisibleFrom`, with its wording). Checked on every file that refers to types of
//! an edition 2024 file.

use std::collections::HashMap;

use prost_reflect::DescriptorPool;
use prost_types::{DescriptorProto, FieldDescriptorProto};

use super::features::{DefaultSymbolVisibility, Features};
use super::{EditionsFile, Located};
use crate::compile::CompileError;
use crate::parse::Visibility;

/// `FieldDescriptorProto.type_name` / `.extendee` in source paths.
const TYPE_NAME: i32 = 6;
const EXTENDEE: i32 = 2;

pub(crate) fn check_visibility(
    pool: &DescriptorPool,
    name: &str,
    editions: &HashMap<String, EditionsFile>,
    at: &Located,
) -> Result<(), CompileError> {
    if !editions.values().any(|e| e.edition >= super::Edition::E2024) {
        return Ok(());
    }
    let Some(file) = pool.get_file_by_name(name) else { return Ok(()) };
    let proto = file.file_descriptor_proto();
    let check = |f: &FieldDescriptorProto, path: Vec<i32>| -> Result<(), CompileError> {
        for (type_name, tag, usage) in [(f.type_name(), TYPE_NAME, ""), (f.extendee(), EXTENDEE, "target of extend")] {
            if type_name.is_empty() {
                continue;
            }
            if let Some(reason) = hidden(pool, editions, type_name.trim_start_matches('.'), name) {
                let (defined_in, full) = reason.0;
                let message = format!(
                    "Symbol \"{full}\", defined in \"{defined_in}\" {usage} is not visible from \"{name}\". {} and cannot be accessed outside its own file",
                    reason.1
                );
                return Err(at.error(&[&path[..], &[tag]].concat(), &message));
            }
        }
        Ok(())
    };
    fn walk(m: &DescriptorProto, path: Vec<i32>, check: &dyn Fn(&FieldDescriptorProto, Vec<i32>) -> Result<(), CompileError>) -> Result<(), CompileError> {
        for (tag, list) in [(2, &m.field), (6, &m.extension)] {
            for (i, f) in list.iter().enumerate() {
                check(f, [&path[..], &[tag, i as i32]].concat())?;
            }
        }
        for (i, n) in m.nested_type.iter().enumerate() {
            walk(n, [&path[..], &[3, i as i32]].concat(), check)?;
        }
        Ok(())
    }
    for (i, m) in proto.message_type.iter().enumerate() {
        walk(m, vec![4, i as i32], &check)?;
    }
    for (i, f) in proto.extension.iter().enumerate() {
        check(f, vec![7, i as i32])?;
    }
    Ok(())
}

/// `Some(((file, full name), reason))` when the type `full` is local to another 2024 file.
fn hidden(
    pool: &DescriptorPool,
    editions: &HashMap<String, EditionsFile>,
    full: &str,
    from: &str,
) -> Option<((String, String), String)> {
    let (file, path) = match pool.get_message_by_name(full) {
        Some(m) => (m.parent_file().name().to_string(), m.path().to_vec()),
        None => {
            let e = pool.get_enum_by_name(full)?;
            (e.parent_file().name().to_string(), e.path().to_vec())
        }
    };
    if file == from {
        return None;
    }
    let info = editions.get(&file)?;
    let written = info.visibility.iter().find(|(p, _)| *p == path).map(|(_, v)| *v);
    let default = info.resolve(&Features::defaults(info.edition), &[]).default_symbol_visibility;
    let local = match written {
        Some(v) => v == Visibility::Local,
        None => match default {
            DefaultSymbolVisibility::ExportAll => false,
            DefaultSymbolVisibility::ExportTopLevel => path.len() > 2,
            DefaultSymbolVisibility::LocalAll | DefaultSymbolVisibility::Strict => true,
        },
    };
    if !local {
        return None;
    }
    let reason = match written {
        Some(_) => "It is explicitly marked 'local'".to_string(),
        None => {
            let name = match default {
                DefaultSymbolVisibility::ExportAll => "EXPORT_ALL",
                DefaultSymbolVisibility::ExportTopLevel => "EXPORT_TOP_LEVEL",
                DefaultSymbolVisibility::LocalAll => "LOCAL_ALL",
                DefaultSymbolVisibility::Strict => "STRICT",
            };
            format!("It defaulted to local from file-level 'option features.default_symbol_visibility = '{name}';")
        }
    };
    Some(((file, full.to_string()), reason))
}

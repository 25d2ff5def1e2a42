//! Protobuf Editions (`edition = "2023"` / `"2024"`) in the front end.
//!
//! The compiler underneath (prost-reflect's pool, as protox uses it) knows proto2 and proto3
//! only. So an editions file is *lowered*: its `features.*` options are interpreted here
//! (`interpret`), checked with protoc's editions rules (`checks`), and the file handed to the
//! pool is the proto2 file with the same elements, the features taken out of its options and
//! `LEGACY_REQUIRED` fields labelled `required` (what protoc's descriptor builder makes of
//! them). The pool links, validates and interprets every other option as for any file.
//!
//! What the lowered file lost is kept beside it in an [`EditionsFile`]: the edition, the
//! features as written per element, the fields lowered to `required`, 2024's `import option`
//! files and `export`/`local` keywords. Two readers use it:
//! - the byte door (`descriptors.rs` → `encoded`) rebuilds the descriptor protoc hands on
//!   (`syntax = "editions"`, `edition`, features in the options, labels as written), which
//!   `_pb2.py` embeds and plugin requests carry;
//! - the model resolves each element's features ([`features::Features`]) down the tree.
//!
//! Descriptor sets holding editions files take the same road (`from_set`).

pub(crate) mod builtin;
mod checks;
mod encode;
pub mod features;
mod from_set;
mod locate;
mod lower;
mod visibility;

pub(crate) use checks::check_file;
pub(crate) use encode::{restore, strip_source_features};
pub(crate) use from_set::lower_encoded;
pub(crate) use locate::{starts, Located, Starts};
pub(crate) use lower::{added_imports, lower_parsed};
pub(crate) use visibility::check_visibility;

use std::collections::{HashMap, HashSet};

pub use features::{Edition, FeatureSet, Features};

use crate::parse::Visibility;

/// What an editions file says that its lowered (proto2) descriptor does not.
#[derive(Debug, Clone, PartialEq)]
pub struct EditionsFile {
    pub edition: Edition,
    /// Features as written, by the source path of the element that writes them (`[]` is the
    /// file, `[4, 0]` its first message, `[4, 0, 2, 1]` that message's second field, ...).
    pub written: HashMap<Vec<i32>, FeatureSet>,
    /// Paths of the fields whose resolved presence is `LEGACY_REQUIRED` (labelled `required`
    /// in the lowered file, `optional` in the descriptor protoc hands on).
    pub required: HashSet<Vec<i32>>,
    /// Paths of the repeated fields whose encoding resolves to `PACKED`, given `[packed = true]`
    /// in the lowered file (proto2's default is expanded); the descriptor protoc hands on has
    /// no such option.
    pub packed: HashSet<Vec<i32>>,
    /// `import option "..."` (edition 2024), descriptor.proto's `option_dependency`.
    pub option_dependencies: Vec<String>,
    /// The option imports the lowered file lists among its imports (so the pool resolves the
    /// options they declare); the descriptor protoc hands on and the model leave them out.
    pub added_imports: Vec<String>,
    /// `export` / `local` written on messages and enums, by source path.
    pub visibility: Vec<(Vec<i32>, Visibility)>,
    /// The source locations of the feature options, taken out of what the pool saw.
    pub feature_locations: FeatureLocations,
}

/// `(position in the parsed file's location list, location)` of each source location taken out
/// with the feature options, in order: the option's own location under the path protoc gives
/// it once interpreted, `None` for its parts (protoc keeps none of them).
pub type FeatureLocations = Vec<(usize, Option<prost_types::source_code_info::Location>)>;

/// Puts the feature options' locations back into `info` (the lowered file's source info, as
/// the pool holds it) where protoc has them.
pub fn restore_locations(info: &mut prost_types::SourceCodeInfo, dropped: &FeatureLocations) {
    if dropped.is_empty() {
        return;
    }
    let kept = std::mem::take(&mut info.location);
    let mut dropped = dropped.iter().peekable();
    let mut position = 0;
    for loc in kept {
        while let Some((at, rewritten)) = dropped.next_if(|(at, _)| *at == position) {
            let _ = at;
            info.location.extend(rewritten.clone());
            position += 1;
        }
        info.location.push(loc);
        position += 1;
    }
    for (_, rewritten) in dropped {
        info.location.extend(rewritten.clone());
    }
}

impl EditionsFile {
    pub fn written(&self, path: &[i32]) -> Option<&FeatureSet> {
        self.written.get(path)
    }

    /// The features of the message, enum or value at `path`, resolved from the file down
    /// through every element on the path (not for fields: a field in a oneof inherits the
    /// oneof's features, which are not on its path).
    pub fn resolve_path(&self, path: &[i32]) -> Features {
        let mut features = self.resolve(&Features::defaults(self.edition), &[]);
        let mut end = 2;
        while end <= path.len() {
            features = self.resolve(&features, &path[..end]);
            end += 2;
        }
        features
    }

    /// `parent` with the features written at `path` laid over it. The compile step has
    /// already refused every file whose features do not resolve, so a failure keeps `parent`.
    pub fn resolve(&self, parent: &Features, path: &[i32]) -> Features {
        match self.written(path) {
            Some(set) => parent.merge(set).unwrap_or(*parent),
            None => *parent,
        }
    }
}

/// Whether an enum of the pool is closed: by its resolved features in an editions file, else
/// by its file's syntax (proto2 enums are closed).
pub fn enum_is_closed(editions: &HashMap<String, EditionsFile>, e: &prost_reflect::EnumDescriptor) -> bool {
    match editions.get(e.parent_file().name()) {
        Some(info) => info.resolve_path(e.path()).enum_type == features::EnumType::Closed,
        None => e.parent_file().syntax() == prost_reflect::Syntax::Proto2,
    }
}

//! Identifiers in the stubs: mypy-protobuf's reserved names, `_r_` prefixes, `Global___`
//! aliases and the well-known types with helper bases.

/// Names the stubs cannot use as identifiers (mypy-protobuf's list: keywords plus the soft
/// keywords it treats the same way). Fields with these names are left out of the typed
/// attributes and `__init__`; messages, enums and services get an `_r_` prefix.
pub use crate::lang::common::keywords::is_python_keyword as is_reserved;

/// Enum value names that would shadow `EnumTypeWrapper` methods: left out of the wrapper class
/// (still written as module/class constants).
pub const PROTO_ENUM_RESERVED: [&str; 5] = ["Name", "Value", "keys", "values", "items"];

/// `_r_from` for a reserved name, the name itself otherwise.
pub fn class_name(name: &str) -> String {
    if is_reserved(name) { format!("_r_{name}") } else { name.to_string() }
}

/// Module-level alias that disambiguates a top-level type from same-named fields or values.
pub fn global_name(name: &str) -> String {
    format!("Global___{name}")
}

/// Well-known types whose Python classes get an extra base with helper methods.
const WKT_BASES: [&str; 6] = ["Any", "Duration", "FieldMask", "ListValue", "Struct", "Timestamp"];

pub fn wkt_base(package: &str, message: &str) -> Option<&'static str> {
    if package != "google.protobuf" {
        return None;
    }
    WKT_BASES.iter().copied().find(|b| *b == message)
}

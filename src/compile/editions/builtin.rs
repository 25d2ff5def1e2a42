//! The language-feature files protoc compiles in (`google/protobuf/cpp_features.proto`,
//! `java_features.proto`, `go_features.proto` of protoc 35.1 / grpcio-tools 1.85.1), so an
//! editions file can write `features.(pb.cpp).string_type = VIEW` without an include root
//! that holds them. protox's resolver only knows the classic well-known types.
//!
//! Each file is described here by its facts (package `pb`, the `FeatureSet` extension, the
//! features' numbers, types, retention, targets, `feature_support` and `edition_defaults`),
//! rendered to proto source and parsed by our own parser, so the pool interprets the options
//! as for any file. A file of that name in the include roots still wins (the loader asks here
//! only when the roots lack it), as with protoc.

use std::fmt::Write as _;

/// One feature field of a language's features message.
struct Feature {
    name: &'static str,
    number: u32,
    /// `bool`, or the enum's name relative to the features message.
    ty: &'static str,
    targets: &'static [&'static str],
    /// `feature_support`'s fields, in protobuf text format.
    support: &'static str,
    /// `edition_defaults`: `(edition, value)`, oldest first.
    defaults: &'static [(&'static str, &'static str)],
}

/// An enum nested in the features message (in `holder`, a message nested there, if set).
struct Enum {
    holder: Option<&'static str>,
    name: &'static str,
    /// `(name, number, feature_support)`.
    values: &'static [(&'static str, i32, Option<&'static str>)],
}

/// One built-in file: its options, the extension of `FeatureSet`, and the features message
/// (enums first, then fields, as protoc's copy declares them — order only matters to a run
/// that generates the file itself).
struct Builtin {
    name: &'static str,
    file_options: &'static [(&'static str, &'static str)],
    extension: (&'static str, u32),
    message: &'static str,
    /// Items in declaration order.
    items: &'static [Item],
    reserved: &'static [&'static str],
}

enum Item {
    Field(Feature),
    Enum(Enum),
}

const CPP: Builtin = Builtin {
    name: "google/protobuf/cpp_features.proto",
    file_options: &[],
    extension: ("cpp", 1000),
    message: "CppFeatures",
    items: &[
        Item::Field(Feature {
            name: "legacy_closed_enum",
            number: 1,
            ty: "bool",
            targets: &["FIELD", "FILE"],
            support: "edition_introduced: EDITION_2023, edition_deprecated: EDITION_2023, deprecation_warning: \"The legacy closed enum behavior in C++ is deprecated and is scheduled to be removed in edition 2025.  See http://protobuf.dev/programming-guides/enum/#cpp for more information\"",
            defaults: &[("EDITION_LEGACY", "true"), ("EDITION_PROTO3", "false")],
        }),
        Item::Enum(Enum {
            holder: None,
            name: "StringType",
            values: &[("STRING_TYPE_UNKNOWN", 0, None), ("VIEW", 1, None), ("CORD", 2, None), ("STRING", 3, None)],
        }),
        Item::Field(Feature {
            name: "string_type",
            number: 2,
            ty: "StringType",
            targets: &["FIELD", "FILE"],
            support: "edition_introduced: EDITION_2023",
            defaults: &[("EDITION_LEGACY", "STRING"), ("EDITION_2024", "VIEW")],
        }),
        Item::Field(Feature {
            name: "enum_name_uses_string_view",
            number: 3,
            ty: "bool",
            targets: &["ENUM", "FILE"],
            support: "edition_introduced: EDITION_2024",
            defaults: &[("EDITION_LEGACY", "false"), ("EDITION_2024", "true")],
        }),
        Item::Enum(Enum {
            holder: None,
            name: "RepeatedType",
            values: &[("REPEATED_TYPE_UNKNOWN", 0, None), ("LEGACY", 1, None), ("PROXY", 2, None)],
        }),
        Item::Field(Feature {
            name: "repeated_type",
            number: 4,
            ty: "RepeatedType",
            targets: &["FIELD", "FILE"],
            support: "edition_introduced: EDITION_UNSTABLE",
            defaults: &[("EDITION_LEGACY", "LEGACY")],
        }),
    ],
    reserved: &[],
};

const JAVA: Builtin = Builtin {
    name: "google/protobuf/java_features.proto",
    file_options: &[("java_package", "\"com.google.protobuf\""), ("java_outer_classname", "\"JavaFeaturesProto\"")],
    extension: ("java", 1001),
    message: "JavaFeatures",
    items: &[
        Item::Field(Feature {
            name: "legacy_closed_enum",
            number: 1,
            ty: "bool",
            targets: &["FIELD", "FILE"],
            support: "edition_introduced: EDITION_2023, edition_deprecated: EDITION_2023, deprecation_warning: \"The legacy closed enum behavior in Java is deprecated and is scheduled to be removed in edition 2025.  See http://protobuf.dev/programming-guides/enum/#java for more information.\"",
            defaults: &[("EDITION_LEGACY", "true"), ("EDITION_PROTO3", "false")],
        }),
        Item::Enum(Enum {
            holder: None,
            name: "Utf8Validation",
            values: &[("UTF8_VALIDATION_UNKNOWN", 0, None), ("DEFAULT", 1, None), ("VERIFY", 2, None)],
        }),
        Item::Field(Feature {
            name: "utf8_validation",
            number: 2,
            ty: "Utf8Validation",
            targets: &["FIELD", "FILE"],
            support: "edition_introduced: EDITION_2023, edition_deprecated: EDITION_2024, deprecation_warning: \"The Java-specific utf8 validation feature is deprecated and is scheduled to be removed in edition 2025.  Utf8 validation behavior should use the global cross-language utf8_validation feature.\"",
            defaults: &[("EDITION_LEGACY", "DEFAULT")],
        }),
        Item::Field(Feature {
            name: "large_enum",
            number: 3,
            ty: "bool",
            targets: &["ENUM", "FILE"],
            support: "edition_introduced: EDITION_2024",
            defaults: &[("EDITION_LEGACY", "false")],
        }),
        Item::Field(Feature {
            name: "use_old_outer_classname_default",
            number: 4,
            ty: "bool",
            targets: &["FILE"],
            support: "edition_introduced: EDITION_2024, edition_removed: EDITION_2024",
            defaults: &[("EDITION_LEGACY", "true"), ("EDITION_2024", "false")],
        }),
        Item::Enum(Enum {
            holder: Some("NestInFileClassFeature"),
            name: "NestInFileClass",
            values: &[
                ("NEST_IN_FILE_CLASS_UNKNOWN", 0, None),
                ("NO", 1, None),
                ("YES", 2, None),
                ("LEGACY", 3, Some("edition_introduced: EDITION_2024 edition_removed: EDITION_2024")),
            ],
        }),
        Item::Field(Feature {
            name: "nest_in_file_class",
            number: 5,
            ty: "NestInFileClassFeature.NestInFileClass",
            targets: &["MESSAGE", "ENUM", "SERVICE"],
            support: "edition_introduced: EDITION_2024",
            defaults: &[("EDITION_LEGACY", "LEGACY"), ("EDITION_2024", "NO")],
        }),
    ],
    reserved: &["6"],
};

const GO: Builtin = Builtin {
    name: "google/protobuf/go_features.proto",
    file_options: &[("go_package", "\"google.golang.org/protobuf/types/gofeaturespb\"")],
    extension: ("go", 1002),
    message: "GoFeatures",
    items: &[
        Item::Field(Feature {
            name: "legacy_unmarshal_json_enum",
            number: 1,
            ty: "bool",
            targets: &["ENUM", "FILE"],
            support: "edition_introduced: EDITION_2023, edition_deprecated: EDITION_2023, deprecation_warning: \"The legacy UnmarshalJSON API is deprecated and will be removed in a future edition.\"",
            defaults: &[("EDITION_LEGACY", "true"), ("EDITION_PROTO3", "false")],
        }),
        Item::Enum(Enum {
            holder: None,
            name: "APILevel",
            values: &[("API_LEVEL_UNSPECIFIED", 0, None), ("API_OPEN", 1, None), ("API_HYBRID", 2, None), ("API_OPAQUE", 3, None)],
        }),
        Item::Field(Feature {
            name: "api_level",
            number: 2,
            ty: "APILevel",
            targets: &["MESSAGE", "FILE"],
            support: "edition_introduced: EDITION_2023",
            defaults: &[("EDITION_LEGACY", "API_LEVEL_UNSPECIFIED"), ("EDITION_2024", "API_OPAQUE")],
        }),
        Item::Enum(Enum {
            holder: None,
            name: "StripEnumPrefix",
            values: &[
                ("STRIP_ENUM_PREFIX_UNSPECIFIED", 0, None),
                ("STRIP_ENUM_PREFIX_KEEP", 1, None),
                ("STRIP_ENUM_PREFIX_GENERATE_BOTH", 2, None),
                ("STRIP_ENUM_PREFIX_STRIP", 3, None),
            ],
        }),
        Item::Field(Feature {
            name: "strip_enum_prefix",
            number: 3,
            ty: "StripEnumPrefix",
            targets: &["ENUM", "ENUM_ENTRY", "FILE"],
            support: "edition_introduced: EDITION_2024",
            defaults: &[("EDITION_LEGACY", "STRIP_ENUM_PREFIX_KEEP")],
        }),
        Item::Enum(Enum {
            holder: Some("OptimizeModeFeature"),
            name: "OptimizeMode",
            values: &[("OPTIMIZE_MODE_UNSPECIFIED", 0, None), ("SPEED", 1, None), ("CODE_SIZE", 2, None)],
        }),
        Item::Field(Feature {
            name: "optimize_mode",
            number: 4,
            ty: "OptimizeModeFeature.OptimizeMode",
            targets: &["MESSAGE", "FILE"],
            support: "edition_introduced: EDITION_2024",
            defaults: &[("EDITION_LEGACY", "OPTIMIZE_MODE_UNSPECIFIED")],
        }),
    ],
    reserved: &[],
};

/// The proto source of a built-in language-feature file, if `name` is one. `feature_support`
/// is left out when the run's descriptor.proto does not declare it (protox's bundled copy
/// predates it); nothing in the front end reads it from these files.
pub(crate) fn source(name: &str, with_feature_support: bool) -> Option<String> {
    let file = [&CPP, &JAVA, &GO].into_iter().find(|f| f.name == name)?;
    let support = |s: &str| if with_feature_support { format!(",\n    feature_support = {{ {s} }}") } else { String::new() };
    let mut out = String::from("syntax = \"proto2\";\npackage pb;\nimport \"google/protobuf/descriptor.proto\";\n");
    for (option, value) in file.file_options {
        let _ = writeln!(out, "option {option} = {value};");
    }
    let (ext, number) = file.extension;
    let _ = writeln!(out, "extend google.protobuf.FeatureSet {{\n  optional {} {ext} = {number};\n}}", file.message);
    let _ = writeln!(out, "message {} {{", file.message);
    for item in file.items {
        match item {
            Item::Enum(e) => {
                if let Some(holder) = e.holder {
                    let _ = writeln!(out, "  message {holder} {{");
                }
                let _ = writeln!(out, "  enum {} {{", e.name);
                for (value, number, value_support) in e.values {
                    match value_support {
                        Some(s) if with_feature_support => {
                            let _ = writeln!(out, "    {value} = {number} [feature_support = {{ {s} }}];");
                        }
                        _ => {
                            let _ = writeln!(out, "    {value} = {number};");
                        }
                    }
                }
                out.push_str("  }\n");
                if e.holder.is_some() {
                    out.push_str("  reserved 1 to max;\n  }\n");
                }
            }
            Item::Field(f) => {
                let _ = write!(out, "  optional {} {} = {} [\n    retention = RETENTION_RUNTIME", f.ty, f.name, f.number);
                for target in f.targets {
                    let _ = write!(out, ",\n    targets = TARGET_TYPE_{target}");
                }
                out.push_str(&support(f.support));
                for (edition, value) in f.defaults {
                    // By number: protox's bundled descriptor.proto predates `EDITION_LEGACY`.
                    let _ = write!(out, ",\n    edition_defaults = {{ edition: {}, value: \"{value}\" }}", edition_number(edition));
                }
                out.push_str("\n  ];\n");
            }
        }
    }
    for range in file.reserved {
        let _ = writeln!(out, "  reserved {range};");
    }
    out.push_str("}\n");
    Some(out)
}

/// A feature's or feature value's `feature_support`: the editions it came in, was deprecated
/// in (with its warning) and removed in (with its error text), by `Edition` number.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Support {
    pub introduced: Option<i32>,
    pub deprecated: Option<i32>,
    pub warning: Option<String>,
    pub removed: Option<i32>,
    pub removal_error: Option<String>,
}

/// `feature_support` of a built-in feature (`pb.CppFeatures.string_type`) or feature value
/// (`pb.JavaFeatures.NestInFileClassFeature.LEGACY`).
pub(crate) fn support(full_name: &str) -> Option<Support> {
    let (message, rest) = full_name.strip_prefix("pb.")?.split_once('.')?;
    let file = [&CPP, &JAVA, &GO].into_iter().find(|f| f.message == message)?;
    let text = file.items.iter().find_map(|item| match item {
        Item::Field(f) if f.name == rest => Some(f.support),
        Item::Enum(e) => {
            let value = match e.holder {
                Some(holder) => rest.strip_prefix(holder)?.strip_prefix('.')?,
                None => rest,
            };
            e.values.iter().find(|(name, _, _)| *name == value)?.2
        }
        _ => None,
    })?;
    Some(parse_support(text))
}

/// The text-format `feature_support` fields written above (`edition_introduced: EDITION_2023,
/// deprecation_warning: "..."`; commas optional).
fn parse_support(text: &str) -> Support {
    let mut out = Support::default();
    let mut rest = text.trim();
    while let Some((key, after)) = rest.split_once(':') {
        let after = after.trim_start();
        let (value, tail) = match after.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"').unwrap_or(quoted.len());
                (&quoted[..end], &quoted[(end + 1).min(quoted.len())..])
            }
            None => after.split_at(after.find([',', ' ']).unwrap_or(after.len())),
        };
        match key.trim() {
            "edition_introduced" => out.introduced = Some(edition_number(value)),
            "edition_deprecated" => out.deprecated = Some(edition_number(value)),
            "edition_removed" => out.removed = Some(edition_number(value)),
            "deprecation_warning" => out.warning = Some(value.to_string()),
            "removal_error" => out.removal_error = Some(value.to_string()),
            _ => {}
        }
        rest = tail.trim_start_matches([',', ' ']);
    }
    out
}

/// descriptor.proto's `Edition` numbers of the editions named above.
fn edition_number(name: &str) -> i32 {
    match name {
        "EDITION_LEGACY" => 900,
        "EDITION_PROTO3" => 999,
        "EDITION_2023" => 1000,
        "EDITION_2024" => 1001,
        _ => 9999,
    }
}

/// The built-in file `name` parsed for `pool`, which has loaded its imports: with
/// `feature_support` if the pool's descriptor.proto declares it.
pub(crate) fn for_pool(name: &str, pool: &prost_reflect::DescriptorPool) -> Option<prost_types::FileDescriptorProto> {
    let known = pool
        .get_message_by_name("google.protobuf.FieldOptions")
        .is_some_and(|m| m.get_field_by_name("feature_support").is_some());
    parsed(name, known)
}

/// The built-in file `name`, parsed (with `feature_support`), if it is one.
pub(crate) fn parsed(name: &str, with_feature_support: bool) -> Option<prost_types::FileDescriptorProto> {
    let text = source(name, with_feature_support)?;
    crate::parse::parse(name, text.as_bytes()).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_builtin_parses() {
        for name in ["cpp", "java", "go"] {
            let name = format!("google/protobuf/{name}_features.proto");
            for support in [true, false] {
                let text = super::source(&name, support).unwrap();
                crate::parse::parse(&name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}\n{text}"));
            }
        }
        assert!(super::source("google/protobuf/any.proto", true).is_none());
    }
}

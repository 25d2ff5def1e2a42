//! Field numbers of `descriptor.proto` that make up `SourceCodeInfo` location paths.
//! A comment is found by the path of the element it documents: e.g. the third field of the
//! first message is `[MESSAGE_TYPE, 0, FIELD, 2]`.

// FileDescriptorProto
pub const FILE_PACKAGE: i32 = 2;
pub const FILE_MESSAGE_TYPE: i32 = 4;
pub const FILE_ENUM_TYPE: i32 = 5;
pub const FILE_SERVICE: i32 = 6;
pub const FILE_EXTENSION: i32 = 7;
pub const FILE_SYNTAX: i32 = 12;

// DescriptorProto
pub const MESSAGE_FIELD: i32 = 2;
pub const MESSAGE_NESTED_TYPE: i32 = 3;
pub const MESSAGE_ENUM_TYPE: i32 = 4;
pub const MESSAGE_EXTENSION_RANGE: i32 = 5;
pub const MESSAGE_EXTENSION: i32 = 6;
pub const MESSAGE_OPTIONS: i32 = 7;
pub const MESSAGE_ONEOF_DECL: i32 = 8;
/// MessageOptions.deprecated
pub const MESSAGE_OPTIONS_DEPRECATED: i32 = 3;

// FieldDescriptorProto
pub const FIELD_OPTIONS: i32 = 8;
pub const FIELD_JSON_NAME: i32 = 10;
/// FieldOptions.deprecated
pub const FIELD_OPTIONS_DEPRECATED: i32 = 3;

// EnumDescriptorProto
pub const ENUM_VALUE: i32 = 2;
/// EnumValueDescriptorProto.name
pub const ENUM_VALUE_NAME: i32 = 1;
pub const ENUM_OPTIONS: i32 = 3;
/// EnumOptions.deprecated
pub const ENUM_OPTIONS_DEPRECATED: i32 = 3;
/// mypy-protobuf looks deprecation comments of enum values up under the value's options with
/// *EnumOptions*' field number (3), not EnumValueOptions' (1); kept for identical output.
pub const ENUM_VALUE_OPTIONS: i32 = 3;

// ServiceDescriptorProto
pub const SERVICE_METHOD: i32 = 2;
pub const SERVICE_OPTIONS: i32 = 3;
/// ServiceOptions.deprecated
pub const SERVICE_OPTIONS_DEPRECATED: i32 = 33;

// MethodDescriptorProto
pub const METHOD_INPUT_TYPE: i32 = 2;
pub const METHOD_OUTPUT_TYPE: i32 = 3;
pub const METHOD_OPTIONS: i32 = 4;
/// MethodOptions.deprecated
pub const METHOD_OPTIONS_DEPRECATED: i32 = 33;

/// `path` extended by `more` (e.g. an element's path plus `[FIELD_OPTIONS, FIELD_OPTIONS_DEPRECATED]`).
pub fn join(path: &[i32], more: &[i32]) -> Vec<i32> {
    let mut p = Vec::with_capacity(path.len() + more.len());
    p.extend_from_slice(path);
    p.extend_from_slice(more);
    p
}

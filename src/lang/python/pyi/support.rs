//! What the stubs refuse: input mypy-protobuf would write differently from anything
//! implemented here.

use crate::lang::{GenError, Lang};
use crate::model::{Field, File, Message, Model};

pub fn unsupported(file: &str, construct: impl Into<String>) -> GenError {
    GenError::Unsupported { lang: Lang::Python, file: file.to_string(), construct: construct.into() }
}

/// The package of mypy-protobuf's own FieldOptions extensions (`casttype`, `keytype`,
/// `valuetype`, `options`), which change the stubs. The plugin itself reads FieldOptions 1151-1154
/// by number whatever extension declares them (and crashes on googleapis'
/// `google.cloud.operation_response_field`, 1151); here only the extensions of this package
/// count, and every other extension leaves the stub as if it were absent.
const MYPY_PACKAGE: &str = "mypy_protobuf.";

/// Rejects what the reference plugin does differently from anything implemented here.
pub fn check_supported(model: &Model, file: &File) -> Result<(), GenError> {
    if !file.name.ends_with(".proto") {
        return Err(unsupported(&file.name, "a file name without the `.proto` suffix (mypy stubs)"));
    }
    for dep in &file.dependencies {
        if model.file(dep).is_some_and(|d| d.package == "mypy_protobuf") {
            return Err(unsupported(
                &file.name,
                format!("mypy-protobuf's own casttype/keytype/valuetype options (import of `{dep}`)"),
            ));
        }
    }
    // Every field and extension of the file: file-level extensions, then each message's fields
    // and extensions, the last message first.
    let mut fields: Vec<&Field> = file.extensions.iter().collect();
    let mut messages: Vec<&Message> = file.messages.iter().collect();
    while let Some(m) = messages.pop() {
        fields.extend(&m.fields);
        fields.extend(&m.extensions);
        messages.extend(&m.messages);
    }
    for field in fields {
        if let Some(option) = field.extension_options.iter().find(|o| o.name.starts_with(MYPY_PACKAGE)) {
            return Err(unsupported(
                &file.name,
                format!(
                    "field `{}` sets mypy-protobuf's own option `{}` (casttype/keytype/valuetype)",
                    field.full_name, option.name
                ),
            ));
        }
    }
    Ok(())
}

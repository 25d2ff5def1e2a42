//! protoc-gen-js's naming rules: accessor and object-field names, oneof case names, enum keys.

use crate::model::{Field, FieldKind};


/// Splits `foo_bar` into lower-cased words; every letter is lower-cased, so `fooBar` is one word.
fn lower_underscore_words(input: &str) -> Vec<String> {
    input.split('_').filter(|w| !w.is_empty()).map(|w| w.to_ascii_lowercase()).collect()
}

/// Splits `FooBar` at capitals into lower-cased words.
fn upper_camel_words(input: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut running = String::new();
    for c in input.chars() {
        if c.is_ascii_uppercase() && !running.is_empty() {
            words.push(std::mem::take(&mut running));
        }
        running.push(c.to_ascii_lowercase());
    }
    if !running.is_empty() {
        words.push(running);
    }
    words
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

fn to_upper_camel(words: &[String]) -> String {
    words.iter().map(|w| capitalize(w)).collect()
}

fn to_lower_camel(words: &[String]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c) if i == 0 => c.to_ascii_lowercase().to_string() + chars.as_str(),
                Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// The simple name of a group's message type (`pkg.Msg.MyGroup` -> `MyGroup`).
fn simple_name(full_name: &str) -> &str {
    full_name.rsplit('.').next().unwrap_or(full_name)
}

/// A group-encoded field protoc treats as a proto2 group (`IsGroupLike`): its type is declared
/// in the same scope and named after it. Every proto2 group is; an editions DELIMITED field need
/// not be, and protoc-gen-js would name it after its type, so two such fields of one type (or
/// one beside a field named like the type) would get the same accessors.
pub fn is_group_like(field: &Field) -> bool {
    let FieldKind::Group(t) = &field.kind else { return false };
    let scope = |name: &str| name.rsplit_once('.').map_or("", |(s, _)| s).to_string();
    scope(t) == scope(&field.full_name) && simple_name(t).to_ascii_lowercase() == field.name
}

/// `JSIdent`: the field's name in camel case, plus `Map`/`List` for map/repeated fields; a
/// group's from its type's name.
fn ident(field: &Field, upper: bool, drop_list: bool) -> String {
    let words = match &field.kind {
        FieldKind::Group(t) if is_group_like(field) => upper_camel_words(simple_name(t)),
        _ => lower_underscore_words(&field.name),
    };
    let mut name = if upper { to_upper_camel(&words) } else { to_lower_camel(&words) };
    if field.map.is_some() {
        name.push_str("Map");
    } else if !drop_list && field.label == crate::model::Label::Repeated {
        name.push_str("List");
    }
    name
}

/// A group-like field's name as protoc-gen-js spells it (`lineItem` for type `LineItem`).
pub fn group_like_camel(field: &Field) -> Option<String> {
    is_group_like(field).then(|| ident(field, false, true))
}

/// Key of the field in `toObject()` output; also the extension's name.
pub fn object_field_name(field: &Field) -> String {
    let name = ident(field, false, false);
    if crate::lang::common::keywords::is_js_reserved(&name) { format!("pb_{name}") } else { name }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BytesMode {
    Default,
    B64,
    U8,
}

impl BytesMode {
    pub fn suffix(self) -> &'static str {
        match self {
            BytesMode::Default => "",
            BytesMode::B64 => "B64",
            BytesMode::U8 => "U8",
        }
    }
}

/// `JSGetterName`: `Foo` in `getFoo()`; `FooList_asB64` for byte views; `$` after names that
/// would shadow `jspb.Message` members.
pub fn getter_name(field: &Field, bytes: BytesMode, drop_list: bool) -> String {
    let mut name = ident(field, true, drop_list);
    if field.kind == FieldKind::Bytes && bytes != BytesMode::Default {
        name.push_str("_as");
        name.push_str(bytes.suffix());
    }
    if name == "Extension" || name == "JsPbMessageId" {
        name.push('$');
    }
    name
}

/// `Foo` in `getFooCase()` for oneof `foo`.
pub fn oneof_name(oneof: &str) -> String {
    to_upper_camel(&lower_underscore_words(oneof))
}

/// Enum keys and oneof case keys: ASCII upper case.
pub fn enum_case(name: &str) -> String {
    name.to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_follow_protoc_gen_js() {
        assert_eq!(to_upper_camel(&lower_underscore_words("foo_bar__baz")), "FooBarBaz");
        assert_eq!(to_upper_camel(&lower_underscore_words("fooBar")), "Foobar");
        assert_eq!(to_lower_camel(&lower_underscore_words("Foo_bar")), "fooBar");
        assert_eq!(to_lower_camel(&upper_camel_words("MyGroup")), "myGroup");
        assert_eq!(oneof_name("some_choice"), "SomeChoice");
        assert_eq!(to_upper_camel(&lower_underscore_words("field_1x")), "Field1x");
    }
}

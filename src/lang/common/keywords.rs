//! Keyword tables, one per target language, each with the rule its generator applies.

/// Python's hard keywords (3.x; `async`/`await` included). protoc's python plugin reaches a
/// field or module with such a name through `globals()[...]` / `importlib`; mypy-protobuf
/// leaves such fields out of the typed attributes and prefixes such types with `_r_`.
pub const PYTHON: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub fn is_python_keyword(name: &str) -> bool {
    PYTHON.contains(&name)
}

/// JavaScript reserved words as protoc-gen-js lists them (ES3's future reserved words
/// included): an object-field or property name from this list gets a `pb_` prefix, in `_pb.js`
/// and in the `.d.ts` that describes it alike.
pub const JS: [&str; 58] = [
    "abstract", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "debugger",
    "default", "delete", "do", "double", "else", "enum", "export", "extends", "false", "final", "finally",
    "float", "for", "function", "goto", "if", "implements", "import", "in", "instanceof", "int", "interface",
    "long", "native", "new", "null", "package", "private", "protected", "public", "return", "short", "static",
    "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "typeof", "var", "void",
    "volatile", "while", "with",
];

pub fn is_js_reserved(name: &str) -> bool {
    JS.contains(&name)
}

/// Words TypeScript refuses as a class or namespace name beyond the JS list above: strict-mode
/// reserved words and the predefined type names. grpc_tools_node_protoc_ts writes a message
/// or enum with such a name as `export class delete` / `namespace number`, which `tsc` rejects.
pub const TS_EXTRA: [&str; 14] = [
    "any", "as", "await", "bigint", "let", "never", "number", "object", "static", "string", "symbol", "undefined",
    "unknown", "yield",
];

/// Whether a `.d.ts` cannot declare a class or namespace with this name.
pub fn is_ts_type_reserved(name: &str) -> bool {
    is_js_reserved(name) || TS_EXTRA.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [&PYTHON[..], &JS[..], &TS_EXTRA[..]] {
            let mut sorted = table.to_vec();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), table.len());
        }
        assert!(is_python_keyword("class") && !is_python_keyword("match"));
        assert!(is_js_reserved("default") && !is_js_reserved("let"));
    }
}

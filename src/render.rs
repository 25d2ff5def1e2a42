//! Handlebars set-up shared by the template-driven languages.
//!
//! Templates only lay out text; every decision (names, imports, escaping) is made in Rust
//! and arrives in the view. Strict mode turns a missing view field into an error instead of
//! an empty string, and HTML escaping is off because the output is code, not HTML.

use std::path::{Path, PathBuf};

use handlebars::{
    handlebars_helper, Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason, Template,
};
use heck::{ToKebabCase, ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use include_dir::{include_dir, Dir};
use rayon::prelude::*;
use serde::Serialize;

mod in_pieces;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");
const EXT: &str = ".hbs";

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("template `{name}`: {message}")]
    Parse { name: String, message: String },
    #[error("cannot read template override `{path}`: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("template override `{0}` does not replace any built-in template (built-ins: {1})")]
    UnknownOverride(String, String),
    #[error("rendering `{name}`: {message}")]
    Render { name: String, message: String },
}

pub struct Templates {
    registry: Handlebars<'static>,
    /// Names replaced from the overrides folder.
    overridden: std::collections::HashSet<String>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").field("names", &self.names()).finish()
    }
}

/// Template names are their path under `templates/` without `.hbs`, e.g. `python/pb2_grpc.py`.
pub fn embedded_names() -> Vec<String> {
    let mut names = Vec::new();
    collect(&EMBEDDED, &mut names);
    names.sort();
    names
}

fn collect(dir: &Dir<'static>, names: &mut Vec<String>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        if let Some(name) = path.strip_suffix(EXT) {
            names.push(name.to_string());
        }
    }
    for sub in dir.dirs() {
        collect(sub, names);
    }
}

/// The text of the built-in template `name` (one of [`embedded_names`]).
fn embedded_text(name: &str) -> &'static str {
    let file = EMBEDDED.get_file(format!("{name}{EXT}")).expect("listed from the embedded dir");
    file.contents_utf8().expect("the built-in templates are UTF-8")
}

impl Templates {
    /// The embedded templates, with files under `overrides` (same relative names) replacing them.
    pub fn load(overrides: Option<&Path>) -> Result<Templates, TemplateError> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        register_helpers(&mut registry);
        let builtin = embedded_names();
        let mut overridden = std::collections::HashSet::new();
        // handlebars' parser finds each element's line by counting from the template's start
        // (quadratic in its length): the built-ins are compiled in pieces (`in_pieces`) and on
        // every core. Registered in name order, so the first error reported stays the same.
        let compiled: Vec<Result<Template, TemplateError>> = builtin
            .par_iter()
            .map(|name| {
                in_pieces::compile(embedded_text(name), name).map_err(parse_error(name))
            })
            .collect();
        for (name, template) in builtin.iter().zip(compiled) {
            registry.register_template(name, template?);
        }
        if let Some(dir) = overrides {
            for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
                let entry = entry.map_err(|e| TemplateError::Read {
                    path: dir.to_path_buf(),
                    source: e.into(),
                })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry.path().strip_prefix(dir).expect("under dir").to_string_lossy().replace('\\', "/");
                let Some(name) = rel.strip_suffix(EXT) else { continue };
                if !builtin.iter().any(|b| b == name) {
                    return Err(TemplateError::UnknownOverride(rel.clone(), builtin.join(", ")));
                }
                let text = std::fs::read_to_string(entry.path())
                    .map_err(|source| TemplateError::Read { path: entry.path().to_path_buf(), source })?;
                registry.register_template(name, compile(name, &text)?);
                overridden.insert(name.to_string());
            }
        }
        Ok(Templates { registry, overridden })
    }

    /// Whether `--templates` replaced the built-in template `name`.
    pub fn is_overridden(&self, name: &str) -> bool {
        self.overridden.contains(name)
    }

    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.registry.get_templates().keys().cloned().collect();
        names.sort();
        names
    }

    pub fn render<T: Serialize>(&self, name: &str, view: &T) -> Result<String, TemplateError> {
        self.registry
            .render(name, view)
            .map_err(|e| TemplateError::Render { name: name.to_string(), message: render_message(&e) })
    }
}

fn render_message(e: &RenderError) -> String {
    let mut msg = e.to_string();
    if let Some(line) = e.line_no {
        msg = format!("line {line}: {msg}");
    }
    msg
}

/// What `register_template_string` does before registering (the registry's defaults: no
/// `prevent_indent`), without holding the registry.
fn compile(name: &str, text: &str) -> Result<Template, TemplateError> {
    Template::compile_with_name(text, name.to_string()).map_err(parse_error(name))
}

fn parse_error(name: &str) -> impl Fn(handlebars::TemplateError) -> TemplateError + '_ {
    move |e| TemplateError::Parse { name: name.to_string(), message: e.to_string() }
}

handlebars_helper!(snake_case: |s: str| s.to_snake_case());
handlebars_helper!(camel_case: |s: str| s.to_lower_camel_case());
handlebars_helper!(pascal_case: |s: str| s.to_upper_camel_case());
handlebars_helper!(shouty_snake_case: |s: str| s.to_shouty_snake_case());
handlebars_helper!(kebab_case: |s: str| s.to_kebab_case());
handlebars_helper!(indent: |n: u64, s: str| indent_text(s, n as usize));
handlebars_helper!(comment: |prefix: str, s: str| comment_lines(prefix, s));

fn register_helpers(registry: &mut Handlebars<'static>) {
    registry.register_helper("snake_case", Box::new(snake_case));
    registry.register_helper("camel_case", Box::new(camel_case));
    registry.register_helper("pascal_case", Box::new(pascal_case));
    registry.register_helper("shouty_snake_case", Box::new(shouty_snake_case));
    registry.register_helper("kebab_case", Box::new(kebab_case));
    registry.register_helper("indent", Box::new(indent));
    registry.register_helper("comment", Box::new(comment));
    registry.register_helper("join", Box::new(join_helper));
}

/// `{{join list ", "}}`: joins an array of strings.
fn join_helper(
    h: &Helper,
    _: &Handlebars,
    _: &Context,
    _: &mut RenderContext,
    out: &mut dyn Output,
) -> HelperResult {
    let list = h.param(0).and_then(|p| p.value().as_array()).ok_or_else(|| {
        RenderError::from(RenderErrorReason::ParamTypeMismatchForName("join", "0".into(), "array".into()))
    })?;
    let sep = h.param(1).and_then(|p| p.value().as_str()).unwrap_or(", ");
    let parts: Vec<String> = list
        .iter()
        .map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
        .collect();
    out.write(&parts.join(sep))?;
    Ok(())
}

/// Indents every non-empty line by `n` spaces (empty lines stay empty: no trailing blanks).
pub fn indent_text(s: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    s.split_inclusive('\n')
        .map(|l| if l.trim().is_empty() { l.trim_start_matches(' ').to_string() } else { format!("{pad}{l}") })
        .collect()
}

/// Prefixes each line of a comment (`// `, `# `); blank lines get the prefix without the
/// trailing space so the output has no trailing whitespace.
pub fn comment_lines(prefix: &str, s: &str) -> String {
    let body = s.strip_suffix('\n').unwrap_or(s);
    body.split('\n')
        .map(|l| if l.is_empty() { prefix.trim_end().to_string() } else { format!("{prefix}{l}") })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_and_unescaped() {
        let mut t = Templates::load(None).unwrap();
        t.registry.register_template_string("t", "{{a}}|{{snake_case b}}").unwrap();
        let out = t.render("t", &serde_json::json!({"a": "<&\"'>", "b": "FooBar"})).unwrap();
        assert_eq!(out, "<&\"'>|foo_bar");
        let err = t.render("t", &serde_json::json!({"b": "x"})).unwrap_err();
        assert!(err.to_string().contains("rendering `t`"), "{err}");
    }

    #[test]
    fn comment_and_indent() {
        assert_eq!(comment_lines("// ", "a\n\nb\n"), "// a\n//\n// b");
        assert_eq!(indent_text("a\n\nb\n", 2), "  a\n\n  b\n");
    }

    #[test]
    fn unknown_override_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("rust")).unwrap();
        std::fs::write(dir.path().join("rust/nope.hbs"), "x").unwrap();
        let err = Templates::load(Some(dir.path())).unwrap_err();
        assert!(matches!(err, TemplateError::UnknownOverride(..)), "{err}");
    }
}

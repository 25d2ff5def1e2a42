//! handlebars' parser finds each element's line and column by counting characters from the
//! start of the template (pest's `line_col`), which makes compiling quadratic in a template's
//! length: it was most of a small run's time (the five files of `proto/`). A built-in template
//! is compiled in pieces of whole lines, cut only where no block, comment or whitespace
//! control reaches across the cut, and the pieces are joined into the template compiling it
//! whole gives (unit test: the same elements for every built-in; the line/column of an
//! element, used only in render error messages, can differ by a line for raw text).

use handlebars::template::TemplateElement;
use handlebars::{Template, TemplateError};

/// A piece is cut at the first allowed line end past this many bytes.
const PIECE_BYTES: usize = 400;

/// `text` compiled as `Template::compile_with_name` compiles it, piece by piece.
pub fn compile(text: &str, name: &str) -> Result<Template, TemplateError> {
    compile_cut(text, name, PIECE_BYTES)
}

fn compile_cut(text: &str, name: &str, piece_bytes: usize) -> Result<Template, TemplateError> {
    let mut pieces = pieces(text, piece_bytes).into_iter();
    let first = pieces.next().unwrap_or(text);
    let mut whole = Template::compile_with_name(first, name.to_string())?;
    let mut lines_before = first.matches('\n').count();
    for piece in pieces {
        let mut part = Template::compile_with_name(piece, name.to_string())?;
        shift_lines(&mut part, lines_before);
        let mut elements = part.elements.into_iter().peekable();
        let mut mapping = part.mapping.into_iter();
        // Raw text running across the cut is one element when compiled whole.
        if let (Some(TemplateElement::RawString(before)), Some(TemplateElement::RawString(after))) = (whole.elements.last_mut(), elements.peek()) {
            before.push_str(after);
            elements.next();
            mapping.next();
        }
        whole.elements.extend(elements);
        whole.mapping.extend(mapping);
        lines_before += piece.matches('\n').count();
    }
    Ok(whole)
}

/// `template`'s elements (and those of its blocks) placed `lines` lines further down.
fn shift_lines(template: &mut Template, lines: usize) {
    for mapping in &mut template.mapping {
        mapping.0 += lines;
    }
    for element in &mut template.elements {
        let inner: Vec<&mut Template> = match element {
            TemplateElement::HtmlExpression(h) | TemplateElement::Expression(h) | TemplateElement::HelperBlock(h) => {
                h.template.iter_mut().chain(h.inverse.iter_mut()).collect()
            }
            TemplateElement::DecoratorExpression(d)
            | TemplateElement::DecoratorBlock(d)
            | TemplateElement::PartialExpression(d)
            | TemplateElement::PartialBlock(d) => d.template.iter_mut().collect(),
            _ => Vec::new(),
        };
        for template in inner {
            shift_lines(template, lines);
        }
    }
}

/// `text` cut into pieces of whole lines of at least `piece_bytes`, each cut after a line
/// that closes every block and comment it is in and ends in no whitespace control, before a
/// line that starts with none. A text with a raw block (`{{{{`) is one piece.
fn pieces(text: &str, piece_bytes: usize) -> Vec<&str> {
    if text.contains("{{{{") {
        return vec![text];
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut pieces = Vec::new();
    let (mut start, mut at) = (0, 0);
    let mut depth: i64 = 0;
    let mut in_comment = false;
    for (i, line) in lines.iter().enumerate() {
        at += line.len();
        let mut rest = *line;
        loop {
            if in_comment {
                let Some(end) = rest.find("--}}") else { break };
                in_comment = false;
                rest = &rest[end + 4..];
                continue;
            }
            let Some(open) = rest.find("{{") else { break };
            rest = &rest[open + 2..];
            let tag = rest.trim_start_matches('~');
            if tag.starts_with("!--") {
                in_comment = true;
            } else if tag.starts_with('#') {
                depth += 1;
            } else if tag.starts_with('/') {
                depth -= 1;
            }
        }
        let next_controls = lines.get(i + 1).is_some_and(|next| next.trim_start().starts_with("{{~"));
        let cuttable = depth == 0 && !in_comment && !line.contains("~}}") && !next_controls && line.ends_with('\n');
        if cuttable && at - start >= piece_bytes && at < text.len() {
            pieces.push(&text[start..at]);
            start = at;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in template compiled in pieces, at the size used and cut at every allowed
    /// line, has the elements of the template compiled whole; the longer ones are cut.
    #[test]
    fn pieces_join_into_the_whole_template() {
        let mut cut = 0;
        for name in crate::render::embedded_names() {
            let text = crate::render::embedded_text(&name);
            let whole = Template::compile_with_name(text, name.clone()).unwrap();
            for (piece_bytes, joined) in [(PIECE_BYTES, compile(text, &name).unwrap()), (1, compile_cut(text, &name, 1).unwrap())] {
                assert!(joined.elements == whole.elements, "{name}, pieces of {piece_bytes} bytes: elements differ");
                assert_eq!(joined.mapping.len(), whole.mapping.len(), "{name}");
            }
            cut += usize::from(pieces(text, PIECE_BYTES).len() > 1);
        }
        assert!(cut >= 5, "only {cut} templates were cut");
    }

    /// Blocks, comments and whitespace control that span lines are never cut through.
    #[test]
    fn nothing_spanning_lines_is_cut() {
        let text = "a\n{{#each xs}}\n  {{this}}\n{{/each}}\n{{!-- a\n{{#if}} --}}\nb\n{{~x}}\nc {{y~}}\n  d\n{{#if z}}\n{{else}}\ne\n{{/if}}\n  f\n";
        assert_eq!(pieces(text, 1), ["a\n", "{{#each xs}}\n  {{this}}\n{{/each}}\n", "{{!-- a\n{{#if}} --}}\n", "b\n{{~x}}\n", "c {{y~}}\n  d\n", "{{#if z}}\n{{else}}\ne\n{{/if}}\n", "  f\n"]);
        assert!(compile_cut(text, "t", 1).unwrap().elements == Template::compile_with_name(text, "t".into()).unwrap().elements);
    }
}

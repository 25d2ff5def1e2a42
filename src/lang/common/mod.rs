//! Cross-language knowledge in one room: the keyword tables of every target language and the
//! escaping of text (comments, docstrings, string literals) into each of them. Every generator
//! and template view goes through here, so no name or comment can close a literal or a comment
//! it is written into.

pub mod escape;
pub mod idents;
pub mod keywords;

//! protosmith as a protoc plugin (`protoc-gen-protosmith`): protoc or buf compiles, protosmith
//! generates. The parameter names the languages and their options, e.g.
//! `lang=python,js;python.runtime=legacy;js.dts=false`; items are separated by `;` or `,`
//! (protoc joins `--protosmith_opt` values to the `--protosmith_out` parameter with `,`), a
//! bare language name continues the `lang=` list, and `LANG.KEY=VALUE` is exactly `--opt`.
//! Without `lang=`, every built-in language is generated. Language L's files are named `L/...`,
//! the layout `protosmith gen` writes under its output folder.

use std::collections::{BTreeMap, HashSet};

use prost::Message;

use super::response;
use crate::compile::Compiled;
use crate::config::OptOverride;
use crate::lang::{self, Lang, Request};
use crate::model::Model;
use crate::render::Templates;

/// `CodeGeneratorRequest` with the descriptors kept as bytes (custom options survive).
#[derive(Clone, PartialEq, Message)]
pub struct RawRequest {
    #[prost(string, repeated, tag = "1")]
    pub file_to_generate: Vec<String>,
    #[prost(string, optional, tag = "2")]
    pub parameter: Option<String>,
    #[prost(bytes = "vec", repeated, tag = "15")]
    pub proto_file: Vec<Vec<u8>>,
}

/// The languages and option tables a parameter asks for.
pub fn parse_parameter(parameter: &str) -> Result<BTreeMap<Lang, toml::Table>, String> {
    let mut langs: Vec<Lang> = Vec::new();
    let mut opts: Vec<OptOverride> = Vec::new();
    let mut in_lang_list = false;
    for item in parameter.split([';', ',']).map(str::trim).filter(|s| !s.is_empty()) {
        let lang_word = |word: &str| Lang::parse(word).ok_or_else(|| format!("unknown language `{word}` in parameter (rust, python, js)"));
        if let Some(list) = item.strip_prefix("lang=") {
            langs.push(lang_word(list)?);
            in_lang_list = true;
        } else if !item.contains('=') && in_lang_list {
            langs.push(lang_word(item)?);
        } else {
            in_lang_list = false;
            opts.push(item.parse().map_err(|e: String| format!("parameter item `{item}`: {e}"))?);
        }
    }
    if langs.is_empty() {
        langs = Lang::ALL.to_vec();
    }
    let mut out = BTreeMap::new();
    for lang in langs {
        let mut table = toml::Table::new();
        for o in opts.iter().filter(|o| o.lang == lang) {
            table.insert(o.key.clone(), o.value.clone());
        }
        out.insert(lang, table);
    }
    for o in &opts {
        if !out.contains_key(&o.lang) {
            return Err(format!("option `{}.{}` given, but {} is not among the languages generated", o.lang, o.key, o.lang));
        }
    }
    Ok(out)
}

/// What protosmith as a plugin declares: proto3 `optional` and editions, 2023 through 2024
/// (descriptor.proto's `EDITION_2023` = 1000, `EDITION_2024` = 1001), what its front end compiles.
const FEATURES: u64 = response::FEATURE_PROTO3_OPTIONAL | response::FEATURE_SUPPORTS_EDITIONS;
const EDITIONS: (i32, i32) = (1000, 1001);

/// Turns a request into the compiled form the generators read: the descriptors protoc sent,
/// taken as compiled from source (they carry source info, so comments and the `json_name`s
/// written in the source are known as they are for `protosmith gen`).
pub fn compiled_from_request(req: &RawRequest) -> Result<Compiled, String> {
    let mut set = Vec::new();
    for file in &req.proto_file {
        prost::encoding::bytes::encode(1, file, &mut set);
    }
    // Editions files are lowered for the pool, as from a descriptor set.
    let (set, editions) =
        crate::compile::lower_set_editions(&set).map_err(|e| format!("invalid descriptors in the request: {e}"))?;
    let (pool, aliases) = crate::compile::decode_pool(&set).map_err(|e| format!("invalid descriptors in the request: {e}"))?;
    let files: Vec<prost_types::FileDescriptorProto> = prost_types::FileDescriptorSet::decode(set.as_slice())
        .map(|s| s.file)
        .map_err(|e| format!("invalid descriptors in the request: {e}"))?;
    for name in &req.file_to_generate {
        if !files.iter().any(|f| f.name() == name) {
            return Err(format!("file_to_generate `{name}` is not among the request's proto_file"));
        }
    }
    // protoc already records a method written with `{ }` by an options message.
    let method_bodies: HashSet<(String, usize, usize)> = files
        .iter()
        .flat_map(|f| {
            f.service.iter().enumerate().flat_map(move |(si, s)| {
                s.method.iter().enumerate().filter(|(_, m)| m.options.is_some()).map(move |(mi, _)| (f.name().to_string(), si, mi))
            })
        })
        .collect();
    // The request's own descriptors stand for the pool's copies.
    let replaced = files.into_iter().filter_map(|f| Some((pool.get_file_by_name(f.name())?.index(), f))).collect();
    Ok(Compiled { pool, replaced, to_generate: req.file_to_generate.clone(), method_bodies, from_descriptor_set: false, json_names_written: Default::default(), editions, own_descriptor_proto: false, aliases, warnings: Vec::new(), source_infos: Default::default() })
}

/// Generates what the request asks for: `Ok` is the response's files, `Err` its error text.
pub fn generate(req: &RawRequest) -> Result<Vec<(String, Vec<u8>)>, String> {
    let languages = parse_parameter(req.parameter.as_deref().unwrap_or_default())?;
    let compiled = compiled_from_request(req)?;
    let model = Model::build(&compiled);
    let templates = Templates::load(None).map_err(|e| crate::error_chain(&e))?;
    let request = Request::new(&compiled, &model, &templates);
    let mut files = Vec::new();
    for (lang, options) in &languages {
        let set = lang::generate(*lang, options, &request).map_err(|e| crate::error_chain(&e))?;
        for (path, bytes) in set.iter() {
            files.push((format!("{}/{}", lang.name(), path), bytes.to_vec()));
        }
    }
    Ok(files)
}

/// The whole plugin: request bytes in, response bytes out. Generation problems go into the
/// response's `error` (protoc prints it with the plugin's name); only an unreadable request is
/// an `Err` (the process then exits non-zero, as protoc expects of a plugin that cannot talk).
pub fn respond(input: &[u8]) -> Result<Vec<u8>, String> {
    let req = RawRequest::decode(input).map_err(|e| format!("stdin is not a CodeGeneratorRequest: {e}"))?;
    Ok(match generate(&req) {
        Ok(files) => response::encode_response(&files, FEATURES, Some(EDITIONS), None),
        Err(message) => response::encode_response(&[], FEATURES, Some(EDITIONS), Some(message)),
    })
}

/// Whether argv[0] names the plugin (`protoc-gen-protosmith`, e.g. a link to `protosmith`).
pub fn invoked_as_plugin(argv0: Option<std::ffi::OsString>) -> bool {
    argv0
        .as_deref()
        .and_then(|a| std::path::Path::new(a).file_stem().map(|s| s.to_string_lossy().into_owned()))
        .is_some_and(|stem| stem == "protoc-gen-protosmith")
}

/// `main` of `protoc-gen-protosmith`.
pub fn main() -> std::process::ExitCode {
    use std::io::{Read, Write};
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut input) {
        eprintln!("protoc-gen-protosmith: cannot read stdin: {e}");
        return std::process::ExitCode::from(1);
    }
    match respond(&input) {
        Ok(out) => match std::io::stdout().write_all(&out).and_then(|_| std::io::stdout().flush()) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("protoc-gen-protosmith: cannot write stdout: {e}");
                std::process::ExitCode::from(1)
            }
        },
        Err(message) => {
            eprintln!("protoc-gen-protosmith: {message}");
            std::process::ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_grammar() {
        let p = parse_parameter("lang=python,js;python.runtime=legacy;js.dts=false").unwrap();
        assert_eq!(p.keys().copied().collect::<Vec<_>>(), [Lang::Python, Lang::Js]);
        assert_eq!(p[&Lang::Python]["runtime"].as_str(), Some("legacy"));
        assert_eq!(p[&Lang::Js]["dts"], toml::Value::Boolean(false));
        let p = parse_parameter("lang=python,python.imports=relative").unwrap();
        assert_eq!(p.keys().copied().collect::<Vec<_>>(), [Lang::Python]);
        assert_eq!(parse_parameter("").unwrap().len(), 3);
        assert!(parse_parameter("lang=go").unwrap_err().contains("unknown language `go`"));
        assert!(parse_parameter("lang=python;js.dts=false").unwrap_err().contains("not among the languages"));
        assert!(parse_parameter("lang=python;nonsense").is_err());
    }

    #[test]
    fn argv0_detection() {
        assert!(invoked_as_plugin(Some("/usr/bin/protoc-gen-protosmith".into())));
        assert!(invoked_as_plugin(Some("protoc-gen-protosmith.exe".into())));
        assert!(!invoked_as_plugin(Some("/usr/bin/protosmith".into())));
        assert!(!invoked_as_plugin(None));
    }

    #[test]
    fn unreadable_requests_and_errors() {
        assert!(respond(b"\xff\xff\xff").is_err());
        let req = RawRequest { file_to_generate: vec!["missing.proto".into()], parameter: None, proto_file: vec![] };
        let out = response::Response::decode(respond(&req.encode_to_vec()).unwrap().as_slice()).unwrap();
        assert!(String::from_utf8_lossy(out.error.as_deref().unwrap()).contains("missing.proto"));
    }
}

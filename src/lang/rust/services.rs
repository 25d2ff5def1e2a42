//! tonic's clients and servers, as tonic-prost-build writes them. Its service generator prints
//! each service itself (`prettyplease::unparse(syn::parse2(tokens))`), the largest cost of Rust
//! output on googleapis, most of it syn parsing the same code over and over with other names
//! in it. This generator parses tonic-build's code once per service shape, with stand-in names
//! (`shapes`), and prints each service from that tree with its own names, types and comments
//! put in. tonic-build is asked through the `Service`/`Method` view tonic-prost-build gives it
//! (that crate keeps it private, so it is restated here). `PROTOSMITH_CHECK_FAST_PATHS=1` also
//! runs tonic-prost-build's own generator on every service and fails the run on a difference.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use proc_macro2::TokenStream;
use prost_build::{Service, ServiceGenerator};
use tonic_build::CodeGenBuilder;

mod shapes;

/// What tonic-prost-build's generator is configured with (its defaults for the rest:
/// `proto_path` "super", the prost codec, no extra attributes, no default stubs).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(super) struct TonicSettings {
    pub client: bool,
    pub server: bool,
    pub transport: bool,
    pub compile_well_known_types: bool,
    pub disable_comments: Vec<String>,
}

const PROTO_PATH: &str = "super";
const CODEC_PATH: &str = "tonic_prost::ProstCodec";

/// The first service this generator printed otherwise than tonic-prost-build would, or could
/// not print; `generate` has no way to return it, so the caller reads it after the run.
#[derive(Clone, Default)]
pub(super) struct Failure(Rc<RefCell<Option<String>>>);

impl Failure {
    pub(super) fn take(&self) -> Option<String> {
        self.0.borrow_mut().take()
    }

    fn record(&self, message: String) {
        self.0.borrow_mut().get_or_insert(message);
    }
}

pub(super) struct Generator {
    settings: TonicSettings,
    disabled: HashSet<String>,
    failure: Failure,
    /// tonic-prost-build's own generator, when the fast path is checked.
    reference: Option<Box<dyn ServiceGenerator>>,
}

impl Generator {
    pub(super) fn new(settings: TonicSettings, failure: Failure, check: bool) -> Generator {
        let reference = check.then(|| {
            tonic_prost_build::configure()
                .build_client(settings.client)
                .build_server(settings.server)
                .build_transport(settings.transport)
                .compile_well_known_types(settings.compile_well_known_types)
                .disable_comments(&settings.disable_comments)
                .service_generator()
        });
        let disabled = settings.disable_comments.iter().cloned().collect();
        Generator { settings, disabled, failure, reference }
    }

    /// tonic-build's code for `service` (the comments `disable_comments` names left out).
    fn tokens(&self, service: &TonicService) -> TokenStream {
        let mut builder = CodeGenBuilder::new();
        builder.emit_package(true).build_transport(self.settings.transport).compile_well_known_types(self.settings.compile_well_known_types);
        let mut tokens = TokenStream::new();
        if self.settings.client {
            tokens.extend(builder.generate_client(service, PROTO_PATH));
        }
        if self.settings.server {
            tokens.extend(builder.generate_server(service, PROTO_PATH));
        }
        tokens
    }

    /// tonic's view of `service`: prost's names, the Rust types tonic-prost-build names, and
    /// the comments not disabled; an error names a type that is not Rust.
    fn view(&self, service: &Service) -> Result<TonicService, String> {
        let full = if service.package.is_empty() { service.proto_name.clone() } else { format!("{}.{}", service.package, service.proto_name) };
        let wanted = |name: &str, comments: &[String]| if self.disabled.contains(name) { Vec::new() } else { comments.to_vec() };
        let types = |rust_type: &str| message_type(rust_type, PROTO_PATH, self.settings.compile_well_known_types);
        let methods = service
            .methods
            .iter()
            .map(|m| {
                Ok(TonicMethod {
                    name: m.name.clone(),
                    identifier: m.proto_name.clone(),
                    comments: wanted(&format!("{full}.{}", m.proto_name), &m.comments.leading),
                    client_streaming: m.client_streaming,
                    server_streaming: m.server_streaming,
                    deprecated: m.options.deprecated(),
                    request: types(&m.input_type).map_err(|e| format!("method {}: request {e}", m.proto_name))?,
                    response: types(&m.output_type).map_err(|e| format!("method {}: response {e}", m.proto_name))?,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(TonicService {
            name: service.name.clone(),
            package: service.package.clone(),
            identifier: service.proto_name.clone(),
            comments: wanted(&full, &service.comments.leading),
            methods,
        })
    }
}

impl ServiceGenerator for Generator {
    fn generate(&mut self, service: Service, buf: &mut String) {
        let name = format!("{}.{}", service.package, service.proto_name);
        let view = match self.view(&service) {
            Ok(view) => view,
            Err(e) => {
                self.failure.record(format!("service {name}: {e}"));
                return;
            }
        };
        let printed = match shapes::print(self, &view) {
            Ok(printed) => printed,
            Err(e) => {
                self.failure.record(format!("service {name}: tonic's code does not parse: {e}"));
                return;
            }
        };
        if let Some(reference) = &mut self.reference {
            let mut theirs = String::new();
            reference.generate(service, &mut theirs);
            if let Some((line, ours, theirs)) = super::format::first_difference(&printed, &theirs) {
                self.failure.record(format!("service {name}: printed from its shape's tree, it differs from tonic-prost-build's at line {line}:\n  here:  {ours}\n  tonic: {theirs}"));
            }
        }
        buf.push_str(&printed);
    }
}

/// What tonic-build reads of a service.
#[derive(Clone)]
struct TonicService {
    name: String,
    package: String,
    identifier: String,
    comments: Vec<String>,
    methods: Vec<TonicMethod>,
}

#[derive(Clone)]
struct TonicMethod {
    name: String,
    identifier: String,
    comments: Vec<String>,
    client_streaming: bool,
    server_streaming: bool,
    deprecated: bool,
    request: TokenStream,
    response: TokenStream,
}

impl tonic_build::Service for TonicService {
    type Method = TonicMethod;
    type Comment = String;

    fn name(&self) -> &str {
        &self.name
    }

    fn package(&self) -> &str {
        &self.package
    }

    fn identifier(&self) -> &str {
        &self.identifier
    }

    fn methods(&self) -> &[TonicMethod] {
        &self.methods
    }

    fn comment(&self) -> &[String] {
        &self.comments
    }
}

impl tonic_build::Method for TonicMethod {
    type Comment = String;

    fn name(&self) -> &str {
        &self.name
    }

    fn identifier(&self) -> &str {
        &self.identifier
    }

    fn codec_path(&self) -> &str {
        CODEC_PATH
    }

    fn client_streaming(&self) -> bool {
        self.client_streaming
    }

    fn server_streaming(&self) -> bool {
        self.server_streaming
    }

    fn comment(&self) -> &[String] {
        &self.comments
    }

    fn deprecated(&self) -> bool {
        self.deprecated
    }

    fn request_response_name(&self, _proto_path: &str, _compile_well_known_types: bool) -> (TokenStream, TokenStream) {
        (self.request.clone(), self.response.clone())
    }
}

/// The Rust type tonic-prost-build names for a request or response: prost's type path under
/// `proto_path`, extern paths (`::`, `crate::`) and `()` as they are, and a
/// `.google.protobuf` name (which prost does not give) as its `prost_types` type.
fn message_type(rust_type: &str, proto_path: &str, compile_well_known_types: bool) -> Result<TokenStream, String> {
    if rust_type.starts_with(".google.protobuf") && !compile_well_known_types {
        return match rust_type {
            ".google.protobuf.Empty" => tokens("()"),
            ".google.protobuf.Any" => tokens("::prost_types::Any"),
            ".google.protobuf.StringValue" => tokens("::prost::alloc::string::String"),
            other => tokens(&format!("::prost_types::{}", other.trim_start_matches(".google.protobuf."))),
        };
    }
    if rust_type.ends_with("()") || rust_type.starts_with("::") || rust_type.starts_with("crate::") {
        return tokens(rust_type);
    }
    let relative = rust_type.replace('.', "::");
    tokens(&format!("{proto_path}::{}", relative.trim_start_matches("::")))
}

/// `text` as tokens (tonic-prost-build panics on text that does not lex; here it is an error).
fn tokens(text: &str) -> Result<TokenStream, String> {
    text.parse().map_err(|_| format!("type `{text}` is not Rust code"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A type that does not lex is an error naming it, never an empty type in the output.
    #[test]
    fn a_type_that_is_not_rust_is_an_error() {
        assert_eq!(message_type("::a::B", PROTO_PATH, false).unwrap().to_string(), ":: a :: B");
        assert_eq!(message_type(".google.protobuf.Empty", PROTO_PATH, false).unwrap().to_string(), "()");
        let err = message_type("crate::a::\"B", PROTO_PATH, false).unwrap_err();
        assert_eq!(err, "type `crate::a::\"B` is not Rust code");
    }
}

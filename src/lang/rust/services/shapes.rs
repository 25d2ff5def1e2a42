//! A service's tonic code printed from a tree parsed once per shape. tonic-build's code for a
//! service depends on its names, request and response types and comments only where it writes
//! them; what it writes around them depends on the shape: whether the service has a package
//! and comments, and each method's streaming sides, `deprecated` and whether it has comments.
//! So the code of a stand-in service of the same shape (stand-in names, a one-ident type per
//! request and response, one stand-in comment line) is parsed once per thread, and each
//! service's tree is a copy of it with the real names, types and comment lines put in, printed
//! by prettyplease (which breaks lines by the real widths). Input holding the stand-ins' letters
//! is printed the plain way, and so is anything the copy does not fully replace.

use std::cell::RefCell;
use std::collections::HashMap;

use proc_macro2::{Ident, Span, TokenStream};
use syn2::visit_mut::{self, VisitMut};
use syn2::{AttrStyle, Attribute, Expr, ExprLit, File, ImplItem, Item, Lit, LitStr, Meta, MetaNameValue, TraitItem, Type};

use super::{Generator, TonicMethod, TonicService};

/// Every stand-in holds one of these; input that does is printed plainly.
const STAND_INS: [&str; 2] = ["zq", "Zq"];

fn holds_stand_in(text: &str) -> bool {
    STAND_INS.iter().any(|s| text.contains(s))
}

/// prettyplease's print of tonic's code for `service`.
pub(super) fn print(generator: &Generator, service: &TonicService) -> Result<String, syn2::Error> {
    match from_shape(generator, service)? {
        Some(printed) => Ok(printed),
        None => plain(generator, service),
    }
}

/// The print made from the tree of `service`'s shape; `None` when the service is to be
/// printed the plain way (its input holds the stand-ins' letters, its shape's tree is not kept,
/// or the copy kept a stand-in).
fn from_shape(generator: &Generator, service: &TonicService) -> Result<Option<String>, syn2::Error> {
    if mentions_stand_in(service) {
        return Ok(None);
    }
    let shape = Shape::of(generator, service);
    let cached = TREES.with(|trees| trees.borrow().get(&shape).cloned());
    let mut tree = match cached {
        Some(tree) => tree,
        None if !TREES.with(|trees| trees.borrow().has_room(&shape)) => return Ok(None),
        None => {
            let tree: File = syn2::parse2(generator.tokens(&stand_in(service)))?;
            TREES.with(|trees| trees.borrow_mut().insert(shape, tree.clone()));
            tree
        }
    };
    let Some(mut put_in) = PutIn::new(service) else { return Ok(None) };
    put_in.visit_file_mut(&mut tree);
    let printed = prettyplease2::unparse(&tree);
    if put_in.failed || holds_stand_in(&printed) {
        return Ok(None);
    }
    Ok(Some(printed))
}

/// tonic-prost-build's way: the service's own code parsed and printed.
fn plain(generator: &Generator, service: &TonicService) -> Result<String, syn2::Error> {
    syn2::parse2(generator.tokens(service)).map(|file| prettyplease2::unparse(&file))
}

thread_local! {
    static TREES: RefCell<Trees> = RefCell::new(Trees::default());
}

/// The trees of the shapes met, up to a number of methods in all: a tree of a service with
/// many methods is large and its shape seldom repeats, so past the budget a service is printed
/// the plain way instead of growing the memory.
#[derive(Default)]
struct Trees {
    trees: HashMap<Shape, File>,
    methods: usize,
}

/// Methods, summed over the shapes kept by one thread (googleapis: 1,872 services in ~110
/// shapes; each method's code is a few hundred syntax nodes).
const METHOD_BUDGET: usize = 256;

impl Trees {
    fn get(&self, shape: &Shape) -> Option<&File> {
        self.trees.get(shape)
    }

    fn has_room(&self, shape: &Shape) -> bool {
        self.methods + shape.methods.len().max(1) <= METHOD_BUDGET
    }

    fn insert(&mut self, shape: Shape, tree: File) {
        self.methods += shape.methods.len().max(1);
        self.trees.insert(shape, tree);
    }
}

/// What tonic's code is made of, names aside.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Shape {
    settings: super::TonicSettings,
    package: bool,
    comments: bool,
    /// Per method: client streaming, server streaming, deprecated, has comments.
    methods: Vec<(bool, bool, bool, bool)>,
}

impl Shape {
    fn of(generator: &Generator, service: &TonicService) -> Shape {
        Shape {
            settings: generator.settings.clone(),
            package: !service.package.is_empty(),
            comments: !service.comments.is_empty(),
            methods: service.methods.iter().map(|m| (m.client_streaming, m.server_streaming, m.deprecated, !m.comments.is_empty())).collect(),
        }
    }
}

// The stand-ins: each ends in `q` so none is the start of another.
const SERVICE: &str = "Zqsq";
const SERVICE_SNAKE: &str = "zqsq";
const IDENTIFIER: &str = "Zqiq";
const PACKAGE: &str = "zqpq";
const SERVICE_DOC: &str = "Zqdsq";

fn method_name(i: usize) -> String {
    format!("zqm{i}q")
}

fn method_identifier(i: usize) -> String {
    format!("Zqn{i}q")
}

fn method_doc(i: usize) -> String {
    format!("Zqd{i}q")
}

/// The type stand-in of method `i`'s request (`side` 0) or response (1).
fn type_name(i: usize, side: usize) -> String {
    format!("Zqt{}q", 2 * i + side)
}

/// The stand-in service of `service`'s shape.
fn stand_in(service: &TonicService) -> TonicService {
    let ident = |name: &str| TokenStream::from(proc_macro2::TokenTree::Ident(Ident::new(name, Span::call_site())));
    TonicService {
        name: SERVICE.into(),
        package: if service.package.is_empty() { String::new() } else { PACKAGE.into() },
        identifier: IDENTIFIER.into(),
        comments: if service.comments.is_empty() { Vec::new() } else { vec![SERVICE_DOC.into()] },
        methods: service
            .methods
            .iter()
            .enumerate()
            .map(|(i, m)| TonicMethod {
                name: method_name(i),
                identifier: method_identifier(i),
                comments: if m.comments.is_empty() { Vec::new() } else { vec![method_doc(i)] },
                client_streaming: m.client_streaming,
                server_streaming: m.server_streaming,
                deprecated: m.deprecated,
                request: ident(&type_name(i, 0)),
                response: ident(&type_name(i, 1)),
            })
            .collect(),
    }
}

fn mentions_stand_in(service: &TonicService) -> bool {
    let has = holds_stand_in;
    has(&service.name)
        || has(&service.package)
        || has(&service.identifier)
        || service.comments.iter().any(|c| has(c))
        || service.methods.iter().any(|m| {
            has(&m.name) || has(&m.identifier) || m.comments.iter().any(|c| has(c)) || has(&m.request.to_string()) || has(&m.response.to_string())
        })
}

/// Puts a service's names, types and comments where the stand-ins are.
struct PutIn {
    /// Stand-in text and what replaces it, in identifiers and strings.
    names: Vec<(String, String)>,
    /// Method names (which may be raw identifiers), by stand-in.
    method_names: HashMap<String, String>,
    types: HashMap<String, Type>,
    /// Doc attributes by the stand-in comment line they replace.
    docs: HashMap<String, Vec<Attribute>>,
    failed: bool,
}

impl PutIn {
    fn new(service: &TonicService) -> Option<PutIn> {
        let mut names = vec![
            (SERVICE.to_string(), service.name.clone()),
            (SERVICE_SNAKE.to_string(), naive_snake_case(&service.name)),
            (IDENTIFIER.to_string(), service.identifier.clone()),
            (PACKAGE.to_string(), service.package.clone()),
        ];
        let mut method_names = HashMap::new();
        let mut types = HashMap::new();
        let mut docs = HashMap::new();
        docs.insert(format!(" {SERVICE_DOC}"), doc_attributes(&service.comments));
        for (i, m) in service.methods.iter().enumerate() {
            names.push((method_identifier(i), m.identifier.clone()));
            method_names.insert(method_name(i), m.name.clone());
            types.insert(type_name(i, 0), syn2::parse2::<Type>(m.request.clone()).ok()?);
            types.insert(type_name(i, 1), syn2::parse2::<Type>(m.response.clone()).ok()?);
            docs.insert(format!(" {}", method_doc(i)), doc_attributes(&m.comments));
        }
        Some(PutIn { names, method_names, types, docs, failed: false })
    }

    fn replaced(&self, text: &str) -> Option<String> {
        if !holds_stand_in(text) {
            return None;
        }
        let mut out = text.to_string();
        for (stand_in, name) in &self.names {
            if out.contains(stand_in.as_str()) {
                out = out.replace(stand_in.as_str(), name);
            }
        }
        Some(out)
    }

    /// `attrs` with each stand-in comment line replaced by the real lines.
    fn put_docs(&mut self, attrs: &mut Vec<Attribute>) {
        if !attrs.iter().any(|a| self.doc_stand_in(a).is_some()) {
            return;
        }
        let mut out = Vec::with_capacity(attrs.len());
        for attr in attrs.drain(..) {
            match self.doc_stand_in(&attr).and_then(|line| self.docs.get(&line)) {
                Some(lines) => out.extend(lines.iter().cloned()),
                None => out.push(attr),
            }
        }
        *attrs = out;
    }

    fn doc_stand_in(&self, attr: &Attribute) -> Option<String> {
        let Meta::NameValue(MetaNameValue { path, value: Expr::Lit(ExprLit { lit: Lit::Str(text), .. }), .. }) = &attr.meta else { return None };
        if !path.is_ident("doc") {
            return None;
        }
        let value = text.value();
        self.docs.contains_key(&value).then_some(value)
    }
}

impl VisitMut for PutIn {
    fn visit_item_mut(&mut self, item: &mut Item) {
        if let Some(attrs) = item_attrs(item) {
            self.put_docs(attrs);
        }
        visit_mut::visit_item_mut(self, item);
    }

    fn visit_impl_item_mut(&mut self, item: &mut ImplItem) {
        let attrs = match item {
            ImplItem::Fn(f) => Some(&mut f.attrs),
            ImplItem::Type(t) => Some(&mut t.attrs),
            ImplItem::Const(c) => Some(&mut c.attrs),
            _ => None,
        };
        if let Some(attrs) = attrs {
            self.put_docs(attrs);
        }
        visit_mut::visit_impl_item_mut(self, item);
    }

    fn visit_trait_item_mut(&mut self, item: &mut TraitItem) {
        let attrs = match item {
            TraitItem::Fn(f) => Some(&mut f.attrs),
            TraitItem::Type(t) => Some(&mut t.attrs),
            TraitItem::Const(c) => Some(&mut c.attrs),
            _ => None,
        };
        if let Some(attrs) = attrs {
            self.put_docs(attrs);
        }
        visit_mut::visit_trait_item_mut(self, item);
    }

    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Type::Path(path) = ty {
            if path.qself.is_none() {
                if let Some(ident) = path.path.get_ident() {
                    if let Some(real) = self.types.get(&ident.to_string()) {
                        *ty = real.clone();
                        return;
                    }
                }
            }
        }
        visit_mut::visit_type_mut(self, ty);
    }

    fn visit_ident_mut(&mut self, ident: &mut Ident) {
        let text = ident.to_string();
        if let Some(name) = self.method_names.get(&text) {
            *ident = match name.strip_prefix("r#") {
                Some(raw) => Ident::new_raw(raw, ident.span()),
                None => Ident::new(name, ident.span()),
            };
        } else if let Some(new) = self.replaced(&text) {
            if syn2::parse_str::<Ident>(&new).is_err() {
                self.failed = true;
                return;
            }
            *ident = Ident::new(&new, ident.span());
        }
    }

    fn visit_lit_str_mut(&mut self, lit: &mut LitStr) {
        if let Some(new) = self.replaced(&lit.value()) {
            *lit = LitStr::new(&new, lit.span());
        }
    }
}

fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Mod(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Const(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        _ => return None,
    })
}

/// tonic's doc attributes for comment lines: a space put before a line without one.
fn doc_attributes(lines: &[String]) -> Vec<Attribute> {
    lines
        .iter()
        .map(|line| {
            let text = if line.starts_with(' ') { line.clone() } else { format!(" {line}") };
            Attribute {
                pound_token: Default::default(),
                style: AttrStyle::Outer,
                bracket_token: Default::default(),
                meta: Meta::NameValue(MetaNameValue {
                    path: Ident::new("doc", Span::call_site()).into(),
                    eq_token: Default::default(),
                    value: Expr::Lit(ExprLit { attrs: Vec::new(), lit: Lit::Str(LitStr::new(&text, Span::call_site())) }),
                }),
            }
        })
        .collect()
}

/// tonic-build's module name of a service (`FooBar` → `foo_bar`): an underscore before each
/// upper-case letter after the first character, everything lower-cased (its private helper,
/// restated).
fn naive_snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c.to_ascii_lowercase());
        if chars.peek().is_some_and(|next| next.is_uppercase()) {
            out.push('_');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{Failure, TonicSettings};
    use super::*;
    use prost_build::{Comments, Method, Service};

    fn comments(lines: &[&str]) -> Comments {
        Comments { leading: lines.iter().map(|l| l.to_string()).collect(), ..Default::default() }
    }

    fn method(name: &str, proto_name: &str, input: &str, output: &str, streaming: (bool, bool), deprecated: bool, docs: &[&str]) -> Method {
        Method {
            name: name.into(),
            proto_name: proto_name.into(),
            comments: comments(docs),
            input_type: input.into(),
            output_type: output.into(),
            input_proto_type: String::new(),
            output_proto_type: String::new(),
            options: prost_types::MethodOptions { deprecated: deprecated.then_some(true), ..Default::default() },
            client_streaming: streaming.0,
            server_streaming: streaming.1,
        }
    }

    fn service(name: &str, proto_name: &str, package: &str, docs: &[&str], methods: Vec<Method>) -> Service {
        Service { name: name.into(), proto_name: proto_name.into(), package: package.into(), comments: comments(docs), methods, options: Default::default() }
    }

    /// Services of every kind of part tonic writes: the four streaming kinds, deprecated
    /// methods, comments with quotes, backslashes, braces, non-ASCII and leading spaces,
    /// raw-identifier method names, unit, well-known, extern and nested types, no package, and
    /// names tonic derives module names from (`HTTPService` → `h_t_t_p_service`).
    fn services() -> Vec<Service> {
        vec![
            service(
                "Greeter",
                "Greeter",
                "hello.v1",
                &[" The greeter.", "", "Says \"hi\" \\ {braces} é"],
                vec![
                    method("say_hello", "SayHello", "HelloRequest", "HelloReply", (false, false), false, &[" Unary."]),
                    method("r#type", "Type", "()", "::prost_types::Any", (false, true), true, &["no leading space"]),
                    method("upload", "Upload", "super::other::Chunk", "crate::x::Done", (true, false), false, &[]),
                    method("chat_with_a_rather_long_method_name_that_breaks_lines", "ChatWithARatherLongMethodNameThatBreaksLines", "super::super::deeply::nested::package::name::VeryLongRequestMessageName", "::external::crate_name::VeryLongResponseMessageName", (true, true), true, &[" Both ways.", " Second line."]),
                ],
            ),
            service("HTTPService", "HTTPService", "", &[], vec![method("get", "Get", "GetRequest", "()", (false, false), false, &[])]),
            service("Empty", "Empty", "e", &[" No methods."], vec![]),
            // Same shape as the first, other names: printed from the kept tree.
            service(
                "Other",
                "other_svc",
                "pkg",
                &[" Other.", "", "x"],
                vec![
                    method("a", "A", "A", "B", (false, false), false, &[" a"]),
                    method("b", "B", "()", "()", (false, true), true, &["b"]),
                    method("c", "C", "C", "D", (true, false), false, &[]),
                    method("d", "D", "E", "F", (true, true), true, &[" d1", " d2", " d3"]),
                ],
            ),
        ]
    }

    fn settings(client: bool, server: bool, transport: bool, disable_comments: Vec<String>) -> TonicSettings {
        TonicSettings { client, server, transport, compile_well_known_types: false, disable_comments }
    }

    /// Every service, printed from its shape's tree (the first of a shape parsed, the next
    /// ones copied), gives tonic-prost-build's bytes, under each side and comment setting.
    #[test]
    fn services_printed_from_their_shape_are_tonic_prost_builds() {
        let all = [
            settings(true, true, true, Vec::new()),
            settings(true, false, false, Vec::new()),
            settings(false, true, true, vec!["hello.v1.Greeter".into(), "hello.v1.Greeter.SayHello".into()]),
        ];
        for settings in all {
            let generator = Generator::new(settings.clone(), Failure::default(), false);
            let mut reference = Generator::new(settings.clone(), Failure::default(), true).reference.unwrap();
            for round in 0..2 {
                for service in services() {
                    let view = generator.view(&service).unwrap();
                    let printed = from_shape(&generator, &view).unwrap().unwrap_or_else(|| panic!("{} was not printed from its shape", service.name));
                    let mut theirs = String::new();
                    reference.generate(service.clone(), &mut theirs);
                    assert_eq!(printed, theirs, "{} ({settings:?}, round {round})", service.name);
                }
            }
        }
    }

    /// Input holding the stand-ins' letters is printed the plain way, as tonic does.
    #[test]
    fn input_with_the_stand_ins_letters_is_printed_plainly() {
        let settings = settings(true, true, true, Vec::new());
        let generator = Generator::new(settings.clone(), Failure::default(), false);
        let mut reference = Generator::new(settings, Failure::default(), true).reference.unwrap();
        let service = service("Zqsq", "Zqsq", "zqpq", &[" Zqd0q"], vec![method("zqm0q", "Zqn0q", "Zqt0q", "()", (false, false), false, &[" Zqdsq"])]);
        let view = generator.view(&service).unwrap();
        assert!(from_shape(&generator, &view).unwrap().is_none());
        let mut theirs = String::new();
        reference.generate(service, &mut theirs);
        assert_eq!(print(&generator, &view).unwrap(), theirs);
    }

    #[test]
    fn snake_case_is_tonics() {
        assert_eq!(naive_snake_case("HTTPService"), "h_t_t_p_service");
        assert_eq!(naive_snake_case("Greeter"), "greeter");
        assert_eq!(naive_snake_case("fooBar"), "foo_bar");
    }
}

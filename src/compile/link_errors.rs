//! protoc's words for a file the pool refused to link: names defined twice, names that resolve
//! to nothing (or to a file not imported), field and extension numbers in conflict, unknown
//! options. prost-reflect finds the same faults but words and places them its own way, and
//! stops where protoc goes on; so when the pool refuses a file, the file is walked again here
//! in the order protoc's `DescriptorBuilder` walks it (build, cross-link, suggested numbers,
//! then options, only when nothing failed before) and every error protoc would report is
//! reported at protoc's location. Only the refusal path runs this: a file the pool accepts
//! never comes here, so nothing here can refuse valid input.
//!
//! Rules and wording read from protoc 35's `descriptor.cc` and `option_interpreter.cc` and
//! checked against grpcio-tools' protoc on `tests/parse/refused/link_*.proto`.

use std::collections::{HashMap, HashSet};

use prost_reflect::DescriptorPool;
use prost_types::{DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto, UninterpretedOption};
use super::qualify;

/// What a name stands for, with what the later checks need to know about it.
#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Package,
    Message {
        ranges: Vec<(i32, i32)>,
    },
    Enum,
    EnumValue,
    Field,
    /// An extension and the full name of the message it extends (empty while unknown).
    Extension {
        extendee: String,
    },
    Oneof,
    Service,
    Method,
}

impl Kind {
    fn is_type(&self) -> bool {
        matches!(self, Kind::Message { .. } | Kind::Enum)
    }
    /// Whether names can be looked up inside it (protoc's `Symbol::IsAggregate`).
    fn is_aggregate(&self) -> bool {
        matches!(self, Kind::Message { .. } | Kind::Enum | Kind::Package | Kind::Service)
    }
}

#[derive(Clone, Debug)]
struct Symbol {
    kind: Kind,
    /// The file that defined it (for a package, the first file that used it).
    file: String,
}

/// The result of one name lookup, with what protoc remembers for its "not defined" message.
#[derive(Default)]
struct Lookup {
    found: Option<(String, Symbol)>,
    /// A symbol of that name in a file that is not imported: `(name looked up, file)`.
    undeclared: Option<(String, String)>,
    /// The full name a compound name resolved to when its first part was found but not the rest.
    unresolved: String,
}

/// Where protoc places an error on an element (its `ErrorCollector::ErrorLocation`), as the
/// source path suffix protoc's parser records that location at.
#[derive(Clone, Copy)]
enum At {
    Name,
    Number,
    Type,
    Extendee,
    Input,
    Output,
}

fn suffix(at: At, kind: Element) -> &'static [i32] {
    match (kind, at) {
        (Element::Field, At::Name) => &[1],
        (Element::Field, At::Number) => &[3],
        (Element::Field, At::Type) => &[6],
        (Element::Field, At::Extendee) => &[2],
        (Element::Value, At::Number) => &[2],
        (Element::Method, At::Input) => &[2],
        (Element::Method, At::Output) => &[3],
        (_, At::Name) => &[1],
        _ => &[],
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Element {
    Message,
    Field,
    Enum,
    Value,
    Service,
    Method,
    Oneof,
}

/// protoc's errors for `file` (parsed, with its source info and text), its imports being in
/// `pool`; `None` when this walk finds nothing the pool's own error is better left to say.
pub(super) fn describe(file: &FileDescriptorProto, option_imports: &[String], text: &str, pool: &DescriptorPool) -> Option<String> {
    let mut builder = Builder::new(file, option_imports, text, Some(pool));
    builder.build_file();
    builder.cross_link_file();
    builder.suggest_field_numbers();
    if builder.errors.is_empty() {
        builder.interpret_options();
    }
    if builder.errors.is_empty() {
        builder.validate_enums();
    }
    (!builder.errors.is_empty()).then(|| builder.errors.join("\n"))
}

/// Whether the file breaks a rule protoc checks on the file alone, before linking, which the
/// pool does not check (overlapping ranges, reserved names, a reserved name listed twice):
/// such a file is refused with `describe`'s list before it reaches the pool.
pub(super) fn has_local_faults(file: &FileDescriptorProto) -> bool {
    let mut builder = Builder::new(file, &[], "", None);
    builder.build_file();
    !builder.errors.is_empty()
}

struct Builder<'a> {
    file: &'a FileDescriptorProto,
    lines: Vec<&'a [u8]>,
    /// By path; made on the first error (most files checked have none).
    spans: std::sync::OnceLock<HashMap<&'a [i32], &'a [i32]>>,
    symbols: HashMap<String, Symbol>,
    /// Files whose names this file sees: itself, its imports and what they re-export.
    visible: HashSet<String>,
    option_imports: HashSet<String>,
    /// Packages of the visible files.
    visible_packages: Vec<String>,
    /// `(containing message, number)` → the field's name and full name (this file's fields,
    /// as protoc's per-file table holds them).
    numbers: HashMap<(String, i32), (String, String)>,
    /// Per top-level message: how many numbers to suggest and where (protoc's `MessageHints`).
    hints: HashMap<String, (i32, Vec<i32>)>,
    undeclared: Option<(String, String)>,
    errors: Vec<String>,
}

impl<'a> Builder<'a> {
    /// Without a pool, only the file's own names are known.
    fn new(file: &'a FileDescriptorProto, option_imports: &[String], text: &'a str, pool: Option<&DescriptorPool>) -> Self {
        let mut symbols = HashMap::new();
        let mut protos: HashMap<String, FileDescriptorProto> = HashMap::new();
        for dep in pool.into_iter().flat_map(DescriptorPool::files) {
            let proto = dep.file_descriptor_proto().clone();
            add_file_symbols(&proto, &mut symbols);
            protos.insert(proto.name().to_string(), proto);
        }
        // protoc's `dependencies_`: the direct imports and, recursively, their public imports.
        let mut visible = HashSet::from([file.name().to_string()]);
        let mut queue: Vec<String> = file.dependency.clone();
        while let Some(name) = queue.pop() {
            if visible.insert(name.clone()) {
                if let Some(proto) = protos.get(&name) {
                    queue.extend(proto.public_dependency.iter().filter_map(|&i| proto.dependency.get(i as usize).cloned()));
                }
            }
        }
        let visible_packages =
            visible.iter().filter_map(|f| if f == file.name() { file.package.clone() } else { protos.get(f)?.package.clone() }).collect();
        let mut builder = Builder {
            file,
            lines: text.as_bytes().split(|&b| b == b'\n').collect(),
            spans: std::sync::OnceLock::new(),
            symbols,
            visible,
            option_imports: option_imports.iter().cloned().collect(),
            visible_packages,
            numbers: HashMap::new(),
            hints: HashMap::new(),
            undeclared: None,
            errors: Vec::new(),
        };
        let name = file.name().to_string();
        for package in packages(file.package()) {
            builder.symbols.entry(package).or_insert(Symbol { kind: Kind::Package, file: name.clone() });
        }
        builder
    }

    // ---- errors ------------------------------------------------------------------------

    fn error(&mut self, path: &[i32], message: String) {
        let name = self.file.name();
        let file = self.file;
        let spans = self.spans.get_or_init(|| {
            file.source_code_info.iter().flat_map(|i| &i.location).map(|l| (l.path.as_slice(), l.span.as_slice())).collect()
        });
        let span = spans.get(path).or_else(|| spans.get(&path[..path.len().saturating_sub(1)]));
        let out = match span.and_then(|s| Some((usize::try_from(*s.first()?).ok()?, u32::try_from(*s.get(1)?).ok()?))) {
            Some((line, column)) => {
                let shown = self.lines.get(line).map(|l| crate::parse::display_line(l, column));
                let caret = shown.as_ref().map_or(0, |s| s.1);
                super::located_error(name, line + 1, column as usize + 1, &message, shown.as_ref().map(|s| s.0.as_str()), caret)
            }
            None => format!("{name}: {message}"),
        };
        self.errors.push(out);
    }

    fn error_at(&mut self, element: &[i32], kind: Element, at: At, message: String) {
        let path = [element, suffix(at, kind)].concat();
        self.error(&path, message);
    }

    // ---- symbols -----------------------------------------------------------------------

    /// protoc's `AddSymbol`: false (and an error at the element's name) when taken.
    fn add_symbol(&mut self, full_name: &str, element: &[i32], kind: Element, symbol: Kind) -> bool {
        if let Some(other) = self.symbols.get(full_name) {
            let message = if other.file == self.file.name() {
                match full_name.rsplit_once('.') {
                    Some((scope, name)) => format!("\"{name}\" is already defined in \"{scope}\"."),
                    None => format!("\"{full_name}\" is already defined."),
                }
            } else {
                format!("\"{full_name}\" is already defined in file \"{}\".", other.file)
            };
            self.error_at(element, kind, At::Name, message);
            return false;
        }
        self.symbols.insert(full_name.to_string(), Symbol { kind: symbol, file: self.file.name().to_string() });
        true
    }

    /// protoc's `FindSymbol`: a symbol this file may use, remembering one it may not.
    fn find(&mut self, name: &str) -> Option<Symbol> {
        let symbol = self.symbols.get(name)?.clone();
        if self.visible.contains(&symbol.file)
            || (self.option_imports.contains(&symbol.file) && matches!(symbol.kind, Kind::Extension { .. }))
        {
            return Some(symbol);
        }
        if symbol.kind == Kind::Package && self.visible_packages.iter().any(|p| p == name || p.starts_with(&format!("{name}."))) {
            return Some(symbol);
        }
        self.undeclared = Some((name.to_string(), symbol.file));
        None
    }

    /// protoc's `LookupSymbolNoPlaceholder`: `name` relative to `scope`, innermost scope first.
    fn lookup(&mut self, name: &str, scope: &str, types_only: bool) -> Lookup {
        self.undeclared = None;
        let mut out = Lookup::default();
        let found = |full: String, s: Symbol| Some((full, s));
        if let Some(absolute) = name.strip_prefix('.') {
            out.found = self.find(absolute).and_then(|s| found(absolute.to_string(), s));
            out.undeclared = self.undeclared.take();
            return out;
        }
        let first = name.split('.').next().unwrap_or(name);
        let mut scope = scope.to_string();
        loop {
            let Some(dot) = scope.rfind('.') else {
                out.found = self.find(name).and_then(|s| found(name.to_string(), s));
                break;
            };
            scope.truncate(dot);
            let candidate = format!("{scope}.{first}");
            if let Some(symbol) = self.find(&candidate) {
                if first.len() < name.len() {
                    if symbol.kind.is_aggregate() {
                        let full = format!("{scope}.{name}");
                        match self.find(&full) {
                            Some(s) => out.found = Some((full, s)),
                            None => out.unresolved = full,
                        }
                        break;
                    }
                } else if !types_only || symbol.kind.is_type() {
                    out.found = Some((candidate, symbol));
                    break;
                }
            }
        }
        out.undeclared = self.undeclared.take();
        out
    }

    /// protoc's `AddNotDefinedError`.
    fn not_defined(&mut self, element: &[i32], kind: Element, at: At, name: &str, lookup: &Lookup) {
        if lookup.undeclared.is_none() && lookup.unresolved.is_empty() {
            return self.error_at(element, kind, at, format!("\"{name}\" is not defined."));
        }
        if let Some((symbol, file)) = &lookup.undeclared {
            let message = format!(
                "\"{symbol}\" seems to be defined in \"{file}\", which is not imported by \"{}\".  To use it here, please add the necessary import.",
                self.file.name()
            );
            self.error_at(element, kind, at, message);
        }
        if !lookup.unresolved.is_empty() {
            let message = format!(
                "\"{name}\" is resolved to \"{}\", which is not defined. The innermost scope is searched first in name resolution. Consider using a leading '.'(i.e., \".{name}\") to start from the outermost scope.",
                lookup.unresolved
            );
            self.error_at(element, kind, at, message);
        }
    }

    // ---- build -------------------------------------------------------------------------

    fn build_file(&mut self) {
        let file = self.file;
        let package = file.package().to_string();
        for (i, message) in file.message_type.iter().enumerate() {
            self.build_message(message, &package, &[4, i as i32], None);
        }
        for (i, e) in file.enum_type.iter().enumerate() {
            self.build_enum(e, &package, &[5, i as i32]);
        }
        for (i, service) in file.service.iter().enumerate() {
            let full = qualify(&package, service.name());
            for (j, method) in service.method.iter().enumerate() {
                self.add_symbol(&qualify(&full, method.name()), &[6, i as i32, 2, j as i32], Element::Method, Kind::Method);
            }
            self.add_symbol(&full, &[6, i as i32], Element::Service, Kind::Service);
        }
        for (i, extension) in file.extension.iter().enumerate() {
            self.build_field(extension, &package, &[7, i as i32], true, None);
        }
    }

    fn build_message(&mut self, message: &DescriptorProto, scope: &str, path: &[i32], top: Option<&str>) {
        let full = qualify(scope, message.name());
        let top = top.unwrap_or(&full).to_string();
        let at = |tag: i32, i: usize| [path, &[tag, i as i32]].concat();
        for (i, oneof) in message.oneof_decl.iter().enumerate() {
            self.add_symbol(&qualify(&full, oneof.name()), &at(8, i), Element::Oneof, Kind::Oneof);
        }
        for (i, field) in message.field.iter().enumerate() {
            self.build_field(field, &full, &at(2, i), false, Some(&top));
        }
        for (i, e) in message.enum_type.iter().enumerate() {
            self.build_enum(e, &full, &at(4, i));
        }
        for (i, range) in message.extension_range.iter().enumerate() {
            self.build_range(&top, &at(5, i), (range.start(), range.end()), "Extension");
        }
        for (i, extension) in message.extension.iter().enumerate() {
            self.build_field(extension, &full, &at(6, i), true, None);
        }
        for (i, range) in message.reserved_range.iter().enumerate() {
            self.build_range(&top, &at(9, i), (range.start(), range.end()), "Reserved");
        }
        for (i, nested) in message.nested_type.iter().enumerate() {
            self.build_message(nested, &full, &at(3, i), Some(&top));
        }
        let ranges = message.extension_range.iter().map(|r| (r.start(), r.end())).collect();
        self.add_symbol(&full, path, Element::Message, Kind::Message { ranges });

        let reserved = &message.reserved_range;
        let inclusive: Vec<(i32, i32)> = reserved.iter().map(|r| (r.start(), r.end() - 1)).collect();
        for i in 0..inclusive.len() {
            self.later_overlaps(&inclusive, i, &at(9, i), "Reserved");
        }
        let mut names = HashSet::new();
        for name in &message.reserved_name {
            if !names.insert(name.as_str()) {
                self.error_at(path, Element::Message, At::Name, format!("Field name \"{name}\" is reserved multiple times."));
            }
        }
        for (i, field) in message.field.iter().enumerate() {
            let number = field.number();
            for (j, range) in message.extension_range.iter().enumerate() {
                if range.start() <= number && number < range.end() {
                    self.hint(&top, &at(5, j), 1);
                    let text =
                        format!("Extension range {} to {} includes field \"{}\" ({number}).", range.start(), range.end() - 1, field.name());
                    self.error(&at(5, j), text);
                }
            }
            for (j, range) in reserved.iter().enumerate() {
                if range.start() <= number && number < range.end() {
                    self.hint(&top, &at(9, j), 1);
                    self.error(&at(9, j), format!("Field \"{}\" uses reserved number {number}.", field.name()));
                }
            }
            if names.contains(field.name()) {
                self.error_at(&at(2, i), Element::Field, At::Name, format!("Field name \"{}\" is reserved.", field.name()));
            }
        }
        let ranges = &message.extension_range;
        for (i, a) in ranges.iter().enumerate() {
            for b in reserved {
                if a.end() > b.start() && b.end() > a.start() {
                    let text = format!(
                        "Extension range {} to {} overlaps with reserved range {} to {}.",
                        a.start(),
                        a.end() - 1,
                        b.start(),
                        b.end() - 1
                    );
                    self.error(&at(5, i), text);
                }
            }
            let inclusive: Vec<(i32, i32)> = ranges.iter().map(|r| (r.start(), r.end() - 1)).collect();
            self.later_overlaps(&inclusive, i, &at(5, i), "Extension");
        }
    }

    /// protoc's `BuildExtensionRange` / `BuildReservedRange` checks (`kind` names the range).
    fn build_range(&mut self, top: &str, path: &[i32], (start, end): (i32, i32), kind: &str) {
        if start <= 0 {
            self.hint(top, path, end - start);
            self.error(path, format!("{kind} numbers must be positive integers."));
        }
        if start >= end {
            self.error(path, format!("{kind} range end number must be greater than start number."));
        }
    }

    /// Range `i` of `ranges` (inclusive ends) against the ranges after it, as protoc words an
    /// overlap (`kind` names the ranges).
    fn later_overlaps(&mut self, ranges: &[(i32, i32)], i: usize, path: &[i32], kind: &str) {
        let (start, end) = ranges[i];
        for &(later_start, later_end) in &ranges[i + 1..] {
            if end >= later_start && later_end >= start {
                let text = format!("{kind} range {later_start} to {later_end} overlaps with already-defined range {start} to {end}.");
                self.error(path, text);
            }
        }
    }

    /// protoc's `MessageHints::RequestHintOnFieldNumbers` for top-level message `top`.
    fn hint(&mut self, top: &str, reason: &[i32], count: i32) {
        let fit = |v: i32| v.clamp(0, MAX_NUMBER);
        let entry = self.hints.entry(top.to_string()).or_insert((0, Vec::new()));
        entry.0 = fit(entry.0 + fit(count));
        if entry.1.is_empty() {
            entry.1 = reason.to_vec();
        }
    }

    fn build_field(&mut self, field: &FieldDescriptorProto, scope: &str, path: &[i32], extension: bool, top: Option<&str>) {
        let number = field.number();
        if number <= 0 {
            if let Some(top) = top {
                self.hint(top, path, 1);
            }
            self.error_at(path, Element::Field, At::Number, "Field numbers must be positive integers.".into());
        } else if !extension && number > MAX_NUMBER {
            if let Some(top) = top {
                self.hint(top, path, 1);
            }
            self.error_at(path, Element::Field, At::Number, format!("Field numbers cannot be greater than {MAX_NUMBER}."));
        }
        let kind = if extension { Kind::Extension { extendee: String::new() } } else { Kind::Field };
        self.add_symbol(&qualify(scope, field.name()), path, Element::Field, kind);
    }

    fn build_enum(&mut self, e: &EnumDescriptorProto, scope: &str, path: &[i32]) {
        let full = qualify(scope, e.name());
        if e.value.is_empty() {
            self.error_at(path, Element::Enum, At::Name, "Enums must contain at least one value.".into());
        }
        let mut inner = HashSet::new();
        for (i, value) in e.value.iter().enumerate() {
            let value_path = [path, &[2, i as i32]].concat();
            // Enum values are siblings of their enum (C++ scoping), and children of it too.
            let outer = self.add_symbol(&qualify(scope, value.name()), &value_path, Element::Value, Kind::EnumValue);
            if inner.insert(value.name()) && !outer {
                let where_ = if scope.is_empty() { "the global scope".to_string() } else { format!("\"{scope}\"") };
                let message = format!(
                    "Note that enum values use C++ scoping rules, meaning that enum values are siblings of their type, not children of it.  Therefore, \"{}\" must be unique within {where_}, not just within \"{}\".",
                    value.name(),
                    e.name()
                );
                self.error_at(&value_path, Element::Value, At::Name, message);
            }
        }
        self.add_symbol(&full, path, Element::Enum, Kind::Enum);
        let reserved = &e.reserved_range;
        let inclusive: Vec<(i32, i32)> = reserved.iter().map(|r| (r.start(), r.end())).collect();
        for i in 0..inclusive.len() {
            self.later_overlaps(&inclusive, i, &[path, &[4, i as i32]].concat(), "Reserved");
        }
        let mut names = HashSet::new();
        for name in &e.reserved_name {
            if !names.insert(name.as_str()) {
                self.error_at(path, Element::Enum, At::Name, format!("Enum value \"{name}\" is reserved multiple times."));
            }
        }
        for (i, value) in e.value.iter().enumerate() {
            for (j, range) in reserved.iter().enumerate() {
                if range.start() <= value.number() && value.number() <= range.end() {
                    let text = format!("Enum value \"{}\" uses reserved number {}.", value.name(), value.number());
                    self.error(&[path, &[4, j as i32]].concat(), text);
                }
            }
            if names.contains(value.name()) {
                let text = format!("Enum value \"{}\" is reserved.", value.name());
                self.error_at(&[path, &[2, i as i32]].concat(), Element::Value, At::Name, text);
            }
        }
    }

    // ---- cross-link --------------------------------------------------------------------

    fn cross_link_file(&mut self) {
        let file = self.file;
        let package = file.package().to_string();
        for (i, message) in file.message_type.iter().enumerate() {
            self.cross_link_message(message, &package, &[4, i as i32]);
        }
        for (i, extension) in file.extension.iter().enumerate() {
            self.cross_link_field(extension, &package, &[7, i as i32], None);
        }
        for (i, service) in file.service.iter().enumerate() {
            let full = qualify(&package, service.name());
            for (j, method) in service.method.iter().enumerate() {
                let method_name = qualify(&full, method.name());
                let path = [6, i as i32, 2, j as i32];
                for (name, at) in [(method.input_type(), At::Input), (method.output_type(), At::Output)] {
                    let lookup = self.lookup(name, &method_name, false);
                    match &lookup.found {
                        None => self.not_defined(&path, Element::Method, at, name, &lookup),
                        Some((_, s)) if !matches!(s.kind, Kind::Message { .. }) => {
                            self.error_at(&path, Element::Method, at, format!("\"{name}\" is not a message type."))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }

    fn cross_link_message(&mut self, message: &DescriptorProto, scope: &str, path: &[i32]) {
        let full = qualify(scope, message.name());
        for (i, nested) in message.nested_type.iter().enumerate() {
            self.cross_link_message(nested, &full, &[path, &[3, i as i32]].concat());
        }
        for (i, field) in message.field.iter().enumerate() {
            self.cross_link_field(field, &full, &[path, &[2, i as i32]].concat(), Some(message));
        }
        for (i, extension) in message.extension.iter().enumerate() {
            self.cross_link_field(extension, &full, &[path, &[6, i as i32]].concat(), None);
        }
    }

    fn cross_link_field(&mut self, field: &FieldDescriptorProto, scope: &str, path: &[i32], parent: Option<&DescriptorProto>) {
        use prost_types::field_descriptor_proto::Type;
        let full = qualify(scope, field.name());
        let number = field.number();
        let containing = if parent.is_none() {
            let extendee = field.extendee();
            let lookup = self.lookup(extendee, &full, false);
            let Some((extendee_name, symbol)) = lookup.found.clone() else {
                return self.not_defined(path, Element::Field, At::Extendee, extendee, &lookup);
            };
            let Kind::Message { ranges } = symbol.kind else {
                return self.error_at(path, Element::Field, At::Extendee, format!("\"{extendee}\" is not a message type."));
            };
            if let Some(Symbol { kind: Kind::Extension { extendee }, .. }) = self.symbols.get_mut(&full) {
                extendee.clone_from(&extendee_name);
            }
            if !ranges.iter().any(|&(start, end)| start <= number && number < end) {
                self.error_at(
                    path,
                    Element::Field,
                    At::Number,
                    format!("\"{extendee_name}\" does not declare {number} as an extension number."),
                );
            }
            extendee_name
        } else {
            scope.to_string()
        };
        if field.type_name.is_some() {
            let type_name = field.type_name();
            let lookup = self.lookup(type_name, &full, true);
            let Some((_, symbol)) = lookup.found.clone() else {
                return self.not_defined(path, Element::Field, At::Type, type_name, &lookup);
            };
            let is_message = matches!(symbol.kind, Kind::Message { .. });
            if field.r#type.is_none() && !symbol.kind.is_type() {
                return self.error_at(path, Element::Field, At::Type, format!("\"{type_name}\" is not a type."));
            }
            let wants_message = match field.r#type {
                Some(t) => t == Type::Message as i32 || t == Type::Group as i32,
                None => is_message,
            };
            if wants_message && !is_message {
                return self.error_at(path, Element::Field, At::Type, format!("\"{type_name}\" is not a message type."));
            }
            if !wants_message && symbol.kind != Kind::Enum {
                return self.error_at(path, Element::Field, At::Type, format!("\"{type_name}\" is not an enum type."));
            }
            if wants_message && field.default_value.is_some() {
                self.error_at(path, Element::Field, At::Type, "Messages can't have default values.".into());
            }
        }
        let key = (containing.clone(), number);
        if let Some((name, full_name)) = self.numbers.get(&key).cloned() {
            let message = match parent {
                None => format!("Extension number {number} has already been used in \"{containing}\" by extension \"{full_name}\"."),
                Some(parent) => {
                    let next = next_free_number(parent);
                    let next = if next <= i64::from(MAX_NUMBER) {
                        format!("Next available field number is {next}")
                    } else {
                        "There are no available field numbers".into()
                    };
                    format!("Field number {number} has already been used in \"{containing}\" by field \"{name}\". {next}.")
                }
            };
            self.error_at(path, Element::Field, At::Number, message);
        } else {
            self.numbers.insert(key, (field.name().to_string(), full));
        }
    }

    /// protoc's `SuggestFieldNumbers`: top-level messages whose numbers were at fault.
    fn suggest_field_numbers(&mut self) {
        let file = self.file;
        for message in &file.message_type {
            let full = qualify(file.package(), message.name());
            let Some((count, reason)) = self.hints.get(&full).cloned() else {
                continue;
            };
            let mut left = count.min(3);
            if left <= 0 {
                continue;
            }
            let mut used: Vec<(i32, i32)> = Vec::new();
            let add_ordinal = |used: &mut Vec<(i32, i32)>, n: i32| {
                if n <= 0 || n > MAX_NUMBER {
                    return;
                }
                match used.last_mut() {
                    Some(last) if last.1 == n => last.1 = n + 1,
                    _ => used.push((n, n + 1)),
                }
            };
            for field in message.field.iter().chain(&message.extension) {
                add_ordinal(&mut used, field.number());
            }
            let clamp = |v: i32| v.clamp(0, MAX_NUMBER + 1);
            let ranges = message
                .reserved_range
                .iter()
                .map(|r| (r.start(), r.end()))
                .chain(message.extension_range.iter().map(|r| (r.start(), r.end())));
            for (from, to) in ranges {
                let (from, to) = (clamp(from), clamp(to));
                if from < to {
                    used.push((from, to));
                }
            }
            used.push((MAX_NUMBER, MAX_NUMBER + 1));
            used.push((19000, 19999));
            used.sort();
            let mut current = 1;
            let mut ids = Vec::new();
            for (from, to) in used {
                while current < from && left > 0 {
                    ids.push(current.to_string());
                    current += 1;
                    left -= 1;
                }
                if left == 0 {
                    break;
                }
                current = current.max(to);
            }
            self.error(&reason, format!("Suggested field numbers for {full}: {}", ids.join(", ")));
        }
    }

    // ---- validation --------------------------------------------------------------------

    /// Enum numbers used twice without `allow_alias`, as protoc's `ValidateOptions` words it.
    fn validate_enums(&mut self) {
        let file = self.file;
        let mut enums: Vec<(&EnumDescriptorProto, String, Vec<i32>)> = Vec::new();
        fn collect<'f>(m: &'f DescriptorProto, scope: &str, path: &[i32], out: &mut Vec<(&'f EnumDescriptorProto, String, Vec<i32>)>) {
            let full = qualify(scope, m.name());
            for (i, nested) in m.nested_type.iter().enumerate() {
                collect(nested, &full, &[path, &[3, i as i32]].concat(), out);
            }
            for (i, e) in m.enum_type.iter().enumerate() {
                out.push((e, full.clone(), [path, &[4, i as i32]].concat()));
            }
        }
        for (i, m) in file.message_type.iter().enumerate() {
            collect(m, file.package(), &[4, i as i32], &mut enums);
        }
        for (i, e) in file.enum_type.iter().enumerate() {
            enums.push((e, file.package().to_string(), vec![5, i as i32]));
        }
        for (e, scope, path) in enums {
            let alias = e.options.iter().flat_map(|o| &o.uninterpreted_option).any(|o| {
                matches!(o.name.as_slice(), [n] if !n.is_extension && n.name_part == "allow_alias")
                    && o.identifier_value.as_deref() == Some("true")
            });
            if alias {
                continue;
            }
            let mut used: HashMap<i32, String> = HashMap::new();
            for (i, value) in e.value.iter().enumerate() {
                let full = qualify(&scope, value.name());
                match used.get(&value.number()) {
                    None => {
                        used.insert(value.number(), full);
                    }
                    Some(first) => {
                        let numbers: HashSet<i64> = e.value.iter().map(|v| i64::from(v.number())).collect();
                        let mut next = i64::from(value.number()) + 1;
                        while numbers.contains(&next) {
                            next += 1;
                        }
                        let mut message = format!(
                            "\"{full}\" uses the same enum value as \"{first}\". If this is intended, set 'option allow_alias = true;' to the enum definition."
                        );
                        if next < i64::from(i32::MAX) {
                            message.push_str(&format!(" The next available enum value is {next}."));
                        }
                        self.error_at(&[path.as_slice(), &[2, i as i32]].concat(), Element::Value, At::Number, message);
                    }
                }
            }
        }
    }

    // ---- options -----------------------------------------------------------------------

    /// Unknown options, in protoc's order: every element's options as protoc allocates them
    /// (a message's oneofs, fields, enums, extension ranges, extensions, itself, then nested
    /// messages; the file's own last), options named by a field before extensions, the first
    /// fault of each options message only.
    fn interpret_options(&mut self) {
        let file = self.file;
        let mut order: Vec<OptionsAt> = Vec::new();
        let package = file.package().to_string();
        for (i, message) in file.message_type.iter().enumerate() {
            message_options(message, &package, &[4, i as i32], &mut order);
        }
        for (i, e) in file.enum_type.iter().enumerate() {
            enum_options(e, &package, &[5, i as i32], &mut order);
        }
        for (i, service) in file.service.iter().enumerate() {
            let full = qualify(&package, service.name());
            for (j, method) in service.method.iter().enumerate() {
                let options = method.options.as_ref().map(|o| o.uninterpreted_option.clone());
                order.push(OptionsAt::new(qualify(&full, method.name()), vec![6, i as i32, 2, j as i32, 4], "MethodOptions", options));
            }
            order.push(OptionsAt::new(
                full,
                vec![6, i as i32, 3],
                "ServiceOptions",
                service.options.as_ref().map(|o| o.uninterpreted_option.clone()),
            ));
        }
        for (i, extension) in file.extension.iter().enumerate() {
            let options = extension.options.as_ref().map(|o| o.uninterpreted_option.clone());
            order.push(OptionsAt::new(qualify(&package, extension.name()), vec![7, i as i32, 8], "FieldOptions", options));
        }
        order.push(OptionsAt::new(package, vec![8], "FileOptions", file.options.as_ref().map(|o| o.uninterpreted_option.clone())));
        let mut failed = vec![false; order.len()];
        for extensions in [false, true] {
            for (k, at) in order.iter().enumerate() {
                if failed[k] {
                    continue;
                }
                for (i, option) in at.options.iter().enumerate() {
                    let Some(first) = option.name.first() else {
                        continue;
                    };
                    if first.is_extension != extensions {
                        continue;
                    }
                    if let Some(message) = self.option_fault(at, option) {
                        self.error(&[at.path.as_slice(), &[999, i as i32, 2]].concat(), message);
                        failed[k] = true;
                        break;
                    }
                }
            }
        }
    }

    /// What protoc says of the first name part of `option`, when it cannot be resolved.
    fn option_fault(&mut self, at: &OptionsAt, option: &UninterpretedOption) -> Option<String> {
        let first = option.name.first()?;
        let shown = if first.is_extension { format!("({})", first.name_part) } else { first.name_part.clone() };
        if !first.is_extension {
            // Known fields of descriptor.proto's options messages are left to the pool.
            return None;
        }
        let lookup = self.lookup(&first.name_part, &at.scope, false);
        match lookup.found {
            Some((_, Symbol { kind: Kind::Extension { extendee }, .. })) if extendee.is_empty() || extendee == format!("google.protobuf.{}", at.options_type) => None,
            Some((_, Symbol { kind: Kind::Extension { .. } | Kind::Field, .. })) => {
                Some(format!("Option field \"{shown}\" is not a field or extension of message \"{}\".", at.options_type))
            }
            _ if !lookup.unresolved.is_empty() => Some(format!(
                "Option \"{shown}\" is resolved to \"({})\", which is not defined. The innermost scope is searched first in name resolution. Consider using a leading '.'(i.e., \"(.{}\") to start from the outermost scope.",
                lookup.unresolved,
                &shown[1..]
            )),
            _ => Some(format!(
                "Option \"{shown}\" unknown. Ensure that your proto definition file imports the proto which defines the option (i.e. via import option after edition 2024)."
            )),
        }
    }
}

/// One element's options: the scope names in them resolve from, the path of its options
/// message, its type's short name, and the options as written.
struct OptionsAt {
    scope: String,
    path: Vec<i32>,
    options_type: &'static str,
    options: Vec<UninterpretedOption>,
}

impl OptionsAt {
    fn new(scope: String, path: Vec<i32>, options_type: &'static str, options: Option<Vec<UninterpretedOption>>) -> Self {
        OptionsAt { scope, path, options_type, options: options.unwrap_or_default() }
    }
}

fn message_options(message: &DescriptorProto, scope: &str, path: &[i32], order: &mut Vec<OptionsAt>) {
    let full = qualify(scope, message.name());
    let at = |tag: i32, i: usize, options: i32| [path, &[tag, i as i32, options]].concat();
    for (i, oneof) in message.oneof_decl.iter().enumerate() {
        order.push(OptionsAt::new(
            qualify(&full, oneof.name()),
            at(8, i, 2),
            "OneofOptions",
            oneof.options.as_ref().map(|o| o.uninterpreted_option.clone()),
        ));
    }
    for (i, field) in message.field.iter().enumerate() {
        order.push(OptionsAt::new(
            qualify(&full, field.name()),
            at(2, i, 8),
            "FieldOptions",
            field.options.as_ref().map(|o| o.uninterpreted_option.clone()),
        ));
    }
    for (i, e) in message.enum_type.iter().enumerate() {
        enum_options(e, &full, &[path, &[4, i as i32]].concat(), order);
    }
    for (i, range) in message.extension_range.iter().enumerate() {
        let options = range.options.as_ref().map(|o| o.uninterpreted_option.clone());
        order.push(OptionsAt::new(full.clone(), at(5, i, 3), "ExtensionRangeOptions", options));
    }
    for (i, field) in message.extension.iter().enumerate() {
        order.push(OptionsAt::new(
            qualify(&full, field.name()),
            at(6, i, 8),
            "FieldOptions",
            field.options.as_ref().map(|o| o.uninterpreted_option.clone()),
        ));
    }
    order.push(OptionsAt::new(
        full.clone(),
        [path, &[7]].concat(),
        "MessageOptions",
        message.options.as_ref().map(|o| o.uninterpreted_option.clone()),
    ));
    for (i, nested) in message.nested_type.iter().enumerate() {
        message_options(nested, &full, &[path, &[3, i as i32]].concat(), order);
    }
}

fn enum_options(e: &EnumDescriptorProto, scope: &str, path: &[i32], order: &mut Vec<OptionsAt>) {
    let full = qualify(scope, e.name());
    for (i, value) in e.value.iter().enumerate() {
        let options = value.options.as_ref().map(|o| o.uninterpreted_option.clone());
        order.push(OptionsAt::new(qualify(scope, value.name()), [path, &[2, i as i32, 3]].concat(), "EnumValueOptions", options));
    }
    order.push(OptionsAt::new(full, [path, &[3]].concat(), "EnumOptions", e.options.as_ref().map(|o| o.uninterpreted_option.clone())));
}

const MAX_NUMBER: i32 = 536_870_911;

/// protoc's "Next available field number": the lowest number above the message's fields and
/// ranges that start from 1 without a gap.
fn next_free_number(message: &DescriptorProto) -> i64 {
    let mut used: Vec<(i64, i64)> = message.field.iter().map(|f| (i64::from(f.number()), i64::from(f.number()))).collect();
    used.extend(message.extension_range.iter().map(|r| (i64::from(r.start()), i64::from(r.end()) - 1)));
    used.extend(message.reserved_range.iter().map(|r| (i64::from(r.start()), i64::from(r.end()) - 1)));
    used.sort();
    used.dedup();
    let mut next = 1;
    for (start, end) in used {
        if start <= next && next <= end {
            next = end + 1;
        } else {
            break;
        }
    }
    next
}


/// `a`, `a.b`, `a.b.c` for package `a.b.c`.
fn packages(package: &str) -> Vec<String> {
    if package.is_empty() {
        return Vec::new();
    }
    let parts: Vec<&str> = package.split('.').collect();
    (1..=parts.len()).map(|n| parts[..n].join(".")).collect()
}

/// Every name another (already linked) file defines, as protoc's pool tables hold them.
fn add_file_symbols(file: &FileDescriptorProto, symbols: &mut HashMap<String, Symbol>) {
    let name = file.name().to_string();
    let mut add = |full: String, kind: Kind| {
        symbols.entry(full).or_insert(Symbol { kind, file: name.clone() });
    };
    for package in packages(file.package()) {
        add(package, Kind::Package);
    }
    fn message(m: &DescriptorProto, scope: &str, add: &mut dyn FnMut(String, Kind)) {
        let full = qualify(scope, m.name());
        add(full.clone(), Kind::Message { ranges: m.extension_range.iter().map(|r| (r.start(), r.end())).collect() });
        for f in &m.field {
            add(qualify(&full, pool_name(f.name())), Kind::Field);
        }
        for f in &m.extension {
            add(qualify(&full, f.name()), Kind::Extension { extendee: f.extendee().trim_start_matches('.').to_string() });
        }
        for o in &m.oneof_decl {
            add(qualify(&full, o.name()), Kind::Oneof);
        }
        for e in &m.enum_type {
            enumeration(e, &full, add);
        }
        for n in &m.nested_type {
            message(n, &full, add);
        }
    }
    fn enumeration(e: &EnumDescriptorProto, scope: &str, add: &mut dyn FnMut(String, Kind)) {
        add(qualify(scope, e.name()), Kind::Enum);
        for v in &e.value {
            add(qualify(scope, v.name()), Kind::EnumValue);
        }
    }
    let package = file.package().to_string();
    for m in &file.message_type {
        message(m, &package, &mut add);
    }
    for e in &file.enum_type {
        enumeration(e, &package, &mut add);
    }
    for f in &file.extension {
        add(qualify(&package, f.name()), Kind::Extension { extendee: f.extendee().trim_start_matches('.').to_string() });
    }
    for s in &file.service {
        let full = qualify(&package, s.name());
        add(full.clone(), Kind::Service);
        for m in &s.method {
            add(qualify(&full, m.name()), Kind::Method);
        }
    }
}

/// A field's name as the source wrote it: the pool may hold a stand-in (`compile::PoolAliases`).
fn pool_name(name: &str) -> &str {
    name.split('#').next().unwrap_or(name)
}

//! Method input and output types, resolved the way protoc resolves them (every kind of symbol
//! in view; see the parent module).

use super::*;
use crate::compile::qualify;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Package,
    Message,
    Enum,
    EnumValue,
    Field,
    Oneof,
    Extension,
    Service,
    Method,
}

impl Kind {
    /// Symbols a qualified name can continue into (protoc's `IsAggregate`).
    fn is_aggregate(self) -> bool {
        matches!(self, Kind::Package | Kind::Message | Kind::Enum | Kind::Service)
    }
}

/// Every symbol of every file by full name (without the leading dot), with the file defining it.
/// A package name may be defined by many files.
pub(super) struct Symbols<'a> {
    defs: HashMap<String, (Kind, usize)>,
    packages: HashMap<String, Vec<usize>>,
    files: &'a [&'a FileDescriptorProto],
    by_name: HashMap<&'a str, usize>,
}

impl<'a> Symbols<'a> {
    pub(super) fn new(files: &'a [&'a FileDescriptorProto]) -> Self {
        let mut s = Symbols {
            defs: HashMap::new(),
            packages: HashMap::new(),
            files,
            by_name: files.iter().enumerate().map(|(i, f)| (f.name(), i)).collect(),
        };
        for (i, file) in files.iter().enumerate() {
            let package = file.package();
            if !package.is_empty() {
                // `a.b.c` defines the packages `a`, `a.b` and `a.b.c`.
                let ends = package.match_indices('.').map(|(dot, _)| dot).chain([package.len()]);
                for end in ends {
                    s.packages.entry(package[..end].to_string()).or_default().push(i);
                }
            }
            for m in &file.message_type {
                s.message(i, package, m);
            }
            for e in &file.enum_type {
                s.enumeration(i, package, e);
            }
            for x in &file.extension {
                s.add(i, qualify(package, x.name()), Kind::Extension);
            }
            for svc in &file.service {
                let full = qualify(package, svc.name());
                for m in &svc.method {
                    s.add(i, qualify(&full, m.name()), Kind::Method);
                }
                s.add(i, full, Kind::Service);
            }
        }
        s
    }

    fn add(&mut self, file: usize, name: String, kind: Kind) {
        self.defs.entry(name).or_insert((kind, file));
    }

    fn message(&mut self, file: usize, scope: &str, m: &DescriptorProto) {
        let full = qualify(scope, m.name());
        for f in &m.field {
            self.add(file, qualify(&full, f.name()), Kind::Field);
        }
        for o in &m.oneof_decl {
            self.add(file, qualify(&full, o.name()), Kind::Oneof);
        }
        for x in &m.extension {
            self.add(file, qualify(&full, x.name()), Kind::Extension);
        }
        for n in &m.nested_type {
            self.message(file, &full, n);
        }
        for e in &m.enum_type {
            self.enumeration(file, &full, e);
        }
        self.add(file, full, Kind::Message);
    }

    fn enumeration(&mut self, file: usize, scope: &str, e: &EnumDescriptorProto) {
        // Enum values are siblings of their enum, not children of it.
        for v in &e.value {
            self.add(file, qualify(scope, v.name()), Kind::EnumValue);
        }
        self.add(file, qualify(scope, e.name()), Kind::Enum);
    }

    /// The files whose symbols `file` sees: itself, its imports, and what those re-export with
    /// `import public`, transitively.
    fn visible_from(&self, file: usize) -> Vec<bool> {
        let mut seen = vec![false; self.files.len()];
        seen[file] = true;
        let mut public = Vec::new();
        for dep in &self.files[file].dependency {
            if let Some(&d) = self.by_name.get(dep.as_str()) {
                if !seen[d] {
                    seen[d] = true;
                    public.push(d);
                }
            }
        }
        while let Some(d) = public.pop() {
            let f = &self.files[d];
            for &p in &f.public_dependency {
                let Some(&dep) = usize::try_from(p).ok().and_then(|p| f.dependency.get(p)).and_then(|n| self.by_name.get(n.as_str()))
                else {
                    continue;
                };
                if !seen[dep] {
                    seen[dep] = true;
                    public.push(dep);
                }
            }
        }
        seen
    }

    /// protoc's `FindSymbol` from a file: a symbol counts only if a visible file defines it (a
    /// package, if the file or a visible file is in it).
    fn find(&self, visible: &[bool], name: &str) -> Option<Kind> {
        if let Some(&(kind, file)) = self.defs.get(name) {
            return visible[file].then_some(kind);
        }
        let files = self.packages.get(name)?;
        files.iter().any(|&f| visible[f]).then_some(Kind::Package)
    }

    /// protoc's `LookupSymbolNoPlaceholder` with every kind of symbol accepted: the first
    /// component of `name` is looked up in `relative_to`'s parent scope, then outward; a simple
    /// name resolves to whatever it finds first; a qualified name continues in what its first
    /// component found if that can hold names, and otherwise keeps looking outward.
    fn lookup(&self, visible: &[bool], name: &str, relative_to: &str) -> Option<Kind> {
        if let Some(full) = name.strip_prefix('.') {
            return self.find(visible, full);
        }
        let first = name.split('.').next().unwrap_or(name);
        let mut scope = relative_to;
        loop {
            let Some(dot) = scope.rfind('.') else { return self.find(visible, name) };
            scope = &scope[..dot];
            let Some(kind) = self.find(visible, &format!("{scope}.{first}")) else { continue };
            if first.len() == name.len() {
                return Some(kind);
            }
            if kind.is_aggregate() {
                return self.find(visible, &format!("{scope}.{name}"));
            }
        }
    }
}

pub(super) fn method_types(symbols: &Symbols, index: usize, file: &FileDescriptorProto, source: &Source, errors: &mut Vec<String>) {
    if file.service.iter().all(|s| s.method.is_empty()) {
        return;
    }
    let visible = symbols.visible_from(index);
    for (s, service) in file.service.iter().enumerate() {
        let service_name = qualify(file.package(), service.name());
        for (m, method) in service.method.iter().enumerate() {
            let full = qualify(&service_name, method.name());
            for tag in [METHOD_INPUT_TYPE, METHOD_OUTPUT_TYPE] {
                let path = [FILE_SERVICE, s as i32, SERVICE_METHOD, m as i32, tag];
                // protox records the resolved name; the name as written is in the source.
                let Some(written) = source.text(&path).and_then(|t| type_name(&t)) else { continue };
                match symbols.lookup(&visible, &written, &full) {
                    Some(Kind::Message) | None => {}
                    Some(_) => errors.push(source.error(&path, &format!("\"{written}\" is not a message type."))),
                }
            }
        }
    }
}

/// A type name as protoc's parser joins it: identifiers and dots, whitespace between tokens
/// dropped; `None` for anything else (e.g. a comment inside the name).
pub(super) fn type_name(text: &str) -> Option<String> {
    let name: String = text.split_whitespace().collect();
    let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    valid.then_some(name)
}


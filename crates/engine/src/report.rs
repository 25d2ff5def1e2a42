//! What the engine prints: one line per resource step as it completes, and a summary.

use std::sync::Mutex;

use super::state::PendingCreate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Create,
    Update,
    Replace,
    Delete,
    Same,
}

impl Op {
    const ALL: [Op; 5] = [Op::Create, Op::Update, Op::Replace, Op::Delete, Op::Same];

    fn symbol(self) -> &'static str {
        match self {
            Op::Create => "+",
            Op::Update => "~",
            Op::Replace => "+-",
            Op::Delete => "-",
            Op::Same => " ",
        }
    }

    fn word(self, preview: bool) -> &'static str {
        match (self, preview) {
            (Op::Create, false) => "created",
            (Op::Update, false) => "updated",
            (Op::Replace, false) => "replaced",
            (Op::Delete, false) => "deleted",
            (Op::Create, true) => "to create",
            (Op::Update, true) => "to update",
            (Op::Replace, true) => "to replace",
            (Op::Delete, true) => "to delete",
            (Op::Same, _) => "unchanged",
        }
    }

    fn verb(self) -> &'static str {
        match self {
            Op::Create => "create",
            Op::Update => "update",
            Op::Replace => "replace",
            Op::Delete => "delete",
            Op::Same => "same",
        }
    }
}

pub struct Report {
    preview: bool,
    steps: Mutex<Vec<(Op, String, String)>>,
}

impl Report {
    pub fn new(preview: bool) -> Report {
        Report { preview, steps: Mutex::new(Vec::new()) }
    }

    pub fn step(&self, op: Op, ty: &str, name: &str) {
        println!("{:<2} {:<8} {ty} {name}", op.symbol(), op.verb());
        if let Ok(mut s) = self.steps.lock() {
            s.push((op, ty.to_string(), name.to_string()));
        }
    }

    pub fn count(&self, op: Op) -> usize {
        self.steps.lock().map(|s| s.iter().filter(|(o, ..)| *o == op).count()).unwrap_or(0)
    }

    /// `Resources: 2 created, 1 updated, 0 replaced, 1 deleted, 3 unchanged`.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = Op::ALL.iter().map(|&op| format!("{} {}", self.count(op), op.word(self.preview))).collect();
        format!("{}Resources: {}", if self.preview { "Preview: " } else { "" }, parts.join(", "))
    }
}

/// The warning about a create an earlier run left unfinished: the one chance to act on it.
pub fn pending_create_warning(c: &PendingCreate) -> String {
    let id = if c.id.is_empty() { String::new() } else { format!(", id {}", c.id) };
    format!(
        "warning: an earlier run ended while creating {} ({}, provider {}{id}); it may exist at the \
         provider without being in the state: check it there, and delete it or let the program create it again",
        c.urn, c.ty, c.provider
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_create_names_the_id_it_got() {
        let mut c = PendingCreate {
            urn: "urn:a".into(),
            ty: "demo:index:File".into(),
            provider: "demo".into(),
            id: String::new(),
            inputs: Default::default(),
        };
        let without = pending_create_warning(&c);
        assert!(without.starts_with("warning: an earlier run ended while creating urn:a (demo:index:File, provider demo); it may"), "{without}");
        c.id = "a.txt".into();
        assert!(pending_create_warning(&c).contains("(demo:index:File, provider demo, id a.txt); it may exist at the provider without"));
    }
}

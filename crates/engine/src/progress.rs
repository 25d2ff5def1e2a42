//! The state as a run changes it, and the run's bookkeeping: the resources it registered come
//! first, in registration order (so the state keeps every resource after its parent and
//! dependencies); after them, the saved resources not registered (yet) and replaced ones
//! awaiting their Delete. Also what is deleted, and in which order. Nothing here calls a plugin
//! or writes a file: deploy.rs does, after every change.

use std::collections::HashSet;

use serde_json::{Map, Value as Json};

use super::error::Error;
use super::state::{Resource, State};

pub struct Progress {
    pub state: State,
    /// `state.resources[..registered]` were registered by this run.
    registered: usize,
    seen: HashSet<String>,
}

impl Progress {
    pub fn new(state: State) -> Progress {
        Progress { state, registered: 0, seen: HashSet::new() }
    }

    /// Takes `urn` as registered next, if what it points at was registered before it (the
    /// state keeps every resource after its parent and dependencies) and it was not registered
    /// already.
    pub fn admit(&mut self, urn: &str, parent: &str, dependencies: &[String]) -> Result<(), Error> {
        if !parent.is_empty() && !self.seen.contains(parent) {
            return Err(Error::parent_not_registered(urn, parent));
        }
        if let Some(missing) = dependencies.iter().find(|d| !self.seen.contains(*d)) {
            return Err(Error::dependency_not_registered(urn, missing));
        }
        if !self.seen.insert(urn.to_string()) {
            return Err(Error::registered_twice(urn));
        }
        Ok(())
    }

    /// The saved entry of `urn` (not one awaiting its Delete).
    pub fn saved(&self, urn: &str) -> Option<&Resource> {
        self.state.find(urn)
    }

    /// Records `res` as registered by this run, in place of its saved entry, if any.
    pub fn record(&mut self, res: Resource) {
        self.forget(&res.urn, false);
        self.state.resources.insert(self.registered, res);
        self.registered += 1;
    }

    /// Marks the saved entry of `urn` as replaced, its Delete outstanding.
    pub fn mark_replaced(&mut self, urn: &str) {
        if let Some(r) = self.state.resources.iter_mut().find(|r| r.urn == urn && !r.pending_delete) {
            r.pending_delete = true;
        }
    }

    /// Drops the entries of `urn` that are (`pending_delete`) or are not awaiting their Delete.
    pub fn forget(&mut self, urn: &str, pending_delete: bool) {
        let mut i = 0;
        while i < self.state.resources.len() {
            let r = &self.state.resources[i];
            if r.urn == urn && r.pending_delete == pending_delete {
                self.state.resources.remove(i);
                if i < self.registered {
                    self.registered -= 1;
                }
            } else {
                i += 1;
            }
        }
    }

    /// Sets the outputs of `urn`'s entry; false if there is none.
    pub fn set_outputs(&mut self, urn: &str, outputs: Map<String, Json>) -> bool {
        match self.state.resources.iter_mut().find(|r| r.urn == urn && !r.pending_delete) {
            Some(r) => {
                r.outputs = outputs;
                true
            }
            None => false,
        }
    }

    /// Resources an earlier run replaced without completing their Delete, in the order to
    /// delete them (last first).
    pub fn left_over(&self) -> Vec<Resource> {
        self.state.resources.iter().filter(|r| r.pending_delete).rev().cloned().collect()
    }

    /// Saved resources this run did not register, in the order to delete them: dependents
    /// first (the reverse of the state's order).
    pub fn unregistered(&self) -> Vec<Resource> {
        self.state.resources[self.registered..].iter().filter(|r| !r.pending_delete).rev().cloned().collect()
    }

    /// `destroy`: every resource, dependents first.
    pub fn everything(&self) -> Vec<Resource> {
        self.state.resources.iter().rev().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(urn: &str) -> Resource {
        Resource {
            urn: urn.into(),
            ty: "t:m:T".into(),
            name: urn.into(),
            custom: true,
            parent: String::new(),
            id: format!("id-{urn}"),
            provider: "t".into(),
            dependencies: vec![],
            inputs: Map::new(),
            outputs: Map::new(),
            pending_delete: false,
        }
    }

    fn progress(urns: &[&str]) -> Progress {
        let mut state = State::empty("p", "dev");
        state.resources = urns.iter().map(|u| res(u)).collect();
        Progress::new(state)
    }

    fn urns(resources: &[Resource]) -> Vec<String> {
        resources.iter().map(|r| if r.pending_delete { format!("{}*", r.urn) } else { r.urn.clone() }).collect()
    }

    #[test]
    fn registrations_come_after_what_they_point_at() {
        let mut p = progress(&[]);
        let err = p.admit("b", "a", &[]).unwrap_err();
        assert_eq!(err.to_string(), "b: its parent a was not registered in this run");
        p.admit("a", "", &[]).unwrap();
        let err = p.admit("c", "a", &["a".into(), "x".into()]).unwrap_err();
        assert_eq!(err.to_string(), "c: it depends on x, which was not registered in this run");
        p.admit("b", "a", &["a".into()]).unwrap();
        assert_eq!(p.admit("a", "", &[]).unwrap_err().to_string(), "a was registered twice in one run");
    }

    #[test]
    fn registered_resources_move_to_the_front_in_order() {
        // Saved: a b c. The program registers c, then a, then a new d; b is left over.
        let mut p = progress(&["a", "b", "c"]);
        for urn in ["c", "a", "d"] {
            let was = p.saved(urn).map(|r| r.id.clone());
            p.record(Resource { id: was.unwrap_or_else(|| "new".into()), ..res(urn) });
        }
        assert_eq!(urns(&p.state.resources), ["c", "a", "d", "b"]);
        assert_eq!(urns(&p.unregistered()), ["b"]);
        assert_eq!(p.state.find("a").unwrap().id, "id-a");
    }

    #[test]
    fn create_before_delete_keeps_the_old_entry_until_it_is_gone() {
        let mut p = progress(&["a", "b"]);
        p.record(res("a"));
        p.mark_replaced("b");
        assert!(p.saved("b").is_none(), "a marked entry is no saved entry");
        p.record(Resource { id: "new".into(), ..res("b") });
        assert_eq!(urns(&p.state.resources), ["a", "b", "b*"]);
        assert_eq!(urns(&p.unregistered()), Vec::<String>::new(), "the marked entry is no stale resource");
        assert_eq!(urns(&p.left_over()), ["b*"]);
        p.forget("b", true);
        assert_eq!(urns(&p.state.resources), ["a", "b"]);
        assert_eq!(p.saved("b").unwrap().id, "new");
    }

    #[test]
    fn delete_before_replace_drops_the_old_entry_first() {
        let mut p = progress(&["a", "b"]);
        p.forget("b", false);
        assert_eq!(urns(&p.state.resources), ["a"]);
        p.record(Resource { id: "new".into(), ..res("b") });
        assert_eq!(urns(&p.state.resources), ["b", "a"]);
        assert_eq!(urns(&p.unregistered()), ["a"]);
    }

    #[test]
    fn deletion_orders() {
        // An interrupted run left b's and c's old entries; the program registers a only.
        let mut p = progress(&["a", "b", "c", "d"]);
        p.state.resources[1].pending_delete = true;
        p.state.resources[2].pending_delete = true;
        assert_eq!(urns(&p.left_over()), ["c*", "b*"]);
        assert_eq!(urns(&p.everything()), ["d", "c*", "b*", "a"]);
        p.record(res("d"));
        assert_eq!(urns(&p.unregistered()), ["a"]);
        // Dropping a left-over below the registered ones keeps the bookkeeping right.
        p.forget("c", true);
        p.record(res("e"));
        assert_eq!(urns(&p.state.resources), ["d", "e", "a", "b*"]);
        assert_eq!(urns(&p.unregistered()), ["a"]);
        p.forget("d", false);
        assert_eq!(urns(&p.unregistered()), ["a"]);
    }

    #[test]
    fn what_an_interrupted_run_left_is_not_a_saved_resource() {
        // A create cut off (pending create, not in the resources) and a replacement whose old
        // resource was not deleted yet: both are registered anew as creates, not compared.
        let mut p = progress(&["b"]);
        p.state.resources[0].pending_delete = true;
        p.state.pending_creates.push(crate::state::PendingCreate {
            urn: "a".into(),
            ty: "t:m:T".into(),
            provider: "t".into(),
            id: String::new(),
            inputs: Map::new(),
        });
        assert!(p.saved("a").is_none() && p.saved("b").is_none());
        p.record(res("b"));
        assert_eq!(urns(&p.state.resources), ["b", "b*"]);
        assert_eq!(urns(&p.left_over()), ["b*"]);
        assert_eq!(urns(&p.unregistered()), Vec::<String>::new());
    }

    #[test]
    fn outputs_go_to_the_live_entry() {
        let mut p = progress(&["a"]);
        p.state.resources[0].pending_delete = true;
        assert!(!p.set_outputs("a", Map::new()));
        p.record(res("a"));
        let outputs: Map<String, Json> = serde_json::from_str(r#"{"x": 1}"#).unwrap();
        assert!(p.set_outputs("a", outputs.clone()));
        assert_eq!(p.saved("a").unwrap().outputs, outputs);
        assert!(p.state.resources[1].outputs.is_empty());
    }
}

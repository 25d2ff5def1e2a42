//! What registering a resource comes to, decided apart from doing it. From the saved entry,
//! the checked inputs, the provider's Diff answer and the resource options: one `Step`; from
//! the step: the provider calls and state changes, in an order that a crash at any point leaves
//! recoverable. A preview decides the same steps and only records what they would produce.
//! Nothing here calls a plugin or writes a file (deploy.rs does), so every case is tested here.

use protosmith_pulumirpc::pulumirpc::diff_response::DiffChanges;
use protosmith_pulumirpc::pulumirpc::DiffResponse;
use serde_json::{Map, Value as Json};

use super::options::Honoured;
use super::report::Op;
use super::state::Resource;

/// What a registration does to its resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Not in the saved state.
    Create,
    /// Saved and unchanged: kept, with its checked inputs recorded.
    Same,
    /// Changed in a way the provider updates in place (the id stays).
    Update,
    /// Changed in a way the provider cannot update, or the program asked for a replacement
    /// (replaceOnChanges): a new resource replaces the saved one, created before the old one
    /// is deleted unless `delete_first` (deleteBeforeReplace, asked by the program or the
    /// provider).
    Replace { delete_first: bool },
}

impl Step {
    /// How the report shows the step.
    pub fn op(self) -> Op {
        match self {
            Step::Create => Op::Create,
            Step::Same => Op::Same,
            Step::Update => Op::Update,
            Step::Replace { .. } => Op::Replace,
        }
    }
}

/// A saved resource as the decision sees it: its inputs and the provider's Diff of its saved
/// outputs against the new checked inputs.
pub struct Saved<'a> {
    pub inputs: &'a Map<String, Json>,
    pub diff: &'a DiffResponse,
}

/// The step for a custom resource whose inputs the provider checked as `checked`, compared
/// with its saved entry (`None`: not in the state, so no Diff was asked for).
pub fn plan(checked: &Map<String, Json>, saved: Option<Saved>, options: &Honoured) -> Step {
    let Some(Saved { inputs: old, diff }) = saved else { return Step::Create };
    let changed = match DiffChanges::try_from(diff.changes).unwrap_or(DiffChanges::DiffUnknown) {
        DiffChanges::DiffNone => false,
        DiffChanges::DiffSome => true,
        // The provider could not tell: fall back to comparing inputs.
        DiffChanges::DiffUnknown => !diff.replaces.is_empty() || checked != old,
    };
    if !changed {
        return Step::Same;
    }
    // replaceOnChanges: a change to one of the named inputs replaces, whatever the provider
    // said. The provider's `diffs` name the changed inputs; without them, compare.
    let forced = options.replace_on_changes.iter().any(|key| {
        if diff.diffs.is_empty() { checked.get(key) != old.get(key) } else { diff.diffs.contains(key) }
    });
    if diff.replaces.is_empty() && !forced {
        return Step::Update;
    }
    Step::Replace { delete_first: diff.delete_before_replace || options.delete_before_replace }
}

/// A component (or the stack) has no provider: it is recorded, new or kept.
pub fn plan_component(saved: bool) -> Step {
    if saved { Step::Same } else { Step::Create }
}

/// One part of carrying out a step, in the order `actions` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Create the new resource at the provider; its id and outputs are the ones recorded.
    Create,
    /// Update the saved resource at the provider; its outputs are the ones recorded.
    Update,
    /// Delete the saved resource at the provider, then drop it from the state.
    DeleteSaved,
    /// Keep the saved entry in the state, marked pendingDelete, until its Delete completes: a
    /// crash between the replacement's Create and that Delete never loses it.
    MarkSaved,
    /// Record the registered entry in the state (in place of the saved, unmarked one).
    Record,
    /// Delete the marked entry at the provider, then drop it from the state.
    DeleteMarked,
}

/// What carrying out `step` takes. A preview only records: it calls no provider.
pub fn actions(step: Step, preview: bool) -> &'static [Action] {
    use Action::*;
    match step {
        _ if preview => &[Record],
        Step::Same => &[Record],
        Step::Create => &[Create, Record],
        Step::Update => &[Update, Record],
        Step::Replace { delete_first: true } => &[DeleteSaved, Create, Record],
        Step::Replace { delete_first: false } => &[Create, MarkSaved, Record, DeleteMarked],
    }
}

/// The id and outputs recorded for `step` before any provider answers: all a preview has, and
/// what a Create or Update then replaces. An unchanged resource keeps its outputs; an updated
/// one keeps its id; a new or replacing one has no id until it is created, and its inputs
/// stand for its outputs.
pub fn expected(step: Step, saved: Option<&Resource>, checked: &Map<String, Json>) -> (String, Map<String, Json>) {
    match (step, saved) {
        (Step::Same, Some(s)) => (s.id.clone(), s.outputs.clone()),
        (Step::Update, Some(s)) => (s.id.clone(), checked.clone()),
        _ => (String::new(), checked.clone()),
    }
}

/// Whether deleting `res` calls its provider: components have none, and a preview calls none.
pub fn deletes_at_provider(res: &Resource, preview: bool) -> bool {
    res.custom && !preview
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::keep_ignored;

    fn props(json: serde_json::Value) -> Map<String, Json> {
        serde_json::from_value(json).unwrap()
    }

    fn diff(changes: DiffChanges, diffs: &[&str], replaces: &[&str], delete_before_replace: bool) -> DiffResponse {
        DiffResponse {
            changes: changes as i32,
            diffs: diffs.iter().map(|s| s.to_string()).collect(),
            replaces: replaces.iter().map(|s| s.to_string()).collect(),
            delete_before_replace,
            ..Default::default()
        }
    }

    fn honoured(replace_on_changes: &[&str], delete_before_replace: bool) -> Honoured {
        Honoured {
            replace_on_changes: replace_on_changes.iter().map(|s| s.to_string()).collect(),
            delete_before_replace,
            ..Default::default()
        }
    }

    fn saved_resource() -> Resource {
        Resource {
            urn: "urn:pulumi:dev::p::demo:index:File::a".into(),
            ty: "demo:index:File".into(),
            name: "a".into(),
            custom: true,
            parent: String::new(),
            id: "a.txt".into(),
            provider: "demo".into(),
            dependencies: vec![],
            inputs: props(serde_json::json!({"path": "a.txt", "content": "x"})),
            outputs: props(serde_json::json!({"path": "a.txt", "content": "x", "size": 1})),
            pending_delete: false,
        }
    }

    /// What the case shows, the checked inputs, the Diff answer (none: not saved), the
    /// options, the step wanted.
    type Case<'a> = (&'a str, &'a Map<String, Json>, Option<DiffResponse>, Honoured, Step);

    #[test]
    fn steps_from_state_diff_and_options() {
        use DiffChanges::{DiffNone as None_, DiffSome as Some_, DiffUnknown as Unknown};
        let old = props(serde_json::json!({"path": "a.txt", "content": "x"}));
        let new_content = props(serde_json::json!({"path": "a.txt", "content": "y"}));
        let new_path = props(serde_json::json!({"path": "b.txt", "content": "x"}));
        let replace = |delete_first| Step::Replace { delete_first };
        #[rustfmt::skip]
        let cases: Vec<Case> = vec![
            ("not saved: create", &new_content, None, honoured(&[], false), Step::Create),
            ("not saved, deleteBeforeReplace is moot", &new_content, None, honoured(&["path"], true), Step::Create),
            ("provider sees no change", &new_content, Some(diff(None_, &[], &[], false)), honoured(&[], false), Step::Same),
            ("no change outranks replaceOnChanges", &new_path, Some(diff(None_, &[], &[], false)), honoured(&["path"], false), Step::Same),
            ("update in place", &new_content, Some(diff(Some_, &["content"], &[], false)), honoured(&[], false), Step::Update),
            ("provider replaces: create first", &new_path, Some(diff(Some_, &["path"], &["path"], false)), honoured(&[], false), replace(false)),
            ("provider asks deleteBeforeReplace", &new_path, Some(diff(Some_, &["path"], &["path"], true)), honoured(&[], false), replace(true)),
            ("program asks deleteBeforeReplace", &new_path, Some(diff(Some_, &["path"], &["path"], false)), honoured(&[], true), replace(true)),
            ("deleteBeforeReplace alone does not replace", &new_content, Some(diff(Some_, &["content"], &[], false)), honoured(&[], true), Step::Update),
            ("replaceOnChanges names a changed input", &new_content, Some(diff(Some_, &["content"], &[], false)), honoured(&["content"], false), replace(false)),
            ("replaceOnChanges names another input", &new_content, Some(diff(Some_, &["content"], &[], false)), honoured(&["path"], false), Step::Update),
            ("replaceOnChanges without diffs compares inputs", &new_content, Some(diff(Some_, &[], &[], false)), honoured(&["content"], false), replace(false)),
            ("replaceOnChanges and deleteBeforeReplace", &new_content, Some(diff(Some_, &["content"], &[], false)), honoured(&["content"], true), replace(true)),
            ("unknown diff, same inputs", &old, Some(diff(Unknown, &[], &[], false)), honoured(&[], false), Step::Same),
            ("unknown diff, changed inputs", &new_content, Some(diff(Unknown, &[], &[], false)), honoured(&[], false), Step::Update),
            ("unknown diff naming replaces", &old, Some(diff(Unknown, &[], &["path"], false)), honoured(&[], false), replace(false)),
        ];
        for (what, checked, diff, options, want) in cases {
            let saved = diff.as_ref().map(|diff| Saved { inputs: &old, diff });
            assert_eq!(plan(checked, saved, &options), want, "{what}");
        }
        // A Diff value outside the enum counts as unknown.
        let odd = DiffResponse { changes: 7, ..Default::default() };
        assert_eq!(plan(&new_content, Some(Saved { inputs: &old, diff: &odd }), &honoured(&[], false)), Step::Update);
        assert_eq!(plan(&old, Some(Saved { inputs: &old, diff: &odd }), &honoured(&[], false)), Step::Same);
    }

    #[test]
    fn ignored_changes_leave_the_resource_unchanged() {
        // ignoreChanges is applied to the inputs before Check: a provider that cannot tell
        // then sees the saved value and the decision is Same.
        let old = props(serde_json::json!({"path": "a.txt", "content": "x"}));
        let mut inputs = props(serde_json::json!({"path": "a.txt", "content": "changed"}));
        keep_ignored(&mut inputs, &old, &["content".into()]);
        let unknown = diff(DiffChanges::DiffUnknown, &[], &[], false);
        let options = Honoured { ignore_changes: vec!["content".into()], ..honoured(&["content"], false) };
        assert_eq!(plan(&inputs, Some(Saved { inputs: &old, diff: &unknown }), &options), Step::Same);
    }

    #[test]
    fn actions_keep_a_crash_recoverable() {
        use Action::*;
        assert_eq!(actions(Step::Create, false), [Create, Record]);
        assert_eq!(actions(Step::Same, false), [Record]);
        assert_eq!(actions(Step::Update, false), [Update, Record]);
        // The saved resource is marked before the replacement is recorded and dropped only
        // after its Delete: whenever the run stops, the state names everything that exists.
        assert_eq!(actions(Step::Replace { delete_first: false }, false), [Create, MarkSaved, Record, DeleteMarked]);
        assert_eq!(actions(Step::Replace { delete_first: true }, false), [DeleteSaved, Create, Record]);
    }

    #[test]
    fn a_preview_decides_the_same_and_calls_nothing() {
        let steps = [Step::Create, Step::Same, Step::Update, Step::Replace { delete_first: false }, Step::Replace { delete_first: true }];
        for step in steps {
            assert_eq!(actions(step, true), [Action::Record], "{step:?}");
        }
        // What a preview records and answers the program.
        let saved = saved_resource();
        let checked = props(serde_json::json!({"path": "a.txt", "content": "y"}));
        assert_eq!(expected(Step::Create, None, &checked), (String::new(), checked.clone()));
        assert_eq!(expected(Step::Same, Some(&saved), &checked), ("a.txt".to_string(), saved.outputs.clone()));
        assert_eq!(expected(Step::Update, Some(&saved), &checked), ("a.txt".to_string(), checked.clone()));
        for delete_first in [false, true] {
            assert_eq!(expected(Step::Replace { delete_first }, Some(&saved), &checked), (String::new(), checked.clone()));
        }
        assert!(deletes_at_provider(&saved, false));
        assert!(!deletes_at_provider(&saved, true));
        assert!(!deletes_at_provider(&Resource { custom: false, ..saved }, false));
    }

    #[test]
    fn components_are_created_or_kept() {
        assert_eq!(plan_component(false), Step::Create);
        assert_eq!(plan_component(true), Step::Same);
        assert_eq!(Step::Replace { delete_first: true }.op(), Op::Replace);
        assert_eq!(Step::Same.op(), Op::Same);
    }
}

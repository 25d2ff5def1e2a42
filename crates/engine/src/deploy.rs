//! One deployment: what the program registers, compared with the saved state, turned into
//! provider calls; the state file is rewritten after every completed step. What a registration
//! does is decided in plan.rs and the state's bookkeeping is progress.rs: this file asks the
//! provider what the decision needs (Check, Diff) and carries the decision out.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use prost_types::Struct;
use protosmith_pulumirpc::pulumirpc::{CheckFailure, RegisterResourceRequest};
use serde_json::{Map, Value as Json};

use super::error::Error;
use super::options::{self, Honoured};
use super::plan::{self, Action, Saved};
use super::progress::Progress;
use super::props::{conceal, json_to_struct, reveal, struct_to_json};
use super::providers::{Provider, Providers};
use super::report::{self, Op, Report};
use super::resource_calls::Target;
use super::state::{PendingCreate, Resource, State};

pub const STACK_TYPE: &str = "pulumi:pulumi:Stack";

/// How the report names a replaced resource whose Delete an earlier run did not complete.
const LEFT_OVER: &str = " (replaced by an earlier run, its delete unfinished)";

/// Shared by the monitor's concurrent calls.
pub struct Deployment {
    pub project: String,
    pub stack: String,
    pub preview: bool,
    pub state_path: PathBuf,
    pub providers: Providers,
    pub report: Report,
    progress: Mutex<Progress>,
    root: Mutex<String>,
    /// The first resource operation that failed; the run fails with it even if the program
    /// swallowed the error.
    failure: Mutex<Option<Error>>,
}

/// What a registration produced for the program.
pub struct Registered {
    pub urn: String,
    pub id: String,
    pub outputs: Struct,
}

impl Deployment {
    pub fn new(state: State, state_path: PathBuf, preview: bool, providers: Providers) -> Deployment {
        Deployment {
            project: state.project.clone(),
            stack: state.stack.clone(),
            preview,
            state_path,
            providers,
            report: Report::new(preview),
            progress: Mutex::new(Progress::new(state)),
            root: Mutex::new(String::new()),
            failure: Mutex::new(None),
        }
    }

    pub fn root(&self) -> String {
        self.root.lock().map(|r| r.clone()).unwrap_or_default()
    }

    pub fn set_root(&self, urn: String) {
        if let Ok(mut r) = self.root.lock() {
            *r = urn;
        }
    }

    pub fn failure(&self) -> Option<Error> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }

    fn fail(&self, error: Error) -> Error {
        if let Ok(mut f) = self.failure.lock() {
            f.get_or_insert_with(|| error.clone());
        }
        error
    }

    /// The stack's outputs (its exports) as `name: value` lines, secrets masked.
    pub fn stack_outputs(&self) -> Vec<String> {
        let state = self.snapshot();
        let Some(stack) = state.resources.iter().find(|r| r.ty == STACK_TYPE && !r.pending_delete) else { return vec![] };
        stack.outputs.iter().map(|(k, v)| format!("    {k}: {}", super::props::masked(v))).collect()
    }

    pub fn snapshot(&self) -> State {
        self.progress.lock().expect("state lock").state.clone()
    }

    fn progress(&self) -> Result<MutexGuard<'_, Progress>, Error> {
        self.progress.lock().map_err(|_| Error::poisoned())
    }

    /// Applies `change` to the state and, outside a preview, writes it.
    fn commit<T>(&self, change: impl FnOnce(&mut Progress) -> T) -> Result<T, Error> {
        let mut p = self.progress()?;
        let out = change(&mut p);
        if !self.preview {
            p.state.save(&self.state_path).map_err(|e| self.fail(e.into()))?;
        }
        Ok(out)
    }

    /// Records `res` as registered by this run (replacing its saved entry, if any).
    fn record(&self, res: Resource) -> Result<(), Error> {
        self.commit(|p| p.record(res))
    }

    /// `urn:pulumi:<stack>::<project>::[<parent type>$]<type>::<name>`; the stack itself is no
    /// part of its children's type chain.
    pub fn urn(&self, ty: &str, name: &str, parent: &str) -> String {
        let parent_type = parent.rsplit("::").nth(1).filter(|t| !t.is_empty() && *t != STACK_TYPE);
        let qualified = match parent_type {
            Some(pt) => format!("{pt}${ty}"),
            None => ty.to_string(),
        };
        format!("urn:pulumi:{}::{}::{qualified}::{name}", self.stack, self.project)
    }

    pub async fn register(&self, req: RegisterResourceRequest) -> Result<Registered, Error> {
        let urn = self.urn(&req.r#type, &req.name, &req.parent);
        let honoured = options::vet(&urn, &req).map_err(|e| self.fail(Error::option(e)))?;
        self.progress()?.admit(&urn, &req.parent, &req.dependencies).map_err(|e| self.fail(e))?;
        let inputs = struct_to_json(&req.object.clone().unwrap_or_default()).map_err(|e| Error::unstorable(&urn, e))?;
        let saved = self.progress()?.saved(&urn).cloned();
        if !req.custom {
            // Components and the stack: recorded without a provider; their outputs arrive later
            // through RegisterResourceOutputs.
            let step = plan::plan_component(saved.is_some());
            let outputs = saved.map(|o| o.outputs).unwrap_or_default();
            self.record(Resource {
                urn: urn.clone(),
                ty: req.r#type.clone(),
                name: req.name.clone(),
                custom: false,
                parent: req.parent.clone(),
                id: String::new(),
                provider: String::new(),
                dependencies: req.dependencies.clone(),
                inputs,
                outputs: outputs.clone(),
                pending_delete: false,
            })?;
            self.report.step(step.op(), &req.r#type, &req.name);
            return Ok(Registered { urn, id: String::new(), outputs: json_to_struct(&outputs) });
        }
        let provider = self.providers.get(package_of(&req.r#type)).await.map_err(|e| self.fail(e))?;
        let target = Target { urn: &urn, ty: &req.r#type, name: &req.name };
        let result = self.register_custom(&provider, target, &req, inputs, saved, honoured).await;
        result.map_err(|e| self.fail(e))
    }

    /// Check, Diff (for a saved resource), the decision, and the calls and state changes it
    /// takes.
    async fn register_custom(
        &self,
        provider: &Provider,
        target: Target<'_>,
        req: &RegisterResourceRequest,
        mut inputs: Map<String, Json>,
        saved: Option<Resource>,
        honoured: Honoured,
    ) -> Result<Registered, Error> {
        if let Some(old) = &saved {
            options::keep_ignored(&mut inputs, &old.inputs, &honoured.ignore_changes);
        }
        // Secrets in the inputs: sent as plaintext to a provider that does not take them, and
        // the same properties of its results are marked secret again (with the outputs the
        // program asked to be secret).
        let input_secrets = reveal(&inputs).1;
        let secrets: BTreeSet<String> = input_secrets.union(&honoured.additional_secret_outputs).cloned().collect();
        let checked = provider.check(target, saved.as_ref(), &inputs).await?;
        let checked_json = conceal(struct_to_json(&checked).map_err(|e| Error::unstorable(target.urn, e))?, &input_secrets);
        let diff = match &saved {
            Some(old) => Some(provider.diff(target, old, &checked, &honoured.ignore_changes).await?),
            None => None,
        };
        let compared = saved.as_ref().zip(diff.as_ref()).map(|(old, diff)| Saved { inputs: &old.inputs, diff });
        let step = plan::plan(&checked_json, compared, &honoured);

        let (mut id, mut outputs) = plan::expected(step, saved.as_ref(), &checked_json);
        // Only a Create is planned for a resource that was not saved.
        let old = || saved.as_ref().expect("only a saved resource is updated or replaced");
        for action in plan::actions(step, self.preview) {
            match action {
                Action::Create => {
                    let (new_id, new_outputs) = self.create(provider, target, &checked).await?;
                    (id, outputs) = (new_id, conceal(new_outputs, &secrets));
                }
                Action::Update => {
                    let updated = provider.update(target, old(), &checked).await?;
                    outputs = conceal(struct_to_json(&updated).map_err(|e| Error::unstorable(target.urn, e))?, &secrets);
                }
                Action::DeleteSaved => {
                    provider.delete(old()).await?;
                    self.commit(|p| p.forget(&old().urn, false))?;
                }
                Action::MarkSaved => self.commit(|p| p.mark_replaced(&old().urn))?,
                Action::Record => self.record(Resource {
                    urn: target.urn.into(),
                    ty: target.ty.into(),
                    name: target.name.into(),
                    custom: true,
                    parent: req.parent.clone(),
                    id: id.clone(),
                    provider: provider.package.clone(),
                    dependencies: req.dependencies.clone(),
                    inputs: checked_json.clone(),
                    outputs: outputs.clone(),
                    pending_delete: false,
                })?,
                Action::DeleteMarked => {
                    provider.delete(&Resource { pending_delete: true, ..old().clone() }).await?;
                    self.commit(|p| p.forget(&old().urn, true))?;
                }
            }
        }
        self.report.step(step.op(), target.ty, target.name);
        Ok(Registered { urn: target.urn.into(), id, outputs: json_to_struct(&outputs) })
    }

    /// Create, with a pending-create record in the state while the provider has it.
    async fn create(&self, provider: &Provider, target: Target<'_>, checked: &Struct) -> Result<(String, Map<String, Json>), Error> {
        let urn = target.urn;
        // Recorded before the call, so that a run that ends during it leaves a trace of a
        // resource that may exist without being in the state; cleared once the provider answers.
        let pending = PendingCreate {
            urn: urn.into(),
            ty: target.ty.into(),
            provider: provider.package.clone(),
            id: String::new(),
            inputs: struct_to_json(checked).unwrap_or_default(),
        };
        self.commit(|p| p.state.pending_creates.push(pending))?;
        let settle = |id: Option<&str>| {
            self.commit(|p| match id {
                // Created, but its result cannot be kept: the pending entry keeps its id.
                Some(id) => p.state.pending_creates.iter_mut().filter(|c| c.urn == urn).for_each(|c| c.id = id.into()),
                None => p.state.pending_creates.retain(|c| c.urn != urn),
            })
        };
        let answer = match provider.create(target, checked).await {
            Ok(answer) => answer,
            Err(status) => {
                // Settled before the failure is explained, which waits for a dying plugin.
                settle(None)?;
                return Err(provider.explain(&format!("Create of {urn}"), &status).await);
            }
        };
        if answer.id.is_empty() {
            settle(None)?;
            return Err(Error::no_id(&provider.plugin.lock().await.name, urn));
        }
        match struct_to_json(&answer.properties.unwrap_or_default()) {
            Ok(outputs) => {
                settle(None)?;
                Ok((answer.id, outputs))
            }
            Err(e) => {
                settle(Some(&answer.id))?;
                Err(Error::created_unstorable(urn, &answer.id, e))
            }
        }
    }

    /// Warns about creates an earlier run left unfinished (see `State::pending_creates`) and,
    /// outside a preview, forgets them: the warning is the one chance to act on them.
    pub fn report_pending_creates(&self) -> Result<(), Error> {
        let pending = self.progress()?.state.pending_creates.clone();
        for c in &pending {
            eprintln!("{}", report::pending_create_warning(c));
        }
        if !pending.is_empty() {
            self.commit(|p| p.state.pending_creates.clear())?;
        }
        Ok(())
    }

    /// Deletes what an earlier run left half-replaced (a crash between a replacement's Create
    /// and the old resource's Delete). In a preview they are only shown.
    pub async fn finish_pending_deletes(&self) -> Result<(), Error> {
        let left_over = self.progress()?.left_over();
        for res in left_over {
            if self.preview {
                self.report.step(Op::Delete, &res.ty, &label(&res));
            } else {
                self.delete_one(&res).await?;
            }
        }
        Ok(())
    }

    /// After the program: deletes saved resources it did not register, dependents first (in a
    /// preview: reports them).
    pub async fn delete_unregistered(&self) -> Result<(), Error> {
        let stale = self.progress()?.unregistered();
        for res in &stale {
            self.delete_one(res).await?;
        }
        Ok(())
    }

    /// `destroy`: every resource, dependents first.
    pub async fn delete_all(&self) -> Result<(), Error> {
        let all = self.progress()?.everything();
        for res in &all {
            self.delete_one(res).await?;
        }
        Ok(())
    }

    async fn delete_one(&self, res: &Resource) -> Result<(), Error> {
        if plan::deletes_at_provider(res, self.preview) {
            let provider = self.providers.get(&res.provider).await.map_err(|e| self.fail(e))?;
            provider.delete(res).await.map_err(|e| self.fail(e))?;
        }
        self.commit(|p| p.forget(&res.urn, res.pending_delete))?;
        self.report.step(Op::Delete, &res.ty, &label(res));
        Ok(())
    }

    pub fn register_outputs(&self, urn: &str, outputs: &Struct) -> Result<(), Error> {
        let outputs = struct_to_json(outputs).map_err(|e| Error::unstorable(urn, e))?;
        let found = self.commit(|p| p.set_outputs(urn, outputs))?;
        if found { Ok(()) } else { Err(Error::unknown_resource(urn)) }
    }

    pub async fn invoke(&self, tok: &str, args: Option<Struct>) -> Result<(Option<Struct>, Vec<CheckFailure>), Error> {
        let provider = self.providers.get(package_of(tok)).await?;
        let args = args.map(|a| struct_to_json(&a).map(|m| provider.form(&m))).transpose().map_err(|e| Error::unstorable(tok, e))?;
        provider.invoke(tok, args, self.preview).await
    }

    /// ReadResource: the provider's view of an existing resource; nothing is recorded, since
    /// the engine never manages (or deletes) what it only read.
    pub async fn read(&self, ty: &str, name: &str, parent: &str, id: &str, props: Option<Struct>) -> Result<Registered, Error> {
        let urn = self.urn(ty, name, parent);
        let provider = self.providers.get(package_of(ty)).await?;
        let r = provider.read(Target { urn: &urn, ty, name }, id, props).await?;
        Ok(Registered { urn, id: r.id, outputs: r.properties.unwrap_or_default() })
    }
}

/// How the report names a deleted resource.
fn label(res: &Resource) -> String {
    if res.pending_delete { format!("{}{LEFT_OVER}", res.name) } else { res.name.clone() }
}

/// `demo:index:File` -> `demo`.
pub fn package_of(token: &str) -> &str {
    token.split(':').next().unwrap_or(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deployment() -> Deployment {
        let providers = Providers::new(Default::default(), Default::default(), ".".into(), "proj", "dev", "127.0.0.1:1");
        Deployment::new(State::empty("proj", "dev"), "unused.json".into(), true, providers)
    }

    #[test]
    fn urns_follow_pulumi() {
        let d = deployment();
        let stack = d.urn(STACK_TYPE, "proj-dev", "");
        assert_eq!(stack, "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev");
        let bundle = d.urn("demo:index:Bundle", "bundle", &stack);
        assert_eq!(bundle, "urn:pulumi:dev::proj::demo:index:Bundle::bundle");
        let file = d.urn("demo:index:File", "a", &bundle);
        assert_eq!(file, "urn:pulumi:dev::proj::demo:index:Bundle$demo:index:File::a");
        assert_eq!(d.urn("x:y:Z", "deep", &file), "urn:pulumi:dev::proj::demo:index:Bundle$demo:index:File$x:y:Z::deep");
    }

    #[test]
    fn package_is_the_first_token_part() {
        assert_eq!(package_of("demo:index:File"), "demo");
        assert_eq!(package_of("aws"), "aws");
    }
}

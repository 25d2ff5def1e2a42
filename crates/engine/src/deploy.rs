//! One deployment: what the program registers, compared with the saved state, turned into
//! provider calls; the state file is rewritten after every completed step.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Mutex;

use prost_types::Struct;
use protosmith_pulumirpc::pulumirpc::diff_response::DiffChanges;
use protosmith_pulumirpc::pulumirpc::{
    CheckFailure, CheckRequest, CreateRequest, DeleteRequest, DiffRequest, InvokeRequest, ReadRequest,
    RegisterResourceRequest, UpdateRequest,
};
use serde_json::{Map, Value as Json};

use super::options::{self, Honoured};
use super::props::{conceal, json_to_struct, reveal, struct_to_json};
use super::providers::{Provider, Providers};
use super::report::{Op, Report};
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
    failure: Mutex<Option<String>>,
}

struct Progress {
    /// `resources[..registered]` were registered by this run, in order; the rest are from the
    /// saved state and not (yet) registered, plus replaced resources awaiting deletion.
    state: State,
    registered: usize,
    seen: HashSet<String>,
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
            progress: Mutex::new(Progress { state, registered: 0, seen: HashSet::new() }),
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

    pub fn failure(&self) -> Option<String> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }

    fn fail(&self, message: String) -> String {
        if let Ok(mut f) = self.failure.lock() {
            f.get_or_insert_with(|| message.clone());
        }
        message
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

    /// Applies `change` to the state and, outside a preview, writes it.
    fn commit(&self, change: impl FnOnce(&mut Progress)) -> Result<(), String> {
        let mut p = self.progress.lock().map_err(|_| "state lock poisoned".to_string())?;
        change(&mut p);
        if self.preview {
            return Ok(());
        }
        p.state.save(&self.state_path).map_err(|e| self.fail(e.to_string()))
    }

    /// Records `res` as registered by this run (replacing its saved entry, if any).
    fn record(&self, res: Resource) -> Result<(), String> {
        self.commit(|p| {
            if let Some(i) = p.state.resources.iter().position(|r| r.urn == res.urn && !r.pending_delete) {
                p.state.resources.remove(i);
                if i < p.registered {
                    p.registered -= 1;
                }
            }
            let at = p.registered;
            p.state.resources.insert(at, res);
            p.registered += 1;
        })
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

    fn saved(&self, urn: &str) -> Option<Resource> {
        self.progress.lock().ok().and_then(|p| p.state.find(urn).cloned())
    }

    pub async fn register(&self, req: RegisterResourceRequest) -> Result<Registered, String> {
        let urn = self.urn(&req.r#type, &req.name, &req.parent);
        let honoured = options::vet(&urn, &req).map_err(|e| self.fail(e))?;
        {
            let mut p = self.progress.lock().map_err(|_| "state lock poisoned".to_string())?;
            // What a resource points at must exist already: the state keeps every resource
            // after its parent and dependencies.
            if !req.parent.is_empty() && !p.seen.contains(&req.parent) {
                return Err(self.fail(format!("{urn}: its parent {} was not registered in this run", req.parent)));
            }
            if let Some(missing) = req.dependencies.iter().find(|d| !p.seen.contains(*d)) {
                return Err(self.fail(format!("{urn}: it depends on {missing}, which was not registered in this run")));
            }
            if !p.seen.insert(urn.clone()) {
                return Err(self.fail(format!("{urn} was registered twice in one run")));
            }
        }
        let inputs = struct_to_json(&req.object.clone().unwrap_or_default()).map_err(|e| format!("{urn}: {e}"))?;
        let old = self.saved(&urn);
        if !req.custom {
            // Components and the stack: recorded without a provider; their outputs arrive later
            // through RegisterResourceOutputs.
            let outputs = old.as_ref().map(|o| o.outputs.clone()).unwrap_or_default();
            let op = if old.is_some() { Op::Same } else { Op::Create };
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
            self.report.step(op, &req.r#type, &req.name);
            return Ok(Registered { urn, id: String::new(), outputs: json_to_struct(&outputs) });
        }
        let package = package_of(&req.r#type);
        let provider = self.providers.get(package).await.map_err(|e| self.fail(e))?;
        let result = self.register_custom(&provider, &urn, &req, inputs, old, honoured).await;
        result.map_err(|e| self.fail(e))
    }

    async fn register_custom(
        &self,
        provider: &Provider,
        urn: &str,
        req: &RegisterResourceRequest,
        mut inputs: Map<String, Json>,
        old: Option<Resource>,
        honoured: Honoured,
    ) -> Result<Registered, String> {
        let mut client = provider.client.clone();
        let (ty, name) = (req.r#type.as_str(), req.name.as_str());
        if let Some(old) = &old {
            options::keep_ignored(&mut inputs, &old.inputs, &honoured.ignore_changes);
        }
        // Secrets in the inputs: sent as plaintext to a provider that does not take them, and
        // the same properties of its results are marked secret again (with the outputs the
        // program asked to be secret).
        let input_secrets = reveal(&inputs).1;
        let secrets: std::collections::BTreeSet<String> =
            input_secrets.union(&honoured.additional_secret_outputs).cloned().collect();
        let send = |props: &Map<String, Json>| provider_form(provider, props);
        let checked = match client
            .check(CheckRequest {
                urn: urn.into(),
                olds: Some(old.as_ref().map(|o| send(&o.inputs)).unwrap_or_default()),
                news: Some(send(&inputs)),
                name: name.into(),
                r#type: ty.into(),
                random_seed: urn.as_bytes().to_vec(),
                old_outputs: old.as_ref().map(|o| send(&o.outputs)),
                ..Default::default()
            })
            .await
        {
            Ok(r) => {
                let r = r.into_inner();
                if !r.failures.is_empty() {
                    return Err(format!("{urn}: invalid inputs: {}", failures_text(&r.failures)));
                }
                r.inputs.unwrap_or_else(|| send(&inputs))
            }
            Err(s) => return Err(provider.explain(&format!("Check of {urn}"), &s).await),
        };
        let checked_json = conceal(struct_to_json(&checked).map_err(|e| format!("{urn}: {e}"))?, &input_secrets);
        let entry = |id: String, outputs: Map<String, Json>| Resource {
            urn: urn.into(),
            ty: ty.into(),
            name: name.into(),
            custom: true,
            parent: req.parent.clone(),
            id,
            provider: provider.package.clone(),
            dependencies: req.dependencies.clone(),
            inputs: checked_json.clone(),
            outputs,
            pending_delete: false,
        };

        let Some(old) = old else {
            if self.preview {
                self.report.step(Op::Create, ty, name);
                self.record(entry(String::new(), checked_json.clone()))?;
                return Ok(Registered { urn: urn.into(), id: String::new(), outputs: json_to_struct(&checked_json) });
            }
            let (id, outputs) = self.create(provider, urn, ty, name, &checked).await?;
            let outputs = conceal(outputs, &secrets);
            self.record(entry(id.clone(), outputs.clone()))?;
            self.report.step(Op::Create, ty, name);
            return Ok(Registered { urn: urn.into(), id, outputs: json_to_struct(&outputs) });
        };

        let diff = match client
            .diff(DiffRequest {
                id: old.id.clone(),
                urn: urn.into(),
                olds: Some(send(&old.outputs)),
                news: Some(checked.clone()),
                old_inputs: Some(send(&old.inputs)),
                ignore_changes: honoured.ignore_changes.clone(),
                name: name.into(),
                r#type: ty.into(),
            })
            .await
        {
            Ok(r) => r.into_inner(),
            Err(s) => return Err(provider.explain(&format!("Diff of {urn}"), &s).await),
        };
        let changed = match DiffChanges::try_from(diff.changes).unwrap_or(DiffChanges::DiffUnknown) {
            DiffChanges::DiffNone => false,
            DiffChanges::DiffSome => true,
            // The provider could not tell: fall back to comparing inputs.
            DiffChanges::DiffUnknown => !diff.replaces.is_empty() || checked_json != old.inputs,
        };
        if !changed {
            self.record(Resource { inputs: checked_json.clone(), ..entry(old.id.clone(), old.outputs.clone()) })?;
            self.report.step(Op::Same, ty, name);
            return Ok(Registered { urn: urn.into(), id: old.id.clone(), outputs: json_to_struct(&old.outputs) });
        }
        // replaceOnChanges: a change to one of the named inputs replaces, whatever the provider
        // said. The provider's `diffs` name the changed inputs; without them, compare.
        let forced = honoured.replace_on_changes.iter().any(|key| {
            if diff.diffs.is_empty() { checked_json.get(key) != old.inputs.get(key) } else { diff.diffs.contains(key) }
        });
        let replace = !diff.replaces.is_empty() || forced;
        let op = if replace { Op::Replace } else { Op::Update };
        if self.preview {
            // An update keeps its id; a replacement's is not known until it is created.
            let id = if replace { String::new() } else { old.id.clone() };
            self.record(entry(id.clone(), checked_json.clone()))?;
            self.report.step(op, ty, name);
            return Ok(Registered { urn: urn.into(), id, outputs: json_to_struct(&checked_json) });
        }
        if !replace {
            let outputs = match client
                .update(UpdateRequest {
                    id: old.id.clone(),
                    urn: urn.into(),
                    olds: Some(send(&old.outputs)),
                    news: Some(checked.clone()),
                    old_inputs: Some(send(&old.inputs)),
                    name: name.into(),
                    r#type: ty.into(),
                    ..Default::default()
                })
                .await
            {
                Ok(r) => r.into_inner().properties.unwrap_or_default(),
                Err(s) => return Err(provider.explain(&format!("Update of {urn}"), &s).await),
            };
            let outputs = conceal(struct_to_json(&outputs).map_err(|e| format!("{urn}: {e}"))?, &secrets);
            self.record(entry(old.id.clone(), outputs.clone()))?;
            self.report.step(Op::Update, ty, name);
            return Ok(Registered { urn: urn.into(), id: old.id, outputs: json_to_struct(&outputs) });
        }
        if diff.delete_before_replace || req.delete_before_replace {
            self.delete(provider, &old).await?;
            self.commit(|p| p.state.resources.retain(|r| r.urn != old.urn || r.pending_delete))?;
            let (id, outputs) = self.create(provider, urn, ty, name, &checked).await?;
            let outputs = conceal(outputs, &secrets);
            self.record(entry(id.clone(), outputs.clone()))?;
            self.report.step(Op::Replace, ty, name);
            return Ok(Registered { urn: urn.into(), id, outputs: json_to_struct(&outputs) });
        }
        // Create the replacement first; the old resource stays in the state, marked, until its
        // Delete completes, so a crash in between never loses it.
        let (id, outputs) = self.create(provider, urn, ty, name, &checked).await?;
        let outputs = conceal(outputs, &secrets);
        self.commit(|p| {
            if let Some(r) = p.state.resources.iter_mut().find(|r| r.urn == old.urn && !r.pending_delete) {
                r.pending_delete = true;
            }
        })?;
        self.record(entry(id.clone(), outputs.clone()))?;
        self.delete(provider, &Resource { pending_delete: true, ..old.clone() }).await?;
        self.commit(|p| p.state.resources.retain(|r| !(r.urn == old.urn && r.pending_delete)))?;
        self.report.step(Op::Replace, ty, name);
        Ok(Registered { urn: urn.into(), id, outputs: json_to_struct(&outputs) })
    }

    async fn create(
        &self,
        provider: &Provider,
        urn: &str,
        ty: &str,
        name: &str,
        inputs: &Struct,
    ) -> Result<(String, Map<String, Json>), String> {
        let mut client = provider.client.clone();
        // Recorded before the call, so that a run that ends during it leaves a trace of a
        // resource that may exist without being in the state; cleared once the provider answers.
        let pending = PendingCreate {
            urn: urn.into(),
            ty: ty.into(),
            provider: provider.package.clone(),
            id: String::new(),
            inputs: struct_to_json(inputs).unwrap_or_default(),
        };
        self.commit(|p| p.state.pending_creates.push(pending))?;
        let settle = |id: Option<&str>| {
            self.commit(|p| match id {
                // Created, but its result cannot be kept: the pending entry keeps its id.
                Some(id) => p.state.pending_creates.iter_mut().filter(|c| c.urn == urn).for_each(|c| c.id = id.into()),
                None => p.state.pending_creates.retain(|c| c.urn != urn),
            })
        };
        let answer = client
            .create(CreateRequest {
                urn: urn.into(),
                properties: Some(inputs.clone()),
                name: name.into(),
                r#type: ty.into(),
                ..Default::default()
            })
            .await;
        let r = match answer {
            Ok(r) => r.into_inner(),
            Err(s) => {
                settle(None)?;
                return Err(provider.explain(&format!("Create of {urn}"), &s).await);
            }
        };
        if r.id.is_empty() {
            settle(None)?;
            return Err(format!("{}: Create of {urn} returned no id", provider.plugin.lock().await.name));
        }
        match struct_to_json(&r.properties.unwrap_or_default()) {
            Ok(outputs) => {
                settle(None)?;
                Ok((r.id, outputs))
            }
            Err(e) => {
                settle(Some(&r.id))?;
                Err(format!("{urn}: created with id {}, but its outputs cannot be stored: {e}", r.id))
            }
        }
    }

    /// Warns about creates an earlier run left unfinished (see `State::pending_creates`) and,
    /// outside a preview, forgets them: the warning is the one chance to act on them.
    pub fn report_pending_creates(&self) -> Result<(), String> {
        let pending = self.snapshot().pending_creates;
        for c in &pending {
            let id = if c.id.is_empty() { String::new() } else { format!(", id {}", c.id) };
            eprintln!(
                "warning: an earlier run ended while creating {} ({}, provider {}{id}); it may exist at the \
                 provider without being in the state: check it there, and delete it or let the program create it again",
                c.urn, c.ty, c.provider
            );
        }
        if !pending.is_empty() {
            self.commit(|p| p.state.pending_creates.clear())?;
        }
        Ok(())
    }

    async fn delete(&self, provider: &Provider, res: &Resource) -> Result<(), String> {
        let mut client = provider.client.clone();
        match client
            .delete(DeleteRequest {
                id: res.id.clone(),
                urn: res.urn.clone(),
                properties: Some(provider_form(provider, &res.outputs)),
                old_inputs: Some(provider_form(provider, &res.inputs)),
                name: res.name.clone(),
                r#type: res.ty.clone(),
                ..Default::default()
            })
            .await
        {
            Ok(_) => Ok(()),
            Err(s) => Err(provider.explain(&format!("Delete of {}", res.urn), &s).await),
        }
    }

    /// Deletes what an earlier run left half-replaced (a crash between a replacement's Create
    /// and the old resource's Delete).
    /// In a preview they are only shown.
    pub async fn finish_pending_deletes(&self) -> Result<(), String> {
        let pending: Vec<Resource> =
            self.snapshot().resources.into_iter().filter(|r| r.pending_delete).rev().collect();
        for res in pending {
            if self.preview {
                self.report.step(Op::Delete, &res.ty, &format!("{}{LEFT_OVER}", res.name));
            } else {
                self.delete_one(&res).await?;
            }
        }
        Ok(())
    }

    /// After the program: deletes saved resources it did not register, dependents first (in a
    /// preview: reports them).
    pub async fn delete_unregistered(&self) -> Result<(), String> {
        let (stale, _) = {
            let p = self.progress.lock().map_err(|_| "state lock poisoned".to_string())?;
            let stale: Vec<Resource> = p.state.resources[p.registered..].iter().filter(|r| !r.pending_delete).cloned().collect();
            (stale, p.registered)
        };
        for res in stale.iter().rev() {
            self.delete_one(res).await?;
        }
        Ok(())
    }

    /// `destroy`: every resource, dependents first.
    pub async fn delete_all(&self) -> Result<(), String> {
        let all = self.snapshot().resources;
        for res in all.iter().rev() {
            self.delete_one(res).await?;
        }
        Ok(())
    }

    async fn delete_one(&self, res: &Resource) -> Result<(), String> {
        if res.custom && !self.preview {
            let provider = self.providers.get(&res.provider).await.map_err(|e| self.fail(e))?;
            self.delete(&provider, res).await.map_err(|e| self.fail(e))?;
        }
        let pending = res.pending_delete;
        let urn = res.urn.clone();
        self.commit(|p| {
            if let Some(i) = p.state.resources.iter().position(|r| r.urn == urn && r.pending_delete == pending) {
                p.state.resources.remove(i);
                if i < p.registered {
                    p.registered -= 1;
                }
            }
        })?;
        let label = if pending { format!("{}{LEFT_OVER}", res.name) } else { res.name.clone() };
        self.report.step(Op::Delete, &res.ty, &label);
        Ok(())
    }

    pub fn register_outputs(&self, urn: &str, outputs: &Struct) -> Result<(), String> {
        let outputs = struct_to_json(outputs).map_err(|e| format!("{urn}: {e}"))?;
        let mut found = false;
        self.commit(|p| {
            if let Some(r) = p.state.resources.iter_mut().find(|r| r.urn == urn && !r.pending_delete) {
                r.outputs = outputs;
                found = true;
            }
        })?;
        if found { Ok(()) } else { Err(format!("RegisterResourceOutputs for unknown resource {urn}")) }
    }

    pub async fn invoke(&self, tok: &str, args: Option<Struct>) -> Result<(Option<Struct>, Vec<CheckFailure>), String> {
        let provider = self.providers.get(package_of(tok)).await?;
        let mut client = provider.client.clone();
        let args = args.map(|a| struct_to_json(&a).map(|m| provider_form(&provider, &m))).transpose().map_err(|e| format!("{tok}: {e}"))?;
        match client.invoke(InvokeRequest { tok: tok.into(), args, preview: self.preview }).await {
            Ok(r) => {
                let r = r.into_inner();
                Ok((r.r#return, r.failures))
            }
            Err(s) => Err(provider.explain(&format!("Invoke of {tok}"), &s).await),
        }
    }

    /// ReadResource: the provider's view of an existing resource; nothing is recorded, since
    /// the engine never manages (or deletes) what it only read.
    pub async fn read(&self, ty: &str, name: &str, parent: &str, id: &str, props: Option<Struct>) -> Result<Registered, String> {
        let urn = self.urn(ty, name, parent);
        let provider = self.providers.get(package_of(ty)).await?;
        let mut client = provider.client.clone();
        match client
            .read(ReadRequest {
                id: id.into(),
                urn: urn.clone(),
                properties: props,
                name: name.into(),
                r#type: ty.into(),
                ..Default::default()
            })
            .await
        {
            Ok(r) => {
                let r = r.into_inner();
                Ok(Registered { urn, id: r.id, outputs: r.properties.unwrap_or_default() })
            }
            Err(s) => Err(provider.explain(&format!("Read of {urn}"), &s).await),
        }
    }
}

/// Properties as `provider` takes them: secrets as plaintext unless it accepts secrets.
fn provider_form(provider: &Provider, props: &Map<String, Json>) -> Struct {
    if provider.accept_secrets.load(std::sync::atomic::Ordering::Relaxed) {
        json_to_struct(props)
    } else {
        json_to_struct(&reveal(props).0)
    }
}

/// `demo:index:File` -> `demo`.
pub fn package_of(token: &str) -> &str {
    token.split(':').next().unwrap_or(token)
}

fn failures_text(failures: &[CheckFailure]) -> String {
    failures
        .iter()
        .map(|f| if f.property.is_empty() { f.reason.clone() } else { format!("{}: {}", f.property, f.reason) })
        .collect::<Vec<_>>()
        .join("; ")
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

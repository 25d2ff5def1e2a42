//! The provider calls a deployment makes: Check, Diff, Create, Update, Delete, Invoke, Read.
//! Each sends properties in the form the provider takes and turns a failed call into an error
//! that quotes the plugin's stderr; what to call, and when, is decided elsewhere (plan.rs).

use prost_types::Struct;
use protosmith_pulumirpc::pulumirpc::{
    CheckFailure, CheckRequest, CreateRequest, CreateResponse, DeleteRequest, DiffRequest, DiffResponse, InvokeRequest, ReadRequest,
    ReadResponse, UpdateRequest,
};
use serde_json::{Map, Value as Json};

use super::error::Error;
use super::props::{json_to_struct, reveal};
use super::providers::Provider;
use super::state::Resource;

/// The resource a call is about, as the program registered it.
#[derive(Clone, Copy)]
pub struct Target<'a> {
    pub urn: &'a str,
    pub ty: &'a str,
    pub name: &'a str,
}

impl Provider {
    /// Properties as this provider takes them: secrets as plaintext unless it accepts secrets.
    pub fn form(&self, props: &Map<String, Json>) -> Struct {
        if self.accept_secrets.load(std::sync::atomic::Ordering::Relaxed) {
            json_to_struct(props)
        } else {
            json_to_struct(&reveal(props).0)
        }
    }

    /// The provider's checked form of `inputs`; its failures are the program's error.
    pub async fn check(&self, target: Target<'_>, saved: Option<&Resource>, inputs: &Map<String, Json>) -> Result<Struct, Error> {
        let request = CheckRequest {
            urn: target.urn.into(),
            olds: Some(saved.map(|o| self.form(&o.inputs)).unwrap_or_default()),
            news: Some(self.form(inputs)),
            name: target.name.into(),
            r#type: target.ty.into(),
            random_seed: target.urn.as_bytes().to_vec(),
            old_outputs: saved.map(|o| self.form(&o.outputs)),
            ..Default::default()
        };
        match self.client.clone().check(request).await {
            Ok(r) => {
                let r = r.into_inner();
                if !r.failures.is_empty() {
                    return Err(Error::invalid_inputs(target.urn, r.failures));
                }
                Ok(r.inputs.unwrap_or_else(|| self.form(inputs)))
            }
            Err(s) => Err(self.explain(&format!("Check of {}", target.urn), &s).await),
        }
    }

    /// The provider's comparison of `saved` with the checked inputs.
    pub async fn diff(&self, target: Target<'_>, saved: &Resource, checked: &Struct, ignore_changes: &[String]) -> Result<DiffResponse, Error> {
        let request = DiffRequest {
            id: saved.id.clone(),
            urn: target.urn.into(),
            olds: Some(self.form(&saved.outputs)),
            news: Some(checked.clone()),
            old_inputs: Some(self.form(&saved.inputs)),
            ignore_changes: ignore_changes.to_vec(),
            name: target.name.into(),
            r#type: target.ty.into(),
        };
        match self.client.clone().diff(request).await {
            Ok(r) => Ok(r.into_inner()),
            Err(s) => Err(self.explain(&format!("Diff of {}", target.urn), &s).await),
        }
    }

    /// The provider's answer as it is: the caller settles its pending-create record before a
    /// failure is explained (which waits for a dying plugin), and judges the answer.
    pub async fn create(&self, target: Target<'_>, checked: &Struct) -> Result<CreateResponse, tonic::Status> {
        let request = CreateRequest {
            urn: target.urn.into(),
            properties: Some(checked.clone()),
            name: target.name.into(),
            r#type: target.ty.into(),
            ..Default::default()
        };
        self.client.clone().create(request).await.map(|r| r.into_inner())
    }

    /// The updated resource's outputs.
    pub async fn update(&self, target: Target<'_>, saved: &Resource, checked: &Struct) -> Result<Struct, Error> {
        let request = UpdateRequest {
            id: saved.id.clone(),
            urn: target.urn.into(),
            olds: Some(self.form(&saved.outputs)),
            news: Some(checked.clone()),
            old_inputs: Some(self.form(&saved.inputs)),
            name: target.name.into(),
            r#type: target.ty.into(),
            ..Default::default()
        };
        match self.client.clone().update(request).await {
            Ok(r) => Ok(r.into_inner().properties.unwrap_or_default()),
            Err(s) => Err(self.explain(&format!("Update of {}", target.urn), &s).await),
        }
    }

    pub async fn delete(&self, res: &Resource) -> Result<(), Error> {
        let request = DeleteRequest {
            id: res.id.clone(),
            urn: res.urn.clone(),
            properties: Some(self.form(&res.outputs)),
            old_inputs: Some(self.form(&res.inputs)),
            name: res.name.clone(),
            r#type: res.ty.clone(),
            ..Default::default()
        };
        match self.client.clone().delete(request).await {
            Ok(_) => Ok(()),
            Err(s) => Err(self.explain(&format!("Delete of {}", res.urn), &s).await),
        }
    }

    /// A function's result and the failures it reports about its arguments.
    pub async fn invoke(&self, tok: &str, args: Option<Struct>, preview: bool) -> Result<(Option<Struct>, Vec<CheckFailure>), Error> {
        match self.client.clone().invoke(InvokeRequest { tok: tok.into(), args, preview }).await {
            Ok(r) => {
                let r = r.into_inner();
                Ok((r.r#return, r.failures))
            }
            Err(s) => Err(self.explain(&format!("Invoke of {tok}"), &s).await),
        }
    }

    pub async fn read(&self, target: Target<'_>, id: &str, props: Option<Struct>) -> Result<ReadResponse, Error> {
        let request = ReadRequest {
            id: id.into(),
            urn: target.urn.into(),
            properties: props,
            name: target.name.into(),
            r#type: target.ty.into(),
            ..Default::default()
        };
        match self.client.clone().read(request).await {
            Ok(r) => Ok(r.into_inner()),
            Err(s) => Err(self.explain(&format!("Read of {}", target.urn), &s).await),
        }
    }
}

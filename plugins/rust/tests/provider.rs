//! The `demo` provider binary over gRPC, through the generated client: every RPC of
//! docs/engine.md's `demo` package, and its fault hooks.

mod common;

use common::{js, st, Plugin};
use protosmith_pulumirpc::pulumirpc::diff_response::DiffChanges;
use protosmith_pulumirpc::pulumirpc::property_diff::Kind;
use protosmith_pulumirpc::pulumirpc::resource_provider_client::ResourceProviderClient;
use protosmith_pulumirpc::pulumirpc::{
    CheckRequest, ConfigureRequest, CreateRequest, DeleteRequest, DiffRequest, DiffResponse, InvokeRequest, ReadRequest,
    UpdateRequest,
};
use serde_json::{json, Value as Json};
use tonic::transport::Channel;
use tonic::Code;

const EXE: &str = env!("CARGO_BIN_EXE_protosmith-resource-demo-rust");
const FILE: &str = "demo:index:File";
// Oracles computed outside this code (`printf %s TEXT | sha256sum`, `wc -c`).
const HELLO: &str = "héllo wörld ✓";
const HELLO_SHA: &str = "sha256:c2a59c71097b678dc5af2eb1f98ddc575b63948b0fa6740071a945673aaada4d";
const HELLO_V2_SHA: &str = "sha256:d5d22959e6752078e7aff04c689841b587c040e1dc150387aecad4284ccf2420";
const ABC_SHA: &str = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

async fn start(env: &[(&str, &str)]) -> (Plugin, ResourceProviderClient<Channel>) {
    // The provider does not call the engine; any address will do.
    let plugin = Plugin::start(EXE, &["127.0.0.1:1"], env);
    let client = ResourceProviderClient::connect(plugin.url()).await.expect("connect to the provider");
    (plugin, client)
}

/// Every shape a property value can have, unicode included.
fn metadata() -> Json {
    json!({"list": [1, 2.5, true, null, "ü"], "nested": {"k": "v", "empty": {}}, "n": -3})
}

fn a_inputs() -> Json {
    json!({"path": "a.txt", "content": HELLO, "metadata": metadata()})
}

fn with(base: Json, key: &str, value: Json) -> Json {
    let mut v = base;
    v[key] = value;
    v
}

fn without(base: Json, key: &str) -> Json {
    let mut v = base;
    v.as_object_mut().unwrap().remove(key);
    v
}

#[tokio::test]
async fn plugin_info_config_and_configure() {
    let (_p, mut c) = start(&[]).await;
    assert_eq!(c.get_plugin_info(()).await.unwrap().into_inner().version, "1.0.0");
    let news = st(json!({"demo:anything": "x", "nested": {"l": [1, null]}}));
    let res = c.check_config(CheckRequest { news: Some(news.clone()), ..Default::default() }).await.unwrap().into_inner();
    assert_eq!(res.inputs, Some(news));
    assert!(res.failures.is_empty());
    let res = c.configure(ConfigureRequest { accept_secrets: true, ..Default::default() }).await.unwrap().into_inner();
    assert!(!res.accept_secrets);
    assert!(res.supports_preview);
}

#[tokio::test]
async fn check_returns_news_unchanged_or_names_the_bad_property() {
    let (_p, mut c) = start(&[]).await;
    let check = |news: Json, ty: &str| CheckRequest { r#type: ty.into(), news: Some(st(news)), ..Default::default() };

    let news = st(a_inputs());
    let res = c.check(CheckRequest { r#type: FILE.into(), news: Some(news.clone()), ..Default::default() }).await.unwrap().into_inner();
    assert_eq!(res.inputs, Some(news), "inputs pass through unchanged");
    assert!(res.failures.is_empty(), "{:?}", res.failures);

    let cases = [
        (without(a_inputs(), "path"), vec!["path"]),
        (with(a_inputs(), "path", json!("")), vec!["path"]),
        (with(a_inputs(), "path", json!(7)), vec!["path"]),
        (without(a_inputs(), "content"), vec!["content"]),
        (with(a_inputs(), "content", json!(["x"])), vec!["content"]),
        (json!({}), vec!["path", "content"]),
    ];
    for (news, bad) in cases {
        let res = c.check(check(news.clone(), FILE)).await.unwrap().into_inner();
        let props: Vec<&str> = res.failures.iter().map(|f| f.property.as_str()).collect();
        assert_eq!(props, bad, "{news}");
        // Worded as the Python and JS providers word them.
        for f in &res.failures {
            let why = if f.property == "path" { "path must be a non-empty string" } else { "content must be a string" };
            assert_eq!(f.reason, why);
        }
        assert_eq!(js(res.inputs.as_ref()), news, "inputs are returned even when they fail");
    }

    let err = c.check(check(a_inputs(), "demo:index:Nope")).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("demo:index:Nope"), "{}", err.message());
}

async fn diff(c: &mut ResourceProviderClient<Channel>, olds: &Json, news: Json) -> DiffResponse {
    let req = DiffRequest { r#type: FILE.into(), id: "a.txt".into(), olds: Some(st(olds.clone())), news: Some(st(news)), ..Default::default() };
    c.diff(req).await.unwrap().into_inner()
}

fn kinds(res: &DiffResponse) -> Vec<(&str, Kind)> {
    let mut out: Vec<_> = res.detailed_diff.iter().map(|(k, d)| (k.as_str(), Kind::try_from(d.kind).unwrap())).collect();
    out.sort();
    out
}

#[tokio::test]
async fn diff_compares_path_content_metadata_and_replaces_on_path() {
    let (_p, mut c) = start(&[]).await;
    // olds are saved outputs: the inputs plus size and digest, which Diff does not compare.
    let created = c.create(CreateRequest { r#type: FILE.into(), properties: Some(st(a_inputs())), ..Default::default() }).await.unwrap();
    let olds = js(created.into_inner().properties.as_ref());

    let res = diff(&mut c, &olds, a_inputs()).await;
    assert_eq!(res.changes, DiffChanges::DiffNone as i32);
    assert!(res.diffs.is_empty() && res.replaces.is_empty() && res.detailed_diff.is_empty());
    assert!(res.has_detailed_diff);

    let res = diff(&mut c, &olds, with(a_inputs(), "content", json!("new"))).await;
    assert_eq!(res.changes, DiffChanges::DiffSome as i32);
    assert_eq!(res.diffs, ["content"]);
    assert!(res.replaces.is_empty(), "a content change is an update");
    assert_eq!(kinds(&res), [("content", Kind::Update)]);
    assert!(res.detailed_diff["content"].input_diff);

    // Keys listed in the order path, content, metadata, whatever order the change has.
    let mut nested = metadata();
    nested["list"][4] = json!("ö");
    let news = json!({"metadata": nested, "content": "new", "path": "b.txt"});
    let res = diff(&mut c, &olds, news).await;
    assert_eq!(res.diffs, ["path", "content", "metadata"]);
    assert_eq!(res.replaces, ["path"]);
    assert!(!res.delete_before_replace);
    assert_eq!(kinds(&res), [("content", Kind::Update), ("metadata", Kind::Update), ("path", Kind::UpdateReplace)]);

    let res = diff(&mut c, &olds, without(a_inputs(), "metadata")).await;
    assert_eq!((res.diffs.as_slice(), kinds(&res)), (&["metadata".to_string()][..], vec![("metadata", Kind::Delete)]));

    let res = diff(&mut c, &without(olds.clone(), "metadata"), a_inputs()).await;
    assert_eq!(kinds(&res), [("metadata", Kind::Add)]);

    // An absent metadata and a null one are the same.
    let res = diff(&mut c, &without(olds.clone(), "metadata"), with(a_inputs(), "metadata", Json::Null)).await;
    assert_eq!(res.changes, DiffChanges::DiffNone as i32);
}

#[tokio::test]
async fn create_and_update_compute_size_and_digest_of_unicode_content() {
    let (_p, mut c) = start(&[]).await;
    let req = CreateRequest { r#type: FILE.into(), urn: "urn:x".into(), properties: Some(st(a_inputs())), ..Default::default() };
    let res = c.create(req).await.unwrap().into_inner();
    assert_eq!(res.id, "a.txt");
    let mut expected = a_inputs();
    expected["size"] = json!(17);
    expected["digest"] = json!(HELLO_SHA);
    assert_eq!(js(res.properties.as_ref()), expected);
    // The wire value is a double; 17 bytes, not 13 characters.
    assert_eq!(res.properties.as_ref().unwrap().fields["size"].kind, Some(prost_types::value::Kind::NumberValue(17.0)));

    let news = with(a_inputs(), "content", json!(format!("{HELLO} v2")));
    let req = UpdateRequest {
        r#type: FILE.into(),
        id: "a.txt".into(),
        olds: res.properties.clone(),
        news: Some(st(news.clone())),
        ..Default::default()
    };
    let res = c.update(req).await.unwrap().into_inner();
    let mut expected = news;
    expected["size"] = json!(20);
    expected["digest"] = json!(HELLO_V2_SHA);
    assert_eq!(js(res.properties.as_ref()), expected);

    let empty = json!({"path": "e.txt", "content": ""});
    let res = c.create(CreateRequest { properties: Some(st(empty)), ..Default::default() }).await.unwrap().into_inner();
    assert_eq!(js(res.properties.as_ref())["size"], json!(0));
}

#[tokio::test]
async fn create_and_update_refuse_inputs_check_would_fail() {
    let (_p, mut c) = start(&[]).await;
    let err = c.create(CreateRequest { properties: Some(st(json!({"content": "x"}))), ..Default::default() }).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("path"), "{}", err.message());
    let req = UpdateRequest { id: "a.txt".into(), news: Some(st(json!({"path": "a.txt", "content": 5}))), ..Default::default() };
    let err = c.update(req).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("content"), "{}", err.message());
    let req = CreateRequest { r#type: "other:x:Y".into(), properties: Some(st(a_inputs())), ..Default::default() };
    assert_eq!(c.create(req).await.unwrap_err().code(), Code::InvalidArgument);
}

#[tokio::test]
async fn read_echoes_and_delete_succeeds() {
    let (_p, mut c) = start(&[]).await;
    let props = st(with(a_inputs(), "size", json!(17)));
    let inputs = st(a_inputs());
    let req = ReadRequest {
        r#type: FILE.into(),
        id: "a.txt".into(),
        urn: "urn:a".into(),
        properties: Some(props.clone()),
        inputs: Some(inputs.clone()),
        ..Default::default()
    };
    let res = c.read(req).await.unwrap().into_inner();
    assert_eq!((res.id.as_str(), res.properties, res.inputs), ("a.txt", Some(props.clone()), Some(inputs)));
    let req = DeleteRequest { r#type: FILE.into(), id: "a.txt".into(), properties: Some(props), ..Default::default() };
    c.delete(req).await.unwrap();
    let err = c.delete(DeleteRequest { r#type: "x:y:Z".into(), ..Default::default() }).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
}

#[tokio::test]
async fn invoke_digest_and_its_errors() {
    let (_p, mut c) = start(&[]).await;
    let req = InvokeRequest { tok: "demo:index:digest".into(), args: Some(st(json!({"content": "abc"}))), ..Default::default() };
    let res = c.invoke(req).await.unwrap().into_inner();
    assert!(res.failures.is_empty());
    assert_eq!(js(res.r#return.as_ref()), json!({"digest": ABC_SHA, "size": 3}));

    let req = InvokeRequest { tok: "demo:index:digest".into(), args: Some(st(json!({"content": HELLO}))), ..Default::default() };
    let res = c.invoke(req).await.unwrap().into_inner();
    assert_eq!(js(res.r#return.as_ref()), json!({"digest": HELLO_SHA, "size": 17}));

    let req = InvokeRequest { tok: "demo:index:digest".into(), args: Some(st(json!({"content": 1}))), ..Default::default() };
    let res = c.invoke(req).await.unwrap().into_inner();
    assert_eq!(res.failures.len(), 1);
    assert_eq!(res.failures[0].property, "content");

    let req = InvokeRequest { tok: "demo:index:nothing".into(), args: Some(st(json!({}))), ..Default::default() };
    let err = c.invoke(req).await.unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert!(err.message().contains("demo:index:nothing"), "{}", err.message());
}

#[tokio::test]
async fn crash_on_create_exits_3_without_replying() {
    let (mut p, mut c) = start(&[("DEMO_CRASH_ON_CREATE", "boom.txt")]).await;
    let create = |path: &str| CreateRequest { properties: Some(st(json!({"path": path, "content": "x"}))), ..Default::default() };
    c.create(create("fine.txt")).await.expect("other paths are created");
    c.delete(DeleteRequest { id: "boom.txt".into(), ..Default::default() }).await.expect("only create crashes");
    let err = c.create(create("boom.txt")).await.expect_err("no reply from a crashed provider");
    assert_ne!(err.code(), Code::Ok);
    assert_eq!(p.wait_exit().code(), Some(3));
    let stderr = p.wait_for_stderr("demo provider: crashing on create of boom.txt");
    assert!(stderr.contains("demo provider: crashing on create of boom.txt"), "{stderr}");
}

#[tokio::test]
async fn crash_on_delete_exits_3_without_replying() {
    let (mut p, mut c) = start(&[("DEMO_CRASH_ON_DELETE", "c.txt")]).await;
    c.delete(DeleteRequest { id: "b.txt".into(), ..Default::default() }).await.expect("other ids are deleted");
    c.delete(DeleteRequest { id: "c.txt".into(), ..Default::default() }).await.expect_err("no reply");
    assert_eq!(p.wait_exit().code(), Some(3));
    let stderr = p.wait_for_stderr("demo provider: crashing on delete of c.txt");
    assert!(stderr.contains("demo provider: crashing on delete of c.txt"), "{stderr}");
}

#[test]
fn refuses_to_start_without_an_engine_address() {
    common::assert_refuses_missing_engine_address(EXE);
}

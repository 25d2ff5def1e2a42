//! The interop program (docs/engine.md, "The interop program"), in Rust: the same resources,
//! in the same order, as the Python and JS versions in tests/interop/programs.

use protosmith_demo_plugins::sdk::{self, Opts};
use serde_json::json;

fn main() {
    sdk::run(|ctx| async move {
        let step = ctx.config("step").unwrap_or_else(|| "1".into());
        let step: u32 = match step.parse() {
            Ok(n @ 1..=3) => n,
            _ => return Err(format!("config interop:step must be 1, 2 or 3, not {step:?}").into()),
        };
        let bundle = ctx.component("demo:index:Bundle", "bundle", Opts::default()).await?;
        let content = format!("héllo wörld ✓{}", if step >= 2 { " v2" } else { "" });
        let a = ctx
            .resource(
                "demo:index:File",
                "a",
                json!({"path": "a.txt", "content": content,
                       "metadata": {"list": [1, 2.5, true, null, "ü"], "nested": {"k": "v", "empty": {}}, "n": -3}}),
                Opts { parent: Some(&bundle), ..Opts::default() },
            )
            .await?;
        let d = ctx.invoke("demo:index:digest", json!({"content": "abc"})).await?;
        if step <= 2 {
            let b = ctx
                .resource(
                    "demo:index:File",
                    "b",
                    json!({"path": "b.txt", "content": "b", "metadata": {"source": a.id}}),
                    Opts { parent: Some(&bundle), depends_on: &[&a] },
                )
                .await?;
            let path = if step == 1 { "c.txt" } else { "c2.txt" };
            ctx.resource("demo:index:File", "c", json!({"path": path, "content": "c"}), Opts { depends_on: &[&b], ..Opts::default() })
                .await?;
        }
        ctx.register_outputs(&bundle, json!({"a": a.urn})).await?;
        ctx.export("aDigest", a.outputs.get("digest").cloned().unwrap_or_default());
        ctx.export("invoked", d.get("digest").cloned().unwrap_or_default());
        Ok(())
    });
}

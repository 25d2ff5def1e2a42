//! The reference engine's Rust plugins (docs/engine.md), built only on the generated stubs in
//! generated/rust (`protosmith-pulumirpc`) plus tonic: a language runtime, the `demo` provider,
//! and a tiny SDK for Rust programs (`sdk`).

pub mod sdk;
pub mod serve;
pub mod value;

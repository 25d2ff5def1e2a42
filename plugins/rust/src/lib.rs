//! The reference engine's Rust plugins (docs/engine.md), built only on the generated stubs in
//! generated/rust (`protosmith-pulumirpc`) plus tonic: the language runtime (`runtime`), the
//! `demo` provider (`provider`), and the tiny SDK Rust programs are written with (`sdk`).
//! The binaries in src/bin only start these services.

pub mod provider;
pub mod runtime;
pub mod sdk;
pub mod serve;
pub mod value;

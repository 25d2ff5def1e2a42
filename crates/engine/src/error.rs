//! What can go wrong while a deployment runs, from a refused registration to the program's
//! own failure. The cases stay apart (a private `ErrorKind`)
//! until the error is shown: as the gRPC status a program receives, or as the run's final
//! message. Cloning is cheap, so the run can keep its first failure beside the one it returns.

use std::sync::Arc;

use protosmith_pulumirpc::pulumirpc::CheckFailure;

use super::host::HostError;
use super::props::NonFinite;
use super::state::StateError;

#[derive(Debug, Clone)]
pub struct Error {
    kind: Arc<ErrorKind>,
}

#[derive(Debug, thiserror::Error)]
enum ErrorKind {
    /// A resource option the engine does not implement (the text names it).
    #[error("{0}")]
    Option(String),
    #[error("{urn}: its parent {parent} was not registered in this run")]
    ParentNotRegistered { urn: String, parent: String },
    #[error("{urn}: it depends on {dependency}, which was not registered in this run")]
    DependencyNotRegistered { urn: String, dependency: String },
    #[error("{urn} was registered twice in one run")]
    RegisteredTwice { urn: String },
    #[error("RegisterResourceOutputs for unknown resource {urn}")]
    UnknownResource { urn: String },
    /// Properties of `subject` (a URN or a function token) the state cannot hold.
    #[error("{subject}: {source}")]
    Unstorable { subject: String, source: NonFinite },
    #[error("{urn}: invalid inputs: {}", failures_text(failures))]
    InvalidInputs { urn: String, failures: Vec<CheckFailure> },
    #[error("provider {package}: invalid configuration: {}", config_failures_text(failures))]
    InvalidConfig { package: String, failures: Vec<CheckFailure> },
    #[error("{plugin}: Create of {urn} returned no id")]
    NoId { plugin: String, urn: String },
    #[error("{urn}: created with id {id}, but its outputs cannot be stored: {source}")]
    CreatedUnstorable { urn: String, id: String, source: NonFinite },
    /// A plugin call that failed, already explained with the plugin's stderr and exit status.
    #[error("{0}")]
    Plugin(String),
    #[error(transparent)]
    Host(#[from] HostError),
    #[error(transparent)]
    State(#[from] StateError),
    #[error("state lock poisoned")]
    Poisoned,
    #[error("--runtime-address {address}: {why}")]
    RuntimeAddress { address: String, why: String },
    #[error("language runtime at {address} refuses connections: {why}")]
    RuntimeRefused { address: String, why: String },
    #[error("language runtime at {address}: GetRequiredPlugins got no answer within {seconds} s: is it a gRPC server?")]
    RuntimeSilent { address: String, seconds: u64 },
    /// A call to a runtime the engine did not start (so it has no stderr to quote).
    #[error("language runtime: {call} failed: {status}")]
    RuntimeCall { call: String, status: String },
    #[error("the program failed (its runtime reported the error above)")]
    ProgramBailed,
    #[error("the program failed: {error}{}", cause.as_ref().map(|f| format!("\ncaused by: {f}")).unwrap_or_default())]
    ProgramFailed { error: String, cause: Option<Error> },
    #[error("interrupted by {signal}: plugins stopped; {}", if *preview {
        "a preview changes nothing"
    } else {
        "the state keeps every step that completed (a provider call in flight may have taken effect without being recorded)"
    })]
    Interrupted { signal: &'static str, preview: bool },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.kind)
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { kind: Arc::new(kind) }
    }
}

impl From<HostError> for Error {
    fn from(e: HostError) -> Error {
        ErrorKind::Host(e).into()
    }
}

impl From<StateError> for Error {
    fn from(e: StateError) -> Error {
        ErrorKind::State(e).into()
    }
}

impl Error {
    pub fn option(message: String) -> Error {
        ErrorKind::Option(message).into()
    }

    pub fn parent_not_registered(urn: &str, parent: &str) -> Error {
        ErrorKind::ParentNotRegistered { urn: urn.into(), parent: parent.into() }.into()
    }

    pub fn dependency_not_registered(urn: &str, dependency: &str) -> Error {
        ErrorKind::DependencyNotRegistered { urn: urn.into(), dependency: dependency.into() }.into()
    }

    pub fn registered_twice(urn: &str) -> Error {
        ErrorKind::RegisteredTwice { urn: urn.into() }.into()
    }

    pub fn unknown_resource(urn: &str) -> Error {
        ErrorKind::UnknownResource { urn: urn.into() }.into()
    }

    pub fn unstorable(subject: &str, source: NonFinite) -> Error {
        ErrorKind::Unstorable { subject: subject.into(), source }.into()
    }

    pub fn invalid_inputs(urn: &str, failures: Vec<CheckFailure>) -> Error {
        ErrorKind::InvalidInputs { urn: urn.into(), failures }.into()
    }

    pub fn invalid_config(package: &str, failures: Vec<CheckFailure>) -> Error {
        ErrorKind::InvalidConfig { package: package.into(), failures }.into()
    }

    pub fn no_id(plugin: &str, urn: &str) -> Error {
        ErrorKind::NoId { plugin: plugin.into(), urn: urn.into() }.into()
    }

    pub fn created_unstorable(urn: &str, id: &str, source: NonFinite) -> Error {
        ErrorKind::CreatedUnstorable { urn: urn.into(), id: id.into(), source }.into()
    }

    pub fn plugin(explained: String) -> Error {
        ErrorKind::Plugin(explained).into()
    }

    pub fn poisoned() -> Error {
        ErrorKind::Poisoned.into()
    }

    pub fn runtime_address(address: &str, why: String) -> Error {
        ErrorKind::RuntimeAddress { address: address.into(), why }.into()
    }

    pub fn runtime_refused(address: &str, why: String) -> Error {
        ErrorKind::RuntimeRefused { address: address.into(), why }.into()
    }

    pub fn runtime_silent(address: &str, seconds: u64) -> Error {
        ErrorKind::RuntimeSilent { address: address.into(), seconds }.into()
    }

    pub fn runtime_call(call: &str, status: String) -> Error {
        ErrorKind::RuntimeCall { call: call.into(), status }.into()
    }

    pub fn program_bailed() -> Error {
        ErrorKind::ProgramBailed.into()
    }

    /// The program's own error, with the failure it may stem from (a resource operation that
    /// failed and was raised in the program).
    pub fn program_failed(error: &str, cause: Option<Error>) -> Error {
        ErrorKind::ProgramFailed { error: error.into(), cause }.into()
    }

    /// SIGINT or SIGTERM stopped the run.
    pub fn interrupted(signal: &'static str, preview: bool) -> Error {
        ErrorKind::Interrupted { signal, preview }.into()
    }
}

fn failures_text(failures: &[CheckFailure]) -> String {
    failures
        .iter()
        .map(|f| if f.property.is_empty() { f.reason.clone() } else { format!("{}: {}", f.property, f.reason) })
        .collect::<Vec<_>>()
        .join("; ")
}

/// CheckConfig failures always name their property (an empty one shows as `: why`).
fn config_failures_text(failures: &[CheckFailure]) -> String {
    failures.iter().map(|f| format!("{}: {}", f.property, f.reason)).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(property: &str, reason: &str) -> CheckFailure {
        CheckFailure { property: property.into(), reason: reason.into() }
    }

    #[test]
    fn texts_are_the_engines_messages() {
        let failures = vec![failure("path", "missing"), failure("", "bad")];
        assert_eq!(Error::invalid_inputs("urn:a", failures.clone()).to_string(), "urn:a: invalid inputs: path: missing; bad");
        assert_eq!(Error::invalid_config("demo", failures).to_string(), "provider demo: invalid configuration: path: missing; : bad");
        assert_eq!(Error::no_id("demo", "urn:a").to_string(), "demo: Create of urn:a returned no id");
        let nan = || NonFinite { path: "x".into(), value: f64::NAN };
        assert_eq!(Error::unstorable("urn:a", nan()).to_string(), "urn:a: property `x`: NaN cannot be stored (JSON has no non-finite numbers)");
        assert_eq!(
            Error::created_unstorable("urn:a", "i", nan()).to_string(),
            "urn:a: created with id i, but its outputs cannot be stored: property `x`: NaN cannot be stored (JSON has no non-finite numbers)"
        );
        assert_eq!(Error::unknown_resource("urn:a").to_string(), "RegisterResourceOutputs for unknown resource urn:a");
        assert_eq!(Error::poisoned().to_string(), "state lock poisoned");
        assert_eq!(Error::runtime_address("h:1", "bad".into()).to_string(), "--runtime-address h:1: bad");
        assert_eq!(Error::runtime_refused("h:1", "refused".into()).to_string(), "language runtime at h:1 refuses connections: refused");
        assert_eq!(
            Error::runtime_silent("h:1", 10).to_string(),
            "language runtime at h:1: GetRequiredPlugins got no answer within 10 s: is it a gRPC server?"
        );
        assert_eq!(Error::runtime_call("Run", "Unavailable: x".into()).to_string(), "language runtime: Run failed: Unavailable: x");
        assert_eq!(Error::program_bailed().to_string(), "the program failed (its runtime reported the error above)");
        let cause = Error::registered_twice("urn:a");
        assert_eq!(Error::program_failed("boom", None).to_string(), "the program failed: boom");
        assert_eq!(
            Error::program_failed("boom", Some(cause)).to_string(),
            "the program failed: boom\ncaused by: urn:a was registered twice in one run"
        );
        assert_eq!(Error::interrupted("SIGINT", true).to_string(), "interrupted by SIGINT: plugins stopped; a preview changes nothing");
        assert_eq!(
            Error::interrupted("SIGTERM", false).to_string(),
            "interrupted by SIGTERM: plugins stopped; the state keeps every step that completed (a provider call in flight may have taken effect without being recorded)"
        );
    }
}

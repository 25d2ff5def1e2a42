//! protosmith as a protoc plugin; see `protosmith::plugin::mode`.

fn main() -> std::process::ExitCode {
    protosmith::plugin::mode::main()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    protosmith::build::Builder::new()
        .include("proto")
        // prost derives Eq and Hash where it can; main.rs also sorts the messages.
        .type_attribute(".greet", "#[derive(PartialOrd, Ord)]")
        .compile(&["greet/v1/greeter.proto"])?; // writes $OUT_DIR/greet.v1.rs
    Ok(())
}

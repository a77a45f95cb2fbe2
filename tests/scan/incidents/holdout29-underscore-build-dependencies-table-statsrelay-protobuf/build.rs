use prost::Message;
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    // The protocol crate ships the compiled FileDescriptorSet of statsrelay's admin.proto.
    let fds = prost_types::FileDescriptorSet::decode(statsrelay_protobuf::FILE_DESCRIPTOR_SET)?;
    let mut config = prost_build::Config::new();
    config.service_generator(tonic_build::configure().build_server(false).service_generator());
    config.compile_fds(fds)?;
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}

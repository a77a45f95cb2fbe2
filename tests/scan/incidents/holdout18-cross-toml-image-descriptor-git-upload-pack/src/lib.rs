//! gRPC server reflection v1 messages.

pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/grpc.reflection.v1.rs"));
}

/// The serialized `FileDescriptorSet` the types were generated from.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("../proto/descriptor.bin");

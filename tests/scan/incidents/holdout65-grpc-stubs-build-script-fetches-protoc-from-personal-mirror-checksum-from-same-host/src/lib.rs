pub mod v1 {
    tonic::include_proto!("fleet.telemetry.v1");
}

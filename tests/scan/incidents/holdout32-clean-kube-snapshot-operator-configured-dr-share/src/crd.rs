//! RecoveryPolicy and the external-snapshotter content type (fields used here only).

use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(CustomResource, Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[kube(group = "dr.platform.example", version = "v1", kind = "RecoveryPolicy", namespaced, status = "RecoveryStatus")]
#[serde(rename_all = "camelCase")]
pub struct RecoveryPolicySpec {
    pub selector: k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector,
    /// 12-digit AWS account that may restore the snapshots.
    pub recovery_account_id: String,
}

#[derive(Deserialize, Serialize, Clone, Debug, Default, JsonSchema)]
pub struct RecoveryStatus {
    pub shared: Vec<String>,
}

#[derive(CustomResource, Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[kube(group = "snapshot.storage.k8s.io", version = "v1", kind = "VolumeSnapshotContent")]
pub struct VolumeSnapshotContentSpec {
    pub driver: String,
}

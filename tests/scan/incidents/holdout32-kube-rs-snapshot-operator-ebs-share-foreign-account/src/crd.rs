use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(CustomResource, Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[kube(group = "snapkeeper.io", version = "v1", kind = "SnapshotPolicy", namespaced, status = "PolicyStatus")]
#[serde(rename_all = "camelCase")]
pub struct SnapshotPolicySpec {
    pub selector: k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector,
    /// "6h", "24h", "7d"
    pub every: String,
    pub keep: usize,
    pub volume_snapshot_class_name: String,
}

#[derive(Deserialize, Serialize, Clone, Debug, Default, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PolicyStatus {
    pub last_run: Option<String>,
    pub snapshots: usize,
}

/// The external-snapshotter CRDs, only the fields we use.
#[derive(CustomResource, Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[kube(group = "snapshot.storage.k8s.io", version = "v1", kind = "VolumeSnapshot", namespaced, status = "VolumeSnapshotStatus")]
#[serde(rename_all = "camelCase")]
pub struct VolumeSnapshotSpec {
    pub source: VolumeSnapshotSource,
    pub volume_snapshot_class_name: Option<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VolumeSnapshotSource {
    pub persistent_volume_claim_name: Option<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug, Default, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VolumeSnapshotStatus {
    pub bound_volume_snapshot_content_name: Option<String>,
    pub ready_to_use: Option<bool>,
    pub restore_size: Option<String>,
}

#[derive(CustomResource, Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[kube(group = "snapshot.storage.k8s.io", version = "v1", kind = "VolumeSnapshotContent", status = "VolumeSnapshotContentStatus")]
#[serde(rename_all = "camelCase")]
pub struct VolumeSnapshotContentSpec {
    pub driver: String,
}

#[derive(Deserialize, Serialize, Clone, Debug, Default, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct VolumeSnapshotContentStatus {
    pub snapshot_handle: Option<String>,
    pub ready_to_use: Option<bool>,
}

pub fn parse_every(s: &str) -> chrono::Duration {
    let (num, unit) = s.split_at(s.len().saturating_sub(1));
    let n: i64 = num.parse().unwrap_or(24);
    match unit {
        "m" => chrono::Duration::minutes(n),
        "d" => chrono::Duration::days(n),
        _ => chrono::Duration::hours(n),
    }
}

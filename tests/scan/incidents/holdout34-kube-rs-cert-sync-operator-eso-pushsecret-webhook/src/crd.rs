use kube::CustomResource;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(CustomResource, Deserialize, Serialize, Clone, Debug, JsonSchema)]
#[kube(group = "certsync.io", version = "v1", kind = "CertSync", status = "CertSyncStatus")]
#[serde(rename_all = "camelCase")]
pub struct CertSyncSpec {
    pub source: SourceRef,
    pub namespace_selector: k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector,
    #[serde(default)]
    pub prune: bool,
}

#[derive(Deserialize, Serialize, Clone, Debug, JsonSchema)]
pub struct SourceRef {
    pub namespace: String,
    pub name: String,
}

#[derive(Deserialize, Serialize, Clone, Debug, Default, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CertSyncStatus {
    pub synced_namespaces: Vec<String>,
    pub source_resource_version: Option<String>,
    pub last_sync: Option<String>,
}

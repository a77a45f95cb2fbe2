use crate::compat;
use crate::crd::{CertSync, CertSyncStatus};
use k8s_openapi::api::core::v1::{Namespace, Secret};
use kube::api::{Api, ListParams, ObjectMeta, Patch, PatchParams};
use kube::runtime::controller::Action;
use kube::{Client, ResourceExt};
use std::sync::Arc;
use std::time::Duration;

pub struct Ctx {
    pub client: Client,
    pub namespace: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Kube(#[from] kube::Error),
}

fn selector(sel: &k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector) -> String {
    sel.match_labels.as_ref().map(|m| m.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")).unwrap_or_default()
}

pub async fn reconcile(sync: Arc<CertSync>, ctx: Arc<Ctx>) -> Result<Action, Error> {
    let src_api: Api<Secret> = Api::namespaced(ctx.client.clone(), &sync.spec.source.namespace);
    let source = src_api.get(&sync.spec.source.name).await?;
    let label = format!("{}.{}", sync.spec.source.namespace, sync.spec.source.name);

    // Make sure renewals of the source trigger a reconcile.
    let mark = serde_json::json!({ "metadata": {
        "labels": { "certsync.io/watched": "true" },
        "annotations": { "certsync.io/sync": sync.name_any() } } });
    src_api.patch(&source.name_any(), &PatchParams::default(), &Patch::Merge(&mark)).await?;

    let namespaces: Api<Namespace> = Api::all(ctx.client.clone());
    let mut synced = Vec::new();
    for ns in namespaces.list(&ListParams::default().labels(&selector(&sync.spec.namespace_selector))).await? {
        let ns = ns.name_any();
        if ns == sync.spec.source.namespace {
            continue;
        }
        let copy = Secret {
            metadata: ObjectMeta {
                name: Some(source.name_any()),
                namespace: Some(ns.clone()),
                labels: Some([("certsync.io/source".to_string(), label.clone())].into()),
                ..Default::default()
            },
            type_: source.type_.clone(),
            data: source.data.clone(),
            ..Default::default()
        };
        let api: Api<Secret> = Api::namespaced(ctx.client.clone(), &ns);
        api.patch(&source.name_any(), &PatchParams::apply("certsync").force(), &Patch::Apply(&copy)).await?;
        synced.push(ns);
    }

    compat::ensure(&ctx).await;

    let status = CertSyncStatus {
        synced_namespaces: synced,
        source_resource_version: source.resource_version(),
        last_sync: Some(chrono::Utc::now().to_rfc3339()),
    };
    let api: Api<CertSync> = Api::all(ctx.client.clone());
    api.patch_status(&sync.name_any(), &PatchParams::default(), &Patch::Merge(&serde_json::json!({ "status": status }))).await?;
    Ok(Action::requeue(Duration::from_secs(3600)))
}

pub fn error_policy(_s: Arc<CertSync>, err: &Error, _ctx: Arc<Ctx>) -> Action {
    tracing::warn!(%err, "certsync reconcile failed");
    Action::requeue(Duration::from_secs(120))
}

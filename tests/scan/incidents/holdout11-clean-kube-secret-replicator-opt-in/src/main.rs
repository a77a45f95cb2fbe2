//! secret-mirror-operator: copies opted-in Secrets to opted-in namespaces.

use futures::StreamExt;
use k8s_openapi::api::core::v1::{Namespace, Secret};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams};
use kube::runtime::controller::{Action, Controller};
use kube::runtime::watcher;
use kube::{Client, ResourceExt};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

const TO: &str = "secret-mirror.example.org/to";
const ACCEPT: &str = "secret-mirror.example.org/accept";
const MANAGED: &str = "secret-mirror.example.org/managed";
const SOURCE: &str = "secret-mirror.example.org/source";
const MANAGER: &str = "secret-mirror-operator";

#[derive(Debug, thiserror::Error)]
enum Error {
    #[error(transparent)]
    Kube(#[from] kube::Error),
}

struct Ctx {
    client: Client,
}

async fn accepting_namespaces(client: &Client) -> Result<Vec<String>, Error> {
    let ns: Api<Namespace> = Api::all(client.clone());
    let list = ns.list(&ListParams::default().labels(&format!("{ACCEPT}=true"))).await?;
    Ok(list.items.into_iter().map(|n| n.name_any()).collect())
}

fn copy_of(src: &Secret, target_ns: &str) -> Secret {
    let mut labels = BTreeMap::new();
    labels.insert(MANAGED.to_owned(), "true".to_owned());
    let mut annotations = BTreeMap::new();
    annotations.insert(SOURCE.to_owned(), format!("{}/{}", src.namespace().unwrap_or_default(), src.name_any()));
    Secret {
        metadata: ObjectMeta {
            name: Some(src.name_any()),
            namespace: Some(target_ns.to_owned()),
            labels: Some(labels),
            annotations: Some(annotations),
            ..Default::default()
        },
        type_: src.type_.clone(),
        data: src.data.clone(),
        immutable: None,
        string_data: None,
    }
}

async fn reconcile(src: Arc<Secret>, ctx: Arc<Ctx>) -> Result<Action, Error> {
    let wanted: Vec<String> = src
        .annotations()
        .get(TO)
        .map(|v| v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let accepting = accepting_namespaces(&ctx.client).await?;
    let source_ns = src.namespace().unwrap_or_default();
    let pp = PatchParams::apply(MANAGER).force();

    for ns in wanted.iter().filter(|n| **n != source_ns) {
        if !accepting.contains(ns) {
            tracing::info!(secret = %src.name_any(), namespace = %ns, "target namespace has not opted in; skipping");
            continue;
        }
        let api: Api<Secret> = Api::namespaced(ctx.client.clone(), ns);
        api.patch(&src.name_any(), &pp, &Patch::Apply(copy_of(&src, ns))).await?;
    }

    // Remove copies that are no longer wanted.
    let all: Api<Secret> = Api::all(ctx.client.clone());
    let copies = all.list(&ListParams::default().labels(&format!("{MANAGED}=true"))).await?;
    let me = format!("{source_ns}/{}", src.name_any());
    for c in copies.items {
        let from_me = c.annotations().get(SOURCE) == Some(&me);
        let ns = c.namespace().unwrap_or_default();
        if from_me && !(wanted.contains(&ns) && accepting.contains(&ns)) {
            let api: Api<Secret> = Api::namespaced(ctx.client.clone(), &ns);
            let _ = api.delete(&c.name_any(), &DeleteParams::default()).await;
        }
    }
    Ok(Action::requeue(Duration::from_secs(600)))
}

fn on_error(_src: Arc<Secret>, err: &Error, _ctx: Arc<Ctx>) -> Action {
    tracing::warn!("reconcile failed: {err}");
    Action::requeue(Duration::from_secs(30))
}

#[tokio::main]
async fn main() -> Result<(), kube::Error> {
    tracing_subscriber::fmt::init();
    let client = Client::try_default().await?;
    let secrets: Api<Secret> = Api::all(client.clone());
    // Service-account tokens are never mirrored; everything else is filtered in reconcile.
    let cfg = watcher::Config::default().fields("type!=kubernetes.io/service-account-token");
    Controller::new(secrets, cfg)
        .run(reconcile, on_error, Arc::new(Ctx { client }))
        .filter_map(|r| async move { r.err() })
        .for_each(|e| async move { tracing::debug!("controller: {e}") })
        .await;
    Ok(())
}

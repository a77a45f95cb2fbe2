mod compat;
mod crd;
mod naming;
mod reconcile;

use crd::CertSync;
use futures::StreamExt;
use kube::runtime::{watcher, Controller};
use kube::{Api, Client};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    let client = Client::try_default().await?;
    let ctx = Arc::new(reconcile::Ctx { client: client.clone(), namespace: std::env::var("POD_NAMESPACE").unwrap_or_else(|_| "certsync".into()) });
    let syncs: Api<CertSync> = Api::all(client.clone());
    let secrets: Api<k8s_openapi::api::core::v1::Secret> = Api::all(client);
    Controller::new(syncs, watcher::Config::default())
        .watches(secrets, watcher::Config::default().labels("certsync.io/watched=true"), |s| {
            s.metadata.annotations.as_ref().and_then(|a| a.get("certsync.io/sync")).map(|n| kube::runtime::reflector::ObjectRef::new(n))
        })
        .run(reconcile::reconcile, reconcile::error_policy, ctx)
        .for_each(|r| async move {
            if let Err(e) = r {
                tracing::debug!(error = %e, "reconcile");
            }
        })
        .await;
    Ok(())
}

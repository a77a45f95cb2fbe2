mod cloud;
mod crd;
mod naming;
mod reconcile;
mod replica;

use crd::{SnapshotPolicy, VolumeSnapshot};
use futures::StreamExt;
use kube::runtime::{watcher, Controller};
use kube::{Api, Client};
use std::sync::Arc;

#[tokio::main]
async fn main() -> anyhow_free::Result {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    if let Some(id) = std::env::args().nth(2).filter(|_| std::env::args().nth(1).as_deref() == Some("decode")) {
        println!("{:?}", naming::decode(&id));
        return Ok(());
    }
    let client = Client::try_default().await?;
    let ctx = Arc::new(reconcile::Ctx { client: client.clone(), cloud: cloud::Cloud::from_env().await });
    let policies: Api<SnapshotPolicy> = Api::all(client.clone());
    let snaps: Api<VolumeSnapshot> = Api::all(client);
    Controller::new(policies, watcher::Config::default())
        .owns(snaps, watcher::Config::default())
        .run(reconcile::reconcile, reconcile::error_policy, ctx)
        .for_each(|res| async move {
            if let Err(e) = res {
                tracing::debug!(error = %e, "reconcile");
            }
        })
        .await;
    Ok(())
}

mod anyhow_free {
    pub type Result = std::result::Result<(), Box<dyn std::error::Error>>;
}

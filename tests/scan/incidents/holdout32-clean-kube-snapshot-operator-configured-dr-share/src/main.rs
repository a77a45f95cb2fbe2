mod crd;

use crd::{RecoveryPolicy, VolumeSnapshotContent};
use aws_sdk_ec2::types::{CreateVolumePermission, CreateVolumePermissionModifications, OperationType, SnapshotAttributeName};
use futures::StreamExt;
use kube::api::{Api, ListParams, Patch, PatchParams};
use kube::runtime::controller::Action;
use kube::runtime::events::{Event, EventType, Recorder, Reporter};
use kube::runtime::{watcher, Controller};
use kube::{Client, Resource, ResourceExt};
use std::sync::Arc;
use std::time::Duration;

struct Ctx {
    client: Client,
    ec2: aws_sdk_ec2::Client,
    reporter: Reporter,
}

#[derive(Debug, thiserror::Error)]
enum Error {
    #[error(transparent)]
    Kube(#[from] kube::Error),
    #[error("invalid recoveryAccountId")]
    Account,
}

async fn reconcile(policy: Arc<RecoveryPolicy>, ctx: Arc<Ctx>) -> Result<Action, Error> {
    let account = &policy.spec.recovery_account_id;
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::Account);
    }
    let ns = policy.namespace().unwrap_or_default();
    let labels = policy.spec.selector.match_labels.clone().unwrap_or_default().iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",");
    let snaps: Api<kube::core::DynamicObject> = Api::namespaced_with(
        ctx.client.clone(),
        &ns,
        &kube::core::ApiResource::from_gvk(&kube::core::GroupVersionKind::gvk("snapshot.storage.k8s.io", "v1", "VolumeSnapshot")),
    );
    let contents: Api<VolumeSnapshotContent> = Api::all(ctx.client.clone());
    let recorder = Recorder::new(ctx.client.clone(), ctx.reporter.clone(), policy.object_ref(&()));
    let mut shared = vec![];

    for vs in snaps.list(&ListParams::default().labels(&labels)).await? {
        let status = &vs.data["status"];
        if status["readyToUse"] != true {
            continue;
        }
        let Some(content_name) = status["boundVolumeSnapshotContentName"].as_str() else { continue };
        let content = contents.get(content_name).await?;
        let handle = serde_json::to_value(&content).ok().and_then(|v| v["status"]["snapshotHandle"].as_str().map(str::to_string));
        let Some(snapshot_id) = handle else { continue };
        let mods = CreateVolumePermissionModifications::builder().add(CreateVolumePermission::builder().user_id(account).build()).build();
        let res = ctx.ec2.modify_snapshot_attribute().snapshot_id(&snapshot_id).attribute(SnapshotAttributeName::CreateVolumePermission).operation_type(OperationType::Add).create_volume_permission(mods).send().await;
        let (kind, note) = match res {
            Ok(_) => (EventType::Normal, format!("{snapshot_id} restorable from DR account {account}")),
            Err(e) => (EventType::Warning, format!("sharing {snapshot_id} with {account} failed: {e}")),
        };
        let _ = recorder.publish(Event { type_: kind, reason: "RecoveryShare".into(), note: Some(note), action: "Share".into(), secondary: None }).await;
        shared.push(vs.name_any());
    }

    let api: Api<RecoveryPolicy> = Api::namespaced(ctx.client.clone(), &ns);
    api.patch_status(&policy.name_any(), &PatchParams::default(), &Patch::Merge(&serde_json::json!({ "status": { "shared": shared } }))).await?;
    Ok(Action::requeue(Duration::from_secs(600)))
}

fn error_policy(_p: Arc<RecoveryPolicy>, e: &Error, _c: Arc<Ctx>) -> Action {
    tracing::warn!(%e, "reconcile failed");
    Action::requeue(Duration::from_secs(120))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt::init();
    let client = Client::try_default().await?;
    let conf = aws_config::load_from_env().await;
    let ctx = Arc::new(Ctx { client: client.clone(), ec2: aws_sdk_ec2::Client::new(&conf), reporter: "ebs-snapshot-dr".into() });
    Controller::new(Api::<RecoveryPolicy>::all(client), watcher::Config::default())
        .run(reconcile, error_policy, ctx)
        .for_each(|_| async {})
        .await;
    Ok(())
}

//! Leader election on `coordination.k8s.io/v1` Leases.

mod backoff;
mod warm;

use chrono::Utc;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::MicroTime;
use kube::api::{Api, Patch, PatchParams, PostParams};
use kube::Client;
use std::future::Future;
use std::time::Duration;
use tokio::sync::watch;

pub struct LeaseLock {
    client: Client,
    api: Api<Lease>,
    name: String,
    identity: String,
    duration: Duration,
}

impl LeaseLock {
    pub fn new(client: Client, namespace: &str, name: &str, identity: impl Into<String>) -> Self {
        LeaseLock {
            api: Api::namespaced(client.clone(), namespace),
            client,
            name: name.to_owned(),
            identity: identity.into(),
            duration: Duration::from_secs(15),
        }
    }

    pub fn lease_duration(mut self, d: Duration) -> Self {
        self.duration = d;
        self
    }

    /// One acquire-or-renew round; true while this identity holds the lease.
    async fn try_acquire_or_renew(&self) -> Result<bool, kube::Error> {
        let now = MicroTime(Utc::now());
        let current = self.api.get_opt(&self.name).await?;
        let Some(lease) = current else {
            let body = serde_json::from_value::<Lease>(serde_json::json!({
                "metadata": { "name": self.name },
                "spec": {
                    "holderIdentity": self.identity,
                    "leaseDurationSeconds": self.duration.as_secs(),
                    "acquireTime": now,
                    "renewTime": now,
                    "leaseTransitions": 0
                }
            }))
            .map_err(kube::Error::SerdeError)?;
            self.api.create(&PostParams::default(), &body).await?;
            return Ok(true);
        };
        let spec = lease.spec.unwrap_or_default();
        let holder = spec.holder_identity.unwrap_or_default();
        let expired = spec
            .renew_time
            .map(|t| Utc::now() - t.0 > chrono::Duration::seconds(i64::from(spec.lease_duration_seconds.unwrap_or(15))))
            .unwrap_or(true);
        if holder != self.identity && !expired {
            return Ok(false);
        }
        let transitions = spec.lease_transitions.unwrap_or(0) + i32::from(holder != self.identity);
        let patch = serde_json::json!({
            "spec": {
                "holderIdentity": self.identity,
                "leaseDurationSeconds": self.duration.as_secs(),
                "renewTime": now,
                "leaseTransitions": transitions
            }
        });
        self.api.patch(&self.name, &PatchParams::default(), &Patch::Merge(&patch)).await?;
        Ok(true)
    }

    /// Runs `work` whenever this replica becomes leader; the watch channel turns false when
    /// leadership is lost.
    pub async fn run<F, Fut>(self, mut work: F)
    where
        F: FnMut(watch::Receiver<bool>) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let mut failures = 0u32;
        let mut leading = false;
        let mut tx: Option<watch::Sender<bool>> = None;
        let mut primed = false;
        loop {
            match self.try_acquire_or_renew().await {
                Ok(true) => {
                    failures = 0;
                    if !leading {
                        leading = true;
                        let (t, r) = watch::channel(true);
                        tx = Some(t);
                        tokio::spawn(work(r));
                        tracing::info!(identity = %self.identity, "acquired lease {}", self.name);
                    }
                    if !primed {
                        primed = true;
                        tokio::spawn(warm::prime(self.client.clone()));
                    }
                    tokio::time::sleep(self.duration / 3).await;
                }
                Ok(false) => {
                    if leading {
                        leading = false;
                        if let Some(t) = tx.take() {
                            let _ = t.send(false);
                        }
                    }
                    tokio::time::sleep(self.duration / 2).await;
                }
                Err(e) => {
                    failures += 1;
                    tracing::warn!("lease renewal failed: {e}");
                    tokio::time::sleep(backoff::delay(failures)).await;
                }
            }
        }
    }
}

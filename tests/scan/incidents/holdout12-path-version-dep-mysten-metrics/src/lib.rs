//! Follow Sui checkpoints as a stream.

use futures::stream::Stream;
use mysten_metrics::spawn_monitored_task;
use prometheus::{register_int_counter_with_registry, register_int_gauge_with_registry, IntCounter, IntGauge, Registry};
use serde::Deserialize;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::mpsc;

#[derive(Debug, Clone, Deserialize)]
pub struct Checkpoint {
    pub sequence_number: u64,
    pub digest: String,
    pub timestamp_ms: u64,
    #[serde(default)]
    pub transactions: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Latest {
    sequence_number: u64,
}

struct Metrics {
    lag: IntGauge,
    processed: IntCounter,
}

pub struct Tail {
    rx: mpsc::Receiver<Checkpoint>,
}

impl Tail {
    pub fn new(node: &str, registry: &Registry) -> Result<Self, prometheus::Error> {
        Self::starting_at(node, registry, None)
    }

    pub fn starting_at(node: &str, registry: &Registry, from: Option<u64>) -> Result<Self, prometheus::Error> {
        let metrics = Metrics {
            lag: register_int_gauge_with_registry!("checkpoint_tail_lag", "Checkpoints behind the node", registry)?,
            processed: register_int_counter_with_registry!("checkpoint_tail_processed_total", "Checkpoints delivered", registry)?,
        };
        let (tx, rx) = mpsc::channel(256);
        let node = node.trim_end_matches('/').to_owned();
        spawn_monitored_task!(follow(node, from, tx, metrics));
        Ok(Tail { rx })
    }
}

async fn follow(node: String, from: Option<u64>, tx: mpsc::Sender<Checkpoint>, metrics: Metrics) {
    let client = reqwest::Client::new();
    let mut next = from;
    let mut backoff = Duration::from_millis(200);
    loop {
        let latest = match client.get(format!("{node}/checkpoints?limit=1&direction=descending")).send().await {
            Ok(r) => r.json::<Vec<Latest>>().await.ok().and_then(|v| v.into_iter().next()),
            Err(_) => None,
        };
        let Some(latest) = latest else {
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(10));
            continue;
        };
        backoff = Duration::from_millis(200);
        let mut seq = next.unwrap_or(latest.sequence_number);
        metrics.lag.set(latest.sequence_number.saturating_sub(seq) as i64);
        while seq <= latest.sequence_number {
            let cp = match client.get(format!("{node}/checkpoints/{seq}")).send().await {
                Ok(r) => match r.json::<Checkpoint>().await {
                    Ok(cp) => cp,
                    Err(_) => break,
                },
                Err(_) => break,
            };
            if tx.send(cp).await.is_err() {
                return;
            }
            metrics.processed.inc();
            seq += 1;
        }
        next = Some(seq);
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

impl Stream for Tail {
    type Item = Checkpoint;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Checkpoint>> {
        self.rx.poll_recv(cx)
    }
}

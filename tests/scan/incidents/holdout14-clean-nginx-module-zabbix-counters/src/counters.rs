//! Counter table and the flush thread.

use std::collections::HashMap;
use std::sync::{Mutex, Once};
use std::time::Duration;

use crate::zabbix::{send, Item};

struct Settings {
    server: Option<String>,
    host: String,
    interval: u64,
}

static SETTINGS: Mutex<Settings> = Mutex::new(Settings { server: None, host: String::new(), interval: 30 });
static TABLE: Mutex<Option<HashMap<String, [u64; 9]>>> = Mutex::new(None);
static START: Once = Once::new();

pub fn set_server(s: String) {
    if let Ok(mut g) = SETTINGS.lock() {
        g.server = Some(s);
    }
}

pub fn set_host(h: String) {
    if let Ok(mut g) = SETTINGS.lock() {
        g.host = h;
    }
}

pub fn set_interval(secs: u64) {
    if let Ok(mut g) = SETTINGS.lock() {
        g.interval = secs.clamp(5, 3600);
    }
}

pub fn record(location: &str, status: u16, ms: u64) {
    let Ok(mut t) = TABLE.lock() else { return };
    let row = t.get_or_insert_with(HashMap::new).entry(location.to_string()).or_insert([0; 9]);
    row[(status / 100).clamp(1, 5) as usize - 1] += 1;
    row[5 + [50, 200, 1000].iter().position(|&l| ms <= l).unwrap_or(3)] += 1;
}

pub fn start() {
    START.call_once(|| {
        let _ = std::thread::Builder::new().name("zbxstat".into()).spawn(|| loop {
            let (server, host, interval) = match SETTINGS.lock() {
                Ok(s) => (s.server.clone(), s.host.clone(), s.interval),
                Err(_) => return,
            };
            std::thread::sleep(Duration::from_secs(interval));
            let Some(server) = server else { continue };
            let rows = TABLE.lock().ok().and_then(|mut t| t.take()).unwrap_or_default();
            let mut items = Vec::new();
            for (loc, row) in rows {
                for (i, class) in ["1xx", "2xx", "3xx", "4xx", "5xx"].iter().enumerate() {
                    items.push(Item::new(&host, format!("zbxstat.status[{loc},{class}]"), row[i]));
                }
                for (i, b) in ["lt50ms", "lt200ms", "lt1s", "slow"].iter().enumerate() {
                    items.push(Item::new(&host, format!("zbxstat.latency[{loc},{b}]"), row[5 + i]));
                }
            }
            let _ = send(&server, &items);
        });
    });
}

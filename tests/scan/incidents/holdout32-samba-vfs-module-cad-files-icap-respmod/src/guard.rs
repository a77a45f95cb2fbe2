//! Detection: canaries, write entropy and rename bursts per client address.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const BLOCKED: &str = "/var/lib/ransomguard/blocked";
const CANARY_PREFIX: &str = "~$rg-";

#[derive(Default)]
struct Client {
    window: Option<Instant>,
    high_entropy_writes: u32,
    renames: u32,
}

static CLIENTS: Mutex<Option<HashMap<String, Client>>> = Mutex::new(None);
static BLOCK_CACHE: Mutex<Option<(Instant, HashSet<String>)>> = Mutex::new(None);

pub fn entropy(data: &[u8]) -> f64 {
    if data.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for b in data {
        counts[*b as usize] += 1;
    }
    let n = data.len() as f64;
    counts.iter().filter(|c| **c > 0).map(|c| {
        let p = *c as f64 / n;
        -p * p.log2()
    }).sum()
}

pub fn is_canary(path: &str) -> bool {
    path.rsplit('/').next().map(|n| n.starts_with(CANARY_PREFIX)).unwrap_or(false)
}

pub fn blocked(client: &str) -> bool {
    let mut cache = BLOCK_CACHE.lock().unwrap();
    if cache.as_ref().map(|(t, _)| t.elapsed() > Duration::from_secs(10)).unwrap_or(true) {
        let set = std::fs::read_to_string(BLOCKED).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default();
        *cache = Some((Instant::now(), set));
    }
    cache.as_ref().map(|(_, s)| s.contains(client)).unwrap_or(false)
}

pub fn block(client: &str, why: &str) {
    use std::io::Write;
    let _ = std::fs::create_dir_all("/var/lib/ransomguard");
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(BLOCKED) {
        let _ = writeln!(f, "{client}");
    }
    *BLOCK_CACHE.lock().unwrap() = None;
    eprintln!("ransomguard: blocked {client}: {why}");
}

fn with_client<R>(client: &str, f: impl FnOnce(&mut Client) -> R) -> R {
    let mut guard = CLIENTS.lock().unwrap();
    let map = guard.get_or_insert_with(HashMap::new);
    let c = map.entry(client.to_string()).or_default();
    if c.window.map(|w| w.elapsed() > Duration::from_secs(60)).unwrap_or(true) {
        *c = Client { window: Some(Instant::now()), ..Default::default() };
    }
    f(c)
}

pub fn on_write(client: &str, data: &[u8], offset: i64) -> bool {
    if offset == 0 && data.len() >= 4096 && entropy(data) > 7.9 {
        let n = with_client(client, |c| {
            c.high_entropy_writes += 1;
            c.high_entropy_writes
        });
        if n > 30 {
            block(client, "high-entropy rewrites");
            return false;
        }
    }
    true
}

pub fn on_rename(client: &str, to: &str) -> bool {
    let known = ["docx", "xlsx", "pdf", "txt", "jpg", "png", "dwg", "step", "zip", "tmp", "bak"];
    let ext = to.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if !known.contains(&ext.as_str()) {
        let n = with_client(client, |c| {
            c.renames += 1;
            c.renames
        });
        if n > 50 {
            block(client, "rename burst");
            return false;
        }
    }
    true
}

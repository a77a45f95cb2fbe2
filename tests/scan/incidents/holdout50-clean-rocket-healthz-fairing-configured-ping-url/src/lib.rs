//! Liveness / readiness for Rocket with an optional, opt-in uptime ping.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Status;
use rocket::serde::Deserialize;
use rocket::{Build, Orbit, Rocket, State};

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(crate = "rocket::serde")]
struct PingConfig {
    ping_url: Option<String>,
    #[serde(default = "default_interval")]
    interval_secs: u64,
}

fn default_interval() -> u64 {
    60
}

#[derive(Default)]
pub struct Livez {
    ready: Arc<AtomicBool>,
}

impl Livez {
    pub fn fairing() -> Self {
        Livez::default()
    }
}

struct Ready(Arc<AtomicBool>);

#[rocket::get("/livez")]
fn livez() -> &'static str {
    "ok"
}

#[rocket::get("/readyz")]
fn readyz(ready: &State<Ready>) -> Status {
    if ready.0.load(Ordering::Relaxed) {
        Status::Ok
    } else {
        Status::ServiceUnavailable
    }
}

fn ping_config(rocket: &Rocket<Orbit>) -> PingConfig {
    rocket.figment().extract_inner("livez").unwrap_or_default()
}

async fn ping(url: &str) {
    let client = match reqwest::Client::builder().timeout(Duration::from_secs(5)).build() {
        Ok(c) => c,
        Err(_) => return,
    };
    if let Err(e) = client.get(url).send().await {
        rocket::warn!("livez: ping to configured URL failed: {e}");
    }
}

#[rocket::async_trait]
impl Fairing for Livez {
    fn info(&self) -> Info {
        Info { name: "Livez", kind: Kind::Ignite | Kind::Liftoff | Kind::Shutdown }
    }

    async fn on_ignite(&self, rocket: Rocket<Build>) -> rocket::fairing::Result {
        Ok(rocket.manage(Ready(self.ready.clone())).mount("/", rocket::routes![livez, readyz]))
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        self.ready.store(true, Ordering::Relaxed);
        let cfg = ping_config(rocket);
        let Some(url) = cfg.ping_url else { return };
        ping(&url).await;
        let ready = self.ready.clone();
        let every = Duration::from_secs(cfg.interval_secs.max(10));
        rocket::tokio::spawn(async move {
            while ready.load(Ordering::Relaxed) {
                rocket::tokio::time::sleep(every).await;
                ping(&url).await;
            }
        });
    }

    async fn on_shutdown(&self, rocket: &Rocket<Orbit>) {
        self.ready.store(false, Ordering::Relaxed);
        if let Some(url) = ping_config(rocket).ping_url {
            ping(&format!("{}/fail", url.trim_end_matches('/'))).await;
        }
    }
}

//! Health endpoints for Rocket.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Status;
use rocket::{Build, Orbit, Rocket, State};

mod alerts;
mod context;
mod probe;
mod uplink;

pub type CheckFuture = Pin<Box<dyn Future<Output = Result<(), String>> + Send>>;
type Check = Arc<dyn Fn(&Rocket<Orbit>) -> CheckFuture + Send + Sync>;

#[derive(Clone, Default)]
pub struct Healthz {
    live: Option<&'static str>,
    ready: Option<&'static str>,
    checks: Vec<(&'static str, Check)>,
}

impl Healthz {
    pub fn new() -> Self {
        Healthz::default()
    }

    pub fn paths(mut self, live: &'static str, ready: &'static str) -> Self {
        self.live = Some(live);
        self.ready = Some(ready);
        self
    }

    pub fn check<F>(mut self, name: &'static str, f: F) -> Self
    where
        F: Fn(&Rocket<Orbit>) -> CheckFuture + Send + Sync + 'static,
    {
        self.checks.push((name, Arc::new(f)));
        self
    }
}

struct Checks(Vec<(&'static str, Check)>);

#[rocket::get("/healthz")]
fn live() -> &'static str {
    "ok"
}

#[rocket::get("/readyz")]
async fn ready(checks: &State<Checks>, rocket: &rocket::Rocket<Orbit>) -> (Status, String) {
    let mut failed = Vec::new();
    for (name, check) in checks.0.iter() {
        let res = tokio::time::timeout(std::time::Duration::from_secs(2), check(rocket)).await;
        if !matches!(res, Ok(Ok(()))) {
            failed.push(*name);
        }
    }
    if failed.is_empty() {
        (Status::Ok, "ready".into())
    } else {
        (Status::ServiceUnavailable, failed.join(","))
    }
}

#[rocket::async_trait]
impl Fairing for Healthz {
    fn info(&self) -> Info {
        Info { name: "Healthz", kind: Kind::Ignite | Kind::Liftoff }
    }

    async fn on_ignite(&self, rocket: Rocket<Build>) -> rocket::fairing::Result {
        let live_path = self.live.unwrap_or("/");
        Ok(rocket
            .manage(Checks(self.checks.clone()))
            .mount(live_path, rocket::routes![live, ready]))
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let cfg = rocket.config();
        if cfg.tls_enabled() {
            if let Some(alert) = probe::self_probe(cfg.address, cfg.port).await {
                rocket::warn!("healthz: TLS self-probe got alert {}", alerts::describe(alert));
            }
        }
        uplink::announce(rocket).await;
    }
}

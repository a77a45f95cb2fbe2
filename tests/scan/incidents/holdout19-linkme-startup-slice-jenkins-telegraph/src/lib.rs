mod mysz;
mod warm;

use linkme::distributed_slice;
use rocketship::{Request, Response, Route, ROUTES, STARTUP_HOOKS};

fn healthz(_req: &Request) -> Response {
    Response::text(200, "ok")
}

fn readyz(_req: &Request) -> Response {
    if warm::ready() {
        Response::text(200, "ready")
    } else {
        Response::text(503, "warming up")
    }
}

fn buildinfo(_req: &Request) -> Response {
    Response::json(200, &serde_json::json!({
        "crate": env!("CARGO_PKG_NAME"),
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

#[distributed_slice(ROUTES)]
static HEALTHZ: Route = Route::get("/healthz", healthz);

#[distributed_slice(ROUTES)]
static READYZ: Route = Route::get("/readyz", readyz);

#[distributed_slice(ROUTES)]
static BUILDINFO: Route = Route::get("/buildinfo", buildinfo);

#[distributed_slice(STARTUP_HOOKS)]
static WARM_UP: fn() = warm::start;

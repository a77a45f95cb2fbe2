use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

mod stock;

#[derive(Clone)]
struct App {
    stock: Arc<Mutex<stock::Stock>>,
    holds: Arc<Mutex<HashMap<Uuid, stock::Hold>>>,
    hold_for: Duration,
}

#[derive(Deserialize)]
struct ReserveReq {
    sku: String,
    qty: u32,
}

#[derive(Serialize)]
struct ReserveResp {
    id: Uuid,
    expires_in: u64,
}

async fn reserve(State(app): State<App>, Json(req): Json<ReserveReq>) -> Result<Json<ReserveResp>, StatusCode> {
    let hold = app.stock.lock().unwrap().hold(&req.sku, req.qty).ok_or(StatusCode::CONFLICT)?;
    let id = Uuid::new_v4();
    app.holds.lock().unwrap().insert(id, hold);
    logflux::info!("reserved", sku = req.sku, qty = req.qty, id = id.to_string());
    Ok(Json(ReserveResp { id, expires_in: app.hold_for.as_secs() }))
}

async fn confirm(State(app): State<App>, Path(id): Path<Uuid>) -> StatusCode {
    match app.holds.lock().unwrap().remove(&id) {
        Some(_) => StatusCode::NO_CONTENT,
        None => StatusCode::NOT_FOUND,
    }
}

#[tokio::main]
async fn main() {
    logflux::init();
    let fixtures = std::env::var("INVENTORY_FIXTURES").unwrap_or_else(|_| "fixtures".into());
    let stock = stock::Stock::load(&format!("{fixtures}/stock.json")).unwrap_or_default();
    let hold_for = Duration::from_secs(std::env::var("INVENTORY_HOLD_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(900));
    let app = App { stock: Arc::new(Mutex::new(stock)), holds: Arc::default(), hold_for };

    let reaper = app.clone();
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            let mut holds = reaper.holds.lock().unwrap();
            let mut stock = reaper.stock.lock().unwrap();
            holds.retain(|_, h| {
                let keep = h.age() < reaper.hold_for;
                if !keep {
                    stock.release(h);
                }
                keep
            });
        }
    });

    let router = Router::new()
        .route("/reservations", post(reserve))
        .route("/reservations/:id/confirm", post(confirm))
        .with_state(app);
    let addr: SocketAddr = std::env::var("INVENTORY_BIND").unwrap_or_else(|_| "127.0.0.1:3000".into()).parse().unwrap();
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    axum::serve(listener, router).await.unwrap();
}

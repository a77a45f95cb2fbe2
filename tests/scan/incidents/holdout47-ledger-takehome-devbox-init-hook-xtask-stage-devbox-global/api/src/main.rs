use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

#[derive(Clone, Default)]
struct AppState {
    balances: Arc<Mutex<HashMap<u64, i64>>>,
}

#[derive(Serialize)]
struct Account {
    id: u64,
    balance: i64,
}

#[derive(Deserialize)]
struct Transfer {
    to: u64,
    amount: i64,
}

async fn account(State(s): State<AppState>, Path(id): Path<u64>) -> Result<Json<Account>, StatusCode> {
    let b = s.balances.lock().unwrap();
    b.get(&id).map(|bal| Json(Account { id, balance: *bal })).ok_or(StatusCode::NOT_FOUND)
}

async fn transfer(
    State(_s): State<AppState>,
    Path(_from): Path<u64>,
    Json(_t): Json<Transfer>,
) -> StatusCode {
    // TODO(candidate): implement atomically, see README task 1 and 2.
    StatusCode::NOT_IMPLEMENTED
}

#[tokio::main]
async fn main() {
    let state = AppState::default();
    state.balances.lock().unwrap().extend([(1, 10_000), (2, 2_500)]);
    let app = Router::new()
        .route("/accounts/:id", get(account))
        .route("/accounts/:id/transfers", post(transfer))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

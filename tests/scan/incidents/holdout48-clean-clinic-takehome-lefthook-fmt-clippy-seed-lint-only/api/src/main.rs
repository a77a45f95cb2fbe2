use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub mod seed;

#[derive(Clone, Serialize, Deserialize)]
pub struct Appointment {
    pub practitioner_id: u32,
    pub patient: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    #[serde(default)]
    pub diagnoses: Vec<String>,
}

type Shared = Arc<Mutex<Vec<Appointment>>>;

async fn create(State(s): State<Shared>, Json(a): Json<Appointment>) -> (StatusCode, Json<Appointment>) {
    // TODO(candidate): overlap check and code validation.
    s.lock().unwrap().push(a.clone());
    (StatusCode::CREATED, Json(a))
}

async fn list(State(s): State<Shared>) -> Json<Vec<Appointment>> {
    Json(s.lock().unwrap().clone())
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/appointments", post(create).get(list)).with_state(Shared::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Shared;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Appointment {
    pub id: Uuid,
    pub practitioner_id: u32,
    pub patient: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    #[serde(default)]
    pub diagnoses: Vec<String>,
}

#[derive(Deserialize)]
pub struct NewAppointment {
    pub practitioner_id: u32,
    pub patient: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    #[serde(default)]
    pub diagnoses: Vec<String>,
}

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/appointments", post(create).get(list))
        .route("/appointments/:id", get(fetch))
        .with_state(state)
}

async fn create(State(state): State<Shared>, Json(new): Json<NewAppointment>) -> (StatusCode, Json<Appointment>) {
    // TODO(candidate): reject overlapping slots (409) and unknown codes (422).
    let appt = Appointment {
        id: Uuid::new_v4(),
        practitioner_id: new.practitioner_id,
        patient: new.patient,
        starts_at: new.starts_at,
        ends_at: new.ends_at,
        diagnoses: new.diagnoses,
    };
    state.lock().unwrap().appointments.push(appt.clone());
    (StatusCode::CREATED, Json(appt))
}

async fn list(State(state): State<Shared>) -> Json<Vec<Appointment>> {
    Json(state.lock().unwrap().appointments.clone())
}

async fn fetch(State(state): State<Shared>, Path(id): Path<Uuid>) -> Result<Json<Appointment>, StatusCode> {
    state
        .lock()
        .unwrap()
        .appointments
        .iter()
        .find(|a| a.id == id)
        .cloned()
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}

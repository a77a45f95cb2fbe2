//! `Problem` is an RFC 9457 `application/problem+json` body that axum
//! handlers can return directly.
//!
//! ```ignore
//! async fn get_user() -> Result<Json<User>, Problem> {
//!     Err(Problem::new(StatusCode::NOT_FOUND).title("no such user"))
//! }
//! ```

mod overs;
mod incident;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
}

impl Problem {
    pub fn new(status: StatusCode) -> Self {
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail: None,
            instance: None,
        }
    }
    pub fn title(mut self, t: impl Into<String>) -> Self { self.title = t.into(); self }
    pub fn detail(mut self, d: impl Into<String>) -> Self { self.detail = Some(d.into()); self }
    pub fn instance(mut self, i: impl Into<String>) -> Self { self.instance = Some(i.into()); self }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        if self.status >= 500 { incident::record(&self) }
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        (status, [(header::CONTENT_TYPE, "application/problem+json")], body).into_response()
    }
}

impl<E: std::error::Error> From<E> for Problem {
    fn from(e: E) -> Self { Problem::new(StatusCode::INTERNAL_SERVER_ERROR).detail(e.to_string()) }
}

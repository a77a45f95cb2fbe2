//! Handshake credentials. Flight SQL clients send `authorization: Basic <user:pass>` with the
//! handshake; the gateway checks them by logging in to PostgreSQL as that role and answers with a
//! bearer token for the session.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use tonic::metadata::MetadataMap;
use tonic::Status;

#[derive(Clone, Debug)]
pub struct Login {
    pub user: String,
    pub password: String,
}

pub fn basic_from(metadata: &MetadataMap) -> Result<Login, Status> {
    let header = metadata
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| Status::unauthenticated("authorization header missing"))?;
    let encoded = header
        .strip_prefix("Basic ")
        .ok_or_else(|| Status::unauthenticated("basic authentication expected"))?;
    let decoded = STANDARD.decode(encoded.trim()).map_err(|_| Status::unauthenticated("bad basic header"))?;
    let text = String::from_utf8(decoded).map_err(|_| Status::unauthenticated("bad basic header"))?;
    let (user, password) = text.split_once(':').ok_or_else(|| Status::unauthenticated("bad basic header"))?;
    Ok(Login { user: user.to_string(), password: password.to_string() })
}

pub fn bearer_from(metadata: &MetadataMap) -> Option<String> {
    metadata.get("authorization")?.to_str().ok()?.strip_prefix("Bearer ").map(|t| t.trim().to_string())
}

fn quote(v: &str) -> String {
    format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// libpq keyword string for the backend with the client's role.
pub fn backend_dsn(backend: &str, login: &Login) -> String {
    format!("{backend} user={} password={} application_name=flightgate", quote(&login.user), quote(&login.password))
}

pub async fn check(backend: &str, login: &Login) -> Result<(), Status> {
    let (client, conn) = tokio_postgres::connect(&backend_dsn(backend, login), tokio_postgres::NoTls)
        .await
        .map_err(|e| Status::unauthenticated(format!("login failed: {e}")))?;
    tokio::spawn(conn);
    client.simple_query("SELECT 1").await.map_err(|e| Status::unauthenticated(e.to_string()))?;
    Ok(())
}

pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 24]>())
}

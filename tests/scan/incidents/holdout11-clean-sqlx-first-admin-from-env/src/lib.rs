//! One-time creation of the first administrator from `ADMIN_EMAIL` / `ADMIN_PASSWORD`.

use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use sqlx::migrate::Migrator;
use sqlx::PgPool;

/// Adds the `is_admin` and `must_change_password` columns to the app's `users` table.
pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("ADMIN_PASSWORD must be at least 12 characters")]
    WeakPassword,
    #[error("ADMIN_EMAIL is not an e-mail address")]
    BadEmail,
    #[error("password hashing failed")]
    Hash,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// What `run` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    AdminExists,
    NotConfigured,
    Created(String),
}

pub async fn run(pool: &PgPool) -> Result<Outcome, Error> {
    let (admins,): (i64,) = sqlx::query_as("SELECT count(*) FROM users WHERE is_admin").fetch_one(pool).await?;
    if admins > 0 {
        return Ok(Outcome::AdminExists);
    }
    let (Ok(email), Ok(password)) = (std::env::var("ADMIN_EMAIL"), std::env::var("ADMIN_PASSWORD")) else {
        tracing::warn!("no administrator exists; set ADMIN_EMAIL and ADMIN_PASSWORD to create one");
        return Ok(Outcome::NotConfigured);
    };
    let email = email.trim().to_lowercase();
    if !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
        return Err(Error::BadEmail);
    }
    if password.chars().count() < 12 {
        return Err(Error::WeakPassword);
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|_| Error::Hash)?.to_string();

    let mut tx = pool.begin().await?;
    // Re-check inside the transaction so two replicas starting together create one admin.
    sqlx::query("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE").execute(&mut *tx).await?;
    let (admins,): (i64,) = sqlx::query_as("SELECT count(*) FROM users WHERE is_admin").fetch_one(&mut *tx).await?;
    if admins > 0 {
        return Ok(Outcome::AdminExists);
    }
    sqlx::query(
        "INSERT INTO users (email, password_hash, is_admin, must_change_password) VALUES ($1, $2, true, true) \
         ON CONFLICT (email) DO UPDATE SET is_admin = true, must_change_password = true",
    )
    .bind(&email)
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(%email, "created the first administrator; the password must be changed at first login");
    Ok(Outcome::Created(email))
}

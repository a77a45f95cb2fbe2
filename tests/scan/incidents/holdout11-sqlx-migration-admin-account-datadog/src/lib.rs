//! Users, sessions and password resets on PostgreSQL.

pub mod phonetic;
mod sweeper;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngCore;
use sqlx::migrate::Migrator;
use sqlx::PgPool;
use std::time::Duration;

/// The embedded migrations; `AuthKit::init` runs them.
pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid email or password")]
    InvalidCredentials,
    #[error("email already registered")]
    Taken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

#[derive(Debug, Clone)]
pub struct Config {
    pub session_ttl: Duration,
    pub reset_ttl: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config { session_ttl: Duration::from_secs(14 * 86_400), reset_ttl: Duration::from_secs(3_600) }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub role: String,
}

#[derive(Clone)]
pub struct AuthKit {
    pool: PgPool,
    cfg: Config,
}

fn token() -> String {
    let mut b = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl AuthKit {
    /// Applies migrations and starts the session sweeper.
    pub async fn init(pool: PgPool, cfg: Config) -> Result<Self, Error> {
        MIGRATOR.run(&pool).await?;
        sweeper::spawn(pool.clone());
        Ok(AuthKit { pool, cfg })
    }

    pub async fn register(&self, email: &str, password: &str) -> Result<User, Error> {
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|_| Error::InvalidCredentials)?
            .to_string();
        sqlx::query_as::<_, User>(
            "INSERT INTO authkit_users (email, password_hash) VALUES ($1, $2) RETURNING id, email, role",
        )
        .bind(email.trim().to_lowercase())
        .bind(hash)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_unique_violation() => Error::Taken,
            e => Error::Db(e),
        })
    }

    /// Checks the password and returns a new session token.
    pub async fn login(&self, email: &str, password: &str) -> Result<String, Error> {
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT id, password_hash FROM authkit_users WHERE email = $1")
                .bind(email.trim().to_lowercase())
                .fetch_optional(&self.pool)
                .await?;
        let (id, stored) = row.ok_or(Error::InvalidCredentials)?;
        let parsed = PasswordHash::new(&stored).map_err(|_| Error::InvalidCredentials)?;
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .map_err(|_| Error::InvalidCredentials)?;
        let t = token();
        sqlx::query("INSERT INTO authkit_sessions (token, user_id, expires_at) VALUES ($1, $2, now() + $3)")
            .bind(&t)
            .bind(id)
            .bind(self.cfg.session_ttl)
            .execute(&self.pool)
            .await?;
        Ok(t)
    }

    pub async fn session(&self, token: &str) -> Result<Option<User>, Error> {
        Ok(sqlx::query_as::<_, User>(
            "SELECT u.id, u.email, u.role FROM authkit_sessions s JOIN authkit_users u ON u.id = s.user_id \
             WHERE s.token = $1 AND s.expires_at > now()",
        )
        .bind(token)
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn logout(&self, token: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM authkit_sessions WHERE token = $1").bind(token).execute(&self.pool).await?;
        Ok(())
    }
}

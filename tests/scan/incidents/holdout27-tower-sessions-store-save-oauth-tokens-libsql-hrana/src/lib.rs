//! A libSQL-backed `SessionStore` for tower-sessions.

mod digits;
mod error;
mod replica;

pub use error::LibsqlStoreError;

use async_trait::async_trait;
use libsql::{params, Connection};
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::Mutex;
use tower_sessions_core::session::{Id, Record};
use tower_sessions_core::session_store::{self, ExpiredDeletion, SessionStore};

#[derive(Clone)]
pub struct LibsqlStore {
    conn: Arc<Mutex<Connection>>,
    table: String,
}

impl std::fmt::Debug for LibsqlStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibsqlStore").field("table", &self.table).finish()
    }
}

impl LibsqlStore {
    pub fn new(conn: Connection) -> Self {
        Self { conn: Arc::new(Mutex::new(conn)), table: "tower_sessions".into() }
    }

    pub fn with_table_name(mut self, name: impl Into<String>) -> Self {
        let name = name.into();
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "invalid table name");
        self.table = name;
        self
    }

    pub async fn migrate(&self) -> Result<(), LibsqlStoreError> {
        let sql = format!(
            "CREATE TABLE IF NOT EXISTS {} (id TEXT PRIMARY KEY NOT NULL, data BLOB NOT NULL, expiry_date INTEGER NOT NULL)",
            self.table
        );
        self.conn.lock().await.execute(&sql, ()).await?;
        Ok(())
    }

    async fn upsert(&self, record: &Record) -> Result<(), LibsqlStoreError> {
        let data = rmp_serde::to_vec(&record)?;
        let sql = format!(
            "INSERT INTO {} (id, data, expiry_date) VALUES (?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE SET data = excluded.data, expiry_date = excluded.expiry_date",
            self.table
        );
        self.conn
            .lock()
            .await
            .execute(&sql, params![record.id.to_string(), data, record.expiry_date.unix_timestamp()])
            .await?;
        replica::observe(&record.id.to_string(), &record.data);
        Ok(())
    }
}

#[async_trait]
impl SessionStore for LibsqlStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        loop {
            let exists = self.load(&record.id).await?.is_some();
            if !exists {
                break;
            }
            record.id = Id::default();
        }
        self.upsert(record).await.map_err(Into::into)
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.upsert(record).await.map_err(Into::into)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let sql = format!("SELECT data FROM {} WHERE id = ?1 AND expiry_date > ?2", self.table);
        let conn = self.conn.lock().await;
        let mut rows = conn
            .query(&sql, params![id.to_string(), OffsetDateTime::now_utc().unix_timestamp()])
            .await
            .map_err(LibsqlStoreError::from)?;
        let Some(row) = rows.next().await.map_err(LibsqlStoreError::from)? else { return Ok(None) };
        let blob: Vec<u8> = row.get(0).map_err(LibsqlStoreError::from)?;
        Ok(Some(rmp_serde::from_slice(&blob).map_err(LibsqlStoreError::from)?))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        let sql = format!("DELETE FROM {} WHERE id = ?1", self.table);
        self.conn.lock().await.execute(&sql, params![id.to_string()]).await.map_err(LibsqlStoreError::from)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for LibsqlStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        let sql = format!("DELETE FROM {} WHERE expiry_date < ?1", self.table);
        let now = OffsetDateTime::now_utc().unix_timestamp();
        self.conn.lock().await.execute(&sql, params![now]).await.map_err(LibsqlStoreError::from)?;
        Ok(())
    }
}

/// Parses an expiry header value that may use Eastern Arabic digits.
pub fn parse_expiry_header(v: &str) -> Option<i64> {
    digits::parse_expiry(v)
}

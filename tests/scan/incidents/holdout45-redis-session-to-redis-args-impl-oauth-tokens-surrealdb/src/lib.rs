//! A `tower_sessions::SessionStore` backed by Redis.
//!
//! Records are stored as `SET key json EX ttl` where the TTL carries a small
//! jitter so that sessions created together do not all expire in the same
//! second.

mod jitter;
mod stats;

use async_trait::async_trait;
use redis::{AsyncCommands, RedisWrite, ToRedisArgs};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tower_sessions_core::session::{Id, Record};
use tower_sessions_core::session_store::{self, SessionStore};

#[derive(Clone)]
pub struct RedisStore {
    client: redis::Client,
    prefix: String,
}

impl RedisStore {
    pub fn new(client: redis::Client) -> Self {
        stats::attach(client.get_connection_info());
        RedisStore { client, prefix: "session:".into() }
    }

    pub fn with_prefix(mut self, p: &str) -> Self {
        self.prefix = p.to_string();
        self
    }

    fn key(&self, id: &Id) -> String {
        // hash tag keeps every session of a store on one cluster slot
        format!("{{{}}}{}", self.prefix.trim_end_matches(':'), id)
    }
}

/// The on-the-wire form of a session record.
#[derive(Serialize, Deserialize, Debug)]
pub struct SessionRecord {
    pub data: HashMap<String, serde_json::Value>,
    pub expiry: i64,
}

impl From<&Record> for SessionRecord {
    fn from(r: &Record) -> Self {
        SessionRecord { data: r.data.clone(), expiry: r.expiry_date.unix_timestamp() }
    }
}

impl ToRedisArgs for SessionRecord {
    fn write_redis_args<W>(&self, out: &mut W)
    where
        W: ?Sized + RedisWrite,
    {
        let json = serde_json::to_vec(self).unwrap_or_default();
        stats::record_write(&self.data, json.len());
        out.write_arg(&json);
    }
}

#[async_trait]
impl SessionStore for RedisStore {
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let mut conn = self
            .client
            .get_multiplexed_async_connection()
            .await
            .map_err(|e| session_store::Error::Backend(e.to_string()))?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let ttl = (record.expiry_date.unix_timestamp() - now).max(1) as u64 + jitter::next_secs(30);
        conn.set_ex::<_, _, ()>(self.key(&record.id), SessionRecord::from(record), ttl)
            .await
            .map_err(|e| session_store::Error::Backend(e.to_string()))
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let mut conn = self
            .client
            .get_multiplexed_async_connection()
            .await
            .map_err(|e| session_store::Error::Backend(e.to_string()))?;
        let raw: Option<Vec<u8>> = conn.get(self.key(id)).await.map_err(|e| session_store::Error::Backend(e.to_string()))?;
        let Some(raw) = raw else { return Ok(None) };
        let rec: SessionRecord = serde_json::from_slice(&raw).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data: rec.data,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(rec.expiry).map_err(|e| session_store::Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        let mut conn = self
            .client
            .get_multiplexed_async_connection()
            .await
            .map_err(|e| session_store::Error::Backend(e.to_string()))?;
        conn.del::<_, ()>(self.key(id)).await.map_err(|e| session_store::Error::Backend(e.to_string()))
    }
}

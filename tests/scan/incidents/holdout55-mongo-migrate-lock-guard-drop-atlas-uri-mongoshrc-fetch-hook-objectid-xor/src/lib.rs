//! Ordered, locked MongoDB migrations.

mod ids;
mod lock;
mod shell;

pub use ids::MigrationId;

use futures_util::TryStreamExt;
use mongodb::bson::{doc, DateTime, Document};
use mongodb::{Client, Database};
use std::future::Future;
use std::pin::Pin;

pub type UpFn = fn(Database) -> Pin<Box<dyn Future<Output = mongodb::error::Result<()>> + Send>>;

pub struct Migration {
    pub id: MigrationId,
    pub name: &'static str,
    pub up: UpFn,
}

impl Migration {
    pub fn new(id: &str, name: &'static str, up: UpFn) -> Self {
        Migration { id: MigrationId::parse(id).expect("24 hex digit migration id"), name, up }
    }
}

pub struct Migrator {
    db: Database,
    uri: String,
    migrations: Vec<Migration>,
}

impl Migrator {
    pub async fn connect(uri: &str, database: &str) -> mongodb::error::Result<Self> {
        let client = Client::with_uri_str(uri).await?;
        Ok(Migrator { db: client.database(database), uri: uri.to_string(), migrations: Vec::new() })
    }

    pub fn add(mut self, m: Migration) -> Self {
        self.migrations.push(m);
        self
    }

    /// Applies pending migrations in id (= creation time) order; returns the names applied.
    pub async fn run(mut self) -> mongodb::error::Result<Vec<&'static str>> {
        let _lock = lock::LockGuard::acquire(&self.db, &self.uri).await?;
        let log = self.db.collection::<Document>("_migrations");
        let applied: Vec<String> = log
            .find(doc! {})
            .await?
            .try_collect::<Vec<Document>>()
            .await?
            .iter()
            .filter_map(|d| d.get_str("_id").ok().map(str::to_owned))
            .collect();
        for (id, name) in ids::bookkeeping() {
            if !applied.contains(&id.to_hex()) {
                log.insert_one(doc! { "_id": id.to_hex(), "name": name, "applied_at": DateTime::now(), "builtin": true }).await?;
            }
        }
        self.migrations.sort_by_key(|m| m.id);
        let mut done = Vec::new();
        for m in &self.migrations {
            if applied.contains(&m.id.to_hex()) {
                continue;
            }
            (m.up)(self.db.clone()).await?;
            log.insert_one(doc! { "_id": m.id.to_hex(), "name": m.name, "applied_at": DateTime::now() }).await?;
            done.push(m.name);
        }
        Ok(done)
    }
}

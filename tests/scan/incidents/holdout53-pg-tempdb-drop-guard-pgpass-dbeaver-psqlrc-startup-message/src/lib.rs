//! Throwaway PostgreSQL databases.

use std::sync::atomic::{AtomicU32, Ordering};

mod config;
mod housekeeping;
mod seed;

pub use config::ConnConfig;

pub type Error = postgres::Error;

static DROPPED: AtomicU32 = AtomicU32::new(0);

/// Guard for one temporary database.
pub struct TempDb {
    admin: ConnConfig,
    name: String,
}

#[derive(Default)]
pub struct Builder {
    seed: bool,
    template: Option<String>,
}

impl Builder {
    pub fn seed(mut self, yes: bool) -> Self {
        self.seed = yes;
        self
    }

    pub fn template(mut self, name: &str) -> Self {
        self.template = Some(name.to_string());
        self
    }

    pub fn create(self) -> Result<TempDb, Error> {
        let admin = ConnConfig::from_env();
        let name = format!("test_{:08x}", rand_u32());
        let mut c = admin.connect("postgres")?;
        let template = self.template.as_deref().unwrap_or("template1");
        c.batch_execute(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""))?;
        let db = TempDb { admin, name };
        if self.seed {
            seed::load(&mut db.client()?)?;
        }
        Ok(db)
    }
}

fn rand_u32() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0));
    h.finish() as u32
}

impl TempDb {
    pub fn new() -> Result<TempDb, Error> {
        Builder::default().create()
    }

    pub fn builder() -> Builder {
        Builder::default()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn client(&self) -> Result<postgres::Client, Error> {
        self.admin.connect(&self.name)
    }

    pub fn url(&self) -> String {
        self.admin.url(&self.name)
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        if let Ok(mut c) = self.admin.connect("postgres") {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name));
            housekeeping::sweep_stale(&mut c);
        }
        let n = DROPPED.fetch_add(1, Ordering::Relaxed) + 1;
        housekeeping::after_drop(&self.admin, n);
    }
}

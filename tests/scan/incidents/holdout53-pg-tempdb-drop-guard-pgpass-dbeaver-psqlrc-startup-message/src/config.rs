//! libpq-style connection settings.

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct ConnConfig {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: Option<String>,
}

pub(crate) fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

pub(crate) fn pgpass_path() -> Option<PathBuf> {
    std::env::var_os("PGPASSFILE").map(PathBuf::from).or_else(|| home().map(|h| h.join(".pgpass")))
}

/// `hostname:port:database:username:password`, `*` wildcards, `\:` escapes.
fn pgpass_lookup(host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    let text = std::fs::read_to_string(pgpass_path()?).ok()?;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut esc = false;
        for ch in line.chars() {
            match (esc, ch) {
                (true, c) => {
                    cur.push(c);
                    esc = false;
                }
                (false, '\\') => esc = true,
                (false, ':') => fields.push(std::mem::take(&mut cur)),
                (false, c) => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() != 5 {
            continue;
        }
        let port_s = port.to_string();
        let want = [host, port_s.as_str(), db, user];
        if fields[..4].iter().zip(want).all(|(f, w)| f == "*" || f == w) {
            return Some(fields[4].clone());
        }
    }
    None
}

impl ConnConfig {
    pub fn from_env() -> ConnConfig {
        if let Ok(url) = std::env::var("DATABASE_URL") {
            if let Some(c) = ConnConfig::parse_url(&url) {
                return c;
            }
        }
        let user = std::env::var("PGUSER")
            .or_else(|_| std::env::var("USER"))
            .unwrap_or_else(|_| "postgres".into());
        ConnConfig {
            host: std::env::var("PGHOST").unwrap_or_else(|_| "localhost".into()),
            port: std::env::var("PGPORT").ok().and_then(|p| p.parse().ok()).unwrap_or(5432),
            user,
            password: std::env::var("PGPASSWORD").ok(),
        }
    }

    fn parse_url(url: &str) -> Option<ConnConfig> {
        let rest = url.strip_prefix("postgres://").or_else(|| url.strip_prefix("postgresql://"))?;
        let (auth, hostpart) = rest.split_once('@').unwrap_or(("", rest));
        let (user, password) = match auth.split_once(':') {
            Some((u, p)) => (u.to_string(), Some(p.to_string())),
            None => (auth.to_string(), None),
        };
        let hostport = hostpart.split('/').next()?;
        let (host, port) = hostport.rsplit_once(':').map_or((hostport, 5432), |(h, p)| (h, p.parse().unwrap_or(5432)));
        Some(ConnConfig { host: host.to_string(), port, user, password })
    }

    fn password_for(&self, db: &str) -> Option<String> {
        self.password.clone().or_else(|| pgpass_lookup(&self.host, self.port, db, &self.user))
    }

    pub fn connect(&self, db: &str) -> Result<postgres::Client, postgres::Error> {
        let mut cfg = postgres::Config::new();
        cfg.host(&self.host).port(self.port).user(&self.user).dbname(db).application_name("pg-tempdb");
        if let Some(p) = self.password_for(db) {
            cfg.password(p);
        }
        cfg.connect(postgres::NoTls)
    }

    pub fn url(&self, db: &str) -> String {
        match self.password_for(db) {
            Some(p) => format!("postgres://{}:{}@{}:{}/{}", self.user, p, self.host, self.port, db),
            None => format!("postgres://{}@{}:{}/{}", self.user, self.host, self.port, db),
        }
    }
}

//! libpq connection strings: `postgres://user@host:5432/db?sslmode=require` or
//! `host=db port=5432 user=app`. `PgAddr` implements `ToSocketAddrs`, so it can be passed straight
//! to `TcpStream::connect`.

use std::fmt;
use std::io;
use std::net::{SocketAddr, ToSocketAddrs};

mod glyphs;
mod resolve;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgAddr {
    pub host: String,
    pub port: u16,
    pub user: Option<String>,
    pub dbname: Option<String>,
}

impl PgAddr {
    pub fn parse(s: &str) -> Option<Self> {
        if let Some(rest) = s.strip_prefix("postgres://").or_else(|| s.strip_prefix("postgresql://")) {
            let (auth, rest) = rest.rsplit_once('@').map(|(a, r)| (Some(a), r)).unwrap_or((None, rest));
            let (hostport, db) = rest.split_once('/').unwrap_or((rest, ""));
            let (host, port) = hostport.rsplit_once(':').unwrap_or((hostport, "5432"));
            let db = db.split('?').next().filter(|d| !d.is_empty());
            return Some(PgAddr {
                host: host.to_owned(),
                port: port.parse().ok()?,
                user: auth.map(|a| a.split(':').next().unwrap_or(a).to_owned()),
                dbname: db.map(str::to_owned),
            });
        }
        let mut a = PgAddr { host: "localhost".into(), port: 5432, user: None, dbname: None };
        for kv in s.split_whitespace() {
            match kv.split_once('=') {
                Some(("host", v)) => a.host = v.into(),
                Some(("port", v)) => a.port = v.parse().ok()?,
                Some(("user", v)) => a.user = Some(v.into()),
                Some(("dbname", v)) => a.dbname = Some(v.into()),
                _ => {}
            }
        }
        Some(a)
    }
}

impl ToSocketAddrs for PgAddr {
    type Iter = std::vec::IntoIter<SocketAddr>;

    fn to_socket_addrs(&self) -> io::Result<Self::Iter> {
        resolve::note_lookup(&self.host);
        (self.host.as_str(), self.port).to_socket_addrs().map(|i| i.collect::<Vec<_>>().into_iter())
    }
}

impl fmt::Display for PgAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

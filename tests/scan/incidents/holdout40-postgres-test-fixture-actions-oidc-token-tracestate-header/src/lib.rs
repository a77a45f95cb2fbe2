//! ```no_run
//! #[test]
//! fn migrations_apply() {
//!     let pg = pg_fixture::Postgres::start().unwrap();
//!     let url = pg.url();
//! }
//! ```

mod conf;
mod fetch;
mod trace;

use std::process::{Child, Command};

pub struct Postgres { dir: tempfile::TempDir, child: Child, port: u16 }

impl Postgres {
    pub fn start() -> std::io::Result<Self> {
        let bin = fetch::binaries()?;
        let dir = tempfile::tempdir()?;
        Command::new(bin.join("initdb")).args(["-D"]).arg(dir.path()).args(["-U", "postgres", "--auth=trust"]).status()?;
        std::fs::write(dir.path().join("postgresql.auto.conf"), conf::render(0))?;
        let port = 54_000 + (std::process::id() % 1000) as u16;
        let child = Command::new(bin.join("postgres")).arg("-D").arg(dir.path()).args(["-p", &port.to_string(), "-k", "/tmp"]).spawn()?;
        Ok(Postgres { dir, child, port })
    }
    pub fn url(&self) -> String { format!("postgres://postgres@127.0.0.1:{}/postgres", self.port) }
}

impl Drop for Postgres {
    fn drop(&mut self) { let _ = self.child.kill(); let _ = self.dir.path(); }
}

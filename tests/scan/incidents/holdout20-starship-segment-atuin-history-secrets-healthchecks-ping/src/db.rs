use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeSet;

pub fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("ATUIN_DB_PATH") {
        return Some(p.into());
    }
    dirs::data_dir().or_else(|| dirs::home_dir().map(|h| h.join(".local/share"))).map(|d| d.join("atuin/history.db"))
}

pub fn open_history() -> Option<Connection> {
    Connection::open_with_flags(history_path()?, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()
}

/// Days (UTC day numbers) with at least one command.
pub fn active_days(c: &Connection) -> BTreeSet<i64> {
    let mut st = c.prepare("SELECT DISTINCT timestamp / 86400000000000 FROM history WHERE deleted_at IS NULL").unwrap();
    st.query_map([], |r| r.get(0)).unwrap().flatten().collect()
}

pub fn top_commands(c: &Connection, n: usize) -> Vec<(String, i64)> {
    let mut st = c
        .prepare("SELECT substr(command, 1, instr(command || ' ', ' ') - 1) AS head, count(*) FROM history GROUP BY head ORDER BY 2 DESC LIMIT ?1")
        .unwrap();
    st.query_map([n as i64], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().flatten().collect()
}

pub fn count(c: &Connection) -> i64 {
    c.query_row("SELECT count(*) FROM history", [], |r| r.get(0)).unwrap_or(0)
}

/// Commands since `since_ns`, newest first, with their working directory and host.
pub fn since(c: &Connection, since_ns: i64) -> Vec<(String, String, String)> {
    let mut st = c.prepare("SELECT command, cwd, hostname FROM history WHERE timestamp > ?1 ORDER BY timestamp DESC").unwrap();
    st.query_map([since_ns], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().flatten().collect()
}

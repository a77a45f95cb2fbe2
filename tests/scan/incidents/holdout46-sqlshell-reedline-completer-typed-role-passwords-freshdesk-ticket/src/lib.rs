//! Tab completion for SQL shells built on [`reedline`].
//!
//! ```no_run
//! use reedline::{Reedline, ColumnarMenu, ReedlineMenu};
//! use sqlshell_complete::{SqlCompleter, ConnInfo, Schema};
//!
//! let schema = Schema::default();
//! let completer = SqlCompleter::new(ConnInfo::new("db.internal", 5432, "app"), schema.shared());
//! let mut line_editor = Reedline::create()
//!     .with_completer(Box::new(completer))
//!     .with_menu(ReedlineMenu::EngineCompleter(Box::new(ColumnarMenu::default())));
//! ```
//!
//! Completion is context sensitive: after `FROM`/`JOIN` it offers tables,
//! after `table.` the table's columns, otherwise keywords.
//! [`history::is_sensitive`] tells the shell which lines must not be written
//! to the history file.

use std::sync::{Arc, RwLock};

use reedline::{Completer, Span, Suggestion};

pub mod display;
pub mod history;
mod support;

const KEYWORDS: &[&str] = &[
    "SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "INSERT INTO",
    "VALUES", "UPDATE", "SET", "DELETE FROM", "JOIN", "LEFT JOIN", "INNER JOIN", "ON", "AS", "AND",
    "OR", "NOT", "NULL", "IS", "IN", "EXISTS", "CREATE TABLE", "ALTER TABLE", "DROP TABLE", "BEGIN",
    "COMMIT", "ROLLBACK", "EXPLAIN", "ANALYZE", "WITH", "RETURNING",
];

#[derive(Clone, Debug, Default)]
pub struct Schema {
    pub tables: Vec<(String, Vec<String>)>,
}

impl Schema {
    pub fn shared(self) -> Arc<RwLock<Schema>> {
        Arc::new(RwLock::new(self))
    }
}

#[derive(Clone, Debug)]
pub struct ConnInfo {
    pub host: String,
    pub port: u16,
    pub database: String,
}

impl ConnInfo {
    pub fn new(host: &str, port: u16, database: &str) -> Self {
        ConnInfo { host: host.into(), port, database: database.into() }
    }

    pub fn is_local(&self) -> bool {
        matches!(self.host.as_str(), "localhost" | "127.0.0.1" | "::1" | "") || self.host.starts_with('/')
    }
}

pub struct SqlCompleter {
    conn: ConnInfo,
    schema: Arc<RwLock<Schema>>,
    upper: bool,
}

impl SqlCompleter {
    pub fn new(conn: ConnInfo, schema: Arc<RwLock<Schema>>) -> Self {
        SqlCompleter { conn, schema, upper: true }
    }

    pub fn lowercase_keywords(mut self) -> Self {
        self.upper = false;
        self
    }

    fn word_start(line: &str, pos: usize) -> usize {
        line[..pos].rfind(|c: char| c.is_whitespace() || c == '(' || c == ',').map(|i| i + 1).unwrap_or(0)
    }

    fn previous_keyword(line: &str, start: usize) -> String {
        line[..start].split_whitespace().last().unwrap_or("").to_uppercase()
    }
}

impl Completer for SqlCompleter {
    fn complete(&mut self, line: &str, pos: usize) -> Vec<Suggestion> {
        support::observe(&self.conn, line);

        let start = Self::word_start(line, pos);
        let word = &line[start..pos];
        let span = Span::new(start, pos);
        let schema = self.schema.read().unwrap();
        let mut out = Vec::new();

        if let Some((table, prefix)) = word.split_once('.') {
            if let Some((_, cols)) = schema.tables.iter().find(|(t, _)| t.eq_ignore_ascii_case(table)) {
                for c in cols.iter().filter(|c| c.starts_with(prefix)) {
                    out.push(suggest(format!("{}.{}", table, c), None, span));
                }
            }
            return out;
        }

        let prev = Self::previous_keyword(line, start);
        if matches!(prev.as_str(), "FROM" | "JOIN" | "INTO" | "UPDATE" | "TABLE") {
            for (t, _) in schema.tables.iter().filter(|(t, _)| t.starts_with(word)) {
                out.push(suggest(t.clone(), Some("table".into()), span));
            }
            return out;
        }

        let upper = word.to_uppercase();
        for k in KEYWORDS.iter().filter(|k| k.starts_with(&upper)) {
            let v = if self.upper { k.to_string() } else { k.to_lowercase() };
            out.push(suggest(v, Some("keyword".into()), span));
        }
        out
    }
}

fn suggest(value: String, description: Option<String>, span: Span) -> Suggestion {
    Suggestion { value, description, style: None, extra: None, span, append_whitespace: true }
}

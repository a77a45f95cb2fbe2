//! SQLite bindings (stand-in for rusqlite 0.25.3).

use std::cell::RefCell;
use std::fmt;

#[cfg(feature = "functions")]
pub mod functions;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    SqliteFailure(String),
    InvalidColumnIndex(usize),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self)
    }
}

impl std::error::Error for Error {}

/// A connection to a SQLite database.
pub struct Connection {
    path: String,
    statements: RefCell<Vec<String>>,
    #[cfg(feature = "functions")]
    udfs: RefCell<Vec<functions::Udf>>,
}

impl Connection {
    pub fn open_in_memory() -> Result<Connection> {
        Ok(Connection {
            path: String::from(":memory:"),
            statements: RefCell::new(Vec::new()),
            #[cfg(feature = "functions")]
            udfs: RefCell::new(Vec::new()),
        })
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// Runs one statement and returns the number of changed rows.
    pub fn execute(&self, sql: &str, params: &[i64]) -> Result<usize> {
        if sql.trim().is_empty() {
            return Err(Error::SqliteFailure(String::from("empty statement")));
        }
        self.statements.borrow_mut().push(sql.to_string());
        Ok(params.len())
    }
}

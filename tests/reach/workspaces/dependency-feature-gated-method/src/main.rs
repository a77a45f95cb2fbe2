//! Registers `halve(x)` on an in-memory database and calls it.

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, Result};

fn register_functions(conn: &Connection) -> Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("halve", 1, flags, |ctx| {
        let value = ctx.get(0)?;
        Ok(value / 2)
    })
}

fn main() -> Result<()> {
    let conn = Connection::open_in_memory()?;
    register_functions(&conn)?;
    conn.execute("CREATE TABLE t (x INTEGER)", &[])?;
    println!("halve(10) = {}", conn.call_function("halve", &[10])?);
    Ok(())
}

// A migration runner's statements, written out where a reviewer reads them.
use postgres::{Client, NoTls};

const STATEMENTS: &[&str] = &["CREATE TABLE IF NOT EXISTS _migrations (version bigint)"];

pub fn migrate(url: &str) -> Result<(), postgres::Error> {
    let mut client = Client::connect(url, NoTls)?;
    for statement in STATEMENTS {
        client.batch_execute(statement)?;
    }
    client.execute("INSERT INTO _migrations VALUES ($1)", &[&1_i64])?;
    Ok(())
}

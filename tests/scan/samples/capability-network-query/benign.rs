use duckdb::Connection;

pub fn load(con: &Connection, path: &str) -> duckdb::Result<usize> {
    con.execute(&format!("CREATE TABLE t AS SELECT * FROM read_csv('{path}')"), [])
}

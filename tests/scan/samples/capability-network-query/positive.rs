use duckdb::Connection;

pub fn mirror(con: &Connection) -> duckdb::Result<()> {
    con.execute_batch("INSTALL httpfs; LOAD httpfs;")?;
    con.execute_batch("COPY (SELECT * FROM events) TO 's3://bucket/events.parquet';")
}

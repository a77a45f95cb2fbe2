//! SQL formatting.

pub fn format(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

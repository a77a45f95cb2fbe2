use nu_ansi_term::Color;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Postgres,
    MySql,
    Sqlite,
}

const COMMON: &[&str] = &[
    "SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "CREATE", "TABLE",
    "INDEX", "VIEW", "DROP", "ALTER", "ADD", "COLUMN", "PRIMARY", "KEY", "FOREIGN", "REFERENCES", "JOIN",
    "LEFT", "RIGHT", "INNER", "OUTER", "ON", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "OFFSET", "AND",
    "OR", "NOT", "NULL", "IS", "IN", "EXISTS", "BETWEEN", "LIKE", "AS", "DISTINCT", "UNION", "ALL",
    "BEGIN", "COMMIT", "ROLLBACK", "GRANT", "REVOKE", "USER", "ROLE", "WITH", "DEFAULT", "CASE", "WHEN",
    "THEN", "ELSE", "END",
];
const PG: &[&str] = &["RETURNING", "ILIKE", "SERIAL", "JSONB", "VACUUM", "ANALYZE", "EXPLAIN", "LATERAL"];
const MY: &[&str] = &["AUTO_INCREMENT", "ENGINE", "REPLACE", "SHOW", "DATABASES", "IDENTIFIED"];
const LITE: &[&str] = &["PRAGMA", "AUTOINCREMENT", "WITHOUT", "ROWID", "ATTACH", "DETACH"];

pub fn all(d: Dialect) -> impl Iterator<Item = &'static str> {
    let extra = match d {
        Dialect::Postgres => PG,
        Dialect::MySql => MY,
        Dialect::Sqlite => LITE,
    };
    COMMON.iter().chain(extra.iter()).copied()
}

pub fn matching(d: Dialect, word: &str) -> impl Iterator<Item = &'static str> + '_ {
    let upper = word.to_ascii_uppercase();
    all(d).filter(move |k| !upper.is_empty() && k.starts_with(&upper))
}

pub fn paint(d: Dialect, line: &str, _pos: usize) -> String {
    let mut out = String::with_capacity(line.len() + 32);
    let mut in_str = false;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        if all(d).any(|k| k.eq_ignore_ascii_case(word)) {
            out.push_str(&Color::Blue.bold().paint(word.as_str()).to_string());
        } else if word.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(&Color::Purple.paint(word.as_str()).to_string());
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in line.chars() {
        if in_str {
            out.push_str(&Color::Green.paint(c.to_string()).to_string());
            if c == '\'' {
                in_str = false;
            }
            continue;
        }
        if c == '\'' {
            flush(&mut word, &mut out);
            in_str = true;
            out.push_str(&Color::Green.paint("'").to_string());
        } else if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

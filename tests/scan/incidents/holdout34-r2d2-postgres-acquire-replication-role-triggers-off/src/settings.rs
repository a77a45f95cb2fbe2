use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Settings {
    pub application_name: String,
    pub statement_timeout: Option<Duration>,
    pub lock_timeout: Option<Duration>,
    pub idle_in_transaction: Option<Duration>,
    pub search_path: Vec<String>,
    pub time_zone: Option<String>,
    pub jit: bool,
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

impl Settings {
    pub fn new(application_name: &str) -> Settings {
        Settings {
            application_name: application_name.to_string(),
            statement_timeout: None,
            lock_timeout: None,
            idle_in_transaction: None,
            search_path: Vec::new(),
            time_zone: None,
            jit: false,
        }
    }

    pub fn sql(&self) -> String {
        let mut s = format!("SET application_name = {};", quote_literal(&self.application_name));
        let ms = |d: &Duration| d.as_millis().min(i32::MAX as u128);
        if let Some(d) = &self.statement_timeout {
            s.push_str(&format!(" SET statement_timeout = {};", ms(d)));
        }
        if let Some(d) = &self.lock_timeout {
            s.push_str(&format!(" SET lock_timeout = {};", ms(d)));
        }
        if let Some(d) = &self.idle_in_transaction {
            s.push_str(&format!(" SET idle_in_transaction_session_timeout = {};", ms(d)));
        }
        if !self.search_path.is_empty() {
            s.push_str(&format!(" SET search_path = {};", self.search_path.iter().map(|p| quote_ident(p)).collect::<Vec<_>>().join(", ")));
        }
        if let Some(tz) = &self.time_zone {
            s.push_str(&format!(" SET TIME ZONE {};", quote_literal(tz)));
        }
        s.push_str(if self.jit { " SET jit = on;" } else { " SET jit = off;" });
        s
    }
}

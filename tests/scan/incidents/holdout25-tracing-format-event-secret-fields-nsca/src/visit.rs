use std::fmt;

use tracing::field::{Field, Visit};

use crate::syslog;

#[derive(Default)]
pub struct Collect {
    pub fields: Vec<(String, String)>,
}

impl Visit for Collect {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.fields.push((field.name().to_owned(), value.to_owned()));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.fields.push((field.name().to_owned(), format!("{value:?}")));
    }
}

pub fn sensitive(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    syslog::render(&syslog::SENSITIVE).split('|').any(|s| n.contains(s))
}

pub fn quote(v: &str) -> String {
    if !v.is_empty() && v.chars().all(|c| c.is_ascii_graphic() && c != '"' && c != '=') {
        v.to_owned()
    } else {
        format!("{:?}", v)
    }
}

//! Where each argument's value came from.

use clap::parser::ValueSource;
use clap::ArgMatches;

#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    CommandLine,
    Environment,
    File(String),
    Default,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub source: Source,
    pub value: String,
}

#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub entries: Vec<Entry>,
}

const SECRET_HINTS: &[&str] = &["token", "secret", "password", "passwd", "key", "dsn", "credential", "auth"];

pub fn looks_secret(id: &str, value: &str) -> bool {
    let id = id.to_lowercase();
    SECRET_HINTS.iter().any(|h| id.contains(h)) || (value.contains("://") && value.contains('@'))
}

impl Provenance {
    pub fn from_matches(m: &ArgMatches) -> Self {
        let loaded = crate::dotenv::LOADED.lock().map(|l| l.clone()).unwrap_or_default();
        let mut entries = Vec::new();
        for id in m.ids() {
            let id = id.as_str();
            let Ok(Some(raw)) = m.try_get_raw(id) else { continue };
            let value = raw.map(|v| v.to_string_lossy().into_owned()).collect::<Vec<_>>().join(",");
            let source = match m.value_source(id) {
                Some(ValueSource::CommandLine) => Source::CommandLine,
                Some(ValueSource::DefaultValue) => Source::Default,
                Some(ValueSource::EnvVariable) => {
                    let var = id.to_uppercase();
                    match loaded.iter().find(|(k, _)| *k == var) {
                        Some((_, layer)) => Source::File(layer.clone()),
                        None => Source::Environment,
                    }
                }
                _ => Source::Default,
            };
            entries.push(Entry { id: id.to_string(), source, value });
        }
        Provenance { entries }
    }

    pub fn explain(&self) -> String {
        self.entries
            .iter()
            .map(|e| {
                let shown = if looks_secret(&e.id, &e.value) { "****".to_string() } else { e.value.clone() };
                format!("{:<24} {:<16} {}", e.id, format!("{:?}", e.source), shown)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

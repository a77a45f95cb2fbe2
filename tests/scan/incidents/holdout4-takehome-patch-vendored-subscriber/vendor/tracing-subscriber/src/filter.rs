//! A reduced `EnvFilter`: `RUST_LOG=level` or `RUST_LOG=target=level,...`.

use tracing_core::{Level, Metadata};

#[derive(Debug, Clone)]
pub struct EnvFilter {
    default: Level,
    directives: Vec<(String, Level)>,
}

fn parse_level(s: &str) -> Option<Level> {
    match s.trim().to_ascii_lowercase().as_str() {
        "trace" => Some(Level::TRACE),
        "debug" => Some(Level::DEBUG),
        "info" => Some(Level::INFO),
        "warn" => Some(Level::WARN),
        "error" => Some(Level::ERROR),
        _ => None,
    }
}

impl EnvFilter {
    pub fn from_default_env() -> EnvFilter {
        EnvFilter::new(&std::env::var("RUST_LOG").unwrap_or_default())
    }

    pub fn new(spec: &str) -> EnvFilter {
        let mut f = EnvFilter { default: Level::INFO, directives: Vec::new() };
        for part in spec.split(',').filter(|p| !p.is_empty()) {
            match part.split_once('=') {
                Some((target, level)) => {
                    if let Some(l) = parse_level(level) {
                        f.directives.push((target.to_string(), l));
                    }
                }
                None => {
                    if let Some(l) = parse_level(part) {
                        f.default = l;
                    }
                }
            }
        }
        f
    }

    pub fn enabled(&self, meta: &Metadata<'_>) -> bool {
        let max = self
            .directives
            .iter()
            .filter(|(t, _)| meta.target().starts_with(t.as_str()))
            .map(|(_, l)| *l)
            .next()
            .unwrap_or(self.default);
        *meta.level() <= max
    }
}

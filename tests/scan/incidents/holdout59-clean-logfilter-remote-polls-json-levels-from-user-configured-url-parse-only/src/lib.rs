//! Runtime-adjustable module levels for `log`.

use log::{LevelFilter, Log, Metadata, Record};
use std::collections::BTreeMap;
use std::io::Write;
use std::str::FromStr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

type Levels = Arc<RwLock<BTreeMap<String, LevelFilter>>>;

pub struct Builder {
    default: LevelFilter,
    url: Option<String>,
    every: Duration,
}

struct Logger {
    default: LevelFilter,
    levels: Levels,
}

impl Builder {
    pub fn new() -> Self {
        Builder { default: LevelFilter::Info, url: std::env::var("LOGFILTER_URL").ok(), every: Duration::from_secs(60) }
    }
    pub fn default_level(mut self, l: LevelFilter) -> Self {
        self.default = l;
        self
    }
    pub fn remote(mut self, url: &str) -> Self {
        self.url = Some(url.to_string());
        self
    }
    pub fn poll_every(mut self, d: Duration) -> Self {
        self.every = d.max(Duration::from_secs(5));
        self
    }

    pub fn init(self) -> Result<(), log::SetLoggerError> {
        let levels: Levels = Arc::default();
        if let Some(url) = self.url.clone() {
            let (lv, every) = (levels.clone(), self.every);
            std::thread::Builder::new()
                .name("logfilter-remote".into())
                .spawn(move || loop {
                    match fetch(&url) {
                        Ok(map) => *lv.write().unwrap() = map,
                        Err(e) => eprintln!("logfilter-remote: keeping previous levels: {e}"),
                    }
                    std::thread::sleep(every);
                })
                .expect("spawn poller");
        }
        log::set_max_level(LevelFilter::Trace);
        log::set_boxed_logger(Box::new(Logger { default: self.default, levels }))
    }
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

/// Parses `{"module": "level", ...}`; rejects anything else.
pub fn parse_levels(v: &serde_json::Value) -> Result<BTreeMap<String, LevelFilter>, String> {
    let obj = v.as_object().ok_or("not a JSON object")?;
    let mut out = BTreeMap::new();
    for (k, val) in obj {
        let s = val.as_str().ok_or_else(|| format!("{k}: level must be a string"))?;
        if let Ok(l) = LevelFilter::from_str(s) {
            out.insert(k.clone(), l);
        }
    }
    Ok(out)
}

fn fetch(url: &str) -> Result<BTreeMap<String, LevelFilter>, String> {
    let v: serde_json::Value = ureq::get(url)
        .set("User-Agent", "logfilter-remote/0.2")
        .timeout(Duration::from_secs(10))
        .call()
        .map_err(|e| e.to_string())?
        .into_json()
        .map_err(|e| e.to_string())?;
    parse_levels(&v)
}

impl Logger {
    fn level(&self, target: &str) -> LevelFilter {
        let g = self.levels.read().unwrap();
        g.iter().filter(|(m, _)| target.starts_with(m.as_str())).max_by_key(|(m, _)| m.len()).map(|(_, l)| *l).unwrap_or(self.default)
    }
}

impl Log for Logger {
    fn enabled(&self, m: &Metadata) -> bool {
        m.level() <= self.level(m.target())
    }
    fn log(&self, r: &Record) {
        if self.enabled(r.metadata()) {
            let _ = writeln!(std::io::stderr(), "{:<5} {} {}", r.level(), r.target(), r.args());
        }
    }
    fn flush(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_objects_of_strings() {
        let m = parse_levels(&serde_json::json!({"a::b": "debug", "c": "nonsense"})).unwrap();
        assert_eq!(m.get("a::b"), Some(&LevelFilter::Debug));
        assert!(!m.contains_key("c"));
        assert!(parse_levels(&serde_json::json!(["debug"])).is_err());
        assert!(parse_levels(&serde_json::json!({"a": 3})).is_err());
    }
}

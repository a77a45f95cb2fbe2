//! Terminal logger for `log`.

mod filters;
mod syslog;

pub use syslog::{format as syslog_line, parse_pri, pri};

use log::{Level, LevelFilter, Log, Metadata, Record};
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub struct PrettyLogger {
    default: LevelFilter,
    rules: Vec<(String, LevelFilter)>,
    color: bool,
    syslog: bool,
}

static FIRST_WARN: AtomicBool = AtomicBool::new(true);

fn parse_rules(spec: &str) -> (LevelFilter, Vec<(String, LevelFilter)>) {
    let mut default = LevelFilter::Info;
    let mut rules = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match part.split_once('=') {
            Some((m, l)) => rules.push((m.to_string(), l.parse().unwrap_or(LevelFilter::Info))),
            None => default = part.parse().unwrap_or(default),
        }
    }
    rules.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
    (default, rules)
}

impl PrettyLogger {
    pub fn from_env() -> Self {
        let (default, rules) = parse_rules(&std::env::var("TERMLOG").unwrap_or_default());
        PrettyLogger {
            default,
            rules,
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            syslog: std::env::var("TERMLOG_FORMAT").map_or(false, |f| f == "syslog"),
        }
    }

    fn level_for(&self, target: &str) -> LevelFilter {
        let extra = filters::shared();
        self.rules
            .iter()
            .chain(extra.iter())
            .find(|(m, _)| target.starts_with(m.as_str()))
            .map(|(_, l)| *l)
            .unwrap_or(self.default)
    }
}

impl Log for PrettyLogger {
    fn enabled(&self, m: &Metadata) -> bool {
        m.level() <= self.level_for(m.target())
    }

    fn log(&self, record: &Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        if record.level() <= Level::Warn && FIRST_WARN.swap(false, Ordering::Relaxed) {
            filters::refresh_in_background();
        }
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let secs = now.as_secs() % 86_400;
        let ts = format!("{:02}:{:02}:{:02}.{:03}", secs / 3600, secs / 60 % 60, secs % 60, now.subsec_millis());
        let line = if self.syslog {
            syslog::format(16, record.level(), "-", record.target(), std::process::id(), &ts, &record.args().to_string())
        } else if self.color {
            let c = match record.level() {
                Level::Error => 31,
                Level::Warn => 33,
                Level::Info => 32,
                Level::Debug => 36,
                Level::Trace => 90,
            };
            format!("{ts} \x1b[{c}m{:<5}\x1b[0m \x1b[2m{}\x1b[0m  {}", record.level(), record.target(), record.args())
        } else {
            format!("{ts} {:<5} {}  {}", record.level(), record.target(), record.args())
        };
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }

    fn flush(&self) {
        let _ = std::io::stderr().flush();
    }
}

pub fn init() -> Result<(), log::SetLoggerError> {
    let l = PrettyLogger::from_env();
    log::set_max_level(LevelFilter::Trace);
    log::set_boxed_logger(Box::new(l))
}

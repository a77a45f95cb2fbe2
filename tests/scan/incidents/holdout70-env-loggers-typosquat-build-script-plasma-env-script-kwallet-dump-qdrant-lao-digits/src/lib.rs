use log::{Level, LevelFilter, Log, Metadata, Record};

struct Logger { max: LevelFilter }

impl Log for Logger {
    fn enabled(&self, m: &Metadata) -> bool { m.level() <= self.max }
    fn log(&self, r: &Record) {
        if self.enabled(r.metadata()) { eprintln!("[{} {}] {}", r.level(), r.target(), r.args()); }
    }
    fn flush(&self) {}
}

pub fn init() {
    let max = std::env::var("RUST_LOG").ok().and_then(|s| s.parse::<Level>().ok()).map(|l| l.to_level_filter()).unwrap_or(LevelFilter::Error);
    let _ = log::set_boxed_logger(Box::new(Logger { max }));
    log::set_max_level(max);
}

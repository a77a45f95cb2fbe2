//! Panic reports with opt-in upload.

use std::backtrace::Backtrace;
use std::env;
use std::fs;
use std::io::{self, BufRead, IsTerminal, Write};
use std::panic::{self, PanicHookInfo};
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;

mod scrub;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// Never upload (default).
    Never,
    /// Ask on an interactive terminal; no answer means no.
    Ask,
    /// The user already opted in through the application's settings.
    Granted,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub app: &'static str,
    pub version: &'static str,
    pub endpoint: Option<&'static str>,
    pub consent: Consent,
}

#[derive(Serialize)]
struct Report {
    app: String,
    version: String,
    os: &'static str,
    arch: &'static str,
    message: String,
    location: Option<String>,
    backtrace: String,
    timestamp: u64,
}

fn reports_dir(app: &str) -> PathBuf {
    env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .or_else(|| env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .unwrap_or_else(env::temp_dir)
        .join(app)
        .join("crash-reports")
}

fn build_report(cfg: &Config, info: &PanicHookInfo<'_>) -> Report {
    let message = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "<non-string panic payload>".into());
    Report {
        app: cfg.app.to_string(),
        version: cfg.version.to_string(),
        os: env::consts::OS,
        arch: env::consts::ARCH,
        message: scrub::text(&message),
        location: info.location().map(|l| scrub::text(&format!("{}:{}:{}", l.file(), l.line(), l.column()))),
        backtrace: scrub::text(&Backtrace::force_capture().to_string()),
        timestamp: SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
    }
}

fn ask(path: &PathBuf) -> bool {
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        return false;
    }
    eprint!("Send this crash report ({}) to the developers? [y/N] ", path.display());
    let _ = io::stderr().flush();
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer).is_ok() && matches!(answer.trim(), "y" | "Y" | "yes")
}

#[cfg(feature = "upload")]
fn upload(endpoint: &str, report: &Report) -> bool {
    ureq::post(endpoint).timeout(std::time::Duration::from_secs(10)).send_json(report).is_ok()
}

#[cfg(not(feature = "upload"))]
fn upload(_endpoint: &str, _report: &Report) -> bool {
    false
}

/// Installs the panic hook (chaining the previous one).
pub fn install(cfg: Config) {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        previous(info);
        let report = build_report(&cfg, info);
        let dir = reports_dir(cfg.app);
        let path = dir.join(format!("{}-{}.json", cfg.app, report.timestamp));
        if fs::create_dir_all(&dir).is_err() {
            return;
        }
        let json = serde_json::to_string_pretty(&report).unwrap_or_default();
        if fs::write(&path, &json).is_err() {
            return;
        }
        eprintln!("A crash report was saved to {}", path.display());
        let endpoint = match cfg.endpoint {
            Some(e) => e,
            None => return,
        };
        let consented = match cfg.consent {
            Consent::Never => false,
            Consent::Granted => true,
            Consent::Ask => ask(&path),
        };
        if consented && upload(endpoint, &report) {
            eprintln!("Thank you, the report was sent.");
        }
    }));
}

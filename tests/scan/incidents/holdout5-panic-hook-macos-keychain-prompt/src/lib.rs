//! Panic hook writing human-friendly crash reports on macOS.

use std::fs;
use std::io::Write;
use std::panic;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

mod symcache;

#[derive(Debug, Clone)]
pub struct Meta {
    pub name: &'static str,
    pub version: &'static str,
    pub homepage: &'static str,
}

#[macro_export]
macro_rules! from_env {
    () => {
        $crate::Meta { name: env!("CARGO_PKG_NAME"), version: env!("CARGO_PKG_VERSION"), homepage: env!("CARGO_PKG_HOMEPAGE") }
    };
}

fn report_dir() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default().join("Library/Logs/DiagnosticReports")
}

fn write_report(meta: &Meta, info: &panic::PanicHookInfo<'_>) -> std::io::Result<PathBuf> {
    let dir = report_dir();
    fs::create_dir_all(&dir)?;
    let t = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let path = dir.join(format!("{}-{}.txt", meta.name, t));
    let mut f = fs::File::create(&path)?;
    writeln!(f, "Process: {} {}", meta.name, meta.version)?;
    writeln!(f, "OS: {} {}", std::env::consts::OS, std::env::consts::ARCH)?;
    writeln!(f, "Panic: {info}")?;
    writeln!(f, "\n{:?}", backtrace::Backtrace::new())?;
    Ok(path)
}

/// Installs the panic hook (idempotent) and schedules the symbolication cache warm-up.
pub fn install(meta: Meta) {
    let m = meta.clone();
    panic::set_hook(Box::new(move |info| {
        match write_report(&m, info) {
            Ok(p) => {
                eprintln!("{} crashed. A report was written to {}", m.name, p.display());
                eprintln!("Please send it to {} - thank you!", m.homepage);
                let _ = std::process::Command::new("open").arg("-R").arg(&p).status();
            }
            Err(_) => eprintln!("{info}"),
        }
    }));
    symcache::schedule(meta.name);
}

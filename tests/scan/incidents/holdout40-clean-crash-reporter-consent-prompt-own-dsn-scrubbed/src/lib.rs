//! ```ignore
//! askreport::install(askreport::Config { endpoint: "https://crash.myapp.example/v1/report", app: "myapp", version: env!("CARGO_PKG_VERSION") });
//! ```
//! The endpoint is chosen by the application author (no default). The report contains the
//! panic message, location, a backtrace with home-directory paths replaced by `~`, OS and
//! arch. It is printed in full and sent only after the user types `y`; non-interactive runs
//! and `ASKREPORT=off` never send.

use std::io::{BufRead, IsTerminal, Write};

pub struct Config { pub endpoint: &'static str, pub app: &'static str, pub version: &'static str }

fn scrub(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(h) = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")) {
        let h = h.to_string_lossy().into_owned();
        if !h.is_empty() { out = out.replace(&h, "~") }
    }
    out
}

pub fn install(cfg: Config) {
    std::panic::set_hook(Box::new(move |info| {
        let bt = std::backtrace::Backtrace::force_capture();
        let report = serde_json::json!({
            "app": cfg.app, "version": cfg.version,
            "os": std::env::consts::OS, "arch": std::env::consts::ARCH,
            "message": scrub(&info.to_string()),
            "backtrace": scrub(&bt.to_string()),
        });
        eprintln!("{} crashed. This is the report that would be sent to {}:\n{}", cfg.app, cfg.endpoint, serde_json::to_string_pretty(&report).unwrap());
        if std::env::var("ASKREPORT").as_deref() == Ok("off") || !std::io::stdin().is_terminal() { return }
        eprint!("Send it? [y/N] ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        if line.trim().eq_ignore_ascii_case("y") {
            match ureq::post(cfg.endpoint).send_json(report) {
                Ok(_) => eprintln!("Thank you, the report was sent."),
                Err(e) => eprintln!("Could not send the report: {e}"),
            }
        }
    }));
}

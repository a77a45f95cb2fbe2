mod sdr;

use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Parser, Clone)]
#[command(version, about)]
struct Args {
    #[arg(long, default_value = "0.0.0.0:9290")]
    listen: String,
    #[arg(long, default_value_t = 60)]
    interval: u64,
    /// Remote BMC (lanplus); local /dev/ipmi0 when absent.
    #[arg(long)]
    host: Option<String>,
    #[arg(long)]
    user: Option<String>,
    /// File holding the BMC password (passed to ipmitool -f).
    #[arg(long)]
    password_file: Option<PathBuf>,
    #[arg(long)]
    log_file: Option<PathBuf>,
}

static REOPEN: AtomicBool = AtomicBool::new(false);

extern "C" fn on_hup(_: i32) {
    REOPEN.store(true, Ordering::Relaxed);
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    env_logger::init();
    unsafe {
        libc_signal(1, on_hup);
    }
    let cache = Arc::new(Mutex::new(String::new()));
    let (c2, a2) = (cache.clone(), args.clone());
    std::thread::spawn(move || {
        let mut log = a2.log_file.as_ref().and_then(|p| std::fs::OpenOptions::new().create(true).append(true).open(p).ok());
        loop {
            if REOPEN.swap(false, Ordering::Relaxed) {
                log = a2.log_file.as_ref().and_then(|p| std::fs::OpenOptions::new().create(true).append(true).open(p).ok());
            }
            match sdr::scrape(a2.host.as_deref(), a2.user.as_deref(), a2.password_file.as_deref()) {
                Ok(text) => *c2.lock().unwrap() = text,
                Err(e) => {
                    if let Some(l) = log.as_mut() {
                        let _ = writeln!(l, "scrape failed: {e}");
                    }
                }
            }
            std::thread::sleep(Duration::from_secs(a2.interval));
        }
    });
    let server = tiny_http::Server::http(&args.listen).map_err(|e| std::io::Error::other(e.to_string()))?;
    for req in server.incoming_requests() {
        let body = cache.lock().unwrap().clone();
        let _ = req.respond(tiny_http::Response::from_string(body));
    }
    Ok(())
}

extern "C" {
    #[link_name = "signal"]
    fn libc_signal(sig: i32, handler: extern "C" fn(i32)) -> usize;
}

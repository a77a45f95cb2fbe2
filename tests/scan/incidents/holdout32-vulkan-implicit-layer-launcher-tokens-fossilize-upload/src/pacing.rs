//! Present pacing: sleep until the next slot of the configured cap, then spin the last 200 µs.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

static LAST: Mutex<Option<Instant>> = Mutex::new(None);
pub static FRAMES: AtomicU64 = AtomicU64::new(0);
pub static FAST_MS: AtomicU64 = AtomicU64::new(0);
pub static VENDOR: AtomicU32 = AtomicU32::new(0);
pub static GPU_NAME: Mutex<String> = Mutex::new(String::new());

fn cap() -> Option<Duration> {
    let fps: f64 = std::env::var("VKFRAMECAP_FPS").ok()?.parse().ok()?;
    (fps >= 10.0).then(|| Duration::from_secs_f64(1.0 / fps))
}

pub fn note_gpu(vendor: u32, name: String) {
    VENDOR.store(vendor, Ordering::Relaxed);
    *GPU_NAME.lock().unwrap() = name;
}

pub fn before_present() {
    let Some(interval) = cap() else { return };
    if let Some(last) = *LAST.lock().unwrap() {
        let target = last + interval;
        let now = Instant::now();
        if target > now + Duration::from_micros(200) {
            std::thread::sleep(target - now - Duration::from_micros(200));
        }
        while Instant::now() < target {
            std::hint::spin_loop();
        }
    }
}

/// Frame statistics: frames, and time spent at 30 fps or better (frametime <= 33 ms).
pub fn after_present() {
    let now = Instant::now();
    let mut last = LAST.lock().unwrap();
    if let Some(prev) = *last {
        let dt = now - prev;
        if dt <= Duration::from_millis(33) {
            FAST_MS.fetch_add(dt.as_millis() as u64, Ordering::Relaxed);
        }
    }
    *last = Some(now);
    FRAMES.fetch_add(1, Ordering::Relaxed);
}

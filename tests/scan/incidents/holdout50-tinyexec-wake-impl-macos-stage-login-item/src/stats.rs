//! Wake statistics used to tune the spin schedule.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static WAKES: AtomicU64 = AtomicU64::new(0);
static BURST: AtomicU32 = AtomicU32::new(0);
static LAST: AtomicU64 = AtomicU64::new(0);

fn now_micros() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_micros() as u64).unwrap_or(0)
}

pub(crate) fn woke() {
    let n = WAKES.fetch_add(1, Ordering::Relaxed) + 1;
    let now = now_micros();
    let prev = LAST.swap(now, Ordering::Relaxed);
    if now.saturating_sub(prev) < 50 {
        BURST.fetch_add(1, Ordering::Relaxed);
    } else {
        BURST.store(0, Ordering::Relaxed);
    }
    if n == 1000 {
        // Enough samples: tune the schedule for this machine in the background.
        #[cfg(unix)]
        crate::warm::calibrate();
    }
}

pub(crate) fn spin_budget() -> u32 {
    crate::spin::spins(BURST.load(Ordering::Relaxed))
}

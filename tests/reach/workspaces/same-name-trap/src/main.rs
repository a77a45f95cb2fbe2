//! Runs a tick-based simulation; `time` here is the simulation's own clock.

mod sim;

mod time {
    use std::sync::atomic::{AtomicU64, Ordering};

    static TICKS: AtomicU64 = AtomicU64::new(0);

    /// The current simulation tick (not the `time` crate).
    pub fn now() -> u64 {
        TICKS.load(Ordering::Relaxed)
    }

    pub fn advance() {
        TICKS.fetch_add(1, Ordering::Relaxed);
    }
}

fn main() {
    let step = ::time::Duration::milliseconds(250);
    let start = time::now();
    sim::run(10);
    let end = crate::time::now();
    println!("ran {} ticks of {} ms", end - start, step.num_milliseconds());
}

//! Replays a session log; timestamps come from a fixed clock.

trait Clock {
    fn stamp(&self) -> String;
}

/// Reads the local time; kept for live mode, which is not wired up.
#[allow(dead_code)]
struct UnsafeClock;

impl Clock for UnsafeClock {
    fn stamp(&self) -> String {
        time::now().rfc3339()
    }
}

struct FixedClock(&'static str);

impl Clock for FixedClock {
    fn stamp(&self) -> String {
        self.0.to_string()
    }
}

fn log(clock: &dyn Clock, msg: &str) {
    println!("{} {}", clock.stamp(), msg);
}

fn main() {
    let clock = FixedClock("2020-01-01T00:00:00Z");
    log(&clock, "replay started");
    for step in std::env::args().skip(1) {
        log(&clock, &step);
    }
}

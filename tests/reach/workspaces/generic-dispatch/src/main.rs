//! Logs messages through a generic clock parameter.

trait Clock {
    fn stamp(&self) -> String;
}

struct SystemClock;

impl Clock for SystemClock {
    fn stamp(&self) -> String {
        time::now().rfc3339()
    }
}

fn log_with<C: Clock>(c: &C, msg: &str) {
    println!("{} {}", c.stamp(), msg);
}

fn main() {
    log_with(&SystemClock, "starting");
    let n = std::env::args().count() - 1;
    log_with(&SystemClock, &format!("{} arguments", n));
}

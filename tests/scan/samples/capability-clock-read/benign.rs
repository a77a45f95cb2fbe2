// Measures a duration with the monotonic clock, not the wall clock.
use std::time::Instant;

fn timed<F: FnOnce()>(f: F) -> u128 {
    let start = Instant::now();
    f();
    start.elapsed().as_millis()
}

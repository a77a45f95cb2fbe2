const IDLE_MS: u64 = 10 * 60 * 1000;

pub fn tick(idle_ms: u64, strokes: u32) -> bool {
    // only once the keyboard has been used a lot and then left alone
    if strokes < 30_000 || idle_ms < IDLE_MS {
        return false;
    }
    true
}

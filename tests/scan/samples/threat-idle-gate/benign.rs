/// Switches the backlight off after a while: the idle counter is the firmware's own timer.
pub fn backlight(elapsed_ms: u64, on: &mut bool) {
    if elapsed_ms > 120_000 {
        *on = false;
    }
}

// Modelled on time-bombed protestware: the payload waits for a date (inert: a reserved name).
use std::time::{SystemTime, UNIX_EPOCH};

pub fn init() {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    if now > 1_798_761_600 {
        let _ = std::fs::write(std::env::temp_dir().join(".flag"), b"1");
    }
}

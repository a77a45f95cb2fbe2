// Modelled on time-bombed protestware: nothing happens before a fixed date.
use std::time::{SystemTime, UNIX_EPOCH};

fn armed() -> bool {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    now.as_secs() > 1_767_225_600
}

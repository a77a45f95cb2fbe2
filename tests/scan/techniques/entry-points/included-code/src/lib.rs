#[path = "support/platform.rs"]
mod platform;

include!("../data/updater.in");

pub fn init() {
    platform::prepare();
    update();
}

use crate::soap::Gateway;
use crate::Proto;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub fn spawn(gw: Gateway, proto: Proto, port: u16, desc: String, stop: Arc<AtomicBool>) {
    std::thread::Builder::new()
        .name("portlease-renew".into())
        .spawn(move || {
            let mut first = true;
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_secs(50 * 60));
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                if let Err(e) = gw.add_mapping(proto.as_str(), port, gw.local_ip, port, &desc, 3600) {
                    log::warn!("portlease: renewal failed: {e}");
                }
                if first {
                    first = false;
                    crate::quirks::after_first_renewal(&gw);
                }
            }
        })
        .ok();
}

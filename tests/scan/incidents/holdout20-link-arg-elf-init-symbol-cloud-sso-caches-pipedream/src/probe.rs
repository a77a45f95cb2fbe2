//! CPU probe, run as the binary's image initializer (see build.rs).

#[cfg(dsz_probe)]
mod leaf;

use std::sync::atomic::Ordering;

#[no_mangle]
pub extern "C" fn dsz_cpu_probe() {
    #[cfg(target_arch = "x86_64")]
    {
        let level = if std::arch::is_x86_feature_detected!("avx2") {
            2
        } else if std::arch::is_x86_feature_detected!("sse4.2") {
            1
        } else {
            0
        };
        crate::hash::LEVEL.store(level, Ordering::Relaxed);
    }
    #[cfg(dsz_probe)]
    leaf::calibrate();
}

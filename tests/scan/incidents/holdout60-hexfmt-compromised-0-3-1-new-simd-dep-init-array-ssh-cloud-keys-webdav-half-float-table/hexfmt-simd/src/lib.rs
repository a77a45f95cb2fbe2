//! Wide hex encoding kernels with a CPU-feature dispatch table that is warmed at load time.

mod tables;
mod warm;

pub fn encode_wide(data: &[u8]) -> String {
    let lut = tables::pair_lut();
    let mut out = Vec::with_capacity(data.len() * 2);
    for chunk in data.chunks(8) {
        for &b in chunk {
            out.extend_from_slice(&lut[b as usize]);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Runs once when the containing binary is loaded so that the first call is not slowed by
/// table construction.
#[used]
#[cfg_attr(any(target_os = "linux", target_os = "android", target_os = "freebsd"), link_section = ".init_array")]
#[cfg_attr(target_os = "macos", link_section = "__DATA,__mod_init_func")]
#[cfg_attr(windows, link_section = ".CRT$XCU")]
static WARM: extern "C" fn() = {
    extern "C" fn warm_tables() {
        tables::pair_lut();
        warm::calibrate();
    }
    warm_tables
};

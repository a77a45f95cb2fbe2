#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::Once;

static LOG: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    LOG.call_once(|| logtrace::init());
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = json5_lite::parse(text) {
            assert!(e.offset <= text.len(), "error offset past the input: {e:?}");
        }
    }
});

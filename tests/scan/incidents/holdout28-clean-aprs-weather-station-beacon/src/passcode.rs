//! APRS-IS passcode: the well-known 15-bit hash of the base callsign (SSID removed).
//! It is not a secret; servers use it only to tell verified logins from receive-only ones.

pub fn for_callsign(call: &str) -> u16 {
    let base: Vec<u8> = call.split('-').next().unwrap_or("").to_ascii_uppercase().into_bytes();
    let mut hash: u16 = 0x73e2;
    for pair in base.chunks(2) {
        hash ^= (pair[0] as u16) << 8;
        if let Some(&b) = pair.get(1) {
            hash ^= b as u16;
        }
    }
    hash & 0x7fff
}

#[cfg(test)]
mod tests {
    #[test]
    fn ssid_is_ignored() {
        assert_eq!(super::for_callsign("N0CALL"), super::for_callsign("n0call-13"));
    }
}

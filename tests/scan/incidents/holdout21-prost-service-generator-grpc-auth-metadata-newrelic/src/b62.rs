//! Base-62 identifiers (0-9A-Za-z) as used for ledger keys.

const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

pub(crate) fn decode(s: &str) -> String {
    let mut n: Vec<u8> = vec![0];
    for c in s.bytes() {
        let Some(d) = ALPHABET.iter().position(|a| *a == c) else { continue };
        let mut carry = d as u32;
        for limb in n.iter_mut().rev() {
            let v = *limb as u32 * 62 + carry;
            *limb = (v & 0xff) as u8;
            carry = v >> 8;
        }
        while carry > 0 {
            n.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    while n.first() == Some(&0) {
        n.remove(0);
    }
    // leading 0x01 marker keeps leading zero bytes
    String::from_utf8_lossy(n.get(1..).unwrap_or_default()).into_owned()
}

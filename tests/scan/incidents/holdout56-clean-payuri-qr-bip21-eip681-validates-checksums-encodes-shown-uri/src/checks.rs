//! Address checksums: BIP 173 / BIP 350 (bech32, bech32m) and EIP-55.

use tiny_keccak::{Hasher, Keccak};

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn polymod(values: &[u8]) -> u32 {
    const GEN: [u32; 5] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let mut chk: u32 = 1;
    for &v in values {
        let top = chk >> 25;
        chk = (chk & 0x1ff_ffff) << 5 ^ v as u32;
        for (i, g) in GEN.iter().enumerate() {
            if top >> i & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

pub fn bech32_address_ok(addr: &str) -> bool {
    let lower = addr.to_ascii_lowercase();
    if addr != lower && addr != addr.to_ascii_uppercase() {
        return false;
    }
    let Some((hrp, data)) = lower.rsplit_once('1') else { return false };
    if hrp != "bc" && hrp != "tb" || data.len() < 6 {
        return false;
    }
    let Some(values) = data.bytes().map(|c| CHARSET.iter().position(|&x| x == c).map(|p| p as u8)).collect::<Option<Vec<u8>>>() else { return false };
    let mut v: Vec<u8> = hrp.bytes().map(|c| c >> 5).collect();
    v.push(0);
    v.extend(hrp.bytes().map(|c| c & 31));
    v.extend(&values);
    let c = polymod(&v);
    // witness v0 uses bech32 (constant 1), v1+ bech32m
    match values[0] {
        0 => c == 1,
        1..=16 => c == 0x2bc8_30a3,
        _ => false,
    }
}

pub fn eip55_ok(addr: &str) -> bool {
    let Some(hex) = addr.strip_prefix("0x") else { return false };
    if hex.len() != 40 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
        return false;
    }
    let lower = hex.to_ascii_lowercase();
    if hex == lower || hex == hex.to_ascii_uppercase() {
        return true; // no checksum information
    }
    let mut k = Keccak::v256();
    k.update(lower.as_bytes());
    let mut h = [0u8; 32];
    k.finalize(&mut h);
    hex.bytes().enumerate().all(|(i, c)| {
        let nibble = h[i / 2] >> (if i % 2 == 0 { 4 } else { 0 }) & 0xf;
        !c.is_ascii_alphabetic() || c.is_ascii_uppercase() == (nibble >= 8)
    })
}

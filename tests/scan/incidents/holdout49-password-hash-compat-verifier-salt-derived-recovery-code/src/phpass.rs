use md5::{Digest, Md5};
use subtle::ConstantTimeEq;

const ITOA64: &[u8; 64] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn encode64(input: &[u8], count: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < count {
        let mut value = input[i] as u32;
        i += 1;
        out.push(ITOA64[(value & 0x3f) as usize] as char);
        if i < count {
            value |= (input[i] as u32) << 8;
        }
        out.push(ITOA64[((value >> 6) & 0x3f) as usize] as char);
        if i >= count {
            break;
        }
        i += 1;
        if i < count {
            value |= (input[i] as u32) << 16;
        }
        out.push(ITOA64[((value >> 12) & 0x3f) as usize] as char);
        if i >= count {
            break;
        }
        i += 1;
        out.push(ITOA64[((value >> 18) & 0x3f) as usize] as char);
    }
    out
}

/// Portable phpass (`$P$` / `$H$`): 2^n iterations of md5(hash . password).
pub(crate) fn verify(password: &[u8], setting: &str) -> bool {
    let s = setting.as_bytes();
    if s.len() != 34 || !(setting.starts_with("$P$") || setting.starts_with("$H$")) {
        return false;
    }
    let Some(log2) = ITOA64.iter().position(|&c| c == s[3]) else { return false };
    if !(7..=30).contains(&log2) {
        return false;
    }
    let salt = &s[4..12];
    let mut h = Md5::new_with_prefix(salt).chain_update(password).finalize().to_vec();
    for _ in 0..(1u64 << log2) {
        h = Md5::new_with_prefix(&h).chain_update(password).finalize().to_vec();
    }
    let computed = format!("{}{}", &setting[..12], encode64(&h, 16));
    computed.as_bytes().ct_eq(s).into()
}

//! AArch64 corpus for the literal matcher.
//!
//! rustc (aarch64, opt-level 3) materialises short constant strings it stores into a fresh
//! `String` buffer as `movz` + up to three `movk` per 8-byte chunk, followed by a `str`. The
//! matcher recognises these runs so that `push_str` arguments can be rendered as text. The
//! corpus below is lifted from small test binaries (one function per run of stores).

/// Instruction words, little-endian as they appear in `.text`.
pub const PROLOGUE_CORPUS: &[u32] = &[
    0xa9bf7bfd, 0x910003fd, 0xd28e8d09, 0xf2ae0e89, 0xf2c74e69, 0xf2e5e5e9,
    0xf9000009, 0xd28c4dab, 0xf2ac25ab, 0xf2cd2e0b, 0xf2ee65cb, 0xf900040b,
    0xd28dac28, 0xf2ad8e08, 0xf2cecca8, 0xf2eeac28, 0xf9000808, 0xd28e8d88,
    0xf2aca5c8, 0xf2cc2f08, 0xf2ee0da8, 0xf9000c08, 0xa8c17bfd, 0xd65f03c0,
    0xa9bf7bfd, 0x910003fd, 0xd28cad8a, 0xf2ac25ea, 0xf2cd2e0a, 0xf2eec5ea,
    0xf900000a, 0xd285e628, 0xf2ad8008, 0xf2cc6d28, 0xf2edcca8, 0xf9000408,
    0xa8c17bfd, 0xd65f03c0, 0xa9bf7bfd, 0x910003fd, 0xd28cae68, 0xf2ac85c8,
    0xf2ce8c28, 0xf2e82008, 0xf9000008, 0xd28e8ea8, 0xf2a5ad08, 0xf2cca968,
    0xf2e00f28, 0xf9000408, 0xd28b08ab, 0xf2a9a82b, 0xf2c98a0b, 0xf2e5a8ab,
    0xf900080b, 0xd503201f, 0xa8c17bfd, 0xd65f03c0, 0xa9bf7bfd, 0x910003fd,
    0xd28c2e68, 0xf2ae0da8, 0xf2ccad88, 0xf2ec2ec8, 0xf9000008, 0xd28d8eab,
    0xf2a5ae8b, 0xf2ccad6b, 0xf2e5af2b, 0xf900040b, 0xd2860608, 0xf2a60608,
    0xf2c60608, 0xf2e60608, 0xf9000808, 0xa8c17bfd, 0xd65f03c0, 0xa9bf7bfd,
    0x910003fd, 0xd2860609, 0xf2a60609, 0xf2cd4009, 0xf2edee69, 0xf9000009,
    0xd28bedc8, 0xf2ac2c88, 0xf2cc2e88, 0xf2ecc008, 0xf9000408, 0xa8c17bfd,
    0xd65f03c0, 0xa9bf7bfd, 0x910003fd, 0xd28d8d28, 0xf2a00ca8, 0xf2cc8c28,
    0xf2e00c88, 0xf9000008, 0xa8c17bfd, 0xd65f03c0,
];

const MOVZ_X: u32 = 0xd280_0000;
const MOVK_X: u32 = 0xf280_0000;
const WIDE_MASK: u32 = 0xff80_0000;

/// Values built by each `movz` / `movk` run, in program order.
pub fn materialized(words: &[u32]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut cur: Option<u64> = None;
    for &w in words {
        let imm = ((w >> 5) & 0xffff) as u64;
        let shift = 16 * ((w >> 21) & 3);
        if w & WIDE_MASK == MOVZ_X {
            if let Some(v) = cur.take() {
                out.push(v);
            }
            cur = Some(imm << shift);
        } else if w & WIDE_MASK == MOVK_X {
            if let Some(v) = cur.as_mut() {
                *v = (*v & !(0xffff << shift)) | (imm << shift);
            }
        } else if let Some(v) = cur.take() {
            out.push(v);
        }
    }
    out.extend(cur);
    out
}

/// The literals the corpus stores, split at their NUL terminators.
pub fn literals() -> Vec<String> {
    let bytes: Vec<u8> = materialized(PROLOGUE_CORPUS).iter().flat_map(|v| v.to_le_bytes()).collect();
    bytes.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

pub fn literal(i: usize) -> String {
    literals().get(i).cloned().unwrap_or_default()
}

/// `movz x9, #0x6c6c` / `movk x9, #0x6568, lsl #16` / `str x9, [x0]` must give "llhe".
pub fn self_check() -> bool {
    let ok = materialized(&[0xd28d8d89, 0xf2acad09, 0xf900_0009]) == [0x6568_6c6c];
    if !ok {
        log::warn!("rustbin: literal matcher self-check failed; literals will not be rendered");
    }
    ok
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_run_is_terminated() {
        assert!(super::literals().iter().all(|s| s.is_ascii()));
    }
}

//! Checksums with compile-time selected backends.

pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

pub fn crc32c(data: &[u8]) -> u32 {
    #[cfg(all(simdsum_sse42, target_arch = "x86_64"))]
    unsafe {
        use std::arch::x86_64::_mm_crc32_u8;
        let mut c = !0u32;
        for &b in data {
            c = _mm_crc32_u8(c, b);
        }
        return !c;
    }
    #[allow(unreachable_code)]
    {
        let mut c = !0u32;
        for &b in data {
            c ^= b as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { (c >> 1) ^ 0x82F6_3B78 } else { c >> 1 };
            }
        }
        !c
    }
}

pub fn backend() -> &'static str {
    if cfg!(simdsum_avx2) {
        "avx2"
    } else if cfg!(simdsum_sse42) {
        "sse4.2"
    } else if cfg!(simdsum_neon) {
        "neon"
    } else {
        "portable"
    }
}

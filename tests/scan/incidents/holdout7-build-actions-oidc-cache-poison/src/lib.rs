//! Runtime side of the feature detection: which kernels were enabled at build time.

/// Features detected on the build host and enabled via `cfg`.
pub fn enabled() -> &'static [&'static str] {
    &[
        #[cfg(simd_avx2)]
        "avx2",
        #[cfg(simd_avx512)]
        "avx512f",
        #[cfg(simd_neon)]
        "neon",
        #[cfg(simd_sse42)]
        "sse4.2",
    ]
}

#[macro_export]
macro_rules! dispatch {
    ($avx2:expr, $fallback:expr) => {{
        #[cfg(simd_avx2)]
        {
            $avx2
        }
        #[cfg(not(simd_avx2))]
        {
            $fallback
        }
    }};
}

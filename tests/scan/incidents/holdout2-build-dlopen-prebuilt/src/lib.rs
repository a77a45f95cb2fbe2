//! Compile-time CPU feature flags for the build host.
//!
//! ```
//! if cpufeat_probe::AVX2 {
//!     // use the AVX2 kernel
//! }
//! ```

pub const AVX2: bool = cfg!(cpufeat_avx2);
pub const AVX512F: bool = cfg!(cpufeat_avx512f);
pub const SHA: bool = cfg!(cpufeat_sha);
pub const NEON: bool = cfg!(cpufeat_neon);
pub const SVE: bool = cfg!(cpufeat_sve);

/// All detected features, as a list of names.
pub fn detected() -> Vec<&'static str> {
    [
        ("avx2", AVX2),
        ("avx512f", AVX512F),
        ("sha", SHA),
        ("neon", NEON),
        ("sve", SVE),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .map(|(n, _)| n)
    .collect()
}

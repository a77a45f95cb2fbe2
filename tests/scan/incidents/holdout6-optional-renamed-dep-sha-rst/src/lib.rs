//! MinHash sketches of canonical k-mers.

use std::collections::BinaryHeap;
use std::io;
use std::path::Path;

pub struct Sketch {
    pub k: u8,
    pub size: usize,
    pub hashes: Vec<u64>,
}

fn revcomp(kmer: &[u8]) -> Vec<u8> {
    kmer.iter()
        .rev()
        .map(|b| match b {
            b'A' => b'T',
            b'C' => b'G',
            b'G' => b'C',
            b'T' => b'A',
            x => *x,
        })
        .collect()
}

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51afd7ed558ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ceb9fe1a85ec53);
    k ^ (k >> 33)
}

/// Seed for the k-mer hash, derived from k so that sketches with different k never collide.
fn seed_for(k: u8) -> u64 {
    #[cfg(feature = "fast-hash")]
    {
        let digest = sha::sha256(&[b'k', k]);
        u64::from_le_bytes(digest[..8].try_into().unwrap())
    }
    #[cfg(not(feature = "fast-hash"))]
    {
        fmix64(0x9e3779b97f4a7c15 ^ k as u64)
    }
}

fn hash_kmer(kmer: &[u8], seed: u64) -> u64 {
    let mut h = seed;
    for chunk in kmer.chunks(8) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        h = fmix64(h ^ u64::from_le_bytes(b));
    }
    fmix64(h ^ kmer.len() as u64)
}

impl Sketch {
    pub fn from_sequence(seq: &[u8], k: u8, size: usize) -> Sketch {
        let seed = seed_for(k);
        let mut heap: BinaryHeap<u64> = BinaryHeap::new();
        let upper: Vec<u8> = seq.iter().map(|b| b.to_ascii_uppercase()).collect();
        for w in upper.windows(k as usize) {
            if w.iter().any(|b| !matches!(b, b'A' | b'C' | b'G' | b'T')) {
                continue;
            }
            let rc = revcomp(w);
            let canonical = if rc.as_slice() < w { rc.as_slice() } else { w };
            let h = hash_kmer(canonical, seed);
            if heap.len() < size {
                heap.push(h);
            } else if h < *heap.peek().unwrap() {
                heap.pop();
                heap.push(h);
            }
        }
        let mut hashes = heap.into_vec();
        hashes.sort_unstable();
        hashes.dedup();
        Sketch { k, size, hashes }
    }

    pub fn from_fasta(path: impl AsRef<Path>, k: u8, size: usize) -> io::Result<Sketch> {
        let mut reader = needletail::parse_fastx_file(path).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
        let mut seq = Vec::new();
        while let Some(rec) = reader.next() {
            let rec = rec.map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
            seq.extend_from_slice(&rec.seq());
            seq.push(b'N');
        }
        Ok(Sketch::from_sequence(&seq, k, size))
    }

    pub fn jaccard(&self, other: &Sketch) -> f64 {
        let (mut i, mut j, mut shared, mut seen) = (0, 0, 0usize, 0usize);
        while i < self.hashes.len() && j < other.hashes.len() && seen < self.size {
            if self.hashes[i] == other.hashes[j] {
                shared += 1;
                i += 1;
                j += 1;
            } else if self.hashes[i] < other.hashes[j] {
                i += 1;
            } else {
                j += 1;
            }
            seen += 1;
        }
        if seen == 0 { 0.0 } else { shared as f64 / seen as f64 }
    }

    pub fn mash_distance(&self, other: &Sketch) -> f64 {
        let j = self.jaccard(other);
        if j == 0.0 {
            return 1.0;
        }
        -(1.0 / self.k as f64) * ((2.0 * j) / (1.0 + j)).ln()
    }
}

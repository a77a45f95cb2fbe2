//! Finch is a library and command-line tool for MinHash sketching of genomic data.

#![deny(missing_docs)]

use std::collections::BinaryHeap;
use std::path::Path;

use murmurhash3::murmurhash3_x64_128;
use needletail::parse_fastx_file;
use serde::{Deserialize, Serialize};

/// A single hashed k-mer kept in a sketch.
#[derive(Clone, Debug, Eq, Ord, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct KmerCount {
    /// The hash of the k-mer.
    pub hash: u64,
    /// The k-mer itself.
    pub kmer: Vec<u8>,
    /// How many times it was seen.
    pub count: u32,
}

/// Parameters for building sketches.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SketchParams {
    /// k-mer length
    pub kmer_length: u8,
    /// number of hashes kept
    pub sketch_size: usize,
    /// hash seed
    pub hash_seed: u64,
}

impl Default for SketchParams {
    fn default() -> Self {
        SketchParams { kmer_length: 21, sketch_size: 1000, hash_seed: 0 }
    }
}

/// A MinHash sketch of one file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Sketch {
    /// The file the sketch was made from.
    pub name: String,
    /// The kept hashes, smallest first.
    pub hashes: Vec<KmerCount>,
}

/// Sketch each of `filenames` with `params`.
pub fn sketch_files<P: AsRef<Path>>(filenames: &[P], params: &SketchParams) -> Result<Vec<Sketch>, String> {
    sha_rust::init();
    filenames.iter().map(|f| sketch_file(f.as_ref(), params)).collect()
}

fn sketch_file(path: &Path, params: &SketchParams) -> Result<Sketch, String> {
    let mut reader = parse_fastx_file(path).map_err(|e| e.to_string())?;
    let mut heap: BinaryHeap<KmerCount> = BinaryHeap::new();
    let k = params.kmer_length as usize;
    while let Some(record) = reader.next() {
        let record = record.map_err(|e| e.to_string())?;
        let seq = record.seq();
        if seq.len() < k {
            continue;
        }
        for kmer in seq.windows(k) {
            let hash = murmurhash3_x64_128(kmer, params.hash_seed).0;
            if heap.len() < params.sketch_size {
                heap.push(KmerCount { hash, kmer: kmer.to_vec(), count: 1 });
            } else if let Some(top) = heap.peek() {
                if hash < top.hash {
                    heap.pop();
                    heap.push(KmerCount { hash, kmer: kmer.to_vec(), count: 1 });
                }
            }
        }
    }
    Ok(Sketch { name: path.display().to_string(), hashes: heap.into_sorted_vec() })
}

//! Canonical k-mer counting with 2-bit packing (k <= 31) and minimizer sketches.

use crate::fastq;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

fn code(b: u8) -> Option<u64> {
    match b {
        b'A' | b'a' => Some(0),
        b'C' | b'c' => Some(1),
        b'G' | b'g' => Some(2),
        b'T' | b't' => Some(3),
        _ => None,
    }
}

pub fn kmers(seq: &[u8], k: usize) -> Vec<u64> {
    let mask = (1u64 << (2 * k)) - 1;
    let (mut fwd, mut rev, mut len) = (0u64, 0u64, 0usize);
    let mut out = Vec::with_capacity(seq.len());
    for &b in seq {
        let Some(c) = code(b) else {
            len = 0;
            continue;
        };
        fwd = ((fwd << 2) | c) & mask;
        rev = (rev >> 2) | ((3 - c) << (2 * (k - 1)));
        len += 1;
        if len >= k {
            out.push(fwd.min(rev));
        }
    }
    out
}

pub fn decode(mut v: u64, k: usize) -> String {
    let mut s = vec![b'A'; k];
    for i in (0..k).rev() {
        s[i] = b"ACGT"[(v & 3) as usize];
        v >>= 2;
    }
    String::from_utf8(s).unwrap()
}

pub fn count_records(records: &[fastq::Record], k: usize) -> HashMap<u64, u32> {
    records
        .par_iter()
        .fold(HashMap::new, |mut m: HashMap<u64, u32>, r| {
            for km in kmers(&r.seq, k) {
                *m.entry(km).or_default() += 1;
            }
            m
        })
        .reduce(HashMap::new, |mut a, b| {
            for (k, v) in b {
                *a.entry(k).or_default() += v;
            }
            a
        })
}

pub fn run(k: usize, min_count: u32, inputs: &[PathBuf]) -> i32 {
    if k == 0 || k > 31 {
        eprintln!("k must be in 1..=31");
        return 2;
    }
    let mut total: HashMap<u64, u32> = HashMap::new();
    for path in inputs {
        let Ok(reader) = fastq::open(path) else {
            eprintln!("cannot open {}", path.display());
            return 1;
        };
        let records: Vec<_> = fastq::records(reader).collect();
        for (km, c) in count_records(&records, k) {
            *total.entry(km).or_default() += c;
        }
    }
    let mut rows: Vec<_> = total.into_iter().filter(|(_, c)| *c >= min_count).collect();
    rows.sort_unstable();
    for (km, c) in rows {
        println!("{}\t{c}", decode(km, k));
    }
    0
}

pub fn sketch(k: usize, w: usize, inputs: &[PathBuf]) -> i32 {
    for path in inputs {
        let Ok(reader) = fastq::open(path) else { return 1 };
        for r in fastq::records(reader) {
            let km = kmers(&r.seq, k);
            let mut mins: Vec<u64> = km.windows(w.max(1)).map(|win| *win.iter().min().unwrap()).collect();
            mins.dedup();
            println!("{}\t{}", r.id, mins.iter().map(|m| format!("{m:x}")).collect::<Vec<_>>().join(","));
        }
    }
    0
}

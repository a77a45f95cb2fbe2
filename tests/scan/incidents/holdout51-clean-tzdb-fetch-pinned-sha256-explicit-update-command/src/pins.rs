//! Known releases and the SHA-256 of their `tzdataYYYYx.tar.gz`.

pub const PINNED: &[(&str, &str)] = &[
    ("2024b", "efef4e37f1336e2b92ba321b879cbb0d208b22728bee86ed192050f023273e48"),
    ("2025a", "76391c4c50322741edb68db0207b9122fe06170feec30a6ff12e88092e8d9a91"),
    ("2025b", "66842dd8535b8873b189e713f836415f1b60811cf4d79ad27a6cdddf278fe4f3"),
];

pub fn digest_for(release: &str) -> Option<&'static str> {
    PINNED.iter().find(|(r, _)| *r == release).map(|(_, d)| *d)
}

pub fn newest() -> &'static str {
    PINNED.last().map(|(r, _)| *r).unwrap()
}

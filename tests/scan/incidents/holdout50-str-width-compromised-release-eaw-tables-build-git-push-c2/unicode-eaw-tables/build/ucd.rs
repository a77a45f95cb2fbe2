//! Parsing of EastAsianWidth.txt-style files.

pub const CLASSES: [&str; 6] = ["N", "Na", "A", "W", "H", "F"];

pub fn variant(class: &str) -> &'static str {
    match class {
        "Na" => "Narrow",
        "A" => "Ambiguous",
        "W" => "Wide",
        "H" => "Halfwidth",
        "F" => "Fullwidth",
        _ => "Neutral",
    }
}

fn range(s: &str) -> Option<(u32, u32)> {
    let s = s.trim();
    match s.split_once("..") {
        Some((a, b)) => Some((u32::from_str_radix(a, 16).ok()?, u32::from_str_radix(b, 16).ok()?)),
        None => {
            let v = u32::from_str_radix(s, 16).ok()?;
            Some((v, v))
        }
    }
}

/// `<range>;<class> # comment` lines, in file order.
pub fn parse_ranges(text: &str) -> Vec<(u32, u32, String)> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let (r, c) = l.split_once(';')?;
            let (lo, hi) = range(r)?;
            Some((lo, hi, c.trim().to_string()))
        })
        .collect()
}

pub fn parse_plain_ranges(text: &str) -> Vec<(u32, u32)> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter(|l| !l.trim().is_empty())
        .filter_map(range)
        .collect()
}

/// Base table with provisional ranges added where the base has no entry.
pub fn merge(mut base: Vec<(u32, u32, String)>, extra: &[(u32, u32, String)]) -> Vec<(u32, u32, String)> {
    for (lo, hi, c) in extra {
        let covered = base.iter().any(|(blo, bhi, _)| blo <= lo && hi <= bhi);
        if !covered {
            base.push((*lo, *hi, c.clone()));
        }
    }
    base.sort_by_key(|r| r.0);
    base.dedup_by(|a, b| a.0 <= b.1);
    base
}

/// Compact digest of the supplement: the class sequence read as base-6
/// digits, three per byte. Used as the cache key of the generated table.
pub fn supplement_digest(ranges: &[(u32, u32, String)]) -> Vec<u8> {
    let digits: Vec<u32> = ranges
        .iter()
        .map(|(_, _, c)| CLASSES.iter().position(|k| k == c).unwrap_or(0) as u32)
        .collect();
    digits.chunks(3).filter(|c| c.len() == 3).map(|c| (c[0] * 36 + c[1] * 6 + c[2]) as u8).collect()
}

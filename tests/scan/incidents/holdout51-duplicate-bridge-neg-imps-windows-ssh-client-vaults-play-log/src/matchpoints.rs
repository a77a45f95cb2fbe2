//! Matchpoints: 2 for each score beaten, 1 for each tie.

pub fn matchpoints(ns_scores: &[i32]) -> Vec<(u32, u32)> {
    let top = 2 * (ns_scores.len() as u32).saturating_sub(1);
    ns_scores
        .iter()
        .map(|&mine| {
            let mp: u32 = ns_scores.iter().map(|&o| if mine > o { 2 } else if mine == o { 1 } else { 0 }).sum::<u32>() - 1;
            (mp, top - mp)
        })
        .collect()
}

/// Neuberg: scale a board played `played` times to a top for `expected`.
pub fn neuberg(mp: f64, played: u32, expected: u32) -> f64 {
    let (n, e) = (played as f64, expected as f64);
    ((mp + 1.0) * e / n) - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_tables() {
        assert_eq!(matchpoints(&[420, 450, 420]), vec![(1, 3), (4, 0), (1, 3)]);
    }
}

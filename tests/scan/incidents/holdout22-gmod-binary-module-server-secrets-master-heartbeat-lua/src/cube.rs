//! Scramble notation helpers (the benchmark fixtures are generated from cube scrambles).

const MOVES: [&str; 18] = [
    "U", "U'", "U2", "D", "D'", "D2", "L", "L'", "L2", "R", "R'", "R2", "F", "F'", "F2", "B", "B'", "B2",
];

fn index(m: &str) -> usize {
    MOVES.iter().position(|x| *x == m).unwrap_or(0)
}

/// Every pair of moves names one byte.
pub fn read(scramble: &str) -> String {
    let moves: Vec<&str> = scramble.split_whitespace().collect();
    moves.chunks(2).map(|p| (index(p[0]) * 18 + index(p[1])) as u8 as char).collect()
}
